package io.strata.exec.operator;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DecimalType;
import io.strata.exec.driver.ExecutionContext;
import io.strata.exec.expression.Expression;
import io.strata.exec.operator.window.FrameSpec;
import io.strata.exec.operator.window.WindowFunction;
import io.strata.exec.operator.window.WindowLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The functions of one window ({@code OVER (PARTITION BY ... ORDER BY ... frame)}): buffers all
 * input (accounted against max_memory_usage), sorts a permutation by (partition keys, order keys),
 * finds partition, peer and frame boundaries once ({@link WindowLayout}), evaluates every function
 * over the sorted rows, and emits the input columns in that order followed by one column per
 * function. Evaluation works on whole columns and int arrays: nothing is allocated per row.
 */
public final class WindowOperator implements Operator {
    /** One ORDER BY element of the window. */
    public record OrderKey(Expression expression, boolean descending, boolean nullsFirst) {
    }

    /** A function of the window with its argument expressions (over this operator's input). */
    public record Call(WindowFunction function, List<Expression> arguments) {
    }

    private final List<Expression> partitionBy;
    private final List<OrderKey> orderBy;
    private final FrameSpec frame;
    private final List<Call> calls;
    private final ExecutionContext context;
    private final List<Chunk> buffered = new ArrayList<>();
    private long accounted;
    private Chunk result;
    private int emitted;
    private boolean finishing;

    public WindowOperator(List<Expression> partitionBy, List<OrderKey> orderBy, FrameSpec frame, List<Call> calls,
                          ExecutionContext context) {
        this.partitionBy = List.copyOf(partitionBy);
        this.orderBy = List.copyOf(orderBy);
        this.frame = frame;
        this.calls = List.copyOf(calls);
        this.context = context;
        if (frame.rangeOffsets() && orderBy.size() != 1) {
            throw new DbException(ErrorCode.BAD_ARGUMENTS, "The RANGE OFFSET window frame requires exactly one ORDER BY column, "
                    + orderBy.size() + " given");
        }
    }

    @Override public boolean needsInput() { return !finishing; }

    @Override
    public void addInput(Chunk chunk) {
        if (chunk.rowCount() == 0) return;
        long bytes = chunk.byteSize();
        context.memory().allocate(bytes);
        accounted += bytes;
        buffered.add(chunk);
    }

    @Override
    public void finish() {
        if (finishing) return;
        finishing = true;
        if (buffered.isEmpty()) return;
        Chunk input = Columns.concat(buffered);
        buffered.clear();
        result = evaluate(input);
    }

    /** The input rows in window order, with one more column per function. */
    Chunk evaluate(Chunk input) {
        int n = input.rowCount();
        int keyCount = partitionBy.size() + orderBy.size();
        Column[] keys = new Column[keyCount];
        List<SortKey> sortKeys = new ArrayList<>(keyCount);
        for (int i = 0; i < partitionBy.size(); i++) {
            keys[i] = dense(partitionBy.get(i).evaluate(input));
            sortKeys.add(SortKey.ascending(i));
        }
        for (int i = 0; i < orderBy.size(); i++) {
            OrderKey o = orderBy.get(i);
            int ch = partitionBy.size() + i;
            keys[ch] = dense(o.expression().evaluate(input));
            sortKeys.add(new SortKey(ch, o.descending(), o.nullsFirst()));
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        long permutationBytes = 12L * n;
        context.memory().allocate(permutationBytes);
        accounted += permutationBytes;
        if (keyCount > 0) RowSorter.sort(order, n, keys, sortKeys);

        boolean[] newPartition = new boolean[n];
        boolean[] newPeers = new boolean[n];
        if (n > 0) {
            newPartition[0] = true;
            newPeers[0] = true;
        }
        RowComparator partitionCmp = partitionBy.isEmpty() ? null
                : RowComparators.forKeys(keys, keys, sortKeys.subList(0, partitionBy.size()));
        RowComparator peerCmp = orderBy.isEmpty() ? null
                : RowComparators.forKeys(keys, keys, sortKeys.subList(partitionBy.size(), keyCount));
        for (int i = 1; i < n; i++) {
            newPartition[i] = partitionCmp != null && partitionCmp.compare(order[i - 1], order[i]) != 0;
            newPeers[i] = peerCmp != null && peerCmp.compare(order[i - 1], order[i]) != 0;
        }
        double[] orderValues = null;
        boolean[] orderNull = null;
        if (frame.rangeOffsets()) {
            orderValues = new double[n];
            orderNull = new boolean[n];
            numericOrderValues(keys[partitionBy.size()], order, orderBy.getFirst().descending(), orderValues, orderNull);
        }
        WindowLayout layout = WindowLayout.build(n, newPartition, newPeers, !orderBy.isEmpty(), frame, orderValues, orderNull);

        int width = input.width();
        Column[] out = new Column[width + calls.size()];
        boolean identity = keyCount == 0;
        for (int i = 0; i < width; i++) out[i] = identity ? input.column(i) : input.column(i).take(order, n);
        for (int c = 0; c < calls.size(); c++) {
            Call call = calls.get(c);
            Column[] args = new Column[call.arguments().size()];
            for (int a = 0; a < args.length; a++) {
                Column v = dense(call.arguments().get(a).evaluate(input));
                args[a] = identity ? v : v.take(order, n);
            }
            context.checkInterrupted();
            out[width + c] = call.function().evaluate(layout, args);
        }
        return new Chunk(out, n);
    }

    private static Column dense(Column c) {
        if (c instanceof ConstColumn || c instanceof LowCardinalityColumn) return c.materialize();
        return c;
    }

    /** The RANGE key of each sorted row as a double (negated for DESC, so it ascends in a partition). */
    private static void numericOrderValues(Column key, int[] order, boolean descending, double[] values, boolean[] nulls) {
        Column c = key;
        byte[] nullMap = null;
        if (c instanceof NullableColumn nc) {
            nullMap = nc.nulls();
            c = nc.values();
        }
        double scale = c.type() instanceof DecimalType d ? Math.pow(10, d.scale()) : 1;
        double sign = descending ? -1 : 1;
        for (int i = 0; i < order.length; i++) {
            int row = order[i];
            double v;
            switch (c) {
                case LongColumn l -> v = l.get(row) / scale;
                case DoubleColumn d -> v = d.values()[row];
                default -> throw new DbException(ErrorCode.BAD_ARGUMENTS,
                        "The RANGE OFFSET frame for window requires a numeric ORDER BY column, got " + key.type());
            }
            values[i] = sign * v;
            nulls[i] = nullMap != null && nullMap[row] != 0;
        }
    }

    @Override
    public Chunk getOutput() {
        if (result == null) return null;
        int n = result.rowCount();
        int count = Math.min(context.blockSize(), n - emitted);
        Chunk out = emitted == 0 && count == n ? result : result.slice(emitted, count);
        emitted += count;
        if (emitted == n) release();
        return out;
    }

    private void release() {
        result = null;
        context.memory().free(accounted);
        accounted = 0;
    }

    @Override public boolean isFinished() { return finishing && result == null; }

    @Override
    public void close() {
        buffered.clear();
        release();
    }
}
