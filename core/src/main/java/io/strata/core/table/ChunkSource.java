package io.strata.core.table;

import io.strata.core.block.Chunk;

/**
 * One morsel of a table scan: a pull-based producer of chunks, run by one driver thread at a
 * time. Drivers take morsels from a shared queue, so a scan spreads over all cores.
 */
public interface ChunkSource extends AutoCloseable {
    /** The next chunk, or null when this morsel is exhausted. */
    Chunk next();

    /** Rows this morsel is expected to produce, or -1 when unknown (progress reporting). */
    default long estimatedRows() {
        return -1;
    }

    /**
     * Rows this morsel has read from storage so far, when that differs from the rows it returned:
     * a scan that filters early (PREWHERE) or merges parts in key order and stops at a limit
     * reads more than it returns. -1 (the default): the rows returned are the rows read.
     */
    default long rowsRead() {
        return -1;
    }

    /**
     * Whether every chunk of this morsel already satisfies the scan's filter (the ReadRequest's
     * ScanFilter, evaluated exactly while reading, as PREWHERE does): the planner then need not
     * evaluate the WHERE a second time above the scan. False (the default) when the morsel may
     * return rows the filter rejects.
     */
    default boolean filterApplied() {
        return false;
    }

    @Override
    default void close() {
    }
}
