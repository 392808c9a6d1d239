package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code bin/strata client} prints what clickhouse-client prints: the same multi-statement script
 * through both clients gives the same output, in TabSeparated and PrettyCompact, against a Strata
 * server and against Debian's ClickHouse 18.16 (which speaks an older revision: binary settings,
 * no query parameters in the Query packet); and a failing statement gives the same exit code.
 */
@Timeout(value = 900, unit = TimeUnit.SECONDS)
class StrataClientCompatibilityTest {
    private static final String SCRIPT = """
            DROP TABLE IF EXISTS compat_t;
            CREATE TABLE compat_t (k UInt32, s String, d Date) ENGINE = Memory;
            INSERT INTO compat_t SELECT number + 1, ['one', 'tab\\there'][number + 1], toDate('2024-01-02') + number * 32 FROM system.numbers LIMIT 2;
            SELECT * FROM compat_t ORDER BY k;
            SELECT 1 AS x, 'a\\tb' AS s, toDate('2024-01-02') AS d;
            SELECT number, number * 2 AS twice, toString(number) AS str FROM system.numbers LIMIT 5;
            SELECT NULL AS n, [1, 2] AS arr, (1, 'x') AS tup;
            SELECT count() FROM compat_t;
            SELECT 1.5 AS f, -3 AS i, 'ünïcode' AS u, '' AS empty;
            """;
    private static final List<String> FAILING = List.of("SELECT 1; SELECT * FROM no_such_table; SELECT 2", "SELEC 1",
            "SELECT throwIf(1)");

    private static ServerProcess strata;
    private static ClickHouseServer clickhouse;

    @BeforeAll
    static void start() throws Exception {
        strata = ServerProcess.start(Files.createTempDirectory("strata-client-compat"));
        clickhouse = ClickHouseServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (strata != null) strata.close();
        if (clickhouse != null) clickhouse.close();
    }

    private static ClickHouseClientRunner.Result run(boolean ours, int port, String stdin, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (ours) {
            cmd.addAll(List.of(ServerProcess.ROOT.resolve("bin/strata").toString(), "client"));
        } else {
            cmd.add(ClickHouseClientRunner.BINARY);
        }
        cmd.addAll(List.of("--host", "127.0.0.1", "--port", String.valueOf(port)));
        cmd.addAll(args);
        return ClickHouseClientRunner.exec(cmd, stdin);
    }

    private static void sameScriptOutput(int port) throws Exception {
        for (String format : List.of("TabSeparated", "PrettyCompact")) {
            // 18.16 colours Pretty output even into a pipe; with the setting off both print plain
            List<String> args = List.of("--multiquery", "--format", format, "--output_format_pretty_color=0");
            ClickHouseClientRunner.Result theirs = run(false, port, SCRIPT, args);
            ClickHouseClientRunner.Result ours = run(true, port, SCRIPT, args);
            assertEquals(0, theirs.exit(), theirs.stderr());
            assertEquals(0, ours.exit(), ours.stderr());
            assertTrue(ours.stdout().contains("ünïcode"), ours.stdout());
            assertEquals(theirs.stdout(), ours.stdout(), format + " on port " + port);
        }
        for (String sql : FAILING) {
            ClickHouseClientRunner.Result theirs = run(false, port, null, List.of("--multiquery", "--query", sql));
            ClickHouseClientRunner.Result ours = run(true, port, null, List.of("--multiquery", "--query", sql));
            assertTrue(theirs.exit() != 0, sql);
            assertEquals(theirs.exit(), ours.exit(), sql + ": " + ours.stderr());
            assertEquals(theirs.stdout(), ours.stdout(), sql);
            assertTrue(ours.stderr().contains("Received exception from server (version "), ours.stderr());
        }
        // parameters: in the Query packet for Strata, substituted by the client for 18.16
        ClickHouseClientRunner.Result params = run(true, port, null, List.of("--param_n=41", "--param_s=it's",
                "--query", "SELECT {n:UInt8} + 1, {s:String}"));
        assertEquals(0, params.exit(), params.stderr());
        assertEquals("42\tit\\'s\n", params.stdout());
        // rows from stdin in a client-side format
        assertEquals(0, run(true, port, "3\tthree\t2024-03-04\n", List.of("--query", "INSERT INTO compat_t FORMAT TSV")).exit());
        assertEquals("3\n", run(true, port, null, List.of("--query", "SELECT count() FROM compat_t")).stdout());
    }

    @Test
    void sameAsClickHouseClientAgainstStrata() throws Exception {
        sameScriptOutput(strata.tcpPort());
    }

    @Test
    void sameAsClickHouseClientAgainstClickHouse18() throws Exception {
        sameScriptOutput(clickhouse.tcpPort);
    }
}
