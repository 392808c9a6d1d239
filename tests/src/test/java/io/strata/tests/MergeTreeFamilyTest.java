package io.strata.tests;

import static io.strata.tests.LocalQueries.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strata.server.Engine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MergeTree family on randomized data: after several inserts (several parts, several
 * partitions), SELECT ... FINAL and the table after OPTIMIZE ... FINAL agree with a GROUP BY
 * over the same rows kept in a plain MergeTree table. The seed is printed; rerun with
 * {@code -Dfamily.seed=N}.
 */
class MergeTreeFamilyTest {
    @TempDir
    Path dir;

    private static long seed() {
        long s = Long.getLong("family.seed", System.nanoTime());
        System.out.println("MergeTreeFamilyTest seed " + s + " (rerun: mvn -o -pl tests test -Dtest=MergeTreeFamilyTest -Dfamily.seed=" + s + ")");
        return s;
    }

    private static String values(List<String> rows) {
        return String.join(", ", rows);
    }

    private void compare(Engine e, String table, String finalQuery, String expectedQuery, long seed) {
        String expected = query(e, expectedQuery);
        assertEquals(expected, query(e, finalQuery.replace("$T", table + " FINAL")), "FINAL, seed " + seed);
        query(e, "OPTIMIZE TABLE " + table + " FINAL");
        assertEquals(expected, query(e, finalQuery.replace("$T", table)), "after OPTIMIZE FINAL, seed " + seed);
        long partitions = Long.parseLong(query(e, "SELECT count(DISTINCT p) FROM raw_" + table).strip());
        assertEquals(partitions, partDirectories(table), "one part per partition after OPTIMIZE FINAL, seed " + seed);
    }

    private long partDirectories(String table) {
        try (var s = java.nio.file.Files.list(dir.resolve("data/default/" + table))) {
            return s.filter(java.nio.file.Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("[0-9a-z]+_\\d+_\\d+_\\d+(_\\d+)?")).count();
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @Test
    void replacingAgreesWithArgMax() {
        long seed = seed();
        Random rnd = new Random(seed);
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE rep (p UInt8, k UInt32, v String, ver UInt64) ENGINE = ReplacingMergeTree(ver) PARTITION BY p ORDER BY k "
                    + "SETTINGS index_granularity = 64");
            query(e, "CREATE TABLE raw_rep (p UInt8, k UInt32, v String, ver UInt64) ENGINE = MergeTree ORDER BY tuple()");
            long ver = 0;
            for (int insert = 0; insert < 8; insert++) {
                List<String> rows = new ArrayList<>();
                int n = 1 + rnd.nextInt(400);
                for (int i = 0; i < n; i++) {
                    int k = rnd.nextInt(300);
                    // versions unique per key, not increasing with insert order
                    long v = (rnd.nextInt(1000) * 1000L) + (++ver % 1000);
                    rows.add("(" + (k % 3) + ", " + k + ", 'v" + rnd.nextInt(1000) + "', " + v + ")");
                }
                query(e, "INSERT INTO rep VALUES " + values(rows));
                query(e, "INSERT INTO raw_rep VALUES " + values(rows));
            }
            compare(e, "rep", "SELECT k, v, ver FROM $T ORDER BY k",
                    "SELECT k, argMax(v, ver), max(ver) FROM raw_rep GROUP BY k ORDER BY k", seed);
        }
    }

    @Test
    void summingAgreesWithSum() {
        long seed = seed();
        Random rnd = new Random(seed);
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE sm (p UInt8, k UInt32, a Int64, b Int32, s String) ENGINE = SummingMergeTree((a, b)) PARTITION BY p ORDER BY (p, k) "
                    + "SETTINGS index_granularity = 32");
            query(e, "CREATE TABLE raw_sm (p UInt8, k UInt32, a Int64, b Int32, s String) ENGINE = MergeTree ORDER BY tuple()");
            for (int insert = 0; insert < 6; insert++) {
                List<String> rows = new ArrayList<>();
                int n = 1 + rnd.nextInt(300);
                for (int i = 0; i < n; i++) {
                    int k = rnd.nextInt(200);
                    rows.add("(" + (k % 2) + ", " + k + ", " + (rnd.nextInt(7) - 3) + ", " + (rnd.nextInt(5) - 2) + ", 's')");
                }
                query(e, "INSERT INTO sm VALUES " + values(rows));
                query(e, "INSERT INTO raw_sm VALUES " + values(rows));
            }
            compare(e, "sm", "SELECT p, k, a, b FROM $T ORDER BY p, k",
                    "SELECT p, k, sum(a), toInt32(sum(b)) FROM raw_sm GROUP BY p, k HAVING sum(a) != 0 OR sum(b) != 0 ORDER BY p, k", seed);
        }
    }

    @Test
    void collapsingAgreesWithSignedSums() {
        long seed = seed();
        Random rnd = new Random(seed);
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE col (p UInt8, k UInt32, v UInt32, sign Int8) ENGINE = CollapsingMergeTree(sign) PARTITION BY p ORDER BY k "
                    + "SETTINGS index_granularity = 16");
            query(e, "CREATE TABLE raw_col (p UInt8, k UInt32, v UInt32, sign Int8) ENGINE = MergeTree ORDER BY tuple()");
            Map<Integer, Integer> state = new HashMap<>();
            for (int insert = 0; insert < 8; insert++) {
                List<String> rows = new ArrayList<>();
                int n = 1 + rnd.nextInt(100);
                for (int i = 0; i < n; i++) {
                    int k = rnd.nextInt(150);
                    Integer old = state.get(k);
                    // a valid history per key: cancel the old state (if any), then maybe write a new one
                    if (old != null) rows.add("(" + (k % 4) + ", " + k + ", " + old + ", -1)");
                    if (old == null || rnd.nextBoolean()) {
                        int v = rnd.nextInt(1000);
                        rows.add("(" + (k % 4) + ", " + k + ", " + v + ", 1)");
                        state.put(k, v);
                    } else {
                        state.remove(k);
                    }
                }
                query(e, "INSERT INTO col VALUES " + values(rows));
                query(e, "INSERT INTO raw_col VALUES " + values(rows));
            }
            compare(e, "col", "SELECT k, v FROM $T ORDER BY k",
                    "SELECT k, toUInt32(sum(v * sign)) FROM raw_col GROUP BY k HAVING sum(sign) > 0 ORDER BY k", seed);
        }
    }
}
