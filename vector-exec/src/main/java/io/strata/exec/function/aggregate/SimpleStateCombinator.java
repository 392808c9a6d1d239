package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.function.AggregateFunction;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.SimpleAggregateFunction;
import java.util.List;

/**
 * The -SimpleState combinator: {@code sumSimpleState(x)} aggregates like sum and types its result
 * {@code SimpleAggregateFunction(sum, R)}, R being sum's result type, so it can be inserted into a
 * SimpleAggregateFunction column (of AggregatingMergeTree, typically from a materialized view). The
 * type is checked as any SimpleAggregateFunction type is: {@code countSimpleState} is BAD_ARGUMENTS.
 */
final class SimpleStateCombinator implements AggregateFunction {
    private final AggregateFunction nested;

    SimpleStateCombinator(AggregateFunction nested) {
        this.nested = nested;
    }

    @Override public String name() { return nested.name() + "SimpleState"; }
    @Override public boolean returnsNullableForNullableArguments() { return nested.returnsNullableForNullableArguments(); }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        BoundAggregate bound = nested.bind(argumentTypes, parameters, context);
        DataType type = SimpleAggregateFunction.type(nested.name(), parameters, List.of(bound.returnType()));
        return new Bound(type, () -> new Relabelling(bound.createAccumulator(), type));
    }

    /** The nested accumulator with its results named by the SimpleAggregateFunction type. */
    private record Relabelling(Accumulator nested, DataType type) implements Accumulator {
        @Override public void ensureCapacity(int groupCount) { nested.ensureCapacity(groupCount); }
        @Override public void add(int[] groupIds, Column[] arguments, int rowCount) { nested.add(groupIds, arguments, rowCount); }
        @Override public void addAll(int groupId, Column[] arguments, int rowCount) { nested.addAll(groupId, arguments, rowCount); }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            nested.merge(((Relabelling) other).nested, mapping, otherGroupCount);
        }

        @Override public Column result(int groupCount) { return Column.relabel(nested.result(groupCount), type); }
        @Override public void serialize(int groupId, WriteBuffer out) { nested.serialize(groupId, out); }
        @Override public void deserializeAndMerge(int groupId, ReadBuffer in) { nested.deserializeAndMerge(groupId, in); }
        @Override public long byteSize() { return nested.byteSize(); }
    }
}
