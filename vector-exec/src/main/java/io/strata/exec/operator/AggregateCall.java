package io.strata.exec.operator;

import io.strata.core.function.AggregateFunction;
import io.strata.core.function.FunctionContext;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.NullableType;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Binds {@code function} over arguments of the given column types as a GROUP BY does: the
     * aggregate sees the types without LowCardinality and Nullable (NULL rows are skipped for it),
     * and its result becomes Nullable when an argument was and the function says so.
     */
    public static AggregateCall bind(AggregateFunction function, List<DataType> argumentTypes, List<Object> parameters,
                                     FunctionContext context, int[] argumentChannels) {
        List<DataType> dense = new ArrayList<>(argumentTypes.size());
        boolean nullableArguments = false;
        for (DataType type : argumentTypes) {
            DataType t = DataTypes.removeLowCardinality(type);
            if (t instanceof NullableType n) {
                nullableArguments = true;
                t = n.inner();
            }
            dense.add(t);
        }
        AggregateFunction.BoundAggregate bound = function.bind(dense, parameters, context);
        DataType r = bound.returnType();
        boolean wrap = nullableArguments && function.returnsNullableForNullableArguments() && r.canBeInsideNullable() && !r.isNullable();
        return new AggregateCall(bound, argumentChannels, nullableArguments, wrap);
    }

    /** The type of the results: the aggregate's return type, made Nullable when {@link #wrapResultNullable}. */
    public DataType resultType() {
        return wrapResultNullable ? DataTypes.makeNullableSafe(aggregate.returnType()) : aggregate.returnType();
    }
}
