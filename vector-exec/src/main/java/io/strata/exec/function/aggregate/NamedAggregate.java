package io.strata.exec.function.aggregate;

import io.strata.core.function.AggregateFunction;
import java.util.List;

/** Name, aliases and case rules of a built-in aggregate; subclasses supply {@link #bind}. */
abstract class NamedAggregate implements AggregateFunction {
    private final String name;
    private final List<String> aliases;
    private final boolean caseInsensitive;

    NamedAggregate(String name, List<String> aliases, boolean caseInsensitive) {
        this.name = name;
        this.aliases = aliases;
        this.caseInsensitive = caseInsensitive;
    }

    @Override public String name() { return name; }
    @Override public List<String> aliases() { return aliases; }
    @Override public boolean caseInsensitive() { return caseInsensitive; }

    @Override
    public String toString() {
        return name;
    }
}
