package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.AggregateFunction;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import java.util.List;

/**
 * The -Distinct combinator: {@code fDistinct(args...)} aggregates each distinct argument tuple of
 * a group once. The state keeps the distinct tuples themselves (deduplicated by a 128-bit hash),
 * not a nested state, because partial states of two threads may share values; the nested
 * aggregate runs over the kept tuples when the result is asked for.
 *
 * <p>State layout (version 1): VarUInt number of tuples, then each tuple as its arguments in
 * {@link ValueCodec}'s form.
 */
final class DistinctCombinator implements AggregateFunction {
    private final AggregateFunction nested;

    DistinctCombinator(AggregateFunction nested) {
        this.nested = nested;
    }

    @Override public String name() { return nested.name() + "Distinct"; }
    @Override public boolean returnsNullableForNullableArguments() { return nested.returnsNullableForNullableArguments(); }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        if (argumentTypes.isEmpty()) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function %s requires at least one argument", name());
        }
        BoundAggregate bound = nested.bind(argumentTypes, parameters, context);
        List<DataType> types = List.copyOf(argumentTypes);
        return new Bound(bound.returnType(), () -> new DistinctAccumulator(bound, types));
    }

    static final class DistinctAccumulator implements Accumulator {
        private final BoundAggregate nested;
        private final List<DataType> types;
        private final KeyHasher hasher;
        private Hash128Set[] seen = new Hash128Set[0];
        private ColumnBuilder[][] kept = new ColumnBuilder[0][];
        private long bytesHeld;

        DistinctAccumulator(BoundAggregate nested, List<DataType> types) {
            this.nested = nested;
            this.types = types;
            this.hasher = new KeyHasher(types);
        }

        @Override
        public void ensureCapacity(int groupCount) {
            seen = Capacity.grow(seen, groupCount);
            kept = Capacity.grow(kept, groupCount);
        }

        /** Keeps row {@code row} of {@code args} in group g when its tuple is new there. */
        private void offer(int g, Column[] args, int row) {
            hasher.hash(args, row);
            Hash128Set s = seen[g];
            if (s == null) {
                seen[g] = s = new Hash128Set();
                ColumnBuilder[] bs = new ColumnBuilder[types.size()];
                for (int j = 0; j < bs.length; j++) bs[j] = types.get(j).createBuilder(4);
                kept[g] = bs;
            }
            if (s.add(hasher.h1, hasher.h2)) {
                ColumnBuilder[] bs = kept[g];
                for (int j = 0; j < bs.length; j++) bs[j].append(args[j], row);
                bytesHeld += 16L * (bs.length + 1);
            }
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            for (int i = 0; i < rowCount; i++) offer(groupIds[i], arguments, i);
        }

        @Override
        public void addAll(int groupId, Column[] arguments, int rowCount) {
            for (int i = 0; i < rowCount; i++) offer(groupId, arguments, i);
        }

        private Column[] columns(int g) {
            ColumnBuilder[] bs = kept[g];
            Column[] cols = new Column[bs.length];
            for (int j = 0; j < bs.length; j++) cols[j] = bs[j].build();
            return cols;
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            DistinctAccumulator o = (DistinctAccumulator) other;
            for (int g = 0; g < otherGroupCount; g++) {
                if (o.kept[g] == null) continue;
                Column[] cols = o.columns(g);
                for (int i = 0, n = cols[0].size(); i < n; i++) offer(mapping[g], cols, i);
            }
        }

        @Override
        public Column result(int groupCount) {
            Accumulator acc = nested.createAccumulator();
            acc.ensureCapacity(groupCount);
            for (int g = 0; g < groupCount; g++) {
                if (kept[g] == null) continue;
                Column[] cols = columns(g);
                acc.addAll(g, cols, cols[0].size());
            }
            return acc.result(groupCount);
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            if (kept[groupId] == null) {
                StateIO.writeVarUInt(out, 0);
                return;
            }
            Column[] cols = columns(groupId);
            int n = cols[0].size();
            StateIO.writeVarUInt(out, n);
            KeyBuffer scratch = new KeyBuffer();
            for (int i = 0; i < n; i++) {
                scratch.reset();
                for (Column c : cols) ValueCodec.write(scratch, c, i);
                scratch.copyTo(out);
            }
        }

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            int n = StateIO.readCount(in, Integer.MAX_VALUE - 16);
            ColumnBuilder[] bs = new ColumnBuilder[types.size()];
            for (int j = 0; j < bs.length; j++) bs[j] = types.get(j).createBuilder(n);
            for (int i = 0; i < n; i++) for (ColumnBuilder b : bs) ValueCodec.read(in, b);
            Column[] cols = new Column[bs.length];
            for (int j = 0; j < bs.length; j++) cols[j] = bs[j].build();
            for (int i = 0; i < n; i++) offer(groupId, cols, i);
        }

        @Override public long byteSize() { return 16L * seen.length + bytesHeld; }
    }
}
