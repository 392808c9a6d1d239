package io.strata.mergetree;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The minimum and maximum of one column in each granule of a part, learnt as reads decompress the
 * column (a top-N bound reads its column first and computes both anyway). A part never changes,
 * so what was learnt holds for its life: later queries skip granules by it without reading
 * anything, as they would with a minmax index the table does not have. 17 bytes a granule.
 *
 * <p>Worker threads record and look up at once: a granule's bounds are written before its known
 * flag is released, and read only after the flag is acquired.
 */
final class LearntGranuleBounds {
    private static final VarHandle KNOWN = MethodHandles.arrayElementVarHandle(byte[].class);

    private final long[] min;
    private final long[] max;
    private final byte[] known;

    LearntGranuleBounds(int granules) {
        this.min = new long[granules];
        this.max = new long[granules];
        this.known = new byte[granules];
    }

    boolean known(int granule) {
        return granule < known.length && (byte) KNOWN.getAcquire(known, granule) != 0;
    }

    /** The granule's minimum; only after {@link #known} said true. */
    long min(int granule) {
        return min[granule];
    }

    long max(int granule) {
        return max[granule];
    }

    void record(int granule, long lo, long hi) {
        if (granule >= known.length || known(granule)) return;
        min[granule] = lo;
        max[granule] = hi;
        KNOWN.setRelease(known, granule, (byte) 1);
    }
}
