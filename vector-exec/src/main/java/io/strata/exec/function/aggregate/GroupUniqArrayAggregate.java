package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import java.util.List;

/**
 * groupUniqArray(x) and groupUniqArray(max_size)(x) → Array(T): the distinct values of the group
 * (at most max_size of them). ClickHouse returns them in hash-table order, which no query may rely
 * on; here they come in order of first appearance, which also makes merged partial states equal to
 * the one-pass result. NULLs are skipped and the result is never NULL.
 *
 * <p>Identity: one LONG or DOUBLE value is compared by its 64 bits (exact); anything else by the
 * 128-bit hash of its bytes, as uniqExact does.
 *
 * <p>State layout (version 1): groupArray's — VarUInt count, then each distinct element in
 * {@link ValueCodec}'s form, in order of first appearance.
 */
final class GroupUniqArrayAggregate extends NamedAggregate {
    GroupUniqArrayAggregate() {
        super("groupUniqArray", List.of(), false);
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
        return new Bound(new ArrayType(element), () -> new UniqArrayAccumulator(element, limit));
    }

    static final class UniqArrayAccumulator implements Accumulator {
        private final DataType element;
        private final ArrayType arrayType;
        private final int maxSize;
        private final KeyHasher hasher;
        private final Column[] one = new Column[1];
        private ColumnBuilder[] values = new ColumnBuilder[0];
        private LongHashSet[] longSets = new LongHashSet[0];
        private Hash128Set[] hashSets = new Hash128Set[0];
        private long bytesHeld;

        UniqArrayAccumulator(DataType element, int maxSize) {
            this.element = element;
            this.arrayType = new ArrayType(element);
            this.maxSize = maxSize;
            this.hasher = new KeyHasher(List.of(element));
        }

        @Override
        public void ensureCapacity(int groupCount) {
            values = Capacity.grow(values, groupCount);
            if (hasher.numeric) longSets = Capacity.grow(longSets, groupCount);
            else hashSets = Capacity.grow(hashSets, groupCount);
        }

        /** Appends row i of c to group g unless the group has it already or is full. */
        private void offer(int g, Column c, int i) {
            ColumnBuilder b = values[g];
            if (b == null) values[g] = b = element.createBuilder(4);
            if (b.size() >= maxSize) return;
            boolean added;
            if (hasher.numeric) {
                LongHashSet s = longSets[g];
                if (s == null) longSets[g] = s = new LongHashSet();
                added = s.add(KeyHasher.longKey(c, i));
            } else {
                Hash128Set s = hashSets[g];
                if (s == null) hashSets[g] = s = new Hash128Set();
                one[0] = c;
                hasher.hash(one, i);
                added = s.add(hasher.h1, hasher.h2);
            }
            if (added) {
                b.append(c, i);
                bytesHeld += 24;
            }
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            Column c = arguments[0];
            for (int i = 0; i < rowCount; i++) offer(groupIds[i], c, i);
        }

        @Override
        public void addAll(int groupId, Column[] arguments, int rowCount) {
            Column c = arguments[0];
            for (int i = 0; i < rowCount; i++) offer(groupId, c, i);
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            UniqArrayAccumulator o = (UniqArrayAccumulator) other;
            for (int g = 0; g < otherGroupCount; g++) {
                ColumnBuilder src = o.values[g];
                if (src == null || src.size() == 0) continue;
                Column col = src.build();
                for (int i = 0, n = col.size(); i < n; i++) offer(mapping[g], col, i);
            }
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
            if (n == 0) return;
            ColumnBuilder tmp = element.createBuilder(n);
            for (int i = 0; i < n; i++) ValueCodec.read(in, tmp);
            Column col = tmp.build();
            for (int i = 0; i < n; i++) offer(groupId, col, i);
        }

        @Override public long byteSize() { return 24L * values.length + bytesHeld; }
    }
}
