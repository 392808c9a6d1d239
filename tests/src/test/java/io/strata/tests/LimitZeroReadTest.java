package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.block.Chunk;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryRequest;
import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.server.Engine;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code LIMIT 0} over a MergeTree table reads (almost) nothing: a pipeline whose LIMIT is
 * satisfied before any input stops pulling from storage, as one satisfied by its input does.
 * Measured by the query's read-rows counter on a real data directory, with a few wide columns
 * (a BI tool's "SELECT * FROM t LIMIT 0" to learn the columns read and decompressed the whole table).
 */
class LimitZeroReadTest {
    private static final int ROWS = 400_000;

    @TempDir
    Path dir;

    /** The rows the query returned and the rows it read from storage. */
    private record Result(long rows, long readRows) {
    }

    private static Result run(Engine e, String sql) {
        QuerySession session = new QuerySession("default", "default", Settings.DEFAULTS);
        try (QueryExecution ex = e.runner().execute(new QueryRequest(sql, session, Map.of(), Map.of(), null, "q" + System.nanoTime()))) {
            long rows = 0;
            for (Chunk c = ex.next(); c != null; c = ex.next()) rows += c.rowCount();
            return new Result(rows, ex.progress().readRows.get());
        }
    }

    @Test
    void limitZeroStopsTheRead() {
        try (Engine e = Engine.open(dir)) {
            run(e, "CREATE TABLE t (k UInt64, a String, b Float64, c Array(UInt32)) ENGINE = MergeTree ORDER BY k");
            run(e, "INSERT INTO t SELECT number, toString(number), number / 3, [number, 1] FROM numbers(" + ROWS + ")");
            Result whole = run(e, "SELECT * FROM t");
            assertEquals(ROWS, whole.rows());
            assertEquals(ROWS, whole.readRows());
            // at most one block per reading thread before the pipeline sees the LIMIT is done
            long bound = (long) Settings.DEFAULTS.getLong("max_block_size") * Runtime.getRuntime().availableProcessors();
            for (String sql : new String[] {
                    "SELECT * FROM t LIMIT 0",
                    "SELECT * FROM t LIMIT 0 OFFSET 10",
                    "SELECT k, a FROM t WHERE b > 1 LIMIT 0",
                    "SELECT * FROM t LIMIT 5"}) {
                Result r = run(e, sql);
                assertEquals(sql.endsWith("LIMIT 5") ? 5 : 0, r.rows(), sql);
                assertTrue(r.readRows() < Math.min(bound, ROWS), sql + " read " + r.readRows() + " rows");
            }
        }
    }
}
