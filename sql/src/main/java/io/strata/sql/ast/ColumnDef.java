package io.strata.sql.ast;

import java.util.List;

/**
 * A column of CREATE TABLE or ALTER. type is normalized type text (null when only a default is given);
 * nullable is null unless NULL / NOT NULL is written; defaultKind and defaultExpr are null when absent
 * (EPHEMERAL may come without an expression).
 */
public record ColumnDef(String name, String type, Boolean nullable, DefaultKind defaultKind, Expr defaultExpr,
                        List<CodecSpec> codecs, Expr ttl, String comment, boolean primaryKey) {
    public enum DefaultKind { DEFAULT, MATERIALIZED, ALIAS, EPHEMERAL }

    public ColumnDef {
        codecs = Immutable.list(codecs);
    }

    public static ColumnDef of(String name, String type) {
        return new ColumnDef(name, type, null, null, null, List.of(), null, null, false);
    }
}
