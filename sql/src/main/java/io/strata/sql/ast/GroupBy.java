package io.strata.sql.ast;

import java.util.List;

/**
 * GROUP BY. groupingSets is null unless GROUPING SETS is written (then exprs is empty); all is GROUP BY ALL.
 * {@code ROLLUP(a, b)} and {@code a, b WITH ROLLUP} both give modifier ROLLUP.
 */
public record GroupBy(List<Expr> exprs, Modifier modifier, boolean withTotals, List<List<Expr>> groupingSets, boolean all) {
    public enum Modifier { NONE, ROLLUP, CUBE }

    public GroupBy {
        exprs = Immutable.list(exprs);
        groupingSets = groupingSets == null ? null : groupingSets.stream().map(Immutable::list).toList();
    }
}
