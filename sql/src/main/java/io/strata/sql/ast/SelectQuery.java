package io.strata.sql.ast;

import java.util.List;
import java.util.Map;

/**
 * One SELECT. Optional clauses are null (or empty lists) when absent. ARRAY JOIN is part of {@code from}
 * ({@link ArrayJoinExpr}), because it may sit between ordinary joins; a query without FROM reads one row.
 */
public record SelectQuery(
        List<WithItem> with,
        boolean distinct,
        List<Expr> distinctOn,
        List<Expr> select,
        TableExpr from,
        Expr prewhere,
        Expr where,
        GroupBy groupBy,
        Expr having,
        List<NamedWindow> windows,
        Expr qualify,
        List<OrderItem> orderBy,
        LimitBy limitBy,
        Limit limit,
        Map<String, Expr> settings) {
    public SelectQuery {
        with = Immutable.list(with);
        distinctOn = Immutable.list(distinctOn);
        select = Immutable.list(select);
        windows = Immutable.list(windows);
        orderBy = Immutable.list(orderBy);
        settings = Immutable.map(settings);
    }

    /** {@code SELECT <select> FROM <from>} with nothing else. */
    public static SelectQuery simple(List<Expr> select, TableExpr from) {
        return new SelectQuery(null, false, null, select, from, null, null, null, null, null, null, null, null, null, null);
    }
}
