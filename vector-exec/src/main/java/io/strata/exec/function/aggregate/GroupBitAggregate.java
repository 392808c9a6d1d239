package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.TypeId;
import java.util.Arrays;
import java.util.List;

/**
 * groupBitAnd(x), groupBitOr(x), groupBitXor(x) over an integer: the bitwise AND / OR / XOR of the
 * group's values, in the argument's type. As in ClickHouse the AND of no values has every bit set
 * (the value the state starts from), the OR and XOR of no values are 0. Values accumulate in 64
 * bits; the result is narrowed to the type's width (bitwise operations commute with narrowing).
 *
 * <p>State layout (version 1): the 64-bit accumulated value, 8 bytes little-endian.
 */
final class GroupBitAggregate extends NamedAggregate {
    enum Op { AND, OR, XOR }

    private final Op op;

    GroupBitAggregate(String name, List<String> aliases, Op op) {
        super(name, aliases, false);
        this.op = op;
    }

    /** groupBitAnd (alias BIT_AND), groupBitOr (BIT_OR) and groupBitXor (BIT_XOR), as ClickHouse names them. */
    static List<GroupBitAggregate> all() {
        return List.of(new GroupBitAggregate("groupBitAnd", List.of("BIT_AND"), Op.AND),
                new GroupBitAggregate("groupBitOr", List.of("BIT_OR"), Op.OR),
                new GroupBitAggregate("groupBitXor", List.of("BIT_XOR"), Op.XOR));
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        ArgumentChecks.argumentCount(name(), argumentTypes, 1, 1);
        ArgumentChecks.noParameters(name(), parameters);
        DataType t = argumentTypes.get(0);
        if (!(t instanceof IntegerType it) || t.id() == TypeId.BOOL) throw ArgumentChecks.illegalType(name(), t);
        return new Bound(t, () -> new BitAccumulator(op, it));
    }

    static final class BitAccumulator implements Accumulator {
        private final Op op;
        private final IntegerType type;
        private long[] values = new long[0];
        private int initialized;

        BitAccumulator(Op op, IntegerType type) {
            this.op = op;
            this.type = type;
        }

        @Override
        public void ensureCapacity(int groupCount) {
            values = Capacity.grow(values, groupCount);
            if (op == Op.AND && groupCount > initialized) Arrays.fill(values, initialized, values.length, -1L);
            initialized = Math.max(initialized, values.length);
        }

        private void combine(int g, long v) {
            switch (op) {
                case AND -> values[g] &= v;
                case OR -> values[g] |= v;
                case XOR -> values[g] ^= v;
            }
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            long[] v = ((LongColumn) arguments[0]).values();
            long[] s = values;
            switch (op) {
                case AND -> { for (int i = 0; i < rowCount; i++) s[groupIds[i]] &= v[i]; }
                case OR -> { for (int i = 0; i < rowCount; i++) s[groupIds[i]] |= v[i]; }
                case XOR -> { for (int i = 0; i < rowCount; i++) s[groupIds[i]] ^= v[i]; }
            }
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            long[] o = ((BitAccumulator) other).values;
            for (int g = 0; g < otherGroupCount; g++) combine(mapping[g], o[g]);
        }

        @Override
        public Column result(int groupCount) {
            long[] r = new long[groupCount];
            for (int g = 0; g < groupCount; g++) r[g] = type.wrap(values[g]);
            return new LongColumn(type, r, groupCount);
        }

        @Override public void serialize(int groupId, WriteBuffer out) { StateIO.writeLong(out, values[groupId]); }
        @Override public void deserializeAndMerge(int groupId, ReadBuffer in) { combine(groupId, StateIO.readLong(in)); }
        @Override public long byteSize() { return 8L * values.length; }
    }
}
