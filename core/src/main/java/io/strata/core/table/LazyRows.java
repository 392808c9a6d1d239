package io.strata.core.table;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import java.util.List;

/**
 * A two-phase read for late materialization ({@code ORDER BY ... LIMIT n} over a wide table):
 * the first phase ({@link #morsels()}) reads only the columns the filter and the sort need, each
 * row carrying a locator; once the query has chosen its few rows, {@link #fetch} reads the other
 * columns for those rows only, touching just the granules that hold them.
 *
 * <p>The read is over one snapshot of the table: the engine keeps the data the locators point
 * into (a MergeTree's parts) alive until {@link #close()}, even if merges replace it meanwhile.
 * Implementations must make {@code close} idempotent; the caller closes on success and failure.
 */
public interface LazyRows extends AutoCloseable {

    /** The type of the locator column: an opaque UInt64 only {@link #fetch} interprets. */
    String LOCATOR_TYPE = "UInt64";

    /**
     * Morsels of the first phase: each chunk holds the requested columns in order, then one more,
     * the rows' locators ({@link #LOCATOR_TYPE}).
     */
    List<ChunkSource> morsels();

    /**
     * The second phase: {@code columns} (table columns by name and type) of the rows at
     * {@code locators[0..count)}, in that order, one output row per locator.
     */
    Chunk fetch(Header columns, long[] locators, int count);

    /** Rows the fetches so far decompressed (whole granules), for the query's progress. */
    default long fetchedRows() {
        return 0;
    }

    /** Bytes of the column data the fetches so far decompressed, for the query's progress. */
    default long fetchedBytes() {
        return 0;
    }

    /** Releases the snapshot (idempotent). */
    @Override
    void close();
}
