package io.strata.sql.ast;

/** {@code ATTACH [TABLE|VIEW|DICTIONARY] [IF NOT EXISTS] name} (the short form that re-attaches a detached object). */
public record AttachStatement(ObjectKind kind, TableName name, boolean ifNotExists) implements Statement {
}
