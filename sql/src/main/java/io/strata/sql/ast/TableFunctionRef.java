package io.strata.sql.ast;

/** {@code numbers(10) [AS alias]} in FROM. */
public record TableFunctionRef(FunctionCall function, String alias) implements TableExpr {
}
