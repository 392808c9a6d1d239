package io.strata.exec.operator;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.type.DataType;
import io.strata.exec.driver.ExecutionContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The aggregation state of one thread: a group table (none without GROUP BY: a single group 0)
 * and the aggregates' {@link GroupAccumulators} addressed by dense group id (which apply the NULL
 * framework). Thread-local tables are combined with {@link #mergeFrom}. Memory is accounted per
 * chunk.
 */
public final class GroupedAggregation implements AutoCloseable {
    private final ExecutionContext context;
    private final int[] groupChannels;
    private final GroupAccumulators accumulators;
    private GroupTable table;
    private int groupCount;
    private long rowsAdded;
    private long accounted;
    private int[] groupIds = new int[0];

    public GroupedAggregation(ExecutionContext context, int[] groupChannels, List<AggregateCall> calls) {
        this.context = context;
        this.groupChannels = groupChannels.clone();
        this.accumulators = new GroupAccumulators(calls);
        if (groupChannels.length == 0) {
            groupCount = 1;
            accumulators.ensureCapacity(1);
        }
    }

    public int groupCount() { return groupCount; }
    public long rowsAdded() { return rowsAdded; }

    /** Adds the rows of one chunk. */
    public void add(Chunk chunk) {
        int n = chunk.rowCount();
        if (n == 0) return;
        rowsAdded += n;
        if (groupChannels.length > 0) {
            // group ids only with keys: count() from part metadata arrives as one chunk of every
            // row of the table (no columns), and an int per row was 40 MB per query at 10 M rows
            if (groupIds.length < n) groupIds = new int[n];
            Column[] keys = new Column[groupChannels.length];
            for (int i = 0; i < keys.length; i++) keys[i] = chunk.column(groupChannels[i]);
            if (table == null) table = GroupTable.create(types(keys), true);
            table.findOrInsert(keys, n, groupIds);
            groupCount = table.groupCount();
        }
        accumulators.add(chunk, groupChannels.length == 0 ? null : groupIds, n, groupCount);
        account();
    }

    private static List<DataType> types(Column[] columns) {
        List<DataType> t = new ArrayList<>(columns.length);
        for (Column c : columns) t.add(c.type());
        return t;
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
            // one resize up front, not a chain of doublings while the other's groups go in
            table.reserve(groupCount + otherCount);
            mapping = new int[otherCount];
            table.findOrInsert(keys, otherCount, mapping);
            groupCount = table.groupCount();
        }
        accumulators.merge(other.accumulators, mapping, otherCount, groupCount);
        other.close();
        account();
    }

    /**
     * The result: group key columns (input types) then one column per aggregate, in chunks of at
     * most maxRows, each cut when it is asked for. The group table is let go once its keys are out
     * (WITH TOTALS needs only the accumulators), before the aggregates' columns are built: with
     * millions of groups the slots and packed keys are hundreds of megabytes.
     */
    public Iterator<Chunk> result(int maxRows) {
        if (table == null && groupChannels.length > 0) {
            return Collections.emptyIterator(); // GROUP BY over no rows
        }
        Column[] keys = table == null ? new Column[0] : table.keyColumns();
        table = null;
        account();
        Column[] results = accumulators.results(groupCount);
        Column[] out = new Column[keys.length + results.length];
        System.arraycopy(keys, 0, out, 0, keys.length);
        System.arraycopy(results, 0, out, keys.length, results.length);
        Chunk all = new Chunk(out, groupCount);
        int total = groupCount;
        if (total <= maxRows) return List.of(all).iterator();
        return new Iterator<>() {
            private Chunk rest = all;
            private int from;

            @Override
            public boolean hasNext() {
                return from < total;
            }

            @Override
            public Chunk next() {
                if (from >= total) throw new NoSuchElementException();
                Chunk c = rest.slice(from, Math.min(maxRows, total - from));
                from += c.rowCount();
                if (from >= total) rest = null;
                return c;
            }
        };
    }

    /** The WITH TOTALS row: every aggregate over the groups whose {@code include} flag is set (all groups when null). */
    public Column[] totals(byte[] include) {
        return accumulators.totals(include, groupCount);
    }

    private void account() {
        long now = table == null ? 0 : table.byteSize();
        now += accumulators.byteSize();
        now += 4L * groupIds.length + accumulators.scratchBytes();
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
