package io.strata.exec.function.aggregate;

import io.strata.core.function.AggregateFunction;
import io.strata.core.function.FunctionBundle;
import io.strata.core.function.ScalarFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in aggregate functions, listed by hand. Combinators (-If, -Distinct, -OrNull,
 * -OrDefault, -State, -Merge, -Array, -ForEach) are not listed: {@link AggregateFunctions#resolveCombinators}
 * builds them on demand. finalizeAggregation, the scalar function over aggregate states, lives here
 * too because it binds aggregates.
 */
public final class AggregateFunctionBundle implements FunctionBundle {
    @Override
    public List<ScalarFunction> scalarFunctions() {
        return List.of(new FinalizeAggregationFunction());
    }

    @Override
    public List<AggregateFunction> aggregateFunctions() {
        List<AggregateFunction> all = new ArrayList<>(List.of(
                new CountAggregate(),
                new SumAggregate(),
                new AvgAggregate(),
                new SingleValueAggregate("min", List.of(), true, SingleValueAggregate.Mode.MIN),
                new SingleValueAggregate("max", List.of(), true, SingleValueAggregate.Mode.MAX),
                new SingleValueAggregate("any", List.of("any_value", "first_value"), false, SingleValueAggregate.Mode.ANY),
                new SingleValueAggregate("anyLast", List.of("last_value"), false, SingleValueAggregate.Mode.ANY_LAST),
                new ArgExtremeAggregate("argMin", false),
                new ArgExtremeAggregate("argMax", true),
                new UniqExactAggregate(),
                new UniqAggregate("uniq", UniqAggregate.Kind.UNIQ),
                new GroupArrayAggregate(),
                new QuantileAggregate("quantile", List.of("median"), false),
                new QuantileAggregate("quantiles", List.of(), true),
                new QuantileExactAggregate("quantileExact", List.of("medianExact"), false),
                new QuantileExactAggregate("quantilesExact", List.of(), true),
                new SumWithOverflowAggregate(),
                new UniqAggregate("uniqCombined", UniqAggregate.Kind.COMBINED),
                new UniqAggregate("uniqCombined64", UniqAggregate.Kind.COMBINED64),
                new UniqAggregate("uniqHLL12", UniqAggregate.Kind.HLL12),
                new GroupUniqArrayAggregate(),
                new TopKAggregate(),
                new AnyHeavyAggregate()));
        all.addAll(MomentsAggregate.all());
        all.addAll(QuantileSketchAggregate.all());
        all.addAll(GroupBitAggregate.all());
        all.addAll(MapAggregate.all());
        all.addAll(WindowOnlyFunction.all());
        return List.copyOf(all);
    }
}
