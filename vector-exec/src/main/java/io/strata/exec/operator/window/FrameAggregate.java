package io.strata.exec.operator.window;

import io.strata.core.column.Column;
import io.strata.core.column.NullableColumn;
import io.strata.core.function.AggregateFunction.Accumulator;
import io.strata.core.type.DataType;
import io.strata.exec.operator.AggregateCall;

/**
 * An aggregate function over each row's frame, built from the aggregate's own accumulators with
 * no "remove a row" operation. Every row first becomes a one-row group (one bulk add), then:
 * <ul>
 * <li>frames that start at the partition's first row only grow, so one running group per partition
 * takes in the rows as the frame end advances and is copied into each row's result: O(n) merges
 * (running totals, the default frame, the whole partition);</li>
 * <li>other frames are answered from a segment tree whose levels are built with one bulk merge each
 * (group g of a level goes into group g/2 of the next); a frame is the union of at most two nodes
 * per level, merged left to right so that order-sensitive aggregates (groupArray, any) see the rows
 * in frame order: O(n log n) merges.</li>
 * </ul>
 * As in a GROUP BY, rows with a NULL argument are skipped, and a Nullable result is NULL for a
 * frame without a non-NULL row.
 */
public final class FrameAggregate implements WindowFunction {
    private final AggregateCall call;

    /** {@code call}'s argument channels index the arguments passed to {@link #evaluate}. */
    public FrameAggregate(AggregateCall call) {
        this.call = call;
    }

    @Override
    public DataType type() {
        return call.resultType();
    }

    @Override
    public Column evaluate(WindowLayout l, Column[] arguments) {
        int n = l.rowCount;
        Accumulator rows = call.aggregate().createAccumulator();
        rows.ensureCapacity(n);
        byte[] rowSeen = new byte[n];
        addRows(rows, rowSeen, arguments, n);

        Accumulator out = call.aggregate().createAccumulator();
        out.ensureCapacity(n);
        byte[] outSeen = new byte[n];
        if (l.frame.startsAtPartition()) {
            running(l, rows, rowSeen, out, outSeen);
        } else {
            segmentTree(l, rows, rowSeen, out, outSeen);
        }
        Column result = out.result(n);
        if (call.wrapResultNullable()) {
            byte[] nulls = new byte[n];
            for (int r = 0; r < n; r++) nulls[r] = (byte) (outSeen[r] == 0 ? 1 : 0);
            result = new NullableColumn(call.resultType(), result, nulls);
        }
        return result;
    }

    /** Row i into group i, skipping rows with a NULL argument ({@code seen} marks the others). */
    private void addRows(Accumulator acc, byte[] seen, Column[] arguments, int n) {
        int[] channels = call.argumentChannels();
        Column[] args = new Column[channels.length];
        byte[] anyNull = null;
        for (int i = 0; i < channels.length; i++) {
            Column c = arguments[channels[i]];
            if (c instanceof NullableColumn nc) {
                if (nc.hasNulls()) {
                    if (anyNull == null) anyNull = new byte[n];
                    byte[] nulls = nc.nulls();
                    for (int r = 0; r < n; r++) anyNull[r] |= nulls[r];
                }
                c = nc.values();
            }
            args[i] = c;
        }
        int[] ids;
        int count;
        if (anyNull == null) {
            ids = new int[n];
            for (int r = 0; r < n; r++) ids[r] = r;
            count = n;
        } else {
            int[] positions = new int[n];
            count = 0;
            for (int r = 0; r < n; r++) if (anyNull[r] == 0) positions[count++] = r;
            for (int i = 0; i < args.length; i++) args[i] = args[i].take(positions, count);
            ids = positions;
        }
        if (count > 0) acc.add(ids, args, count);
        for (int i = 0; i < count; i++) seen[ids[i]] = 1;
    }

    /** Frames [partition start, end) with a non-decreasing end: one running group per partition. */
    private void running(WindowLayout l, Accumulator rows, byte[] rowSeen, Accumulator out, byte[] outSeen) {
        Accumulator partitions = call.aggregate().createAccumulator();
        partitions.ensureCapacity(l.partitionCount);
        int n = l.rowCount;
        int added = 0;
        int partition = -1;
        boolean seen = false;
        for (int r = 0; r < n; r++) {
            if (l.partitionOf[r] != partition) {
                partition = l.partitionOf[r];
                added = l.partitionStart[r];
                seen = false;
            }
            for (int end = l.frameEnd[r]; added < end; added++) {
                if (rowSeen[added] != 0) {
                    partitions.mergeGroup(rows, added, partition);
                    seen = true;
                }
            }
            if (seen) {
                out.mergeGroup(partitions, partition, r);
                outSeen[r] = 1;
            }
        }
    }

    /** Any frames: levels of a segment tree over the sorted rows, each built with one bulk merge. */
    private void segmentTree(WindowLayout l, Accumulator rows, byte[] rowSeen, Accumulator out, byte[] outSeen) {
        int n = l.rowCount;
        int depth = 1;
        for (int size = n; size > 1; size = (size + 1) / 2) depth++;
        Accumulator[] levels = new Accumulator[depth];
        byte[][] seen = new byte[depth][];
        levels[0] = rows;
        seen[0] = rowSeen;
        int size = n;
        for (int k = 1; k < depth; k++) {
            int next = (size + 1) / 2;
            Accumulator acc = call.aggregate().createAccumulator();
            acc.ensureCapacity(next);
            int[] mapping = new int[size];
            byte[] s = new byte[next];
            byte[] below = seen[k - 1];
            for (int g = 0; g < size; g++) {
                mapping[g] = g >> 1;
                s[g >> 1] |= below[g];
            }
            acc.merge(levels[k - 1], mapping, size);
            levels[k] = acc;
            seen[k] = s;
            size = next;
        }
        int[] rightLevel = new int[2 * depth];
        int[] rightNode = new int[2 * depth];
        for (int r = 0; r < n; r++) {
            int lo = l.frameStart[r], hi = l.frameEnd[r];
            int rights = 0;
            boolean any = false;
            for (int k = 0; lo < hi; k++, lo >>= 1, hi >>= 1) {
                if ((lo & 1) != 0) {
                    if (seen[k][lo] != 0) {
                        out.mergeGroup(levels[k], lo, r);
                        any = true;
                    }
                    lo++;
                }
                if ((hi & 1) != 0) {
                    hi--;
                    rightLevel[rights] = k;
                    rightNode[rights++] = hi;
                }
            }
            // nodes found from the right end come in descending position: merge them in reverse
            for (int i = rights - 1; i >= 0; i--) {
                int k = rightLevel[i], g = rightNode[i];
                if (seen[k][g] != 0) {
                    out.mergeGroup(levels[k], g, r);
                    any = true;
                }
            }
            if (any) outSeen[r] = 1;
        }
    }
}
