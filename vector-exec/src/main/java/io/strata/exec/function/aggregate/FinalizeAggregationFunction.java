package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.StringColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.AggregateFunction;
import io.strata.core.function.ScalarFunction;
import io.strata.core.io.ReadBuffer;
import io.strata.core.type.AggregateFunctionType;
import io.strata.core.type.DataType;

/**
 * finalizeAggregation(state): the final value of each aggregate state in an
 * {@code AggregateFunction(f, T...)} column, row by row (no merging across rows): the scalar
 * counterpart of {@code fMerge}. The state type's function is bound again with its parameters and
 * argument types; each row's state is read into its own group of one accumulator.
 */
final class FinalizeAggregationFunction implements ScalarFunction {
    @Override public String name() { return "finalizeAggregation"; }

    @Override
    public BoundFunction bind(BindContext context) {
        if (context.argumentCount() != 1) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                    "Number of arguments for function finalizeAggregation doesn't match: passed %d, should be 1", context.argumentCount());
        }
        DataType t = context.argumentType(0);
        if (!(t instanceof AggregateFunctionType state)) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT,
                    "Argument for function finalizeAggregation must have type AggregateFunction - state of aggregate function. Got %s", t.name());
        }
        AggregateFunction.BoundAggregate bound = AggregateStates.bind(state, context.functionContext());
        return new BoundFunction() {
            @Override
            public DataType returnType() {
                return bound.returnType();
            }

            @Override
            public Column execute(Column[] arguments, int rowCount) {
                StringColumn states = (StringColumn) arguments[0];
                AggregateFunction.Accumulator acc = bound.createAccumulator();
                acc.ensureCapacity(rowCount);
                ReadBuffer scratch = new ReadBuffer(new byte[0]);
                for (int i = 0; i < rowCount; i++) AggregateStates.mergeState(acc, i, states, i, scratch);
                return acc.result(rowCount);
            }
        };
    }
}
