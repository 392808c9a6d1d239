package io.strata.sql.ast;

/** {@code EXCHANGE TABLES a AND b}: swaps the two names atomically. */
public record ExchangeStatement(TableName first, TableName second) implements Statement {
}
