package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.server.Engine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Top-N bound pruning (use_top_k_dynamic_filtering): ORDER BY an integer or DateTime column LIMIT
 * n skips granules none of whose values can enter the result, ascending and descending, with a
 * WHERE (PREWHERE) and with late materialization; results equal the unpruned plan's and the
 * bytes read drop (progress counters). Like ClickBench's hits: within each key prefix the sort
 * column rises, so granules are narrow in it.
 */
class TopNDynamicFilterTest {
    @TempDir
    Path dir;

    private static final String OFF = " SETTINGS use_top_k_dynamic_filtering = 0, query_plan_optimize_lazy_materialization = 0";

    @Test
    void granulesBeyondTheBoundAreSkippedWithTheSameResult() {
        try (Engine e = Engine.open(dir)) {
            LocalQueries.run(e, "CREATE TABLE h (c UInt32, t DateTime, id Int64, u UInt64, phrase String, n Nullable(Int32)) "
                    + "ENGINE = MergeTree ORDER BY (c, t, id) SETTINGS index_granularity = 256");
            for (int p = 0; p < 3; p++) {
                LocalQueries.run(e, "INSERT INTO h SELECT number % 40 AS c, toDateTime('2024-01-01 00:00:00') + intDiv(number, 40) * 7 + " + p
                        + " AS t, number * 3 + " + p + " AS id, 18446744073709551615 - number * 3 - " + p + " AS u, "
                        + "if(number % 5 = 0, '', concat('phrase ', toString(number % 1000), repeat('x', 60))) AS phrase, "
                        + "if(number % 4 = 0, NULL, toInt32(number)) AS n FROM numbers(" + (p * 60000) + ", 60000)");
            }
            List<String> queries = List.of(
                    "SELECT phrase FROM h WHERE phrase <> '' ORDER BY t, id LIMIT 10",
                    "SELECT phrase, t FROM h WHERE phrase <> '' ORDER BY t, phrase, id LIMIT 10",
                    "SELECT phrase FROM h WHERE phrase <> '' ORDER BY t DESC, id LIMIT 10 OFFSET 3",
                    "SELECT * FROM h WHERE phrase LIKE '%phrase 7%' ORDER BY t, id LIMIT 10",
                    "SELECT id, phrase FROM h ORDER BY id DESC LIMIT 5",
                    "SELECT u, phrase FROM h ORDER BY u LIMIT 5",
                    "SELECT u, phrase FROM h ORDER BY u DESC LIMIT 5",
                    "SELECT n, phrase FROM h ORDER BY n, id LIMIT 5");
            for (String q : queries) {
                LocalQueries.Result pruned = LocalQueries.run(e, q);
                LocalQueries.Result full = LocalQueries.run(e, q + OFF);
                assertEquals(full.text(), pruned.text(), q);
            }
            String q = "SELECT phrase FROM h WHERE phrase <> '' ORDER BY t, id LIMIT 10";
            LocalQueries.Result pruned = LocalQueries.run(e, q + " SETTINGS query_plan_optimize_lazy_materialization = 0");
            LocalQueries.Result full = LocalQueries.run(e, q + OFF);
            assertEquals(full.text(), pruned.text());
            assertTrue(pruned.readBytes() * 4 < full.readBytes(), pruned.readBytes() + " vs " + full.readBytes());
            String desc = "SELECT phrase FROM h WHERE phrase <> '' ORDER BY t DESC LIMIT 10";
            assertTrue(LocalQueries.run(e, desc).readBytes() * 4 < LocalQueries.run(e, desc + OFF).readBytes());
            String plan = LocalQueries.run(e, "EXPLAIN " + q).text();
            assertTrue(plan.contains("Top-N dynamic filter: t"), plan);
        }
    }

