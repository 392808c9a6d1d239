package io.strata.sql.ast;

import java.util.List;

/** {@code OPTIMIZE TABLE t [PARTITION p] [FINAL] [DEDUPLICATE [BY cols]]}. */
public record OptimizeStatement(TableName table, PartitionSpec partition, boolean isFinal, boolean deduplicate,
                                List<Expr> deduplicateBy) implements Statement {
    public OptimizeStatement {
        deduplicateBy = Immutable.list(deduplicateBy);
    }
}
