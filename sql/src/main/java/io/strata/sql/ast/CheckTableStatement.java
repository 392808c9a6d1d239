package io.strata.sql.ast;

public record CheckTableStatement(TableName table, PartitionSpec partition) implements Statement {
}