    /**
     * With a minmax index over the key column, granules beyond the bound are skipped without
     * reading even that column: far fewer rows read than without the index, same answers.
     */
    @Test
    void aMinmaxIndexSkipsWithoutReading() {
        try (Engine e = Engine.open(dir)) {
            // a plain table per query: its first read knows nothing of the granules (later reads
            // of a part learn their bounds, see learntBoundsSkipLaterReads)
            for (String table : List.of("plain0", "plain1", "plain2", "indexed", "implicit")) {
                LocalQueries.run(e, "CREATE TABLE " + table + " (c UInt32, t DateTime, id Int64, phrase String"
                        + (table.equals("indexed") ? ", INDEX it t TYPE minmax GRANULARITY 1" : "")
                        + ") ENGINE = MergeTree ORDER BY (c, t, id) SETTINGS index_granularity = 256"
                        + (table.equals("implicit") ? ", add_minmax_index_for_numeric_columns = 1, add_minmax_index_for_temporal_columns = 1"
                        : ""));
                LocalQueries.run(e, "INSERT INTO " + table + " SELECT number % 40, toDateTime('2024-01-01 00:00:00') + intDiv(number, 40) * 7, "
                        + "number, concat('p', toString(number % 1000)) FROM numbers(200000)");
            }
            List<String> queries = List.of("SELECT phrase, t FROM %s ORDER BY t, id LIMIT 10", "SELECT phrase, t FROM %s ORDER BY t DESC, id LIMIT 10",
                    "SELECT phrase FROM %s WHERE phrase <> 'p1' ORDER BY t, id LIMIT 10 OFFSET 5");
            for (int qi = 0; qi < queries.size(); qi++) {
                String q = queries.get(qi);
                LocalQueries.Result plain = LocalQueries.run(e, q.formatted("plain" + qi));
                LocalQueries.Result indexed = LocalQueries.run(e, q.formatted("indexed"));
                LocalQueries.Result off = LocalQueries.run(e, q.formatted("indexed") + OFF);
                assertEquals(off.text(), plain.text(), q);
                assertEquals(off.text(), indexed.text(), q);
                assertTrue(indexed.readRows() * 4 < plain.readRows(), q + ": " + indexed.readRows() + " vs " + plain.readRows());
                LocalQueries.Result implicit = LocalQueries.run(e, q.formatted("implicit"));
                assertEquals(off.text(), implicit.text(), q);
                assertTrue(implicit.readRows() * 4 < plain.readRows(), q + ": " + implicit.readRows() + " vs " + plain.readRows());
            }
            // the implicit numeric indexes prune WHERE too (id is not a key prefix), and are not declared
            String point = "SELECT c, t, phrase FROM %s WHERE id = 123457";
            LocalQueries.Result pointPlain = LocalQueries.run(e, point.formatted("plain0"));
            LocalQueries.Result pointImplicit = LocalQueries.run(e, point.formatted("implicit"));
            assertEquals(pointPlain.text(), pointImplicit.text());
            assertEquals(1, pointImplicit.text().lines().count());
            assertTrue(pointImplicit.readRows() * 4 < pointPlain.readRows(), pointImplicit.readRows() + " vs " + pointPlain.readRows());
            String create = LocalQueries.run(e, "SHOW CREATE TABLE implicit").text();
            assertTrue(!create.contains("auto_minmax"), create);
        }
    }

