package io.strata.exec.function.aggregate;

import io.strata.core.function.AggregateFunction;
import java.util.List;
import java.util.function.Function;

/**
 * Resolution of combinator names. A name that the registry does not know is split at a known
 * combinator suffix and the rest resolved recursively, so suffixes stack as in ClickHouse:
 * {@code sumIf}, {@code uniqExactIf}, {@code sumDistinct}, {@code avgOrNullIf} (= If(OrNull(avg))).
 * Supported suffixes: {@code If}, {@code Distinct}, {@code OrNull}, {@code OrDefault},
 * {@code SimpleState}, {@code State}, {@code Merge} (so {@code MergeState} = State(Merge(f))), {@code Array} and
 * {@code ForEach}. A name the registry knows is never split ({@code groupArray} is not
 * group + Array).
 */
public final class AggregateFunctions {
    private AggregateFunctions() {
    }

    /** Suffixes in the order they are tried; a longer suffix that ends like a shorter one must come first. */
    private static final List<String> SUFFIXES = List.of("OrDefault", "OrNull", "Distinct", "If", "SimpleState", "State", "Merge", "ForEach",
            "Array");

    /**
     * The aggregate named {@code name}: {@code lookup.apply(name)} when the registry knows it
     * (lookup returns null for unknown names and applies the registry's case rules), otherwise a
     * combinator wrapped around the aggregate named by the rest of the name. Returns null when the
     * name resolves to nothing.
     */
    public static AggregateFunction resolveCombinators(String name, Function<String, AggregateFunction> lookup) {
        AggregateFunction direct = lookup.apply(name);
        if (direct != null) return direct;
        for (String suffix : SUFFIXES) {
            if (name.length() > suffix.length() && name.endsWith(suffix)) {
                AggregateFunction nested = resolveCombinators(name.substring(0, name.length() - suffix.length()), lookup);
                if (nested != null) return wrap(suffix, nested);
            }
        }
        return null;
    }

    private static AggregateFunction wrap(String suffix, AggregateFunction nested) {
        return switch (suffix) {
            case "If" -> new IfCombinator(nested);
            case "Distinct" -> new DistinctCombinator(nested);
            case "OrNull" -> new OrNullCombinator(nested, true);
            case "OrDefault" -> new OrNullCombinator(nested, false);
            case "SimpleState" -> new SimpleStateCombinator(nested);
            case "State" -> new StateCombinator(nested);
            case "Merge" -> new MergeCombinator(nested);
            case "ForEach" -> new ForEachCombinator(nested);
            case "Array" -> new ArrayCombinator(nested);
            default -> throw new IllegalArgumentException(suffix);
        };
    }
}
