package io.strata.core.table;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The current bound of a running {@code ORDER BY column [DESC] LIMIT n}, shared between the top-N
 * operators and the scan feeding them (ClickHouse's top-K dynamic filtering): once a top-N holds n
 * rows, its n-th value of the first sort key is a bound no row past it can enter the result with,
 * and the scan skips granules whose values all lie beyond it without reading their other columns.
 *
 * <p>Each parallel top-N offers its own n-th value; the tightest one is kept, as any one top-N's
 * n rows already show that the global n-th value is at most that far. Only rows strictly beyond
 * the bound are skipped: a row equal to it may still enter on a later key or a tie. Values are
 * integers compared as signed longs, or as unsigned ones for {@code UInt64}.
 */
public final class TopNThreshold {
    private final String column;
    private final boolean descending;
    private final boolean unsigned;
    private final AtomicLong bound = new AtomicLong();
    private volatile boolean set;

    /** For {@code column} (a table column name) sorted ascending unless {@code descending}. */
    public TopNThreshold(String column, boolean descending, boolean unsigned) {
        this.column = column;
        this.descending = descending;
        this.unsigned = unsigned;
    }

    public String column() {
        return column;
    }

    /** Offers a top-N's current n-th value of the key; keeps the tighter of it and the bound. */
    public void offer(long value) {
        synchronized (this) {
            if (!set || beyond(bound.get(), value)) {
                bound.set(value);
                set = true;
            }
        }
    }

    /** Whether some value in [min, max] may still enter the result: not all of them beyond the bound. */
    public boolean mayEnter(long min, long max) {
        if (!set) return true;
        long b = bound.get();
        return descending ? compare(max, b) >= 0 : compare(min, b) <= 0;
    }

    /**
     * Where a granule whose key values lie in [min, max] comes in a reading order that takes the
     * most promising granules first (their best value first in the key's order): smaller is sooner,
     * compared as signed longs.
     */
    public long readingOrder(long min, long max) {
        long best = descending ? max : min;
        if (unsigned) best ^= Long.MIN_VALUE;
        return descending ? ~best : best;
    }

    /** Whether the bound is known yet. */
    public boolean isSet() {
        return set;
    }

    /** Whether {@code value} sorts strictly after {@code reference} in the key's order. */
    private boolean beyond(long value, long reference) {
        int c = compare(value, reference);
        return descending ? c < 0 : c > 0;
    }

    private int compare(long a, long b) {
        return unsigned ? Long.compareUnsigned(a, b) : Long.compare(a, b);
    }
}
