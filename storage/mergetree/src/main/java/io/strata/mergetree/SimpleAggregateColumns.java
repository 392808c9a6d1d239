package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.type.DataType;
import io.strata.core.type.LowCardinalityType;
import io.strata.exec.function.aggregate.SimpleAggregateFunctions;
import io.strata.exec.operator.AggregateCall;
import io.strata.exec.operator.GroupAccumulators;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code SimpleAggregateFunction(f, T)} columns a merge combines with f (AggregatingMergeTree;
 * SummingMergeTree instead of summing them), for {@link FamilyMerge}: each run of rows with equal
 * sorting key is one group, numbered by its row in the output block being built, and the values of
 * the group's rows are fed to f's accumulators. The engine's own aggregates do the work (bound as
 * a GROUP BY binds {@code f(column)}, NULL handling included), so a merge computes exactly what
 * {@code SELECT f(x) ... GROUP BY key} computes over the raw rows, and ClickHouse's order of rows
 * in a merge (parts in order, rows in key order) makes anyLast pick the last inserted row.
 *
 * <p>Rows are fed a chunk at a time: FamilyMerge {@link #assign}s each input row to its group's
 * slot, and the assigned rows are added when the chunk ends or just before the output block is
 * taken ({@link #results}), which may happen in the middle of a chunk.
 */
final class SimpleAggregateColumns {
    private final int[] columns;
    private final DataType[] types;
    private final List<AggregateCall> calls;
    private GroupAccumulators accumulators;
    private Chunk chunk;
    private int[] slots = new int[0];
    private int fedUpTo;
    private int assignedUpTo;
    private int groups;

    private SimpleAggregateColumns(int[] columns, DataType[] types, List<AggregateCall> calls) {
        this.columns = columns;
        this.types = types;
        this.calls = calls;
        this.accumulators = new GroupAccumulators(calls);
    }

    /** The columns of {@code header} selected by {@code combined} (each of a SimpleAggregateFunction type), or null for none. */
    static SimpleAggregateColumns of(Header header, boolean[] combined) {
        List<Integer> cols = new ArrayList<>();
        for (int i = 0; i < combined.length; i++) if (combined[i]) cols.add(i);
        if (cols.isEmpty()) return null;
        int[] columns = new int[cols.size()];
        DataType[] types = new DataType[columns.length];
        List<AggregateCall> calls = new ArrayList<>();
        for (int k = 0; k < columns.length; k++) {
            columns[k] = cols.get(k);
            types[k] = header.type(columns[k]);
            calls.add(SimpleAggregateFunctions.bind(types[k].simpleAggregateFunction(), k));
        }
        return new SimpleAggregateColumns(columns, types, calls);
    }

    /** Starts a new input chunk; the previous one must have been fed. */
    void beginChunk(Chunk c) {
        chunk = c;
        fedUpTo = assignedUpTo = 0;
        if (slots.length < c.rowCount()) slots = new int[c.rowCount()];
    }

    /** Row {@code row} of the current chunk belongs to the group in output slot {@code slot}; rows come in order. */
    void assign(int row, int slot) {
        slots[row] = slot;
        assignedUpTo = row + 1;
        if (slot >= groups) groups = slot + 1;
    }

    /** Adds the assigned rows not added yet to their groups. */
    void feed() {
        int n = assignedUpTo - fedUpTo;
        if (n <= 0) return;
        Column[] args = new Column[columns.length];
        boolean whole = fedUpTo == 0 && n == chunk.rowCount();
        for (int k = 0; k < columns.length; k++) {
            Column c = chunk.column(columns[k]);
            args[k] = whole ? c : c.slice(fedUpTo, n);
        }
        int[] ids = fedUpTo == 0 ? slots : Arrays.copyOfRange(slots, fedUpTo, assignedUpTo);
        accumulators.add(new Chunk(args, n), ids, n, groups);
        fedUpTo = assignedUpTo;
    }

    /**
     * Puts the combined values of the block's {@code groupCount} groups into {@code block} (whose
     * columns at these positions held placeholders) and starts the next block's groups.
     */
    void results(Column[] block, int groupCount) {
        feed();
        Column[] results = accumulators.results(groupCount);
        for (int k = 0; k < columns.length; k++) block[columns[k]] = conform(results[k], types[k]);
        accumulators = new GroupAccumulators(calls);
        groups = 0;
    }

    /**
     * A result (typed T without LowCardinality, as the type's check guarantees) as a column of the
     * SimpleAggregateFunction type: the same values relabelled, or re-encoded for LowCardinality.
     */
    private static Column conform(Column result, DataType type) {
        if (type.withoutCustomName() instanceof LowCardinalityType) {
            ColumnBuilder b = type.createBuilder(result.size());
            for (int i = 0, n = result.size(); i < n; i++) b.append(result, i);
            return b.build();
        }
        return Column.relabel(result, type);
    }
}
