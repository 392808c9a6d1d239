package io.strata.sql.ast;

/** like and limit are null when absent. */
public record ShowDatabasesStatement(LikeFilter like, Expr limit) implements Statement {
}
