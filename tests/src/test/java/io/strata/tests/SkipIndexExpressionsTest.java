package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.server.Engine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Skip indexes over expressions of some of a wide table's columns (the part writer hands an index
 * only the columns it reads, the others stand in as constants it never reads): each index prunes
 * granules, and every filtered query gives the same rows with the indexes on and off, over parts
 * written by inserts and by merges.
 */
class SkipIndexExpressionsTest {
    @TempDir
    Path dir;

    private static final List<String> QUERIES = List.of(
            "SELECT count(), sum(a) FROM t WHERE lower(s) = 'key-77'",
            "SELECT count(), sum(b) FROM t WHERE a + b BETWEEN 100000 AND 100200",
            "SELECT count(), min(id) FROM t WHERE length(url) = 13",
            "SELECT id, s, a, b FROM t WHERE lower(s) IN ('key-3', 'key-9001') ORDER BY id",
            "SELECT count() FROM t WHERE a + b > 1000000");

    @Test
    void expressionIndexesPruneAndAgreeWithAFullScan() {
        try (Engine e = Engine.open(dir)) {
            LocalQueries.run(e, "CREATE TABLE t (id UInt64, s String, a UInt32, b UInt32, url String, title String, n Nullable(Int64), "
                    + "INDEX il lower(s) TYPE set(100) GRANULARITY 1, INDEX isum (a + b) TYPE minmax GRANULARITY 1, "
                    + "INDEX iu length(url) TYPE minmax GRANULARITY 2) "
                    + "ENGINE = MergeTree ORDER BY id SETTINGS index_granularity = 512, min_bytes_for_wide_part = 0");
            for (int p = 0; p < 3; p++) {
                LocalQueries.run(e, "INSERT INTO t SELECT number, concat('KEY-', toString(intDiv(number, 64))), number, number, "
                        + "concat('https://x/', toString(intDiv(number, 1000))), repeat('t', 200 + number % 50), "
                        + "if(number % 5 = 0, NULL, number) FROM numbers(" + (p * 20000) + ", 20000)");
            }
            for (int round = 0; round < 2; round++) {
                for (String q : QUERIES) {
                    LocalQueries.Result indexed = LocalQueries.run(e, q);
                    LocalQueries.Result scanned = LocalQueries.run(e, q + " SETTINGS use_skip_indexes = 0");
                    assertEquals(scanned.text(), indexed.text(), q);
                    assertTrue(indexed.readRows() < scanned.readRows() / 4,
                            q + ": the index prunes (" + indexed.readRows() + " rows read against " + scanned.readRows() + ")");
                }
                // the second round over the merged part
                LocalQueries.run(e, "OPTIMIZE TABLE t FINAL");
            }
        }
    }
}