    /**
     * Without an index over the key column, a read that decompresses it learns each granule's
     * bounds; later top-N reads of the same parts skip granules by them unread and take the most
     * promising granules first: far fewer rows read, the same answers, ascending, descending and
     * over UInt64 values past 2^63. Parts written after (an INSERT, a merge) are read in full and
     * learnt in turn.
     */
    @Test
    void learntBoundsSkipLaterReads() {
        try (Engine e = Engine.open(dir)) {
            List<String> queries = List.of("SELECT phrase, t FROM %s WHERE phrase <> '' ORDER BY t, id LIMIT 10",
                    "SELECT phrase, t FROM %s WHERE phrase <> '' ORDER BY t DESC, phrase LIMIT 10",
                    "SELECT id, u FROM %s ORDER BY u DESC, id LIMIT 7", "SELECT id, u FROM %s ORDER BY u, id LIMIT 7 OFFSET 2");
            for (int qi = 0; qi < queries.size(); qi++) {
                // a table per query: its first read knows nothing yet
                String table = "h" + qi;
                String q = queries.get(qi).formatted(table);
                LocalQueries.run(e, "CREATE TABLE " + table + " (c UInt32, t DateTime, u UInt64, id Int64, phrase String) "
                        + "ENGINE = MergeTree ORDER BY (c, t, id) SETTINGS index_granularity = 256");
                // three parts that stay: a background merge between the two reads would make a new
                // part that nothing has learnt yet
                LocalQueries.run(e, "SYSTEM STOP MERGES " + table);
                for (int p = 0; p < 3; p++) {
                    LocalQueries.run(e, "INSERT INTO " + table + " SELECT number % 40, toDateTime('2024-01-01 00:00:00') + intDiv(number, 40) * 7 + "
                            + p + ", if(number % 40 < 20, toUInt64(18446744073709551615 - number * 7 - " + p + "), toUInt64(number * 7 + " + p + ")), number * 3 + " + p + ", "
                            + "if(number % 3 = 0, '', concat('p', toString(number % 1000))) FROM numbers(" + (p * 60000) + ", 60000)");
                }
                LocalQueries.Result off = LocalQueries.run(e, q + OFF);
                LocalQueries.Result first = LocalQueries.run(e, q);
                LocalQueries.Result second = LocalQueries.run(e, q);
                assertEquals(off.text(), first.text(), q);
                assertEquals(off.text(), second.text(), q);
                assertTrue(second.readRows() * 4 < first.readRows(), q + ": " + second.readRows() + " vs " + first.readRows());
                // a new part holding the earliest and the largest values: read, not skipped by what the others taught
                LocalQueries.run(e, "INSERT INTO " + table + " VALUES (7, '2023-12-31 23:59:59', 18446744073709551615, -1, 'newest')");
                assertEquals(LocalQueries.run(e, q + OFF).text(), LocalQueries.run(e, q).text(), q);
                LocalQueries.run(e, "SYSTEM START MERGES " + table);
                LocalQueries.run(e, "OPTIMIZE TABLE " + table + " FINAL");
                assertEquals(LocalQueries.run(e, q + OFF).text(), LocalQueries.run(e, q).text(), q);
                assertEquals(LocalQueries.run(e, q + OFF).text(), LocalQueries.run(e, q).text(), q);
            }
            assertTrue(LocalQueries.run(e, queries.get(0).formatted("h0")).text().startsWith("newest\t2023-12-31 23:59:59"));
            assertTrue(LocalQueries.run(e, queries.get(2).formatted("h2")).text().startsWith("-1\t18446744073709551615"));
        }
    }

    /**
     * Implicit minmax indexes over UInt64 values past 2^63 and negative Int64 ones prune by the
     * values' own order: WHERE and top-N answers equal those of a table without the indexes.
     */
    @Test
    void implicitIndexesOrderUnsignedAndNegativeValuesRight() {
        try (Engine e = Engine.open(dir)) {
            for (String table : List.of("a", "b")) {
                LocalQueries.run(e, "CREATE TABLE " + table + " (k UInt32, u UInt64, i Int64, d DateTime) ENGINE = MergeTree ORDER BY k "
                        + "SETTINGS index_granularity = 128" + (table.equals("a") ? ", add_minmax_index_for_numeric_columns = 1, "
                        + "add_minmax_index_for_temporal_columns = 1" : ""));
                LocalQueries.run(e, "INSERT INTO " + table + " SELECT number, 18446744073709551615 - number * 1000003 % 100000, "
                        + "toInt64(number) - 50000, toDateTime('2024-01-01 00:00:00') + number FROM numbers(100000)");
            }
            for (String q : List.of("SELECT count(), min(k), max(k) FROM %s WHERE u > 18446744073709550000",
                    "SELECT count() FROM %s WHERE u < 18446744073709451700", "SELECT count(), sum(k) FROM %s WHERE i < -49000",
                    "SELECT count() FROM %s WHERE i BETWEEN -10 AND 10", "SELECT k, u FROM %s ORDER BY u DESC, k LIMIT 5",
                    "SELECT k, u FROM %s ORDER BY u, k LIMIT 5", "SELECT k, i FROM %s ORDER BY i DESC LIMIT 3",
                    "SELECT k FROM %s WHERE d >= '2024-01-01 10:00:00' ORDER BY d LIMIT 3")) {
                assertEquals(LocalQueries.run(e, q.formatted("b")).text(), LocalQueries.run(e, q.formatted("a")).text(), q);
            }
        }
    }
}
