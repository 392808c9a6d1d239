package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import java.util.List;

/**
 * avg(x) → Float64 for every numeric argument, decimals included (as modern ClickHouse). The
 * numerator is the same wrapping sum as {@code sum}; a group without rows gives nan (0 / 0).
 *
 * <p>State layout (version 1): the numerator in sum's layout for the argument type, then the
 * row count as VarUInt.
 */
final class AvgAggregate extends NamedAggregate {
    AvgAggregate() {
        super("avg", List.of(), true);
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        ArgumentChecks.argumentCount(name(), argumentTypes, 1, 1);
        ArgumentChecks.noParameters(name(), parameters);
        SumAggregate.SumKind kind = SumAggregate.SumKind.of(name(), argumentTypes.get(0));
        return new Bound(DataTypes.FLOAT64, () -> new AvgAccumulator(kind.create()));
    }

    static final class AvgAccumulator implements Accumulator {
        private final SumAggregate.SumState sum;
        private final CountAggregate.CountAccumulator count = new CountAggregate.CountAccumulator();

        AvgAccumulator(SumAggregate.SumState sum) {
            this.sum = sum;
        }

        @Override
        public void ensureCapacity(int groupCount) {
            sum.ensureCapacity(groupCount);
            count.ensureCapacity(groupCount);
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            sum.add(groupIds, arguments, rowCount);
            count.add(groupIds, arguments, rowCount);
        }

        @Override
        public void addAll(int groupId, Column[] arguments, int rowCount) {
            sum.addAll(groupId, arguments, rowCount);
            count.addAll(groupId, arguments, rowCount);
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            AvgAccumulator o = (AvgAccumulator) other;
            sum.merge(o.sum, mapping, otherGroupCount);
            count.merge(o.count, mapping, otherGroupCount);
        }

        @Override
        public void mergeGroup(Accumulator other, int otherGroup, int group) {
            AvgAccumulator o = (AvgAccumulator) other;
            sum.mergeGroup(o.sum, otherGroup, group);
            count.mergeGroup(o.count, otherGroup, group);
        }

        @Override
        public Column result(int groupCount) {
            double[] out = new double[groupCount];
            long[] c = count.counts;
            for (int g = 0; g < groupCount; g++) out[g] = sum.asDouble(g) / c[g];
            return new DoubleColumn(DataTypes.FLOAT64, out, groupCount);
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            sum.serialize(groupId, out);
            count.serialize(groupId, out);
        }

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            sum.deserializeAndMerge(groupId, in);
            count.deserializeAndMerge(groupId, in);
        }

        @Override public long byteSize() { return sum.byteSize() + count.byteSize(); }
    }
}
