package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.client.ClientMain;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code strata client} without a terminal against a real Strata server: statements from
 * --query, --queries-file and stdin, parameters, formats, --time, errors and exit codes, INSERT
 * rows from stdin and inline. Most runs call the client in this JVM (the same code the launcher
 * runs, on given streams); a few go through {@code bin/strata client} as a user runs it.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class StrataClientTest {
    private static ServerProcess server;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void start() throws Exception {
        server = ServerProcess.start(Files.createTempDirectory("strata-client"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    /** The client in this JVM, with stdin and stdout not terminals. */
    static Run client(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("--port", String.valueOf(server.tcpPort())));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ClientMain.run(all, new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false, false);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run ok(String stdin, String... args) {
        Run r = client(stdin, args);
        assertEquals(0, r.exit(), r.err());
        return r;
    }

    @Test
    void queryMultiqueryStdinAndFiles() throws Exception {
        assertEquals("1\na\n", ok(null, "--query", "SELECT 1; SELECT 'a'").out());
        assertEquals("1\na\n", ok(null, "-n", "-q", "SELECT 1; SELECT 'a';").out());
        assertEquals("1\n2\n", ok("SELECT 1;\n-- a comment; with a semicolon\nSELECT 2;\n").out());
        Path dir = Files.createTempDirectory("client-files");
        Path a = Files.writeString(dir.resolve("a.sql"), """
                DROP TABLE IF EXISTS files_t;
                CREATE TABLE files_t (a UInt32, s String) ENGINE = Memory;
                INSERT INTO files_t FORMAT TSV
                1\tone
                2\ttwo;three
                """);
        Path b = Files.writeString(dir.resolve("b.sql"), "SELECT a, s FROM files_t ORDER BY a;");
        assertEquals("1\tone\n2\ttwo;three\n", ok(null, "--queries-file", a.toString(), "--queries-file", b.toString()).out());
    }

    @Test
    void parametersAndSettings() {
        assertEquals("6\tit\\'s\t[1,2]\n", ok(null, "--param_x=5", "--param_s", "it's", "--param_arr", "[1,2]",
                "-q", "SELECT {x:UInt8} + 1, {s:String}, {arr:Array(UInt8)}").out());
        assertEquals("3\n", ok(null, "--max_threads", "3", "-q", "SELECT getSetting('max_threads')").out());
        // SET changes the session on the server and the client's own rendering
        assertEquals("1;2\n3\n", ok(null, "-q", "SET format_csv_delimiter = ';', max_threads = 3; SELECT 1, 2 FORMAT CSV; "
                + "SELECT getSetting('max_threads')").out());
        Run db = ok(null, "-q", "CREATE DATABASE IF NOT EXISTS client_db; USE client_db; SELECT currentDatabase()");
        assertEquals("client_db\n", db.out());
        assertEquals("client_db\n", ok(null, "--database", "client_db", "-q", "SELECT currentDatabase()").out());
    }

    @Test
    void formats() {
        assertEquals("1,\"a\"\n", ok(null, "-f", "CSV", "-q", "SELECT 1, 'a'").out());
        assertEquals("{\"x\":1}\n{\"x\":2}\n", ok(null, "-q", "SELECT toUInt8(number + 1) AS x FROM numbers(2) FORMAT JSONEachRow").out());
        String json = ok(null, "-q", "SELECT number FROM numbers(5) LIMIT 2 FORMAT JSON").out();
        assertTrue(json.contains("\"rows\": 2") && json.contains("\"rows_before_limit_at_least\": ") && json.contains("\"statistics\""), json);
        assertEquals("Row 1:\n──────\nx: 1\ny: a\n", ok(null, "-q", "SELECT 1 AS x, 'a' AS y\\G").out());
        assertEquals("Row 1:\n──────\nx: 1\n", ok(null, "-E", "-q", "SELECT 1 AS x").out());
        assertEquals("""
                ┌─x─┬─y─┐
                │ 1 │ a │
                └───┴───┘
                """, ok(null, "-f", "PrettyCompact", "-q", "SELECT 1 AS x, 'a' AS y").out());
        assertEquals("x\ty\n1\ta\n", ok(null, "-f", "TSVWithNames", "-q", "SELECT 1 AS x, 'a' AS y").out());
        Run totals = ok(null, "-f", "JSONCompact", "-q", "SELECT number % 2 AS k, count() FROM numbers(4) GROUP BY k WITH TOTALS ORDER BY k");
        assertTrue(totals.out().contains("\"totals\": [0, \"4\"]") || totals.out().contains("\"totals\": [0, 4]"), totals.out());
    }

    @Test
    void timeEchoAndLogs() {
        Run t = ok(null, "-t", "-q", "SELECT 1; SELECT 2");
        assertEquals("1\n2\n", t.out());
        assertTrue(t.err().matches("(?s)\\d+\\.\\d{3}\n\\d+\\.\\d{3}\n"), t.err());
        assertEquals("SELECT 1\n1\n", ok(null, "--echo", "-q", "SELECT 1").out());
        Run logs = ok(null, "--send_logs_level", "debug", "-q", "SELECT 42");
        assertEquals("42\n", logs.out());
        assertTrue(logs.err().contains("<Debug> executeQuery: ") && logs.err().contains("SELECT 42"), logs.err());
    }

    @Test
    void errorsStopTheRunWithTheirCode() {
        Run missing = client(null, "-q", "SELECT 1; SELECT * FROM no_such_table; SELECT 2");
        assertEquals(60, missing.exit());
        assertEquals("1\n", missing.out());
        assertTrue(missing.err().startsWith("Received exception from server (version 23.1.0):\nCode: 60. DB::Exception: Received from localhost:"
                + server.tcpPort() + ". DB::Exception: Table default.no_such_table does not exist. (UNKNOWN_TABLE)\n"
                + "(query: SELECT * FROM no_such_table)\n"), missing.err());
        Run ignored = client(null, "--ignore-error", "-q", "SELECT 1; SELECT * FROM no_such_table; SELECT 2");
        assertEquals(0, ignored.exit(), ignored.err());
        assertEquals("1\n2\n", ignored.out());
        assertEquals(62, client(null, "-q", "SELEC 1").exit());
        Run format = client(null, "-q", "SELECT 1 FORMAT NoSuchFormat");
        assertEquals(73, format.exit());
        assertTrue(format.err().startsWith("Code: 73. DB::Exception: Unknown format NoSuchFormat. (UNKNOWN_FORMAT)"), format.err());
        Run refused = ClientMainRun.refused();
        assertEquals(210, refused.exit());
        assertTrue(refused.err().startsWith("Code: 210. DB::NetException: Connection refused"), refused.err());
        assertEquals(1, client(null, "--no-such-option").exit());
    }

    @Test
    void insertRowsFromStdinAndInline() {
        ok(null, "-q", "DROP TABLE IF EXISTS ins; CREATE TABLE ins (a UInt32, s String DEFAULT 'dflt', d Date) ENGINE = Memory");
        ok("1\tone\t2024-01-02\n2\ttwo\t2024-01-03\n", "-q", "INSERT INTO ins FORMAT TSV");
        ok("3,\"th,ree\",2024-01-04\n", "-q", "INSERT INTO ins FORMAT CSV");
        ok("{\"a\":4,\"s\":\"four\",\"d\":\"2024-01-05\"}\n{\"a\":5,\"d\":\"2024-01-06\"}\n", "-q", "INSERT INTO ins FORMAT JSONEachRow");
        ok(null, "-q", "INSERT INTO ins VALUES (6, 'it''s', '2024-01-07'), (7, 'x', '2024-01-08')");
        ok(null, "-q", "INSERT INTO ins (a, d) VALUES (8, '2024-01-09')");
        ok("INSERT INTO ins FORMAT CSV\n9,nine,2024-01-10\n");
        ok("6,six,2024-01-07\n", "-q", "INSERT INTO ins (a, s, d) FORMAT CSV");
        assertEquals("""
                1\tone\t2024-01-02
                2\ttwo\t2024-01-03
                3\tth,ree\t2024-01-04
                4\tfour\t2024-01-05
                5\t\t2024-01-06
                6\tit\\'s\t2024-01-07
                6\tsix\t2024-01-07
                7\tx\t2024-01-08
                8\tdflt\t2024-01-09
                9\tnine\t2024-01-10
                """, ok(null, "-q", "SELECT * FROM ins ORDER BY a, s").out());
        Run none = client(null, "-q", "INSERT INTO ins FORMAT TSV");
        assertEquals(108, none.exit());
        assertTrue(none.err().contains("No data to insert"), none.err());
        // a row the client cannot parse stops that INSERT; the connection goes on
        Run bad = client("10\tten\tnot a date\n", "--ignore-error", "-q", "INSERT INTO ins FORMAT TSV; SELECT count() FROM ins");
        assertTrue(bad.err().contains("data for INSERT was parsed from stdin"), bad.err());
        assertEquals("10\n", bad.out());
        // fields that are expressions, not literals, are evaluated by the server on a second connection
        ok(null, "-q", "INSERT INTO ins VALUES (10 + 1, concat('ele', 'ven'), toDate('2024-01-01') + 10)");
        assertEquals("eleven\t2024-01-11\n", ok(null, "-q", "SELECT s, d FROM ins WHERE a = 11").out());
        Run server = client(null, "-q", "INSERT INTO no_such_table VALUES (1)");
        assertEquals(60, server.exit());
    }

    @Test
    void theLauncherRunsTheClient() throws Exception {
        ClickHouseClientRunner.Result r = ClickHouseClientRunner.exec(List.of(ServerProcess.ROOT.resolve("bin/strata").toString(),
                "client", "--port", String.valueOf(server.tcpPort()), "--query", "INSERT INTO launcher_t FORMAT CSV"), "1\n");
        assertEquals(60, r.exit(), r.stderr());
        ClickHouseClientRunner.Result ok = ClickHouseClientRunner.exec(List.of(ServerProcess.ROOT.resolve("bin/strata").toString(),
                "client", "--port", String.valueOf(server.tcpPort())), "CREATE TABLE IF NOT EXISTS launcher_t (a UInt8) ENGINE = Memory;\n"
                + "INSERT INTO launcher_t VALUES (7);\nSELECT a FROM launcher_t;\n");
        assertEquals(0, ok.exit(), ok.stderr());
        assertEquals("7\n", ok.stdout());
    }

    /** A client pointed at a port nobody listens on. */
    private static final class ClientMainRun {
        static Run refused() {
            try {
                int port = ServerProcess.freePort();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int exit = ClientMain.run(List.of("--host", "127.0.0.1", "--port", String.valueOf(port), "-q", "SELECT 1"),
                        new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), false, false);
                return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
