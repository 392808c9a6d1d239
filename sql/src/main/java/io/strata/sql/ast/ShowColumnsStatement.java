package io.strata.sql.ast;

public record ShowColumnsStatement(boolean full, TableName table, LikeFilter like, Expr limit) implements Statement {
}
