package io.strata.exec.operator;

import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.function.AggregateFunction;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import java.util.Arrays;

/** Trivial test-local aggregates: sum(Int64) and count(). */
final class TestAggregates {
    private TestAggregates() {
    }

    static final AggregateFunction.BoundAggregate SUM = new Bound(false);
    static final AggregateFunction.BoundAggregate COUNT = new Bound(true);

    private record Bound(boolean count) implements AggregateFunction.BoundAggregate {
        @Override
        public DataType returnType() {
            return count ? DataTypes.UINT64 : DataTypes.INT64;
        }

        @Override
        public AggregateFunction.Accumulator createAccumulator() {
            return new Accumulator(count);
        }
    }

    private static final class Accumulator implements AggregateFunction.Accumulator {
        private final boolean count;
        private long[] values = new long[0];

        Accumulator(boolean count) {
            this.count = count;
        }

        @Override
        public void ensureCapacity(int groupCount) {
            if (values.length < groupCount) values = Arrays.copyOf(values, Math.max(groupCount, values.length * 2));
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            if (count) {
                for (int i = 0; i < rowCount; i++) values[groupIds[i]]++;
            } else {
                long[] v = ((LongColumn) arguments[0]).values();
                for (int i = 0; i < rowCount; i++) values[groupIds[i]] += v[i];
            }
        }

        @Override
        public void merge(AggregateFunction.Accumulator other, int[] mapping, int otherGroupCount) {
            long[] o = ((Accumulator) other).values;
            for (int g = 0; g < otherGroupCount; g++) values[mapping[g]] += o[g];
        }

        @Override
        public Column result(int groupCount) {
            return new LongColumn(count ? DataTypes.UINT64 : DataTypes.INT64, Arrays.copyOf(values, groupCount), groupCount);
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long byteSize() {
            return 8L * values.length;
        }
    }
}
