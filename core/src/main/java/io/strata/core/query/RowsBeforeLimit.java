package io.strata.core.query;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What JSON formats print as {@code rows_before_limit_at_least}: how many rows reached the LIMIT
 * of the outermost query level that has one, before the LIMIT cut them. "At least" because a LIMIT
 * stops its input early, so rows it never pulled are not counted (with ORDER BY or GROUP BY every
 * row passes, and the count is exact). Each query level with a LIMIT gets its own counter, keyed by
 * nesting depth, and the shallowest one is reported, as ClickHouse reports the limit nearest to
 * the output. Thread-safe: parallel pipeline threads add to the same counter.
 */
public final class RowsBeforeLimit {
    private final ConcurrentSkipListMap<Integer, LongAdder> byDepth = new ConcurrentSkipListMap<>();

    /** The counter of the query level at {@code depth} (1 = the statement itself), created on first use. */
    public LongAdder counter(int depth) {
        return byDepth.computeIfAbsent(depth, d -> new LongAdder());
    }

    /** The rows counted at the outermost level with a LIMIT, or -1 when no LIMIT was applied. */
    public long value() {
        Map.Entry<Integer, LongAdder> first = byDepth.firstEntry();
        return first == null ? -1 : first.getValue().sum();
    }
}
