package io.strata.tests;

import static io.strata.tests.LocalQueries.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strata.server.Engine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SimpleAggregateFunction columns in AggregatingMergeTree and SummingMergeTree on randomized data:
 * after several inserts (several parts, several partitions, duplicate keys inside one insert),
 * SELECT ... FINAL, the table after OPTIMIZE ... FINAL and the table reopened from disk agree with
 * a GROUP BY over the same rows (kept in a plain MergeTree table with their insertion order) using
 * the columns' functions: anyLast is the last inserted non-NULL value, any the first, a plain
 * column keeps the first inserted row's value. Small block sizes make merges finish output blocks
 * in the middle of input chunks. The seed is printed; rerun with {@code -Dsimpleagg.seed=N}.
 */
class SimpleAggregateMergeTest {
    @TempDir
    Path dir;

    private static long seed() {
        long s = Long.getLong("simpleagg.seed", System.nanoTime());
        System.out.println("SimpleAggregateMergeTest seed " + s
                + " (rerun: mvn -o -pl tests -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=SimpleAggregateMergeTest -Dsimpleagg.seed=" + s + ")");
        return s;
    }

    private static final String AGGREGATING_COLUMNS = "p UInt8, k UInt32, "
            + "s SimpleAggregateFunction(sum, UInt64), "
            + "mx SimpleAggregateFunction(max, String), "
            + "mn SimpleAggregateFunction(min, Int32), "
            + "al SimpleAggregateFunction(anyLast, Nullable(String)), "
            + "an SimpleAggregateFunction(any, UInt32), "
            + "b SimpleAggregateFunction(groupBitOr, UInt16), "
            + "ga SimpleAggregateFunction(groupUniqArrayArray, Array(UInt8)), "
            + "sm SimpleAggregateFunction(sumMap, Tuple(Array(UInt8), Array(UInt64))), "
            + "ns SimpleAggregateFunction(sum, Nullable(Int64)), "
            + "lc SimpleAggregateFunction(max, LowCardinality(String)), "
            + "plain String";

    private static final String RAW_COLUMNS = "seq UInt32, p UInt8, k UInt32, s UInt64, mx String, mn Int32, al Nullable(String), "
            + "an UInt32, b UInt16, ga Array(UInt8), sm Tuple(Array(UInt8), Array(UInt64)), ns Nullable(Int64), "
            + "lc LowCardinality(String), plain String";

    private static String nullableString(Random rnd) {
        return rnd.nextInt(3) == 0 ? "NULL" : "'v" + rnd.nextInt(50) + "'";
    }

    private static String array(Random rnd, int maxLength, int domain) {
        List<String> e = new ArrayList<>();
        for (int i = rnd.nextInt(maxLength + 1); i > 0; i--) e.add(String.valueOf(rnd.nextInt(domain)));
        return "[" + String.join(",", e) + "]";
    }

