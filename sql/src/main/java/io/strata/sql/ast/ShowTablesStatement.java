package io.strata.sql.ast;

/** database, like and limit are null when absent. */
public record ShowTablesStatement(boolean full, boolean temporary, String database, LikeFilter like, Expr limit) implements Statement {
}
