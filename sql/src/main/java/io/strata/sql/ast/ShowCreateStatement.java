package io.strata.sql.ast;

/** SHOW CREATE; kind is TABLE when not written; for DATABASE, name.name is the database. */
public record ShowCreateStatement(ObjectKind kind, TableName name) implements Statement {
}
