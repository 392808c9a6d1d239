package io.strata.core.query;

import java.util.concurrent.atomic.AtomicLong;

/** Counters a query updates as it runs; protocols read them for progress and summaries. */
public final class QueryProgress {
    public final AtomicLong readRows = new AtomicLong();
    public final AtomicLong readBytes = new AtomicLong();
    public final AtomicLong writtenRows = new AtomicLong();
    public final AtomicLong writtenBytes = new AtomicLong();
    public final AtomicLong totalRowsToRead = new AtomicLong();
    public final AtomicLong resultRows = new AtomicLong();
    public final AtomicLong resultBytes = new AtomicLong();
    /** rows_before_limit_at_least of JSON formats. */
    public final RowsBeforeLimit rowsBeforeLimit = new RowsBeforeLimit();
    /** Input rows an INSERT skipped as malformed under input_format_allow_errors_num / _ratio. */
    public final AtomicLong skippedInputRows = new AtomicLong();
    public final long startNanos = System.nanoTime();

    public long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }
}
