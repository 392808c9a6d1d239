package io.strata.tests;

import static io.strata.tests.LocalQueries.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.mergetree.ReadCaches;
import io.strata.server.Engine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MergeTree reads through the server's read caches (marks, uncompressed blocks, open files) and
 * on one thread for small reads: the answers must be those of a plain read whatever the path —
 * granules larger than a compressed block, the cache on and off, one thread or many — and a table
 * created again under a dropped one's name (the same part directories) must never meet the old
 * table's cached bytes. Real data directories.
 */
class MergeTreeReadCachesTest {
    /** The same query under each way of reading; all answers must be equal. */
    private static final List<String> VARIANTS = List.of(
            "",
            " SETTINGS use_uncompressed_cache = 1",
            " SETTINGS use_uncompressed_cache = 1, merge_tree_max_rows_to_use_cache = 1",
            " SETTINGS merge_tree_min_rows_for_concurrent_read = 1, max_threads = 4",
            " SETTINGS use_uncompressed_cache = 1, merge_tree_min_rows_for_concurrent_read = 1, max_threads = 4");

    @TempDir
    Path dir;

    private static String everyWay(Engine e, String sql) {
        String first = null;
        for (String v : VARIANTS) {
            // twice each: the second run finds what the first put in the caches
            for (int run = 0; run < 2; run++) {
                String answer = query(e, sql + v);
                if (first == null) first = answer;
                assertEquals(first, answer, sql + v + " (run " + run + ")");
            }
        }
        return first;
    }

    @Test
    void granulesLargerThanABlockReadTheSameEveryWay() {
        try (Engine e = Engine.open(dir)) {
            // 300-byte strings: a granule of 8192 rows holds 2.4 MB, past the 1 MB block limit,
            // so granules span blocks and blocks end inside granules
            query(e, "CREATE TABLE t (k UInt32, s String, d Date) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 8192");
            query(e, "INSERT INTO t SELECT number, repeat(toString(number % 10), 300), toDate('2024-01-01') + number % 50 FROM numbers(40000)");
            query(e, "INSERT INTO t SELECT number + 40000, repeat('x', number % 7), toDate('2024-03-01') FROM numbers(30000)");
            assertEquals("70000\t12089995\n", everyWay(e, "SELECT count(), sum(length(s)) FROM t"));
            assertEquals(repeat('5', 300) + "\n", everyWay(e, "SELECT s FROM t WHERE k = 12345"));
            assertEquals("6\t1800\n", everyWay(e, "SELECT count(), sum(length(s)) FROM t WHERE k BETWEEN 8190 AND 8195"));
            assertEquals("2024-02-04\t1\n2024-02-05\t1\n", everyWay(e,
                    "SELECT d, count() FROM t WHERE k BETWEEN 16384 AND 16385 GROUP BY d ORDER BY d"));
            // a small key range across both parts, PREWHERE-filtered, grouped and ordered
            assertEquals("xxx\t2\nxxxxxx\t2\n", everyWay(e, "SELECT s, count() AS c FROM t WHERE k BETWEEN 40000 AND 40013 "
                    + "AND d = '2024-03-01' AND length(s) IN (3, 6) GROUP BY s ORDER BY c DESC, s LIMIT 10"));
        }
    }

    @Test
    void aTableCreatedAgainUnderADroppedOnesNameReadsItsOwnData() {
        try (Engine e = Engine.open(dir)) {
            for (int round = 0; round < 3; round++) {
                query(e, "CREATE TABLE t (k UInt32, v UInt64, s String) ENGINE = MergeTree ORDER BY k");
                query(e, "INSERT INTO t SELECT number, number * " + (round + 2) + ", toString(number + " + round + ") FROM numbers(20000)");
                long sum = 0;
                for (long k = 0; k < 20000; k++) sum += k * (round + 2);
                String expected = sum + "\t" + (round + 10) + "\n";
                // the same part names (all_1_1_0) and files every round: only their identity differs
                assertEquals(expected, everyWay(e, "SELECT sum(v), max(if(k = 10, s, '')) FROM t"));
                query(e, "DROP TABLE t");
            }
        }
    }

    @Test
    void droppingATableGivesItsCachedBlocksBack() {
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE big (k UInt32, s String) ENGINE = MergeTree ORDER BY k");
            query(e, "INSERT INTO big SELECT number, repeat('y', 100) FROM numbers(100000)");
            long before = ReadCaches.uncompressedCacheBytes();
            assertEquals("100000\n", query(e, "SELECT count() FROM big WHERE length(s) = 100 SETTINGS use_uncompressed_cache = 1"));
            long filled = ReadCaches.uncompressedCacheBytes();
            assertTrue(filled > before + 1_000_000, "the read cached its blocks: " + before + " -> " + filled);
            query(e, "DROP TABLE big");
            assertTrue(ReadCaches.uncompressedCacheBytes() <= before, "after DROP: " + ReadCaches.uncompressedCacheBytes()
                    + " bytes, before the read: " + before);
        }
    }

    private static String repeat(char c, int n) {
        return String.valueOf(c).repeat(n);
    }
}
