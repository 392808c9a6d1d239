package io.strata.sql.ast;

/** {@code (SELECT ...) [AS alias]} in FROM. */
public record SubqueryRef(SelectUnion query, String alias) implements TableExpr {
}
