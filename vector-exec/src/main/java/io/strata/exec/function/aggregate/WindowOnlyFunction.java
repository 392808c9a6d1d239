package io.strata.exec.function.aggregate;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.AggregateFunction;
import io.strata.core.function.FunctionContext;
import io.strata.core.type.DataType;
import java.util.List;

/**
 * A function that exists only over a window (row_number, rank, lagInFrame...). ClickHouse lists
 * them among the aggregate functions, and using one without OVER fails at bind time with
 * BAD_ARGUMENTS; the window planner evaluates them itself (io.strata.exec.operator.window).
 */
final class WindowOnlyFunction extends NamedAggregate {
    private WindowOnlyFunction(String name, List<String> aliases) {
        super(name, aliases, false);
    }

    static List<AggregateFunction> all() {
        return List.of(
                new WindowOnlyFunction("row_number", List.of()),
                new WindowOnlyFunction("rank", List.of()),
                new WindowOnlyFunction("dense_rank", List.of("denseRank")),
                new WindowOnlyFunction("percent_rank", List.of("percentRank")),
                new WindowOnlyFunction("cume_dist", List.of()),
                new WindowOnlyFunction("ntile", List.of()),
                new WindowOnlyFunction("lagInFrame", List.of()),
                new WindowOnlyFunction("leadInFrame", List.of()),
                new WindowOnlyFunction("lag", List.of()),
                new WindowOnlyFunction("lead", List.of()),
                new WindowOnlyFunction("nth_value", List.of()));
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        throw new DbException(ErrorCode.BAD_ARGUMENTS, "The function '" + name()
                + "' can only be used as a window function, not as an aggregate function");
    }
}
