package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.server.Engine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An INSERT block larger than the piece the part writer gathers in sorted order at a time
 * (MergeTreeWriter.SORTED_PIECE_ROWS, 65,536 rows): one part, its rows in sorting-key order across
 * the piece boundaries, every column's value still with its row (strings, nullable values, a
 * second key column), for unsorted rows, rows already sorted, and rows in descending order.
 */
class SortedPieceInsertTest {
    @TempDir
    Path dir;

    private static final int ROWS = 200_003; // four pieces, the last a partial one

    @Test
    void aBlockOfSeveralPiecesIsWrittenSortedWithItsRowsIntact() {
        try (Engine e = Engine.open(dir)) {
            String[] orders = {"(number * 2654435761) % 1000003", "number", "1000000 - number"};
            for (int t = 0; t < orders.length; t++) {
                LocalQueries.run(e, "CREATE TABLE t" + t + " (k UInt64, g UInt8, s String, n Nullable(Int32)) "
                        + "ENGINE = MergeTree ORDER BY (g, k) SETTINGS index_granularity = 1000");
                String source = "SELECT " + orders[t] + " AS k, number % 3 AS g, concat('v', toString(number), repeat('x', number % 20)) AS s, "
                        + "if(number % 7 = 0, NULL, toInt32(number)) AS n FROM numbers(" + ROWS + ")";
                LocalQueries.run(e, "INSERT INTO t" + t + " " + source
                        + " SETTINGS max_insert_block_size = 1000000, min_insert_block_size_bytes = 1000000000, max_block_size = 1000000");
                assertEquals("1\t" + ROWS, LocalQueries.run(e, "SELECT count(), sum(rows) FROM system.parts WHERE table = 't" + t + "' AND active").text().strip(),
                        "one part of every row: " + orders[t]);
                // the same rows: every column's value stayed with its row
                assertEquals(LocalQueries.run(e, "SELECT count(), sum(cityHash64(k, g, s, n)) FROM (" + source + ")").text(),
                        LocalQueries.run(e, "SELECT count(), sum(cityHash64(k, g, s, n)) FROM t" + t).text(), orders[t]);
                // in storage order (one part, one thread) the rows are sorted by (g, k): no row is
                // smaller than the one before it
                String stored = LocalQueries.run(e, "SELECT g, k FROM t" + t + " SETTINGS max_threads = 1").text();
                String[] lines = stored.split("\n");
                assertEquals(ROWS, lines.length);
                long pg = -1, pk = -1;
                for (String line : lines) {
                    String[] f = line.split("\t");
                    long g = Long.parseLong(f[0]), k = Long.parseLong(f[1]);
                    assertTrue(g > pg || (g == pg && k >= pk), "sorted at " + line + " after " + pg + "\t" + pk + ": " + orders[t]);
                    pg = g;
                    pk = k;
                }
            }
        }
    }
}
