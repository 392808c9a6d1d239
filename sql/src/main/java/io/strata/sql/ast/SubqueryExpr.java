package io.strata.sql.ast;

/** A parenthesized query used as a value: scalar subquery, right side of IN, or argument of EXISTS. */
public record SubqueryExpr(SelectUnion query) implements Expr {
}
