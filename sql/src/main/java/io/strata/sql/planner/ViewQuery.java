package io.strata.sql.planner;

import io.strata.sql.analyzer.TableHandle;
import io.strata.sql.ast.ArrayJoinExpr;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.JoinExpr;
import io.strata.sql.ast.Literal;
import io.strata.sql.ast.SelectQuery;
import io.strata.sql.ast.SelectStatement;
import io.strata.sql.ast.SelectUnion;
import io.strata.sql.ast.SubqueryRef;
import io.strata.sql.ast.TableExpr;
import io.strata.sql.ast.TableRef;
import io.strata.sql.ast.WithItem;
import io.strata.sql.parser.SqlParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The query of a view (a table with the View engine, whose single engine argument is the query
 * text). Tables named without a database in the view's FROM clauses belong to the view's database,
 * as in ClickHouse, whichever database the reading query runs in.
 */
public final class ViewQuery {
    private ViewQuery() {
    }

    static boolean isView(TableHandle h) {
        return "View".equals(h.engine().engineName());
    }

    static SelectUnion of(TableHandle h) {
        Expr text = SqlParser.parseExpression(h.definition().engine().arguments().get(0));
        SelectUnion q = ((SelectStatement) SqlParser.parseStatement((String) ((Literal) text).value())).query();
        return qualify(q, h.definition().database(), Set.of());
    }

    /** {@code u} with the tables of its FROM clauses that name no database put in {@code db} (CTE names excepted). */
    public static SelectUnion qualify(SelectUnion u, String db) {
        return qualify(u, db, Set.of());
    }

    private static SelectUnion qualify(SelectUnion u, String db, Set<String> ctes) {
        List<SelectQuery> out = new ArrayList<>();
        for (SelectQuery q : u.queries()) out.add(qualify(q, db, ctes));
        return new SelectUnion(out, u.modes());
    }

    private static SelectQuery qualify(SelectQuery q, String db, Set<String> outer) {
        Set<String> ctes = new HashSet<>(outer);
        for (WithItem w : q.with()) if (w.table()) ctes.add(w.name());
        if (q.from() == null) return q;
        return new SelectQuery(q.with(), q.distinct(), q.distinctOn(), q.select(), qualify(q.from(), db, ctes), q.prewhere(),
                q.where(), q.groupBy(), q.having(), q.windows(), q.qualify(), q.orderBy(), q.limitBy(), q.limit(), q.settings());
    }

    private static TableExpr qualify(TableExpr t, String db, Set<String> ctes) {
        return switch (t) {
            case TableRef r when r.database() == null && !ctes.contains(r.table()) ->
                    new TableRef(db, r.table(), r.alias() != null ? r.alias() : r.table(), r.isFinal(), r.sample());
            case SubqueryRef s -> new SubqueryRef(qualify(s.query(), db, ctes), s.alias());
            case JoinExpr j -> new JoinExpr(qualify(j.left(), db, ctes), qualify(j.right(), db, ctes), j.kind(), j.strictness(),
                    j.global(), j.on(), j.using());
            case ArrayJoinExpr a -> new ArrayJoinExpr(a.source() == null ? null : qualify(a.source(), db, ctes), a.left(), a.arrays());
            default -> t;
        };
    }
}
