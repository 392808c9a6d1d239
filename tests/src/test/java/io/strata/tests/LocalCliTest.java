package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the real launcher `bin/strata local`, as a user runs it, in a child process. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class LocalCliTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    record Run(int exit, String out, String err) {
    }

    private static Run strata(String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ROOT.resolve("bin/strata").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(ROOT.toFile()).start();
        if (stdin != null) p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "strata did not exit");
        return new Run(p.exitValue(), out, err);
    }

    @Test
    void printsValuesExactlyAsClickHouse() throws Exception {
        Run r = strata(null, "local", "--query",
                "SELECT toTypeName(1+1), 1/2, toDate('2024-02-29') + 1, [1,2,3], (1,'a'), NULL");
        assertEquals(0, r.exit(), r.err());
        assertEquals("UInt16\t0.5\t2024-03-01\t[1,2,3]\t(1,'a')\t\\N\n", r.out());
    }

    @Test
    void groupsInParallelOverNumbers() throws Exception {
        Run r = strata(null, "local", "--query",
                "SELECT number % 10 AS k, count(), sum(number) FROM numbers(10000000) GROUP BY k ORDER BY k");
        assertEquals(0, r.exit(), r.err());
        StringBuilder expected = new StringBuilder();
        for (long k = 0; k < 10; k++) {
            long sum = 0;
            for (long n = k; n < 10_000_000; n += 10) sum += n;
            expected.append(k).append('\t').append(1_000_000).append('\t').append(sum).append('\n');
        }
        assertEquals(expected.toString(), r.out());
    }

    @Test
    void runsStatementsFromStdinWithFormat() throws Exception {
        Run r = strata("CREATE TABLE t (a UInt32, s String DEFAULT 'x') ENGINE = Memory;\n"
                + "INSERT INTO t (a) VALUES (1), (2), (3);\n"
                + "SELECT a, s FROM t WHERE a > 1 ORDER BY a DESC;\n", "local", "--format", "CSV");
        assertEquals(0, r.exit(), r.err());
        assertEquals("3,\"x\"\n2,\"x\"\n", r.out());
    }

    @Test
    void errorsAreClickHouseStyleAndExitNonZero() throws Exception {
        Run r = strata(null, "local", "--query", "SELECT * FROM missing");
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("Code: 60. DB::Exception: Table default.missing does not exist. (UNKNOWN_TABLE)"), r.err());
        Run syntax = strata(null, "local", "--query", "SELECT 1 +");
        assertNotEquals(0, syntax.exit());
        assertTrue(syntax.err().contains("Code: 62. DB::Exception: Syntax error: failed at position"), syntax.err());
    }

    @Test
    void definitionsPersistUnderPath(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Run create = strata(null, "local", "--path", data.toString(), "--query",
                "CREATE DATABASE shop; CREATE TABLE shop.items (id UInt64, name String DEFAULT 'n/a') ENGINE = Memory");
        assertEquals(0, create.exit(), create.err());
        assertTrue(Files.exists(data.resolve("metadata/shop/items.sql")));
        Run show = strata(null, "local", "--path", data.toString(), "--query",
                "SHOW TABLES FROM shop; SELECT name, type, default_expression FROM system.columns WHERE database = 'shop'");
        assertEquals(0, show.exit(), show.err());
        assertEquals("items\nid\tUInt64\t\nname\tString\t\\'n/a\\'\n", show.out());
        Run memoryOnly = strata(null, "local", "--query", "SHOW TABLES FROM shop");
        assertNotEquals(0, memoryOnly.exit());
    }

    @Test
    void printsVersion() throws Exception {
        Run r = strata(null, "--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Strata "), r.out());
    }
}
