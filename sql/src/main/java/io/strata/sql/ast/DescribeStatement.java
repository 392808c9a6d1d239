package io.strata.sql.ast;

/** DESCRIBE of a table, a subquery or a table function. */
public record DescribeStatement(TableExpr table) implements Statement {
}
