package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import java.util.Arrays;
import java.util.List;

/**
 * count() and count(x) → UInt64. With an argument the framework has already dropped the rows
 * where x is NULL, so both forms count the rows they are given; the result is never NULL.
 *
 * <p>State layout (version 1): the count as VarUInt.
 */
final class CountAggregate extends NamedAggregate {
    CountAggregate() {
        super("count", List.of(), true);
    }

    @Override
    public boolean returnsNullableForNullableArguments() {
        return false;
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        ArgumentChecks.argumentCount(name(), argumentTypes, 0, Integer.MAX_VALUE);
        return new Bound(DataTypes.UINT64, CountAccumulator::new);
    }

    static final class CountAccumulator implements Accumulator {
        long[] counts = new long[0];

        @Override public void ensureCapacity(int groupCount) { counts = Capacity.grow(counts, groupCount); }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            long[] c = counts;
            for (int i = 0; i < rowCount; i++) c[groupIds[i]]++;
        }

        @Override public void addAll(int groupId, Column[] arguments, int rowCount) { counts[groupId] += rowCount; }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            long[] o = ((CountAccumulator) other).counts;
            for (int g = 0; g < otherGroupCount; g++) counts[mapping[g]] += o[g];
        }

        @Override
        public void mergeGroup(Accumulator other, int otherGroup, int group) {
            counts[group] += ((CountAccumulator) other).counts[otherGroup];
        }

        @Override
        public Column result(int groupCount) {
            return new LongColumn(DataTypes.UINT64, Arrays.copyOf(counts, groupCount), groupCount);
        }

        @Override public void serialize(int groupId, WriteBuffer out) { StateIO.writeVarUInt(out, counts[groupId]); }
        @Override public void deserializeAndMerge(int groupId, ReadBuffer in) { counts[groupId] += StateIO.readVarUInt(in); }
        @Override public long byteSize() { return 8L * counts.length; }
    }
}
