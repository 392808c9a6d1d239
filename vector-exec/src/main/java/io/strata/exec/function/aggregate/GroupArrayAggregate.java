package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.DoubleColumnBuilder;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LongColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import java.util.List;

/**
 * groupArray(x) and groupArray(max_size)(x) → Array(T): the values of the group in the order they
 * were added (the first max_size of them). NULLs are skipped and the result is never NULL (an
 * empty array for a group without values), as in ClickHouse.
 *
 * <p>Each group appends into its own column builder, so any element type works and numbers
 * append without boxing.
 *
 * <p>State layout (version 1): VarUInt count, then each element in {@link ValueCodec}'s form.
 */
final class GroupArrayAggregate extends NamedAggregate {
    GroupArrayAggregate() {
        super("groupArray", List.of("array_agg"), false);
    }

    @Override
    public boolean returnsNullableForNullableArguments() {
        return false;
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        ArgumentChecks.argumentCount(name(), argumentTypes, 1, 1);
        int maxSize = Integer.MAX_VALUE - 16;
        if (parameters.size() > 1) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Incorrect number of parameters for aggregate function %s, should be 0 or 1", name());
        }
        if (parameters.size() == 1) {
            if (!(parameters.get(0) instanceof Number n) || n.longValue() <= 0 || n.doubleValue() != n.longValue()) {
                throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Parameter for aggregate function %s should be positive integer", name());
            }
            maxSize = (int) Math.min(n.longValue(), Integer.MAX_VALUE - 16);
        }
        DataType element = argumentTypes.get(0);
        int limit = maxSize;
        return new Bound(new ArrayType(element), () -> new GroupArrayAccumulator(element, limit));
    }

    static final class GroupArrayAccumulator implements Accumulator {
        private final DataType element;
        private final ArrayType arrayType;
        private final int maxSize;
        private ColumnBuilder[] values = new ColumnBuilder[0];
        private long bytesHeld;

        GroupArrayAccumulator(DataType element, int maxSize) {
            this.element = element;
            this.arrayType = new ArrayType(element);
            this.maxSize = maxSize;
        }

        @Override public void ensureCapacity(int groupCount) { values = Capacity.grow(values, groupCount); }

        private ColumnBuilder builder(int g) {
            ColumnBuilder b = values[g];
            if (b == null) values[g] = b = element.createBuilder(4);
            return b;
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            Column c = arguments[0];
            if (c instanceof LongColumn lc) {
                long[] v = lc.values();
                for (int i = 0; i < rowCount; i++) {
                    LongColumnBuilder b = (LongColumnBuilder) builder(groupIds[i]);
                    if (b.size() < maxSize) b.append(v[i]);
                }
                bytesHeld += 8L * rowCount;
            } else if (c instanceof DoubleColumn dc) {
                double[] v = dc.values();
                for (int i = 0; i < rowCount; i++) {
                    DoubleColumnBuilder b = (DoubleColumnBuilder) builder(groupIds[i]);
                    if (b.size() < maxSize) b.append(v[i]);
                }
                bytesHeld += 8L * rowCount;
            } else {
                for (int i = 0; i < rowCount; i++) {
                    ColumnBuilder b = builder(groupIds[i]);
                    if (b.size() < maxSize) b.append(c, i);
                }
                bytesHeld += c.byteSize();
            }
        }

        @Override
        public void addAll(int groupId, Column[] arguments, int rowCount) {
            Column c = arguments[0];
            ColumnBuilder b = builder(groupId);
            int n = Math.min(rowCount, maxSize - b.size());
            if (c instanceof LongColumn lc && b instanceof LongColumnBuilder lb) {
                long[] v = lc.values();
                for (int i = 0; i < n; i++) lb.append(v[i]);
            } else {
                for (int i = 0; i < n; i++) b.append(c, i);
            }
            bytesHeld += c.byteSize();
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            GroupArrayAccumulator o = (GroupArrayAccumulator) other;
            for (int g = 0; g < otherGroupCount; g++) {
                ColumnBuilder src = o.values[g];
                if (src == null || src.size() == 0) continue;
                Column col = src.build();
                ColumnBuilder b = builder(mapping[g]);
                int n = Math.min(col.size(), maxSize - b.size());
                for (int i = 0; i < n; i++) b.append(col, i);
            }
            bytesHeld += o.bytesHeld;
        }

        @Override
        public Column result(int groupCount) {
            return ValueLists.arrays(arrayType, values, groupCount);
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            ValueLists.serialize(values[groupId], out);
        }

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            int n = StateIO.readCount(in, Integer.MAX_VALUE - 16);
            ColumnBuilder b = builder(groupId);
            ColumnBuilder tmp = b.size() + n <= maxSize ? b : element.createBuilder(n);
            for (int i = 0; i < n; i++) ValueCodec.read(in, tmp);
            if (tmp != b) {
                Column col = tmp.build();
                int take = Math.min(n, maxSize - b.size());
                for (int i = 0; i < take; i++) b.append(col, i);
            }
        }

        @Override public long byteSize() { return 8L * values.length + bytesHeld; }
    }
}
