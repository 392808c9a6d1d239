package io.strata.core.table;

import io.strata.core.type.DataType;

/**
 * A table column as declared: name, type, how its value is made when an INSERT omits it, the
 * codec and comment. Expressions are kept as SQL text (the planner compiles them).
 */
public record ColumnDefinition(String name, DataType type, DefaultKind defaultKind, String defaultExpression,
                               String codec, String comment, String ttl) {

    public enum DefaultKind {
        NONE(""), DEFAULT("DEFAULT"), MATERIALIZED("MATERIALIZED"), ALIAS("ALIAS"), EPHEMERAL("EPHEMERAL");

        private final String sql;

        DefaultKind(String sql) {
            this.sql = sql;
        }

        /** The keyword as DESCRIBE shows it in default_type ("" for none). */
        public String sql() {
            return sql;
        }
    }

    public static ColumnDefinition of(String name, DataType type) {
        return new ColumnDefinition(name, type, DefaultKind.NONE, null, null, null, null);
    }

    /** Whether SELECT * shows the column (not MATERIALIZED, ALIAS or EPHEMERAL). */
    public boolean isOrdinary() {
        return defaultKind == DefaultKind.NONE || defaultKind == DefaultKind.DEFAULT;
    }

    /** Whether the column is stored (not ALIAS or EPHEMERAL). */
    public boolean isStored() {
        return defaultKind != DefaultKind.ALIAS && defaultKind != DefaultKind.EPHEMERAL;
    }
}
