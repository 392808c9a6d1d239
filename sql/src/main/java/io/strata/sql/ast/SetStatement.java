package io.strata.sql.ast;

import java.util.Map;

/** {@code SET a = 1, b = 'x'}; values are literal expressions. */
public record SetStatement(Map<String, Expr> settings) implements Statement {
    public SetStatement {
        settings = Immutable.map(settings);
    }
}
