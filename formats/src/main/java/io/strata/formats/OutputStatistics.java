package io.strata.formats;

/**
 * What formats with a statistics section (JSON, JSONCompact, XML) report at the end.
 *
 * @param rows            rows written
 * @param rowsBeforeLimit rows the query produced before LIMIT was applied, or a negative number when
 *                        no LIMIT was applied (then {@code rows_before_limit_at_least} is omitted)
 * @param elapsedSeconds  query time so far
 * @param readRows        rows read from storage
 * @param readBytes       uncompressed bytes read from storage
 */
public record OutputStatistics(long rows, long rowsBeforeLimit, double elapsedSeconds, long readRows, long readBytes) {

    /** The statistics of a finished query that returned {@code rows} rows, from its progress counters. */
    public static OutputStatistics of(long rows, io.strata.core.query.QueryProgress progress) {
        return new OutputStatistics(rows, progress.rowsBeforeLimit.value(), progress.elapsedNanos() / 1e9,
                progress.readRows.get(), progress.readBytes.get());
    }

    /** Statistics for a stream of {@code rows} rows with no LIMIT and nothing read. */
    public static OutputStatistics ofRows(long rows) {
        return new OutputStatistics(rows, -1, 0, 0, 0);
    }
}
