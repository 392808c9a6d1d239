package io.strata.sql.ast;

/** {@code EXISTS [TEMPORARY] [TABLE|DATABASE|VIEW|DICTIONARY] name}; kind is TABLE when not written. */
public record ExistsStatement(ObjectKind kind, TableName name, boolean temporary) implements Statement {
}
