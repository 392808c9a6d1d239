package io.strata.sql.ast;

public record TruncateStatement(TableName table, boolean ifExists) implements Statement {
}
