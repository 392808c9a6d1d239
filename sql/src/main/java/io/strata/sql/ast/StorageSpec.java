package io.strata.sql.ast;

import java.util.List;
import java.util.Map;

/**
 * The storage part of CREATE TABLE: {@code ENGINE = name(args) ORDER BY ... SETTINGS ...}. Every field may be
 * absent: engine null when no ENGINE clause, engineArgs null when the engine is written without parentheses.
 * A {@code PRIMARY KEY} element inside the column list also lands in primaryKey.
 */
public record StorageSpec(String engine, List<Expr> engineArgs, Expr orderBy, Expr partitionBy, Expr primaryKey,
                          Expr sampleBy, List<Expr> ttl, Map<String, Expr> settings) {
    public static final StorageSpec EMPTY = new StorageSpec(null, null, null, null, null, null, null, null);

    public StorageSpec {
        engineArgs = Immutable.nullableList(engineArgs);
        ttl = Immutable.list(ttl);
        settings = Immutable.map(settings);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
