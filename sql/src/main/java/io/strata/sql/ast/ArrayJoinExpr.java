package io.strata.sql.ast;

import java.util.List;

/** {@code source [LEFT] ARRAY JOIN arrays}; source is null when the query has no FROM. */
public record ArrayJoinExpr(TableExpr source, boolean left, List<Expr> arrays) implements TableExpr {
    public ArrayJoinExpr {
        arrays = Immutable.list(arrays);
    }
}
