package io.strata.sql.ast;

import java.util.List;

/** {@code LIMIT n [OFFSET m] BY exprs}. */
public record LimitBy(Expr limit, Expr offset, List<Expr> by) {
    public LimitBy {
        by = Immutable.list(by);
    }
}
