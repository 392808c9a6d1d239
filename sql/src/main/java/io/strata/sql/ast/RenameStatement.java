package io.strata.sql.ast;

import java.util.List;

/** {@code RENAME TABLE a TO b, c TO d}: pairs apply in order. */
public record RenameStatement(ObjectKind kind, List<Pair> pairs) implements Statement {
    public RenameStatement {
        pairs = Immutable.list(pairs);
    }

    public record Pair(TableName from, TableName to) {
    }
}
