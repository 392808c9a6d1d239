package io.strata.sql.ast;

/**
 * One WITH element. table=false: {@code WITH expr AS name}, a named expression (expr may be a scalar
 * subquery). table=true: {@code WITH name AS (SELECT ...)}, a common table expression usable in FROM;
 * then expr is a {@link SubqueryExpr}.
 */
public record WithItem(String name, Expr expr, boolean table) {
}
