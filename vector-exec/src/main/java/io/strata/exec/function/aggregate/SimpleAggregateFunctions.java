package io.strata.exec.function.aggregate;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.AggregateFunction;
import io.strata.core.function.FunctionContext;
import io.strata.core.settings.Settings;
import io.strata.core.type.AggregateFunctionSignatures;
import io.strata.core.type.DataType;
import io.strata.core.type.SimpleAggregateFunction;
import io.strata.exec.function.FunctionRegistry;
import io.strata.exec.operator.AggregateCall;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Binds the aggregate of a {@code SimpleAggregateFunction(f, T)} type, for the MergeTree merges
 * that combine such columns, and resolves aggregates for the type's own checks (the
 * {@link AggregateFunctionSignatures} that core finds through ServiceLoader).
 *
 * <p>The aggregate is bound exactly as a GROUP BY binds {@code f(column)} ({@link AggregateCall#bind}):
 * a Nullable storage type skips NULLs and gives NULL for a key with only NULLs, as ClickHouse's
 * -Null wrapper does, so a merge computes what {@code SELECT f(x) GROUP BY key} over the raw rows gives.
 */
public final class SimpleAggregateFunctions implements AggregateFunctionSignatures {
    /**
     * Aggregates bound for a type depend on no session: the time zone only names DateTime values
     * that the aggregates return unchanged.
     */
    private static final FunctionContext CONTEXT = new FunctionContext(ZoneOffset.UTC, Instant.EPOCH, Settings.DEFAULTS);

    /** Public for ServiceLoader. */
    public SimpleAggregateFunctions() {
    }

    @Override
    public Signature signature(String name, List<Object> parameters, List<DataType> argumentTypes) {
        AggregateFunction f = resolve(name);
        AggregateCall call = AggregateCall.bind(f, argumentTypes, parameters, CONTEXT, new int[argumentTypes.size()]);
        return new Signature(f.name(), call.resultType());
    }

    /**
     * The aggregate of {@code type} (a SimpleAggregateFunction type) over its stored column at
     * {@code channel}; its {@link AggregateCall#resultType()} is the storage type without
     * LowCardinality, as the type's check guarantees.
     */
    public static AggregateCall bind(SimpleAggregateFunction type, int channel) {
        return AggregateCall.bind(resolve(type.functionName()), List.of(type.storageType()), type.parameters(), CONTEXT,
                new int[] {channel});
    }

    private static AggregateFunction resolve(String name) {
        AggregateFunction f = AggregateFunctions.resolveCombinators(name, FunctionRegistry.get()::aggregate);
        if (f == null) throw DbException.of(ErrorCode.UNKNOWN_AGGREGATE_FUNCTION, "Unknown aggregate function %s", name);
        return f;
    }
}
