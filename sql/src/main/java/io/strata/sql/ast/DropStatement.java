package io.strata.sql.ast;

/** DROP or DETACH (detach=true) of a database (name.database is null, name.name the database), table, view or dictionary. */
public record DropStatement(ObjectKind kind, TableName name, boolean ifExists, boolean temporary, boolean detach,
                            boolean permanently, boolean sync) implements Statement {
}
