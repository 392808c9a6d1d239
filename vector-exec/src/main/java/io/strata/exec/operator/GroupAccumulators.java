package io.strata.exec.operator;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.function.AggregateFunction.Accumulator;
import io.strata.core.type.DataTypes;
import java.util.Arrays;
import java.util.List;

/**
 * The accumulators of some aggregate calls over dense group ids, with the NULL framework around
 * them: arguments are unwrapped (Const, LowCardinality and Nullable), rows with a NULL argument
 * are compacted away, and per-group "saw a value" flags back Nullable results. Who numbers the
 * groups is up to the caller: a GROUP BY's hash table ({@link GroupedAggregation}), or a MergeTree
 * merge whose groups are runs of equal sorting keys.
 */
public final class GroupAccumulators {
    private final AggregateCall[] calls;
    private final Accumulator[] accumulators;
    private final byte[][] seen; // per call with wrapResultNullable: 1 when the group saw a non-NULL row
    private final Column[][] argumentScratch;
    private int[] compactIds = new int[0];
    private int[] positions = new int[0];

    public GroupAccumulators(List<AggregateCall> calls) {
        this.calls = calls.toArray(new AggregateCall[0]);
        this.accumulators = new Accumulator[this.calls.length];
        this.seen = new byte[this.calls.length][];
        this.argumentScratch = new Column[this.calls.length][];
        for (int i = 0; i < this.calls.length; i++) {
            accumulators[i] = this.calls[i].aggregate().createAccumulator();
            if (this.calls[i].wrapResultNullable()) seen[i] = new byte[16];
            argumentScratch[i] = new Column[this.calls[i].argumentChannels().length];
        }
    }

    public int size() { return calls.length; }

    /** Makes room for group ids below {@code groupCount}. */
    public void ensureCapacity(int groupCount) {
        for (int c = 0; c < calls.length; c++) {
            accumulators[c].ensureCapacity(groupCount);
            byte[] s = seen[c];
            if (s != null && s.length < groupCount) seen[c] = Arrays.copyOf(s, Math.max(groupCount, s.length * 2));
        }
    }

    /**
     * Adds rows [0, rowCount) of {@code chunk}, row i to group {@code groupIds[i]}, or every row to
     * group 0 when {@code groupIds} is null. Group ids must be below {@code groupCount}.
     */
    public void add(Chunk chunk, int[] groupIds, int rowCount, int groupCount) {
        if (rowCount == 0) return;
        ensureCapacity(groupCount);
        for (int c = 0; c < calls.length; c++) addCall(c, chunk, groupIds, rowCount);
    }

    /** Bytes of the per-row scratch arrays (sized by the largest chunk that had NULL arguments). */
    long scratchBytes() {
        return 4L * (positions.length + compactIds.length);
    }

    private void addCall(int c, Chunk chunk, int[] groupIds, int n) {
        AggregateCall call = calls[c];
        Accumulator acc = accumulators[c];
        int[] channels = call.argumentChannels();
        Column[] args = argumentScratch[c];
        boolean anyNull = false;
        for (int i = 0; i < channels.length; i++) {
            Column col = chunk.column(channels[i]);
            if (col instanceof ConstColumn || col instanceof LowCardinalityColumn) col = col.materialize();
            if (col instanceof NullableColumn nc) anyNull |= nc.hasNulls();
            args[i] = col;
        }
        int count = n;
        int[] ids = groupIds;
        if (anyNull) {
            // Keep rows whose arguments are all non-NULL. The scratch arrays are sized here, not per
            // chunk: a chunk without NULL arguments (count() over a whole table from part metadata is
            // one chunk of every row) needs none.
            if (positions.length < n) {
                positions = new int[n];
                compactIds = new int[n];
            }
            count = 0;
            for (int r = 0; r < n; r++) {
                boolean keep = true;
                for (Column a : args) {
                    if (a instanceof NullableColumn nc && nc.nulls()[r] != 0) {
                        keep = false;
                        break;
                    }
                }
                positions[count] = r;
                count += keep ? 1 : 0;
            }
            if (count == 0) {
                Arrays.fill(args, null);
                return;
            }
            for (int i = 0; i < args.length; i++) args[i] = unwrapNullable(args[i]).take(positions, count);
            if (groupIds != null) {
                for (int j = 0; j < count; j++) compactIds[j] = groupIds[positions[j]];
                ids = compactIds;
            }
        } else {
            for (int i = 0; i < args.length; i++) args[i] = unwrapNullable(args[i]);
        }
        if (ids == null) {
            acc.addAll(0, args, count);
        } else {
            acc.add(ids, args, count);
        }
        byte[] s = seen[c];
        if (s != null) {
            if (ids == null) s[0] = 1;
            else for (int j = 0; j < count; j++) s[ids[j]] = 1;
        }
        Arrays.fill(args, null);
    }

