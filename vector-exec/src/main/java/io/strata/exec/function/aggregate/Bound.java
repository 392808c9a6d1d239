package io.strata.exec.function.aggregate;

import io.strata.core.function.AggregateFunction;
import io.strata.core.type.DataType;
import java.util.function.Supplier;

/** A bound aggregate: the return type and a factory of fresh accumulators (one per thread). */
record Bound(DataType returnType, Supplier<AggregateFunction.Accumulator> factory) implements AggregateFunction.BoundAggregate {
    @Override
    public AggregateFunction.Accumulator createAccumulator() {
        return factory.get();
    }
}
