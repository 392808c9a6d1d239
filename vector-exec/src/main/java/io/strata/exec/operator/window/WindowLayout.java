package io.strata.exec.operator.window;

/**
 * The rows of a window operator after sorting by (partition keys, order keys): for each sorted
 * position its partition, its peer group (rows equal on the ORDER BY keys) and its frame, all as
 * int arrays over positions so that evaluation allocates nothing per row. Ends are exclusive.
 */
public final class WindowLayout {
    final int rowCount;
    final int[] partitionStart;
    final int[] partitionEnd;
    final int[] peerStart;
    final int[] peerEnd;
    final int[] frameStart;
    final int[] frameEnd;
    final int partitionCount;
    final int[] partitionOf;
    final boolean hasOrderBy;
    final FrameSpec frame;

    WindowLayout(int rowCount, int[] partitionStart, int[] partitionEnd, int[] peerStart, int[] peerEnd,
                 int[] frameStart, int[] frameEnd, int partitionCount, int[] partitionOf, boolean hasOrderBy, FrameSpec frame) {
        this.rowCount = rowCount;
        this.partitionStart = partitionStart;
        this.partitionEnd = partitionEnd;
        this.peerStart = peerStart;
        this.peerEnd = peerEnd;
        this.frameStart = frameStart;
        this.frameEnd = frameEnd;
        this.partitionCount = partitionCount;
        this.partitionOf = partitionOf;
        this.hasOrderBy = hasOrderBy;
        this.frame = frame;
    }

    /**
     * Builds the layout from partition and peer boundaries: {@code newPartition[i]} / {@code newPeers[i]}
     * say whether sorted row i starts a partition / a peer group (row 0 starts both).
     * {@code orderValues} (RANGE offsets only) holds the single ORDER BY key of each sorted row as a
     * double, negated for DESC so that it ascends within the partition, with {@code orderNull} marking
     * NULLs (peers of each other, and whose frames are their peer groups).
     */
    public static WindowLayout build(int n, boolean[] newPartition, boolean[] newPeers, boolean hasOrderBy, FrameSpec frame,
                                     double[] orderValues, boolean[] orderNull) {
        int[] ps = new int[n], pe = new int[n], qs = new int[n], qe = new int[n], part = new int[n];
        int partitions = 0;
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && !newPartition[j]) j++;
            for (int k = i; k < j; k++) {
                ps[k] = i;
                pe[k] = j;
                part[k] = partitions;
            }
            partitions++;
            i = j;
        }
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && !newPeers[j] && !newPartition[j]) j++;
            for (int k = i; k < j; k++) {
                qs[k] = i;
                qe[k] = j;
            }
            i = j;
        }
        int[] fs = new int[n], fe = new int[n];
        // the non-NULL rows of a partition are a contiguous run (NULLs sort first or last): [nnLo, nnHi)
        int[] nnLo = ps, nnHi = pe;
        if (frame.rangeOffsets() && orderNull != null) {
            nnLo = new int[n];
            nnHi = new int[n];
            for (int i = 0; i < n; i = pe[i]) {
                int lo = i, hi = pe[i];
                while (lo < hi && orderNull[lo]) lo++;
                while (hi > lo && orderNull[hi - 1]) hi--;
                for (int k = i; k < pe[i]; k++) {
                    nnLo[k] = lo;
                    nnHi[k] = hi;
                }
            }
        }
        for (int r = 0; r < n; r++) {
            int s, e;
            if (frame.rows()) {
                s = rowsBound(frame.start(), r, ps[r], pe[r], true);
                e = rowsBound(frame.end(), r, ps[r], pe[r], false);
            } else {
                s = rangeBound(frame.start(), r, ps[r], pe[r], qs[r], qe[r], nnLo[r], nnHi[r], orderValues, orderNull, true);
                e = rangeBound(frame.end(), r, ps[r], pe[r], qs[r], qe[r], nnLo[r], nnHi[r], orderValues, orderNull, false);
            }
            fs[r] = s;
            fe[r] = Math.max(s, e);
        }
        return new WindowLayout(n, ps, pe, qs, qe, fs, fe, partitions, part, hasOrderBy, frame);
    }

    /** A ROWS bound as a position: the first row of the frame (start) or one past its last (end). */
    private static int rowsBound(FrameSpec.Bound b, int r, int ps, int pe, boolean start) {
        long offset = (long) b.offset();
        long pos = switch (b.kind()) {
            case UNBOUNDED_PRECEDING -> ps;
            case UNBOUNDED_FOLLOWING -> pe;
            case CURRENT_ROW -> start ? r : r + 1;
            case PRECEDING -> start ? r - offset : r - offset + 1;
            case FOLLOWING -> start ? r + offset : r + offset + 1;
        };
        return (int) Math.max(ps, Math.min(pe, pos));
    }

    private static int rangeBound(FrameSpec.Bound b, int r, int ps, int pe, int qs, int qe, int lo, int hi, double[] v, boolean[] isNull,
                                  boolean start) {
        switch (b.kind()) {
            case UNBOUNDED_PRECEDING -> {
                return ps;
            }
            case UNBOUNDED_FOLLOWING -> {
                return pe;
            }
            case CURRENT_ROW -> {
                return start ? qs : qe;
            }
            default -> {
            }
        }
        if (isNull != null && isNull[r]) return start ? qs : qe; // NULL keys: the frame is the NULL peers
        double target = b.kind() == FrameSpec.Kind.PRECEDING ? v[r] - b.offset() : v[r] + b.offset();
        // start: first row with value >= target; end: first row with value > target
        int a = lo, z = hi;
        while (a < z) {
            int m = (a + z) >>> 1;
            boolean before = start ? v[m] < target : v[m] <= target;
            if (before) a = m + 1;
            else z = m;
        }
        return a;
    }

    public int rowCount() {
        return rowCount;
    }

    public int frameStart(int row) {
        return frameStart[row];
    }

    public int frameEnd(int row) {
        return frameEnd[row];
    }
}
