package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.AggregateFunction;
import io.strata.core.function.AggregateFunction.Accumulator;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.AggregateFunctionType;
import io.strata.exec.function.FunctionRegistry;

/**
 * The bridge between {@link AggregateFunctionType} (core: a name, parameters and argument types)
 * and the aggregate that produced the states: binding the named function again, and moving states
 * between accumulators and AggregateFunction columns (one serialized state per value).
 */
final class AggregateStates {
    private AggregateStates() {
    }

    /** The aggregate a state type names (combinators such as sumIf resolved), or UNKNOWN_AGGREGATE_FUNCTION. */
    static AggregateFunction resolve(String name) {
        FunctionRegistry registry = FunctionRegistry.get();
        AggregateFunction f = AggregateFunctions.resolveCombinators(name, registry::aggregate);
        if (f == null) {
            throw DbException.of(ErrorCode.UNKNOWN_AGGREGATE_FUNCTION, "Unknown aggregate function %s", name);
        }
        return f;
    }

    /** The aggregate of a state type bound to its own argument types and parameters. */
    static AggregateFunction.BoundAggregate bind(AggregateFunctionType type, FunctionContext context) {
        return resolve(type.functionName()).bind(type.argumentTypes(), type.parameters(), context);
    }

    /** Groups [0, groupCount) of acc as a column of serialized states. */
    static Column states(Accumulator acc, AggregateFunctionType type, int groupCount) {
        StringColumnBuilder b = new StringColumnBuilder(type, groupCount);
        WriteBuffer buf = new WriteBuffer();
        for (int g = 0; g < groupCount; g++) {
            buf.truncate(0);
            acc.serialize(g, buf);
            b.append(buf.toByteArray());
        }
        return b.build();
    }

    /**
     * Merges the state in row {@code row} of a states column into group g. An empty value is the
     * state of no rows (the column default) and merges as nothing; a state with bytes left over is
     * corrupt (or of another function) and fails as in ClickHouse.
     */
    static void mergeState(Accumulator acc, int g, StringColumn states, int row, ReadBuffer scratch) {
        int len = states.length(row);
        if (len == 0) return;
        scratch.reset(states.bytes(), states.start(row), len);
        acc.deserializeAndMerge(g, scratch);
        if (!scratch.eof()) {
            throw DbException.of(ErrorCode.CANNOT_READ_ALL_DATA,
                    "Cannot read all data of aggregate function state of type %s", states.type().name());
        }
    }
}
