package io.strata.core.type;

import java.util.List;

/**
 * Resolves an aggregate function by name for type construction: the one thing core needs from the
 * function registry, which lives above it. {@link SimpleAggregateFunction#type} uses it to check
 * {@code SimpleAggregateFunction(f, T)} as ClickHouse does. Found through
 * {@link java.util.ServiceLoader} (META-INF/services/io.strata.core.type.AggregateFunctionSignatures).
 */
public interface AggregateFunctionSignatures {

    /** An aggregate's canonical name (aliases and case resolved) and its result type for some arguments. */
    record Signature(String canonicalName, DataType returnType) {
    }

    /**
     * The signature of aggregate {@code name} with {@code parameters} over arguments of
     * {@code argumentTypes} (which may be Nullable or LowCardinality, as column types are), with
     * the result type a GROUP BY would give it. Throws the error the aggregate gives (unknown
     * function, wrong argument count or type).
     */
    Signature signature(String name, List<Object> parameters, List<DataType> argumentTypes);
}