    private static String map(Random rnd) {
        int n = rnd.nextInt(4);
        List<String> keys = new ArrayList<>(), values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            keys.add(String.valueOf(rnd.nextInt(6)));
            values.add(String.valueOf(rnd.nextInt(4)));
        }
        return "([" + String.join(",", keys) + "], [" + String.join(",", values) + "])";
    }

    @Test
    void aggregatingFinalAndOptimizeAgreeWithGroupBy() {
        long seed = seed();
        Random rnd = new Random(seed);
        Path data = dir.resolve("a");
        int keys = 100 + rnd.nextInt(1200);
        String settings = "SETTINGS index_granularity = " + (16 + rnd.nextInt(200)) + ", merge_max_block_size = " + (1 + rnd.nextInt(300));
        String finalQuery = "SELECT k, s, mx, mn, al, an, b, arraySort(ga), sm, ns, lc, plain FROM $T ORDER BY k";
        String expectedQuery = "SELECT k, sum(s), max(mx), min(mn), argMax(al, seq), argMin(an, seq), groupBitOr(b), "
                + "arraySort(groupUniqArrayArray(ga)), sumMap(sm), sum(ns), max(lc), argMin(plain, seq) FROM raw GROUP BY k ORDER BY k";
        String expected;
        try (Engine e = Engine.open(data)) {
            query(e, "CREATE TABLE agg (" + AGGREGATING_COLUMNS + ") ENGINE = AggregatingMergeTree PARTITION BY p ORDER BY k " + settings);
            query(e, "CREATE TABLE raw (" + RAW_COLUMNS + ") ENGINE = MergeTree ORDER BY tuple()");
            int seq = 0;
            for (int insert = 0; insert < 6; insert++) {
                List<String> aggRows = new ArrayList<>(), rawRows = new ArrayList<>();
                int n = 1 + rnd.nextInt(800);
                for (int i = 0; i < n; i++) {
                    int k = rnd.nextInt(keys);
                    String values = (k % 3) + ", " + k + ", " + rnd.nextInt(1000) + ", 'm" + rnd.nextInt(100) + "', "
                            + (rnd.nextInt(2001) - 1000) + ", " + nullableString(rnd) + ", " + rnd.nextInt(100) + ", "
                            + rnd.nextInt(1 << 16) + ", " + array(rnd, 3, 10) + ", " + map(rnd) + ", "
                            + (rnd.nextInt(3) == 0 ? "NULL" : String.valueOf(rnd.nextInt(200) - 100)) + ", 'l" + rnd.nextInt(20) + "', "
                            + "'plain" + rnd.nextInt(1000) + "'";
                    aggRows.add("(" + values + ")");
                    rawRows.add("(" + (seq++) + ", " + values + ")");
                }
                query(e, "INSERT INTO agg VALUES " + String.join(", ", aggRows));
                query(e, "INSERT INTO raw VALUES " + String.join(", ", rawRows));
            }
            expected = query(e, expectedQuery);
            assertEquals(expected, query(e, finalQuery.replace("$T", "agg FINAL")), "FINAL, seed " + seed);
            query(e, "OPTIMIZE TABLE agg FINAL");
            assertEquals(expected, query(e, finalQuery.replace("$T", "agg")), "after OPTIMIZE FINAL, seed " + seed);
            assertEquals(expected, query(e, finalQuery.replace("$T", "agg FINAL")), "FINAL after OPTIMIZE FINAL, seed " + seed);
        }
        try (Engine e = Engine.open(data)) {
            assertEquals(expected, query(e, finalQuery.replace("$T", "agg")), "reopened, seed " + seed);
            assertEquals("SimpleAggregateFunction(sumMap, Tuple(Array(UInt8), Array(UInt64)))\n",
                    query(e, "SELECT DISTINCT toTypeName(sm) FROM agg"));
        }
    }

    @Test
    void summingCombinesSimpleAggregateColumnsWithTheirFunction() {
        long seed = seed();
        Random rnd = new Random(seed);
        int keys = 50 + rnd.nextInt(800);
        try (Engine e = Engine.open(dir.resolve("s"))) {
            query(e, "CREATE TABLE sm (p UInt8, k UInt32, v Int64, mx SimpleAggregateFunction(max, UInt64), "
                    + "al SimpleAggregateFunction(anyLast, Nullable(String)), s String) ENGINE = SummingMergeTree PARTITION BY p ORDER BY k "
                    + "SETTINGS index_granularity = " + (8 + rnd.nextInt(100)) + ", merge_max_block_size = " + (1 + rnd.nextInt(100)));
            query(e, "CREATE TABLE raw (seq UInt32, p UInt8, k UInt32, v Int64, mx UInt64, al Nullable(String), s String) "
                    + "ENGINE = MergeTree ORDER BY tuple()");
            int seq = 0;
            for (int insert = 0; insert < 5; insert++) {
                List<String> rows = new ArrayList<>(), raw = new ArrayList<>();
                int n = 1 + rnd.nextInt(500);
                for (int i = 0; i < n; i++) {
                    int k = rnd.nextInt(keys);
                    // sums are often zero: with a SimpleAggregateFunction column combined, such rows stay
                    String values = (k % 2) + ", " + k + ", " + (rnd.nextInt(3) - 1) + ", " + rnd.nextInt(1000) + ", "
                            + nullableString(rnd) + ", 's" + rnd.nextInt(100) + "'";
                    rows.add("(" + values + ")");
                    raw.add("(" + (seq++) + ", " + values + ")");
                }
                query(e, "INSERT INTO sm VALUES " + String.join(", ", rows));
                query(e, "INSERT INTO raw VALUES " + String.join(", ", raw));
            }
            String expected = query(e, "SELECT k, sum(v), max(mx), argMax(al, seq), argMin(s, seq) FROM raw GROUP BY k ORDER BY k");
            String finalQuery = "SELECT k, v, mx, al, s FROM $T ORDER BY k";
            assertEquals(expected, query(e, finalQuery.replace("$T", "sm FINAL")), "FINAL, seed " + seed);
            query(e, "OPTIMIZE TABLE sm FINAL");
            assertEquals(expected, query(e, finalQuery.replace("$T", "sm")), "after OPTIMIZE FINAL, seed " + seed);
        }
    }
}
