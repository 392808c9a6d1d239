package io.strata.sql.ast;

import java.util.Map;

/** {@code EXPLAIN [kind] [options] statement}; kind is PLAN when not written. */
public record ExplainStatement(Kind kind, Map<String, Expr> options, Statement statement) implements Statement {
    public enum Kind { AST, SYNTAX, PLAN, PIPELINE, ESTIMATE }

    public ExplainStatement {
        options = Immutable.map(options);
    }
}
