package io.strata.exec.function.scalar;

import io.strata.core.function.ScalarFunction;
import java.util.List;

/**
 * A scalar function described by its name, ClickHouse's aliases and flags plus a binder: the
 * functions of this package are values rather than one class each, so a family of similar
 * functions (toUInt8 ... toFloat64) is declared in a loop.
 */
public final class FunctionDefinition implements ScalarFunction {

    /** Resolves argument types to a bound kernel; the same contract as {@link ScalarFunction#bind}. */
    @FunctionalInterface
    public interface Binder {
        BoundFunction bind(BindContext context);
    }

    private final String name;
    private final Binder binder;
    private List<String> aliases = List.of();
    private boolean caseInsensitive;
    private boolean defaultNulls = true;
    private boolean acceptsConst;
    private boolean deterministic = true;
    private boolean defaultLowCardinality = true;

    private FunctionDefinition(String name, Binder binder) {
        this.name = name;
        this.binder = binder;
    }

    public static FunctionDefinition of(String name, Binder binder) {
        return new FunctionDefinition(name, binder);
    }

    public FunctionDefinition aliases(String... names) {
        this.aliases = List.of(names);
        return this;
    }

    public FunctionDefinition ci() {
        this.caseInsensitive = true;
        return this;
    }

    /** The function sees Nullable arguments itself (three-valued logic, isNull, coalesce...). */
    public FunctionDefinition handlesNulls() {
        this.defaultNulls = false;
        return this;
    }

    public FunctionDefinition acceptsConst() {
        this.acceptsConst = true;
        return this;
    }

    public FunctionDefinition nonDeterministic() {
        this.deterministic = false;
        return this;
    }

    /** The function sees LowCardinality arguments as they are (toTypeName must print the wrapper). */
    public FunctionDefinition keepsLowCardinality() {
        this.defaultLowCardinality = false;
        return this;
    }

    @Override public String name() { return name; }
    @Override public List<String> aliases() { return aliases; }
    @Override public boolean caseInsensitive() { return caseInsensitive; }
    @Override public boolean useDefaultImplementationForNulls() { return defaultNulls; }
    @Override public boolean useDefaultImplementationForLowCardinality() { return defaultLowCardinality; }
    @Override public boolean acceptsConstArguments() { return acceptsConst; }
    @Override public boolean isDeterministic() { return deterministic; }
    @Override public BoundFunction bind(BindContext context) { return binder.bind(context); }

    @Override
    public String toString() {
        return name;
    }
}
