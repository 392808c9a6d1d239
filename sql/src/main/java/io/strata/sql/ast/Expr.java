package io.strata.sql.ast;

/**
 * An expression. Operators are already desugared into {@link FunctionCall}s named as ClickHouse names
 * the functions ({@code a + b} is {@code plus(a, b)}), so the analyzer only ever sees functions.
 */
public sealed interface Expr
        permits Literal, Identifier, Asterisk, ColumnsMatcher, FunctionCall, Lambda, SubqueryExpr, QueryParameter, Aliased {
}
