package io.strata.exec.operator;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.function.AggregateFunction.Accumulator;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.driver.ExecutionContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The aggregation state of one thread: a group table (none without GROUP BY: a single group 0)
 * and one accumulator per aggregate addressed by dense group id. Applies the NULL framework
 * around accumulators: arguments are unwrapped (Const, LowCardinality and Nullable), rows with a
 * NULL argument are compacted away, and per-group "saw a value" flags back Nullable results.
 * Thread-local tables are combined with {@link #mergeFrom}. Memory is accounted per chunk.
 */
public final class GroupedAggregation implements AutoCloseable {
    private final ExecutionContext context;
    private final int[] groupChannels;
    private final AggregateCall[] calls;
    private final Accumulator[] accumulators;
    private final byte[][] seen; // per call with wrapResultNullable: 1 when the group saw a non-NULL row
    private GroupTable table;
    private int groupCount;
    private long rowsAdded;
    private long accounted;
    private int[] groupIds = new int[0];
    private int[] compactIds = new int[0];
    private int[] positions = new int[0];
    private final Column[][] argumentScratch;

    public GroupedAggregation(ExecutionContext context, int[] groupChannels, List<AggregateCall> calls) {
        this.context = context;
        this.groupChannels = groupChannels.clone();
        this.calls = calls.toArray(new AggregateCall[0]);
        this.accumulators = new Accumulator[this.calls.length];
        this.seen = new byte[this.calls.length][];
        this.argumentScratch = new Column[this.calls.length][];
        for (int i = 0; i < this.calls.length; i++) {
            accumulators[i] = this.calls[i].aggregate().createAccumulator();
            if (this.calls[i].wrapResultNullable()) seen[i] = new byte[16];
            argumentScratch[i] = new Column[this.calls[i].argumentChannels().length];
        }
        if (groupChannels.length == 0) {
            groupCount = 1;
            for (Accumulator a : accumulators) a.ensureCapacity(1);
        }
    }

    public int groupCount() { return groupCount; }
    public long rowsAdded() { return rowsAdded; }

    /** Adds the rows of one chunk. */
    public void add(Chunk chunk) {
        int n = chunk.rowCount();
        if (n == 0) return;
        rowsAdded += n;
        if (groupIds.length < n) {
            groupIds = new int[n];
            compactIds = new int[n];
            positions = new int[n];
        }
        if (groupChannels.length > 0) {
            Column[] keys = new Column[groupChannels.length];
            for (int i = 0; i < keys.length; i++) keys[i] = chunk.column(groupChannels[i]);
            if (table == null) table = GroupTable.create(types(keys), true);
            table.findOrInsert(keys, n, groupIds);
            groupCount = table.groupCount();
        }
        for (int c = 0; c < calls.length; c++) addCall(c, chunk, n);
        account();
    }

    private static List<DataType> types(Column[] columns) {
        List<DataType> t = new ArrayList<>(columns.length);
        for (Column c : columns) t.add(c.type());
        return t;
    }

    private void addCall(int c, Chunk chunk, int n) {
        AggregateCall call = calls[c];
        Accumulator acc = accumulators[c];
        acc.ensureCapacity(groupCount);
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
            // Keep rows whose arguments are all non-NULL.
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
            if (count == 0) return;
            for (int i = 0; i < args.length; i++) args[i] = unwrapNullable(args[i]).take(positions, count);
            if (groupChannels.length > 0) {
                for (int j = 0; j < count; j++) compactIds[j] = groupIds[positions[j]];
                ids = compactIds;
            }
        } else {
            for (int i = 0; i < args.length; i++) args[i] = unwrapNullable(args[i]);
        }
        if (groupChannels.length == 0) {
            acc.addAll(0, args, count);
        } else {
            acc.add(ids, args, count);
        }
        byte[] s = seen[c];
        if (s != null) {
            if (s.length < groupCount) seen[c] = s = Arrays.copyOf(s, Math.max(groupCount, s.length * 2));
            if (groupChannels.length == 0) s[0] = 1;
            else for (int j = 0; j < count; j++) s[ids[j]] = 1;
        }
        Arrays.fill(args, null);
    }

    private static Column unwrapNullable(Column c) {
        return c instanceof NullableColumn nc ? nc.values() : c;
    }

    /** Merges another thread's state (same calls and keys) into this one, then empties it. */
    public void mergeFrom(GroupedAggregation other) {
        rowsAdded += other.rowsAdded;
        int otherCount = other.groupCount;
        if (otherCount == 0) return;
        int[] mapping;
        if (groupChannels.length == 0) {
            mapping = new int[1];
        } else {
            Column[] keys = other.table.keyColumns();
            if (table == null) table = GroupTable.create(types(keys), true);
            mapping = new int[otherCount];
            table.findOrInsert(keys, otherCount, mapping);
            groupCount = table.groupCount();
        }
        for (int c = 0; c < calls.length; c++) {
            accumulators[c].ensureCapacity(groupCount);
            accumulators[c].merge(other.accumulators[c], mapping, otherCount);
            byte[] s = seen[c];
            if (s != null) {
                if (s.length < groupCount) seen[c] = s = Arrays.copyOf(s, Math.max(groupCount, s.length * 2));
                byte[] o = other.seen[c];
                for (int g = 0; g < otherCount; g++) s[mapping[g]] |= o[g];
            }
        }
        other.close();
        account();
    }

    /** The result: group key columns (input types) then one column per aggregate, in chunks of at most maxRows. */
    public List<Chunk> result(int maxRows) {
        Column[] keys = table == null ? new Column[0] : table.keyColumns();
        if (table == null && groupChannels.length > 0) {
            return List.of(); // GROUP BY over no rows
        }
        Column[] out = new Column[keys.length + calls.length];
        System.arraycopy(keys, 0, out, 0, keys.length);
        for (int c = 0; c < calls.length; c++) {
            accumulators[c].ensureCapacity(groupCount);
            Column r = accumulators[c].result(groupCount);
            if (calls[c].wrapResultNullable()) r = wrapNullable(r, seen[c], groupCount);
            out[keys.length + c] = r;
        }
        Chunk all = new Chunk(out, groupCount);
        if (groupCount <= maxRows) return List.of(all);
        List<Chunk> chunks = new ArrayList<>();
        for (int from = 0; from < groupCount; from += maxRows) chunks.add(all.slice(from, Math.min(maxRows, groupCount - from)));
        return chunks;
    }

    /**
     * The WITH TOTALS row: every aggregate over the groups whose {@code include} flag is set
     * (all groups when null), by merging their states into one. Excluded groups merge into a
     * second, discarded group so accumulators need no filtering support.
     */
    public Column[] totals(byte[] include) {
        int[] mapping = new int[groupCount];
        for (int g = 0; g < groupCount; g++) {
            mapping[g] = include == null || g < include.length && include[g] != 0 ? 0 : 1;
        }
        Column[] out = new Column[calls.length];
        for (int c = 0; c < calls.length; c++) {
            Accumulator total = calls[c].aggregate().createAccumulator();
            total.ensureCapacity(2);
            accumulators[c].ensureCapacity(groupCount);
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

    private void account() {
        long now = table == null ? 0 : table.byteSize();
        for (Accumulator a : accumulators) now += a.byteSize();
        now += 4L * groupIds.length * 3;
        if (now > accounted) context.memory().allocate(now - accounted);
        else context.memory().free(accounted - now);
        accounted = now;
    }

    /** Releases the memory accounted for this state. */
    @Override
    public void close() {
        context.memory().free(accounted);
        accounted = 0;
    }
}
