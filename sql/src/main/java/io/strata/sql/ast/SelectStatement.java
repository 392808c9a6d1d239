package io.strata.sql.ast;

import java.util.Map;

/** A query with its output options; format and intoOutfile are null when absent. */
public record SelectStatement(SelectUnion query, String intoOutfile, String format, Map<String, Expr> settings) implements Statement {
    public SelectStatement {
        settings = Immutable.map(settings);
    }
}
