package io.strata.core.query;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;

/**
 * A running query. Results are pulled chunk by chunk so protocols stream them; statements
 * without a result (CREATE, INSERT...) have an empty header and return no chunk.
 * {@link #next()} throws DbException on failure; {@link #cancel()} may be called from any thread.
 */
public interface QueryExecution extends AutoCloseable {
    Header header();

    /** The next result chunk, or null at the end. Blocks while the query works. */
    Chunk next();

    /** The output format named by the query's FORMAT clause, or null. */
    String outputFormat();

    /** Settings in force for this query (session + request + SETTINGS clause). */
    io.strata.core.settings.Settings settings();

    QueryProgress progress();

    String queryId();

    /** Totals row (WITH TOTALS) once the result is exhausted, or null. */
    default Chunk totals() {
        return null;
    }

    /**
     * The two-row extremes chunk (row 0: each column's minimum, row 1: its maximum) once the result
     * is exhausted, when the query ran with {@code extremes = 1} and returned rows; null otherwise.
     */
    default Chunk extremes() {
        return null;
    }

    void cancel();

    @Override
    void close();
}
