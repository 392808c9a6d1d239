package io.strata.exec.operator;

import io.strata.core.function.AggregateFunction;

/**
 * One aggregate of a GROUP BY: the bound function, the input channels of its arguments, whether
 * any argument column is Nullable (rows with a NULL argument are then skipped) and whether the
 * result is wrapped in Nullable (NULL for groups that saw no row with all arguments non-NULL).
 */
public record AggregateCall(AggregateFunction.BoundAggregate aggregate, int[] argumentChannels,
                            boolean nullableArguments, boolean wrapResultNullable) {
    public AggregateCall {
        argumentChannels = argumentChannels.clone();
    }
}
