package io.strata.sql.ast;

import java.util.List;

/** engine is null when not written; engineArgs is null when written without parentheses. */
public record CreateDatabaseStatement(String name, boolean ifNotExists, String engine, List<Expr> engineArgs, String comment)
        implements Statement {
    public CreateDatabaseStatement {
        engineArgs = Immutable.nullableList(engineArgs);
    }
}
