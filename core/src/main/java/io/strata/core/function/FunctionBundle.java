package io.strata.core.function;

import java.util.List;

/**
 * The functions of one package, listed by hand and found through {@link java.util.ServiceLoader}
 * (META-INF/services/io.strata.core.function.FunctionBundle). The registry is filled once at
 * start-up and then frozen; a duplicate name is an error.
 */
public interface FunctionBundle {
    default List<ScalarFunction> scalarFunctions() {
        return List.of();
    }

    default List<AggregateFunction> aggregateFunctions() {
        return List.of();
    }
}
