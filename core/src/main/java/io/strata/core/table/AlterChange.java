package io.strata.core.table;

/**
 * One change of ALTER TABLE that alters a table's definition, as the engine receives it next to
 * the new definition: the definition alone cannot tell a rename from a drop plus an add, nor
 * which column a type change touched. {@code column} is the column the command names (null for
 * table-level changes), {@code newName} the target of a rename, {@code command} the command's
 * SQL text (system.mutations shows it when the change rewrites data).
 */
public record AlterChange(Kind kind, String column, String newName, String command) {

    public enum Kind { ADD_COLUMN, DROP_COLUMN, MODIFY_COLUMN, RENAME_COLUMN, COMMENT_COLUMN, MODIFY_TTL }

    public static AlterChange of(Kind kind, String column, String command) {
        return new AlterChange(kind, column, null, command);
    }
}
