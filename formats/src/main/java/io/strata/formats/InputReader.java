package io.strata.formats;

import io.strata.core.block.Chunk;

/**
 * Parses a stream into chunks. Parse errors are {@link io.strata.core.error.DbException}s with
 * ClickHouse's codes (CANNOT_PARSE_*, INCORRECT_DATA...) and a message naming the row. Not thread-safe.
 */
public interface InputReader {

    /** The next chunk of at most {@code maxRows} rows (at least one), or null at the end of input. */
    Chunk read(int maxRows);

    /**
     * Malformed rows skipped so far under input_format_allow_errors_num / input_format_allow_errors_ratio
     * (INSERT reports them in its progress, as ClickHouse logs "Skipped N rows with errors").
     */
    default long skippedRows() {
        return 0;
    }
}
