package io.strata.sql.ast;

/** Something in FROM: a table, a subquery, a table function, or joins of them. */
public sealed interface TableExpr permits TableRef, TableParameterRef, SubqueryRef, TableFunctionRef, JoinExpr, ArrayJoinExpr {
}
