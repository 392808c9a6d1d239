package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import java.util.List;

/**
 * anyHeavy(x): ClickHouse's heavy-hitter pick (the Boyer-Moore majority vote). Each group keeps a
 * candidate and a counter: an equal value raises the counter, another value lowers it, or takes
 * the candidate's place when the counter is zero. Merging keeps the candidate with the larger
 * counter (minus the other's count). A value that occurs in more than half of the rows is found
 * whatever the order; otherwise the answer depends on the row order, as in ClickHouse.
 *
 * <p>State layout: VarUInt counter, then one byte presence and the {@link ValueSlots} value.
 */
final class AnyHeavyAggregate extends NamedAggregate {
    AnyHeavyAggregate() {
        super("anyHeavy", List.of(), false);
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        ArgumentChecks.argumentCount(name(), argumentTypes, 1, 1);
        ArgumentChecks.noParameters(name(), parameters);
        DataType t = argumentTypes.get(0);
        if (!ArgumentChecks.comparable(t)) throw ArgumentChecks.illegalType(name(), t);
        return new Bound(t, () -> new HeavyAccumulator(t));
    }

    static final class HeavyAccumulator implements Accumulator {
        private final ValueSlots slots;
        private boolean[] has = new boolean[0];
        private long[] counter = new long[0];
        private ValueSlots scratch;

        HeavyAccumulator(DataType type) {
            this.slots = ValueSlots.forType(type);
        }

        @Override
        public void ensureCapacity(int groupCount) {
            slots.ensureCapacity(groupCount);
            has = Capacity.grow(has, groupCount);
            counter = Capacity.grow(counter, groupCount);
        }

        private boolean equalsRow(int g, Column c, int row) {
            return has[g] && !slots.better(g, c, row, true) && !slots.better(g, c, row, false);
        }

        private void addRow(int g, Column c, int row) {
            if (equalsRow(g, c, row)) {
                counter[g]++;
            } else if (counter[g] == 0) {
                slots.set(g, c, row);
                has[g] = true;
                counter[g] = 1;
            } else {
                counter[g]--;
            }
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            for (int i = 0; i < rowCount; i++) addRow(groupIds[i], arguments[0], i);
        }

        @Override
        public void addAll(int groupId, Column[] arguments, int rowCount) {
            for (int i = 0; i < rowCount; i++) addRow(groupId, arguments[0], i);
        }

        private void fold(int g, ValueSlots src, int og, long otherCount) {
            boolean equal = has[g] && !slots.betterSlot(g, src, og, true) && !slots.betterSlot(g, src, og, false);
            if (equal) {
                counter[g] += otherCount;
            } else if (!has[g] || counter[g] < otherCount) {
                slots.copy(g, src, og);
                has[g] = true;
                counter[g] = otherCount;
            } else {
                counter[g] -= otherCount;
            }
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            HeavyAccumulator o = (HeavyAccumulator) other;
            for (int g = 0; g < otherGroupCount; g++) {
                if (o.has[g]) fold(mapping[g], o.slots, g, o.counter[g]);
            }
        }

        @Override
        public Column result(int groupCount) {
            ColumnBuilder b = slots.type.createBuilder(groupCount);
            for (int g = 0; g < groupCount; g++) {
                if (has[g]) slots.appendTo(b, g);
                else b.appendDefault();
            }
            return b.build();
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            StateIO.writeVarUInt(out, counter[groupId]);
            StateIO.writeByte(out, has[groupId] ? 1 : 0);
            if (has[groupId]) slots.write(out, groupId);
        }

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            long c = StateIO.readVarUInt(in);
            if (StateIO.readByte(in) == 0) return;
            if (scratch == null) {
                scratch = ValueSlots.forType(slots.type);
                scratch.ensureCapacity(1);
            }
            scratch.read(in, 0);
            fold(groupId, scratch, 0, c);
        }

        @Override
        public long byteSize() {
            return slots.byteSize() + 9L * has.length;
        }
    }
}
