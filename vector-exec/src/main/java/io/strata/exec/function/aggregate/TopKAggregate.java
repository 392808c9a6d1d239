package io.strata.exec.function.aggregate;

import io.strata.core.column.ArrayColumnBuilder;
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
 * topK(N)(x) → Array(T): the N most frequent values of the group, most frequent first, ties in
 * order of first appearance (N defaults to 10; 1..65536, otherwise ARGUMENT_OUT_OF_BOUND as in
 * ClickHouse). ClickHouse approximates with Space-Saving counters, which are exact while a group
 * has few distinct values; here every distinct value is counted exactly, so the result is the
 * true top N (memory grows with the number of distinct values, like uniqExact) and merged partial
 * states give exactly the one-pass result. A second parameter (ClickHouse's load factor) is
 * accepted and ignored.
 *
 * <p>State layout (version 1): VarUInt number of distinct values, then each value in
 * {@link ValueCodec}'s form followed by its VarUInt count, in order of first appearance.
 */
final class TopKAggregate extends NamedAggregate {
    static final int MAX_K = 65536;

    TopKAggregate() {
        super("topK", List.of(), false);
    }

    @Override
    public boolean returnsNullableForNullableArguments() {
        return false;
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        ArgumentChecks.argumentCount(name(), argumentTypes, 1, 1);
        if (parameters.size() > 2) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function %s requires two parameters or less", name());
        }
        int k = 10;
        if (!parameters.isEmpty()) {
            double p = ArgumentChecks.numberParameter(name(), parameters.get(0));
            if (p > MAX_K) throw DbException.of(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Too large parameter(s) for aggregate function %s. Maximum: %d", name(), MAX_K);
            if (p < 1 || p != Math.rint(p)) throw DbException.of(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Parameter 0 is illegal for aggregate function %s", name());
            k = (int) p;
        }
        DataType element = argumentTypes.get(0);
        int limit = k;
        return new Bound(new ArrayType(element), () -> new TopKAccumulator(element, limit));
    }

    static final class TopKAccumulator implements Accumulator {
        private final DataType element;
        private final ArrayType arrayType;
        private final int k;
        private final KeyHasher hasher;
        private final Column[] one = new Column[1];
        private ColumnBuilder[] values = new ColumnBuilder[0];
        private long[][] counts = new long[0][];
        private Hash128IndexMap[] maps = new Hash128IndexMap[0];
        private long bytesHeld;

        TopKAccumulator(DataType element, int k) {
            this.element = element;
            this.arrayType = new ArrayType(element);
            this.k = k;
            this.hasher = new KeyHasher(List.of(element));
        }

        @Override
        public void ensureCapacity(int groupCount) {
            values = Capacity.grow(values, groupCount);
            counts = Capacity.grow(counts, groupCount);
            maps = Capacity.grow(maps, groupCount);
        }

        /** Counts row i of c weight times in group g. */
        private void count(int g, Column c, int i, long weight) {
            Hash128IndexMap m = maps[g];
            if (m == null) {
                maps[g] = m = new Hash128IndexMap();
                values[g] = element.createBuilder(4);
                counts[g] = new long[4];
            }
            int idx;
            if (hasher.numeric) {
                idx = m.indexOf(Hashing.mix64(KeyHasher.longKey(c, i)), 0);
            } else {
                one[0] = c;
                hasher.hash(one, i);
                idx = m.indexOf(hasher.h1, hasher.h2);
            }
            if (m.added) {
                values[g].append(c, i);
                counts[g] = Capacity.grow(counts[g], idx + 1);
                bytesHeld += 32;
            }
            counts[g][idx] += weight;
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            Column c = arguments[0];
            for (int i = 0; i < rowCount; i++) count(groupIds[i], c, i, 1);
        }

        @Override
        public void addAll(int groupId, Column[] arguments, int rowCount) {
            Column c = arguments[0];
            for (int i = 0; i < rowCount; i++) count(groupId, c, i, 1);
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            TopKAccumulator o = (TopKAccumulator) other;
            for (int g = 0; g < otherGroupCount; g++) {
                if (o.maps[g] == null) continue;
                Column col = o.values[g].build();
                long[] cnt = o.counts[g];
                for (int i = 0, n = col.size(); i < n; i++) count(mapping[g], col, i, cnt[i]);
            }
        }

        @Override
        public Column result(int groupCount) {
            ArrayColumnBuilder out = new ArrayColumnBuilder(arrayType, groupCount);
            ColumnBuilder elements = out.elements();
            for (int g = 0; g < groupCount; g++) {
                if (maps[g] != null) {
                    Column col = values[g].build();
                    long[] cnt = counts[g];
                    int n = col.size();
                    // Most frequent first; the sort is stable, so ties keep first-appearance order.
                    Integer[] order = new Integer[n];
                    for (int i = 0; i < n; i++) order[i] = i;
                    java.util.Arrays.sort(order, (a, b) -> Long.compare(cnt[b], cnt[a]));
                    for (int i = 0; i < Math.min(n, k); i++) elements.append(col, order[i]);
                }
                out.endArray();
            }
            return out.build();
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            if (maps[groupId] == null) {
                StateIO.writeVarUInt(out, 0);
                return;
            }
            Column col = values[groupId].build();
            int n = col.size();
            StateIO.writeVarUInt(out, n);
            KeyBuffer scratch = new KeyBuffer();
            for (int i = 0; i < n; i++) {
                scratch.reset();
                ValueCodec.write(scratch, col, i);
                scratch.copyTo(out);
                StateIO.writeVarUInt(out, counts[groupId][i]);
            }
        }

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            int n = StateIO.readCount(in, Integer.MAX_VALUE - 16);
            if (n == 0) return;
            ColumnBuilder tmp = element.createBuilder(n);
            long[] cnt = new long[n];
            for (int i = 0; i < n; i++) {
                ValueCodec.read(in, tmp);
                cnt[i] = StateIO.readVarUInt(in);
            }
            Column col = tmp.build();
            for (int i = 0; i < n; i++) count(groupId, col, i, cnt[i]);
        }

        @Override
        public long byteSize() {
            long s = 24L * values.length + bytesHeld;
            for (Hash128IndexMap m : maps) if (m != null) s += m.byteSize();
            return s;
        }
    }
}
