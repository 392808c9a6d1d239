package io.strata.sql.ast;

import java.util.List;

/**
 * A chain of SELECTs combined left to right: modes.get(i) combines the result so far with queries.get(i + 1).
 * A parenthesized nested chain becomes one element {@code SELECT * FROM (nested)}, so elements are always
 * plain queries.
 */
public record SelectUnion(List<SelectQuery> queries, List<UnionMode> modes) {
    public SelectUnion {
        queries = Immutable.list(queries);
        modes = Immutable.list(modes);
        if (queries.isEmpty() || modes.size() != queries.size() - 1) {
            throw new IllegalArgumentException("a union of " + queries.size() + " queries needs " + (queries.size() - 1) + " modes");
        }
    }

    public static SelectUnion of(SelectQuery query) {
        return new SelectUnion(List.of(query), List.of());
    }
}
