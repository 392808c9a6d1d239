package io.strata.exec.function;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.AggregateFunction;
import io.strata.core.function.FunctionBundle;
import io.strata.core.function.ScalarFunction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * All functions by name, filled once from the {@link FunctionBundle}s found through ServiceLoader
 * and then frozen. Names are case-sensitive unless the function declares itself case-insensitive
 * (as ClickHouse's SQL-standard functions are). A name registered twice is an error.
 */
public final class FunctionRegistry {
    private final Map<String, ScalarFunction> scalars = new TreeMap<>();
    private final Map<String, ScalarFunction> scalarsCi = new TreeMap<>();
    private final Map<String, AggregateFunction> aggregates = new TreeMap<>();
    private final Map<String, AggregateFunction> aggregatesCi = new TreeMap<>();
    private final Map<String, String> aliasOf = new TreeMap<>();

    private static volatile FunctionRegistry instance;

    /** The registry of every bundle on the class path (loaded once). */
    public static FunctionRegistry get() {
        FunctionRegistry r = instance;
        if (r == null) {
            synchronized (FunctionRegistry.class) {
                r = instance;
                if (r == null) {
                    List<FunctionBundle> bundles = new ArrayList<>();
                    ServiceLoader.load(FunctionBundle.class, FunctionRegistry.class.getClassLoader()).forEach(bundles::add);
                    instance = r = new FunctionRegistry(bundles);
                }
            }
        }
        return r;
    }

    public FunctionRegistry(List<FunctionBundle> bundles) {
        for (FunctionBundle b : bundles) {
            for (ScalarFunction f : b.scalarFunctions()) {
                registerScalar(f.name(), f, f.caseInsensitive());
                for (String a : f.aliases()) {
                    registerScalar(a, f, f.caseInsensitive());
                    aliasOf.put(a, f.name());
                }
            }
            for (AggregateFunction f : b.aggregateFunctions()) {
                registerAggregate(f.name(), f, f.caseInsensitive());
                for (String a : f.aliases()) {
                    registerAggregate(a, f, f.caseInsensitive());
                    aliasOf.put(a, f.name());
                }
            }
        }
    }

    private void checkFree(String name) {
        if (scalars.containsKey(name) || aggregates.containsKey(name)) {
            throw new IllegalStateException("Function " + name + " is registered twice");
        }
    }

    private void registerScalar(String name, ScalarFunction f, boolean ci) {
        checkFree(name);
        scalars.put(name, f);
        if (ci) scalarsCi.put(name.toLowerCase(Locale.ROOT), f);
    }

    private void registerAggregate(String name, AggregateFunction f, boolean ci) {
        checkFree(name);
        aggregates.put(name, f);
        if (ci) aggregatesCi.put(name.toLowerCase(Locale.ROOT), f);
    }

    /** The scalar function with this name, or null. */
    public ScalarFunction scalar(String name) {
        ScalarFunction f = scalars.get(name);
        return f != null ? f : scalarsCi.get(name.toLowerCase(Locale.ROOT));
    }

    /** The aggregate function with this name (combinators such as sumIf resolved), or null. */
    public AggregateFunction aggregate(String name) {
        AggregateFunction f = plainAggregate(name);
        if (f != null) return f;
        return combinatorResolver == null ? null : combinatorResolver.apply(name);
    }

    private AggregateFunction plainAggregate(String name) {
        AggregateFunction f = aggregates.get(name);
        return f != null ? f : aggregatesCi.get(name.toLowerCase(Locale.ROOT));
    }

    private volatile Function<String, AggregateFunction> combinatorResolver;

    /** Installs how names with combinator suffixes (-If, -State...) are resolved from plain aggregates. */
    public void setCombinatorResolver(java.util.function.BiFunction<String, Function<String, AggregateFunction>, AggregateFunction> resolver) {
        this.combinatorResolver = name -> resolver.apply(name, this::plainAggregate);
    }

    public boolean isAggregate(String name) {
        return aggregate(name) != null;
    }

    /** Every registered name (canonical names and aliases) for system.functions. */
    public List<FunctionInfo> list() {
        List<FunctionInfo> out = new ArrayList<>();
        scalars.forEach((n, f) -> out.add(new FunctionInfo(n, false, f.caseInsensitive(), aliasOf.getOrDefault(n, ""))));
        aggregates.forEach((n, f) -> out.add(new FunctionInfo(n, true, f.caseInsensitive(), aliasOf.getOrDefault(n, ""))));
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return Collections.unmodifiableList(out);
    }

    public record FunctionInfo(String name, boolean aggregate, boolean caseInsensitive, String aliasTo) {
    }

    /** The error ClickHouse gives for an unknown function name. */
    public DbException unknownFunction(String name) {
        return new DbException(ErrorCode.UNKNOWN_FUNCTION, "Unknown function " + name);
    }
}