    private static Column unwrapNullable(Column c) {
        return c instanceof NullableColumn nc ? nc.values() : c;
    }

    /** Merges group g of {@code other} (same calls) into group {@code mapping[g]}, g below otherGroupCount. */
    public void merge(GroupAccumulators other, int[] mapping, int otherGroupCount, int groupCount) {
        ensureCapacity(groupCount);
        for (int c = 0; c < calls.length; c++) {
            accumulators[c].merge(other.accumulators[c], mapping, otherGroupCount);
            byte[] s = seen[c];
            if (s != null) {
                byte[] o = other.seen[c];
                for (int g = 0; g < otherGroupCount; g++) s[mapping[g]] |= o[g];
            }
        }
    }

    /** The results of groups [0, groupCount), one column per call, typed {@link AggregateCall#resultType()}. */
    public Column[] results(int groupCount) {
        ensureCapacity(groupCount);
        Column[] out = new Column[calls.length];
        for (int c = 0; c < calls.length; c++) {
            Column r = accumulators[c].result(groupCount);
            if (calls[c].wrapResultNullable()) r = wrapNullable(r, seen[c], groupCount);
            out[c] = r;
        }
        return out;
    }

    /**
     * One row per call: the aggregate over the groups whose {@code include} flag is set (all
     * groups when null), by merging their states into one. Excluded groups merge into a second,
     * discarded group so accumulators need no filtering support.
     */
    public Column[] totals(byte[] include, int groupCount) {
        ensureCapacity(groupCount);
        int[] mapping = new int[groupCount];
        for (int g = 0; g < groupCount; g++) {
            mapping[g] = include == null || g < include.length && include[g] != 0 ? 0 : 1;
        }
        Column[] out = new Column[calls.length];
        for (int c = 0; c < calls.length; c++) {
            Accumulator total = calls[c].aggregate().createAccumulator();
            total.ensureCapacity(2);
            total.merge(accumulators[c], mapping, groupCount);
            Column r = total.result(2).slice(0, 1);
            if (calls[c].wrapResultNullable()) {
                byte[] any = new byte[1];
                for (int g = 0; g < groupCount; g++) if (mapping[g] == 0 && seen[c][g] != 0) any[0] = 1;
                r = wrapNullable(r, any, 1);
            }
            out[c] = r;
        }
        return out;
    }

    private static Column wrapNullable(Column r, byte[] seen, int n) {
        byte[] nulls = new byte[n];
        for (int g = 0; g < n; g++) nulls[g] = (byte) (g < seen.length && seen[g] != 0 ? 0 : 1);
        if (r instanceof NullableColumn nc) {
            byte[] inner = nc.nulls();
            for (int g = 0; g < n; g++) nulls[g] |= inner[g];
            return new NullableColumn(nc.type(), nc.values(), nulls);
        }
        if (!r.type().canBeInsideNullable()) return r;
        return new NullableColumn(DataTypes.nullable(r.type()), r, nulls);
    }

    /** Approximate bytes held by the accumulators, for max_memory_usage. */
    public long byteSize() {
        long b = 0;
        for (Accumulator a : accumulators) b += a.byteSize();
        for (byte[] s : seen) if (s != null) b += s.length;
        return b;
    }
}
