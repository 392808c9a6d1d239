package io.strata.tests;

import static io.strata.tests.LocalQueries.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.strata.server.Engine;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ALTERs racing inserts and mutations on one MergeTree table: every inserted row keeps its
 * value under the column's latest name, and every mutation applies exactly once.
 */
class AlterConcurrencyTest {
    @TempDir
    Path dir;


    @Test
    void insertsRacingRenamesAndUpdatesKeepTheirData() throws InterruptedException {
        try (Engine e = Engine.open(dir)) {
            query(e, "CREATE TABLE t (k UInt64, a UInt64) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 16");
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread inserter = new Thread(() -> {
                try {
                    for (int i = 0; i < 60; i++) query(e, "INSERT INTO t SELECT number + " + i * 10 + ", 1 FROM numbers(10)");
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            inserter.start();
            for (int j = 0; j < 20; j++) {
                query(e, "ALTER TABLE t RENAME COLUMN " + (j % 2 == 0 ? "a TO b" : "b TO a"));
                query(e, "ALTER TABLE t UPDATE " + (j % 2 == 0 ? "b" : "a") + " = 1 WHERE k = 0 SETTINGS mutations_sync = 1");
            }
            inserter.join();
            assertNull(failure.get());
            assertEquals("600\t600\n", query(e, "SELECT count(), sum(a) FROM t"));
            query(e, "ALTER TABLE t UPDATE a = a + 1 WHERE 1 SETTINGS mutations_sync = 1");
            query(e, "OPTIMIZE TABLE t FINAL");
            assertEquals("600\t1200\n", query(e, "SELECT count(), sum(a) FROM t"));
        }
    }
}
