package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.AggregateFunction;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.NullableType;
import io.strata.core.type.TypeId;
import java.util.List;

/**
 * The -If combinator: {@code fIf(args..., cond)} aggregates only the rows where cond (UInt8 or
 * Bool) is non-zero. The accumulator compacts those rows once per batch and forwards them to the
 * nested aggregate's accumulator; the state is the nested state, unchanged.
 *
 * <p>NULL conditions count as false: when the framework drops rows with a NULL argument the row is
 * gone already, and a {@code Nullable(UInt8)} condition that reaches the accumulator as a
 * NullableColumn is read through its null map.
 */
final class IfCombinator implements AggregateFunction {
    private final AggregateFunction nested;

    IfCombinator(AggregateFunction nested) {
        this.nested = nested;
    }

    @Override public String name() { return nested.name() + "If"; }
    @Override public boolean returnsNullableForNullableArguments() { return nested.returnsNullableForNullableArguments(); }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        if (argumentTypes.isEmpty()) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function %s requires at least one argument", name());
        }
        DataType cond = argumentTypes.get(argumentTypes.size() - 1);
        DataType inner = cond instanceof NullableType n ? n.inner() : cond;
        if (inner.id() != TypeId.UINT8 && inner.id() != TypeId.BOOL) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT,
                    "Last argument for aggregate function %s must be UInt8, got %s", name(), cond.name());
        }
        BoundAggregate bound = nested.bind(argumentTypes.subList(0, argumentTypes.size() - 1), parameters, context);
        return new Bound(bound.returnType(), () -> new IfAccumulator(bound.createAccumulator()));
    }

    static final class IfAccumulator implements Accumulator {
        private final Accumulator nested;
        private int[] positions = new int[0];
        private int[] ids = new int[0];

        IfAccumulator(Accumulator nested) {
            this.nested = nested;
        }

        @Override public void ensureCapacity(int groupCount) { nested.ensureCapacity(groupCount); }

        /** Fills positions with the rows whose condition holds; returns their number. */
        private int select(Column cond, int rowCount) {
            if (positions.length < rowCount) positions = new int[rowCount];
            long[] v;
            byte[] nulls = null;
            if (cond instanceof NullableColumn nc) {
                v = ((LongColumn) nc.values()).values();
                nulls = nc.nulls();
            } else {
                v = ((LongColumn) cond).values();
            }
            int k = 0;
            int[] p = positions;
            if (nulls == null) {
                for (int i = 0; i < rowCount; i++) if (v[i] != 0) p[k++] = i;
            } else {
                for (int i = 0; i < rowCount; i++) if (v[i] != 0 && nulls[i] == 0) p[k++] = i;
            }
            return k;
        }

        private Column[] nestedArguments(Column[] arguments, int k, int rowCount) {
            Column[] out = new Column[arguments.length - 1];
            for (int j = 0; j < out.length; j++) out[j] = k == rowCount ? arguments[j] : arguments[j].take(positions, k);
            return out;
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            int k = select(arguments[arguments.length - 1], rowCount);
            if (k == 0) return;
            if (k == rowCount) {
                nested.add(groupIds, nestedArguments(arguments, k, rowCount), rowCount);
                return;
            }
            if (ids.length < k) ids = new int[k];
            for (int i = 0; i < k; i++) ids[i] = groupIds[positions[i]];
            nested.add(ids, nestedArguments(arguments, k, rowCount), k);
        }

        @Override
        public void addAll(int groupId, Column[] arguments, int rowCount) {
            int k = select(arguments[arguments.length - 1], rowCount);
            if (k > 0) nested.addAll(groupId, nestedArguments(arguments, k, rowCount), k);
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            nested.merge(((IfAccumulator) other).nested, mapping, otherGroupCount);
        }

        @Override public Column result(int groupCount) { return nested.result(groupCount); }
        @Override public void serialize(int groupId, WriteBuffer out) { nested.serialize(groupId, out); }
        @Override public void deserializeAndMerge(int groupId, ReadBuffer in) { nested.deserializeAndMerge(groupId, in); }
        @Override public long byteSize() { return nested.byteSize() + 4L * (positions.length + ids.length); }
    }
}
