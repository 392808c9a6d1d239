package io.strata.formats;

import io.strata.core.block.Chunk;

/**
 * Writes one result stream. Calls come in the order: {@link #writeChunk} any number of times,
 * {@link #writeTotals} at most once, {@link #writeExtremes} at most once, then {@link #finish}
 * exactly once. Writers stream: a chunk's
 * bytes may reach the output stream during {@code writeChunk}, so a large result never sits in
 * memory (except in formats that must see all rows first, such as the MonoBlock variants).
 * Not thread-safe.
 */
public interface OutputWriter {

    /** Writes the rows of {@code chunk}, whose columns follow the header given at creation. */
    void writeChunk(Chunk chunk);

    /** Writes the one-row totals of {@code WITH TOTALS}; formats without a totals section ignore it. */
    default void writeTotals(Chunk totals) {
    }

    /**
     * Writes the two-row extremes chunk of {@code extremes = 1} (row 0 minimums, row 1 maximums);
     * formats without an extremes section ignore it.
     */
    default void writeExtremes(Chunk extremes) {
    }

    /** Writes the suffix (JSON: rows, rows_before_limit_at_least, statistics) and flushes. */
    void finish(OutputStatistics stats);

    /** Sends everything written so far to the output stream (HTTP progress, interactive clients). */
    void flush();
}
