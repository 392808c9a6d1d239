package io.strata.sql.ast;

import java.util.Map;

/** Lightweight {@code DELETE FROM t [IN PARTITION p] WHERE cond [SETTINGS ...]}. */
public record DeleteStatement(TableName table, PartitionSpec partition, Expr where, Map<String, Expr> settings) implements Statement {
    public DeleteStatement {
        settings = Immutable.map(settings == null ? Map.of() : settings);
    }
}
