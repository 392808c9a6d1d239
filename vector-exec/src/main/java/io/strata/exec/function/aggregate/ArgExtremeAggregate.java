package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import java.util.List;

/**
 * argMin(arg, val) / argMax(arg, val): the {@code arg} of the row with the least / greatest
 * {@code val}; {@code arg} may be of any type, {@code val} must be comparable. On ties the first
 * row seen wins (a strictly better value is needed to replace), and when partial states merge the
 * receiving state wins ties, as in ClickHouse.
 *
 * <p>State layout (version 1): the arg in single-value layout (byte 1 + value, or byte 0), then
 * the val in the same layout.
 */
final class ArgExtremeAggregate extends NamedAggregate {
    private final boolean max;

    ArgExtremeAggregate(String name, boolean max) {
        super(name, List.of(), false);
        this.max = max;
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        ArgumentChecks.argumentCount(name(), argumentTypes, 2, 2);
        ArgumentChecks.noParameters(name(), parameters);
        DataType arg = argumentTypes.get(0), val = argumentTypes.get(1);
        if (!ArgumentChecks.orderable(val)) throw ArgumentChecks.illegalType(name(), val);
        return new Bound(arg, () -> new ArgExtremeAccumulator(max, arg, val));
    }

    static final class ArgExtremeAccumulator implements Accumulator {
        private final boolean max;
        private final ValueSlots args;
        private final ValueSlots vals;
        private boolean[] has = new boolean[0];
        private ValueSlots scratchArgs;
        private ValueSlots scratchVals;

        ArgExtremeAccumulator(boolean max, DataType arg, DataType val) {
            this.max = max;
            this.args = ValueSlots.forType(arg);
            this.vals = ValueSlots.forType(val);
        }

        @Override
        public void ensureCapacity(int groupCount) {
            has = Capacity.grow(has, groupCount);
            args.ensureCapacity(groupCount);
            vals.ensureCapacity(groupCount);
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            Column a = arguments[0], v = arguments[1];
            boolean[] h = has;
            for (int i = 0; i < rowCount; i++) {
                int g = groupIds[i];
                if (!h[g] || vals.better(g, v, i, max)) {
                    vals.set(g, v, i);
                    args.set(g, a, i);
                    h[g] = true;
                }
            }
        }

        @Override
        public void addAll(int groupId, Column[] arguments, int rowCount) {
            Column a = arguments[0], v = arguments[1];
            for (int i = 0; i < rowCount; i++) {
                if (!has[groupId] || vals.better(groupId, v, i, max)) {
                    vals.set(groupId, v, i);
                    args.set(groupId, a, i);
                    has[groupId] = true;
                }
            }
        }

        private void fold(int g, ValueSlots srcArgs, ValueSlots srcVals, int og) {
            if (!has[g] || vals.betterSlot(g, srcVals, og, max)) {
                vals.copy(g, srcVals, og);
                args.copy(g, srcArgs, og);
                has[g] = true;
            }
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            ArgExtremeAccumulator o = (ArgExtremeAccumulator) other;
            for (int g = 0; g < otherGroupCount; g++) if (o.has[g]) fold(mapping[g], o.args, o.vals, g);
        }

        @Override
        public Column result(int groupCount) {
            ColumnBuilder b = args.type.createBuilder(groupCount);
            for (int g = 0; g < groupCount; g++) {
                if (has[g]) args.appendTo(b, g);
                else b.appendDefault();
            }
            return b.build();
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            for (ValueSlots s : new ValueSlots[] {args, vals}) {
                if (has[groupId]) {
                    StateIO.writeByte(out, 1);
                    s.write(out, groupId);
                } else {
                    StateIO.writeByte(out, 0);
                }
            }
        }

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            if (scratchArgs == null) {
                scratchArgs = ValueSlots.forType(args.type);
                scratchVals = ValueSlots.forType(vals.type);
                scratchArgs.ensureCapacity(1);
                scratchVals.ensureCapacity(1);
            }
            boolean hasArg = StateIO.readByte(in) != 0;
            if (hasArg) scratchArgs.read(in, 0);
            boolean hasVal = StateIO.readByte(in) != 0;
            if (hasVal) scratchVals.read(in, 0);
            if (hasArg && hasVal) fold(groupId, scratchArgs, scratchVals, 0);
        }

        @Override public long byteSize() { return args.byteSize() + vals.byteSize() + has.length; }
    }
}
