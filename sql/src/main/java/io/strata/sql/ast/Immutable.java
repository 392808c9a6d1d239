package io.strata.sql.ast;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies for AST records: nodes are shared freely between threads and rewrites, so none may be mutable. */
final class Immutable {
    private Immutable() {}

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Keeps null as null: some fields distinguish "absent" from "empty" (e.g. {@code f()} vs {@code f()()}). */
    static <T> List<T> nullableList(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    /** Settings keep their written order, which SHOW CREATE and the formatter reproduce. */
    static <V> Map<String, V> map(Map<String, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
