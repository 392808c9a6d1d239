package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.IntegerType;
import io.strata.core.type.TypeId;
import java.util.List;

/**
 * sumWithOverflow(x): the sum in the argument's own type, wrapping around at its width
 * (sumWithOverflow of UInt8 200 + 100 is 44), as ClickHouse. Integers accumulate in 64 bits and
 * are narrowed when the result is read: addition modulo 2^64 narrowed to 2^bits equals addition
 * modulo 2^bits. Floats sum in Float64 and a Float32 result is rounded to float.
 *
 * <p>State layout (version 1): sum's layout (8 bytes little-endian integer or IEEE double).
 */
final class SumWithOverflowAggregate extends NamedAggregate {
    SumWithOverflowAggregate() {
        super("sumWithOverflow", List.of(), false);
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        ArgumentChecks.argumentCount(name(), argumentTypes, 1, 1);
        ArgumentChecks.noParameters(name(), parameters);
        DataType t = argumentTypes.get(0);
        if (t instanceof IntegerType it) {
            return new Bound(t, () -> new Narrowing(new SumAggregate.LongSum(it.signed() ? DataTypes.INT64 : DataTypes.UINT64), it));
        }
        if (t.id() == TypeId.FLOAT32 || t.id() == TypeId.FLOAT64) {
            return new Bound(t, () -> new Narrowing(new SumAggregate.DoubleSum(), t));
        }
        throw ArgumentChecks.illegalType(name(), t);
    }

    /** sum's accumulator, with the result narrowed to the argument type. */
    static final class Narrowing implements Accumulator {
        private final Accumulator sum;
        private final DataType type;

        Narrowing(Accumulator sum, DataType type) {
            this.sum = sum;
            this.type = type;
        }

        @Override public void ensureCapacity(int groupCount) { sum.ensureCapacity(groupCount); }
        @Override public void add(int[] groupIds, Column[] arguments, int rowCount) { sum.add(groupIds, arguments, rowCount); }
        @Override public void addAll(int groupId, Column[] arguments, int rowCount) { sum.addAll(groupId, arguments, rowCount); }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            sum.merge(((Narrowing) other).sum, mapping, otherGroupCount);
        }

        @Override
        public Column result(int groupCount) {
            Column wide = sum.result(groupCount);
            if (wide instanceof DoubleColumn d) {
                double[] v = d.values();
                if (type.id() == TypeId.FLOAT32) for (int g = 0; g < groupCount; g++) v[g] = (float) v[g];
                return new DoubleColumn(type, v, groupCount);
            }
            long[] v = ((LongColumn) wide).values();
            IntegerType it = (IntegerType) type;
            int shift = 64 - it.bits();
            if (shift > 0) {
                for (int g = 0; g < groupCount; g++) v[g] = it.signed() ? (v[g] << shift) >> shift : (v[g] << shift) >>> shift;
            }
            if (it.id() == TypeId.BOOL) for (int g = 0; g < groupCount; g++) v[g] = v[g] != 0 ? 1 : 0;
            return new LongColumn(type, v, groupCount);
        }

        @Override public void serialize(int groupId, WriteBuffer out) { sum.serialize(groupId, out); }
        @Override public void deserializeAndMerge(int groupId, ReadBuffer in) { sum.deserializeAndMerge(groupId, in); }
        @Override public long byteSize() { return sum.byteSize(); }
    }
}
