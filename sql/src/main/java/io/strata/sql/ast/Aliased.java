package io.strata.sql.ast;

/** {@code expr AS alias} (or a bare alias in the select list); the alias also names the result column. */
public record Aliased(Expr expr, String alias) implements Expr {
}
