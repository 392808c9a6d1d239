package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.server.Engine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MergeTree scans with {@code strata_keep_string_encoding} (what the native protocol turns on):
 * every query gives the same rows as with it off, and FORMAT Native the same bytes, over String
 * columns of short, 128-byte-plus, 16 KiB-plus and multi-megabyte values (granules inside one
 * compressed block, filling one, and spanning several), next to Nullable, LowCardinality, Array and
 * FixedString columns, with filters, PREWHERE, sorting, grouping and functions over the strings,
 * with and without the uncompressed cache, in wide and compact parts, next to strings built by
 * functions.
 */
class KeepStringEncodingTest {
    @TempDir
    Path dir;

    private static final List<String> QUERIES = List.of(
            "SELECT * FROM t ORDER BY id",
            "SELECT id, s, mid, big FROM t",
            "SELECT s, id FROM t WHERE s LIKE '%7%'",
            "SELECT * FROM t PREWHERE id % 3 = 0 WHERE s != ''",
            "SELECT length(big), substring(mid, 1, 5), upper(s) FROM t WHERE id % 5 = 1",
            "SELECT s, count(), max(length(mid)) FROM t GROUP BY s ORDER BY s LIMIT 50",
            "SELECT id, s FROM t ORDER BY s DESC, id LIMIT 20",
            "SELECT ns, lc, arr, fs, s FROM t WHERE mid > 'm'",
            "SELECT concat(s, '|', lc) AS c FROM t ORDER BY c LIMIT 30",
            "SELECT id, huge FROM t WHERE length(huge) > 0",
            "SELECT toString(id), toString(toInt64(id) - 3000), toString(toUInt64(id) * 4000000000000000), length(toString(id * 1000)) FROM t",
            "SELECT toString(id) AS x, concat(x, s) FROM t ORDER BY x LIMIT 20");

    private static void create(Engine e, String table, String settings) {
        LocalQueries.run(e, "CREATE TABLE " + table + " (id UInt32, s String, mid String, big String, huge String, ns Nullable(String), "
                + "lc LowCardinality(String), arr Array(String), fs FixedString(4)) ENGINE = MergeTree ORDER BY id "
                + "SETTINGS index_granularity = 256" + settings);
        // short strings, 100-400 bytes (two-byte lengths past 127), 16 KiB-plus values every 97th row
        // (three-byte lengths); then a part of 3 MB values (a granule spanning compressed blocks)
        LocalQueries.run(e, "INSERT INTO " + table + " SELECT number, if(number % 4 = 0, '', concat('v', toString(number % 1000))), "
                + "concat(repeat(char(97 + number % 26), 100 + number % 300), 'é'), "
                + "if(number % 97 = 0, repeat('x', 16384 + number % 50), toString(number * 7)), "
                + "'', "
                + "if(number % 3 = 0, NULL, toString(number)), toString(number % 9), "
                + "[toString(number), ''], toFixedString(toString(number % 10000), 4) FROM numbers(6000)");
        LocalQueries.run(e, "INSERT INTO " + table + " SELECT 6000 + number, 'x', 'y', 'z', repeat(repeat('h', 1000), 3000), NULL, 'a', [], 'abcd' "
                + "FROM numbers(3)");
    }

    @Test
    void keptEncodingGivesTheSameRowsAndNativeBytes() {
        try (Engine e = Engine.open(dir)) {
            create(e, "t", ", min_bytes_for_wide_part = 0");
            create(e, "tc", ", min_bytes_for_wide_part = 1000000000");
            for (String table : List.of("t", "tc")) {
                for (String cache : List.of("0", "1")) {
                    for (String q : QUERIES) {
                        String query = q.replace("FROM t", "FROM " + table);
                        String off = " SETTINGS max_threads = 1, use_uncompressed_cache = " + cache + ", strata_keep_string_encoding = 0";
                        String on = " SETTINGS max_threads = 1, use_uncompressed_cache = " + cache + ", strata_keep_string_encoding = 1";
                        String expected = LocalQueries.query(e, query + off);
                        assertTrue(expected.length() > 0, query);
                        assertEquals(expected, LocalQueries.query(e, query + on), query + " (cache " + cache + ")");
                        assertArrayEquals(LocalQueries.output(e, query + off, "Native"), LocalQueries.output(e, query + on, "Native"), query + " FORMAT Native (cache " + cache + ")");
                    }
                }
            }
        }
    }
}
