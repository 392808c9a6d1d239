package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.StringColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.AggregateFunction;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.AggregateFunctionType;
import io.strata.core.type.DataType;
import java.util.List;

/**
 * The -Merge combinator: {@code sumMerge(s)} takes a column of {@code AggregateFunction(sum, T)}
 * states, merges the states of each group and returns sum's final value. The state type must name
 * the same function (an alias or another spelling of it is fine). As in ClickHouse the nested
 * function is bound with the call's parameters ({@code quantileMerge(0.9)(s)}); without any, the
 * state type's own parameters are used.
 */
final class MergeCombinator implements AggregateFunction {
    private final AggregateFunction nested;

    MergeCombinator(AggregateFunction nested) {
        this.nested = nested;
    }

    @Override public String name() { return nested.name() + "Merge"; }
    @Override public boolean returnsNullableForNullableArguments() { return nested.returnsNullableForNullableArguments(); }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        ArgumentChecks.argumentCount(name(), argumentTypes, 1, 1);
        DataType t = argumentTypes.get(0);
        if (!(t instanceof AggregateFunctionType state) || !sameFunction(state.functionName())) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT,
                    "Illegal type %s of argument for aggregate function %s, expected AggregateFunction(%s, ...) or equivalent type",
                    t.name(), name(), nested.name());
        }
        List<Object> params = parameters.isEmpty() ? state.parameters() : parameters;
        BoundAggregate bound = nested.bind(state.argumentTypes(), params, context);
        return new Bound(bound.returnType(), () -> new MergeAccumulator(bound.createAccumulator()));
    }

    private boolean sameFunction(String stateFunction) {
        if (stateFunction.equals(nested.name())) return true;
        try {
            return AggregateStates.resolve(stateFunction).name().equals(nested.name());
        } catch (DbException e) {
            return false;
        }
    }

    static final class MergeAccumulator implements Accumulator {
        private final Accumulator nested;
        private final ReadBuffer scratch = new ReadBuffer(new byte[0]);

        MergeAccumulator(Accumulator nested) {
            this.nested = nested;
        }

        @Override public void ensureCapacity(int groupCount) { nested.ensureCapacity(groupCount); }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            StringColumn states = (StringColumn) arguments[0];
            for (int i = 0; i < rowCount; i++) AggregateStates.mergeState(nested, groupIds[i], states, i, scratch);
        }

        @Override
        public void addAll(int groupId, Column[] arguments, int rowCount) {
            StringColumn states = (StringColumn) arguments[0];
            for (int i = 0; i < rowCount; i++) AggregateStates.mergeState(nested, groupId, states, i, scratch);
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            nested.merge(((MergeAccumulator) other).nested, mapping, otherGroupCount);
        }

        @Override public Column result(int groupCount) { return nested.result(groupCount); }
        @Override public void serialize(int groupId, WriteBuffer out) { nested.serialize(groupId, out); }
        @Override public void deserializeAndMerge(int groupId, ReadBuffer in) { nested.deserializeAndMerge(groupId, in); }
        @Override public long byteSize() { return nested.byteSize(); }
    }
}
