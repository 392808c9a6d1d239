package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.function.AggregateFunction;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.AggregateFunctionType;
import io.strata.core.type.DataType;
import java.util.List;

/**
 * The -State combinator: {@code sumState(x)} aggregates like sum but returns each group's
 * serialized state, typed {@code AggregateFunction(sum, T)}, for a later {@code sumMerge} or
 * {@code finalizeAggregation}. The type names the nested function by its canonical name (so
 * {@code medianState} gives {@code AggregateFunction(quantile, T)}), its parameters and its
 * argument types. {@code fMergeState} keeps merged states: its type is the type of the states it
 * merges, as in modern ClickHouse.
 */
final class StateCombinator implements AggregateFunction {
    private final AggregateFunction nested;

    StateCombinator(AggregateFunction nested) {
        this.nested = nested;
    }

    @Override public String name() { return nested.name() + "State"; }

    /** A state is never NULL: a group of only NULL arguments has the empty state. */
    @Override public boolean returnsNullableForNullableArguments() { return false; }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        BoundAggregate bound = nested.bind(argumentTypes, parameters, context);
        AggregateFunctionType type = nested instanceof MergeCombinator
                ? (AggregateFunctionType) argumentTypes.get(0)
                : new AggregateFunctionType(nested.name(), parameters, argumentTypes);
        return new Bound(type, () -> new StateAccumulator(bound.createAccumulator(), type));
    }

    static final class StateAccumulator implements Accumulator {
        private final Accumulator nested;
        private final AggregateFunctionType type;

        StateAccumulator(Accumulator nested, AggregateFunctionType type) {
            this.nested = nested;
            this.type = type;
        }

        @Override public void ensureCapacity(int groupCount) { nested.ensureCapacity(groupCount); }
        @Override public void add(int[] groupIds, Column[] arguments, int rowCount) { nested.add(groupIds, arguments, rowCount); }
        @Override public void addAll(int groupId, Column[] arguments, int rowCount) { nested.addAll(groupId, arguments, rowCount); }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            nested.merge(((StateAccumulator) other).nested, mapping, otherGroupCount);
        }

        @Override public Column result(int groupCount) { return AggregateStates.states(nested, type, groupCount); }
        @Override public void serialize(int groupId, WriteBuffer out) { nested.serialize(groupId, out); }
        @Override public void deserializeAndMerge(int groupId, ReadBuffer in) { nested.deserializeAndMerge(groupId, in); }
        @Override public long byteSize() { return nested.byteSize(); }
    }
}
