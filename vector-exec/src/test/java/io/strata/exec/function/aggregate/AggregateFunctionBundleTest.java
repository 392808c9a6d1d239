package io.strata.exec.function.aggregate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.function.AggregateFunction;
import io.strata.core.function.FunctionBundle;
import java.util.HashSet;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AggregateFunctionBundleTest {
    @Test
    void bundleIsFoundThroughServiceLoaderAndNamesAreUnique() {
        boolean found = false;
        Set<String> names = new HashSet<>();
        for (FunctionBundle b : ServiceLoader.load(FunctionBundle.class)) {
            found |= b instanceof AggregateFunctionBundle;
            for (AggregateFunction f : b.aggregateFunctions()) {
                Set<String> all = new HashSet<>(f.aliases());
                all.add(f.name());
                for (String n : all) {
                    assertTrue(names.add(n.toLowerCase(Locale.ROOT)), "duplicate aggregate name " + n);
                }
            }
        }
        assertTrue(found, "AggregateFunctionBundle is not declared in META-INF/services");
        assertTrue(new AggregateFunctionBundle().scalarFunctions().stream().anyMatch(f -> f.name().equals("finalizeAggregation")));
        for (String n : Set.of("count", "sum", "avg", "min", "max", "any", "anyLast", "argMin", "argMax", "uniq", "uniqExact",
                "groupArray", "quantile", "median", "quantiles", "quantileExact", "varPop", "varSamp", "stddevPop", "stddevSamp",
                "VAR_POP", "VAR_SAMP", "STDDEV_POP", "STDDEV_SAMP", "STD", "covarPop", "covarSamp", "COVAR_POP", "COVAR_SAMP", "corr",
                "sumWithOverflow", "uniqCombined", "uniqCombined64", "uniqHLL12", "groupUniqArray", "topK")) {
            assertTrue(names.contains(n.toLowerCase(Locale.ROOT)), n);
        }
    }
}
