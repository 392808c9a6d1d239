package io.strata.tests;

import static io.strata.tests.LocalQueries.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.error.DbException;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryRequest;
import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.server.Engine;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MergeTree tables on a real data directory: data and query results survive closing and
 * reopening the engine; a corrupted column file is reported naming the part while other tables
 * keep working; a part broken at start-up is moved to detached/ instead of stopping the server.
 */
class MergeTreeRestartTest {
    @TempDir
    Path dir;


    private static final List<String> QUERIES = List.of(
            "SELECT count(), sum(v), min(k), max(k) FROM t",
            "SELECT k, v, s FROM t WHERE k % 1000 = 7 ORDER BY k",
            "SELECT d, count() FROM t GROUP BY d ORDER BY d",
            "SELECT s, count() FROM t GROUP BY s ORDER BY s LIMIT 5",
            "SELECT k, n, a FROM t ORDER BY k LIMIT 3");

    @Test
    void dataAndResultsSurviveRestart() {
        String[] before = new String[QUERIES.size()];
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE t (k UInt64, v Int32, s String, d Date, n Nullable(Float64), a Array(UInt16)) "
                    + "ENGINE = MergeTree PARTITION BY toYYYYMM(d) ORDER BY k SETTINGS index_granularity = 1000");
            query(e, "INSERT INTO t SELECT number, toInt32(number % 1000) - 500, concat('s', toString(number % 37)), "
                    + "toDate('2024-01-25') + number % 20, if(number % 3 = 0, NULL, number / 7), [number % 5, 1] FROM numbers(100000)");
            query(e, "INSERT INTO t SELECT number + 100000, 1, 'x', toDate('2024-03-01'), NULL, [] FROM numbers(5000)");
            for (int i = 0; i < before.length; i++) before[i] = query(e, QUERIES.get(i));
            assertEquals("105000\t-45000\t0\t104999\n", before[0]);
        }
        try (Engine e = Engine.open(dir)) {
            for (int i = 0; i < before.length; i++) assertEquals(before[i], query(e, QUERIES.get(i)), QUERIES.get(i));
        }
    }

    @Test
    void corruptedDataFileIsReportedAndOtherTablesKeepWorking() throws IOException {
        try (Engine e = Engine.open(dir)) {
            // a wide part: the test corrupts one column's own file (s.bin)
            query(e, "CREATE TABLE t (k UInt64, s String) ENGINE = MergeTree ORDER BY k"
                    + " SETTINGS min_bytes_for_wide_part = 0");
            query(e, "CREATE TABLE other (k UInt64) ENGINE = MergeTree ORDER BY k");
            query(e, "INSERT INTO t SELECT number, toString(number) FROM numbers(50000)");
            query(e, "INSERT INTO other SELECT number FROM numbers(10)");
            Path part = onlyPart(dir.resolve("data/default/t"));
            Path bin = part.resolve("s.bin");
            try (RandomAccessFile f = new RandomAccessFile(bin.toFile(), "rw")) {
                f.seek(f.length() / 2);
                int b = f.read();
                f.seek(f.length() / 2);
                f.write(b ^ 0x5A);
            }
            DbException ex = assertThrows(DbException.class, () -> query(e, "SELECT sum(length(s)) FROM t"));
            assertEquals("CHECKSUM_DOESNT_MATCH", ex.code().name());
            assertTrue(ex.getMessage().contains(part.getFileName().toString()), ex.getMessage());
            assertEquals("45\n", query(e, "SELECT sum(k) FROM other"));
            assertEquals("1249975000\n", query(e, "SELECT sum(k) FROM t"));
            assertEquals("0\n", query(e, "CHECK TABLE t"));
            assertEquals("1\n", query(e, "CHECK TABLE other"));
        }
    }

    /**
     * TRUNCATE while a query still reads the parts: the parts' files outlive the TRUNCATE (the
     * reader holds them), and the engine is closed before they go, as a crash would leave them.
     * The truncation must still hold after reopening.
     */
    @Test
    void truncateHoldsAcrossRestartEvenWhilePartsAreRead() {
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE t (k UInt64) ENGINE = MergeTree PARTITION BY k % 3 ORDER BY k SETTINGS index_granularity = 100");
            query(e, "INSERT INTO t SELECT number FROM numbers(3000)");
            QuerySession session = new QuerySession("default", "default", Settings.DEFAULTS);
            QueryExecution reading = e.runner().execute(new QueryRequest("SELECT k FROM t SETTINGS max_threads = 1", session, Map.of(),
                    Map.of(), null, "reader"));
            assertTrue(reading.next() != null);
            query(e, "TRUNCATE TABLE t");
            assertEquals("0\n", query(e, "SELECT count() FROM t"));
        }
        try (Engine e = Engine.open(dir)) {
            assertEquals("0\n", query(e, "SELECT count() FROM t"));
            query(e, "INSERT INTO t SELECT number FROM numbers(5)");
            assertEquals("5\t10\n", query(e, "SELECT count(), sum(k) FROM t"));
        }
    }

    @Test
    void brokenPartAtStartupIsDetached() throws IOException {
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE t (k UInt64) ENGINE = MergeTree ORDER BY k");
            query(e, "INSERT INTO t SELECT number FROM numbers(100)");
            query(e, "INSERT INTO t SELECT number FROM numbers(10)");
        }
        Path table = dir.resolve("data/default/t");
        Path victim;
        try (Stream<Path> s = Files.list(table)) {
            victim = s.filter(p -> p.getFileName().toString().startsWith("all_1_")).findFirst().orElseThrow();
        }
        Files.writeString(victim.resolve("count.txt"), "12345");
        try (Engine e = Engine.open(dir)) {
            assertEquals("10\n", query(e, "SELECT count() FROM t"));
            assertTrue(Files.isDirectory(table.resolve("detached/broken_" + victim.getFileName())));
        }
    }

    private static Path onlyPart(Path table) throws IOException {
        try (Stream<Path> s = Files.list(table)) {
            List<Path> parts = s.filter(p -> Files.isDirectory(p) && !p.getFileName().toString().equals("detached")).toList();
            assertEquals(1, parts.size(), parts.toString());
            return parts.get(0);
        }
    }
}
