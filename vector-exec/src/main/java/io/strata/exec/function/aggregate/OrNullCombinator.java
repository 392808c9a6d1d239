package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.NullableColumn;
import io.strata.core.function.AggregateFunction;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import java.util.List;

/**
 * The -OrNull and -OrDefault combinators: a group that received no rows gives NULL (result type
 * Nullable(T) when T can be inside Nullable) or the type's default value (e.g. avgOrDefault → 0
 * instead of nan). The wrapper remembers per group whether any row arrived.
 *
 * <p>State layout (version 1): one byte (1 = the group saw rows) followed, when 1, by the nested state.
 */
final class OrNullCombinator implements AggregateFunction {
    private final AggregateFunction nested;
    private final boolean orNull;

    OrNullCombinator(AggregateFunction nested, boolean orNull) {
        this.nested = nested;
        this.orNull = orNull;
    }

    @Override public String name() { return nested.name() + (orNull ? "OrNull" : "OrDefault"); }
    @Override public boolean returnsNullableForNullableArguments() { return nested.returnsNullableForNullableArguments(); }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        BoundAggregate bound = nested.bind(argumentTypes, parameters, context);
        DataType inner = bound.returnType();
        boolean wrapNull = orNull && inner.canBeInsideNullable() && !inner.isNullable();
        DataType result = wrapNull ? DataTypes.nullable(inner) : inner;
        return new Bound(result, () -> new SeenAccumulator(bound.createAccumulator(), result, wrapNull));
    }

    static final class SeenAccumulator implements Accumulator {
        private final Accumulator nested;
        private final DataType resultType;
        private final boolean wrapNull;
        private boolean[] seen = new boolean[0];

        SeenAccumulator(Accumulator nested, DataType resultType, boolean wrapNull) {
            this.nested = nested;
            this.resultType = resultType;
            this.wrapNull = wrapNull;
        }

        @Override
        public void ensureCapacity(int groupCount) {
            seen = Capacity.grow(seen, groupCount);
            nested.ensureCapacity(groupCount);
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            for (int i = 0; i < rowCount; i++) seen[groupIds[i]] = true;
            nested.add(groupIds, arguments, rowCount);
        }

        @Override
        public void addAll(int groupId, Column[] arguments, int rowCount) {
            if (rowCount == 0) return;
            seen[groupId] = true;
            nested.addAll(groupId, arguments, rowCount);
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            SeenAccumulator o = (SeenAccumulator) other;
            for (int g = 0; g < otherGroupCount; g++) if (o.seen[g]) seen[mapping[g]] = true;
            nested.merge(o.nested, mapping, otherGroupCount);
        }

        @Override
        public Column result(int groupCount) {
            Column values = nested.result(groupCount);
            if (wrapNull) {
                byte[] nulls = new byte[groupCount];
                for (int g = 0; g < groupCount; g++) nulls[g] = (byte) (seen[g] ? 0 : 1);
                return new NullableColumn(resultType, values, nulls);
            }
            boolean all = true;
            for (int g = 0; g < groupCount && all; g++) all = seen[g];
            if (all) return values;
            ColumnBuilder b = resultType.createBuilder(groupCount);
            for (int g = 0; g < groupCount; g++) {
                if (seen[g]) b.append(values, g);
                else b.appendDefault();
            }
            return b.build();
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            StateIO.writeByte(out, seen[groupId] ? 1 : 0);
            if (seen[groupId]) nested.serialize(groupId, out);
        }

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            if (StateIO.readByte(in) == 0) return;
            seen[groupId] = true;
            nested.deserializeAndMerge(groupId, in);
        }

        @Override public long byteSize() { return nested.byteSize() + seen.length; }
    }
}
