package io.strata.sql.planner;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.sql.ast.Aliased;
import io.strata.sql.ast.Asterisk;
import io.strata.sql.ast.ColumnsMatcher;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.FunctionCall;
import io.strata.sql.ast.GroupBy;
import io.strata.sql.ast.Identifier;
import io.strata.sql.ast.JoinExpr;
import io.strata.sql.ast.JoinKind;
import io.strata.sql.ast.JoinStrictness;
import io.strata.sql.ast.Lambda;
import io.strata.sql.ast.Literal;
import io.strata.sql.ast.OrderItem;
import io.strata.sql.ast.SelectQuery;
import io.strata.sql.ast.SelectUnion;
import io.strata.sql.ast.SubqueryExpr;
import io.strata.sql.ast.SubqueryRef;
import io.strata.sql.ast.TableExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Rewrites correlated subqueries (ones naming columns of the enclosing query's FROM) into joins, as
 * modern ClickHouse (25.8+) accepts them; subqueries are otherwise run once at plan time, where the
 * outer row does not exist. The supported forms, each needing at least one equality
 * {@code innerExpr = outerExpr} among the subquery's WHERE conjuncts (the other conjuncts reading
 * only inner columns, or only outer ones):
 * <ul>
 * <li>{@code [NOT] EXISTS (SELECT ... FROM inner WHERE ...)} as a conjunct of WHERE: a LEFT SEMI
 * (ANTI) JOIN of the outer FROM with {@code SELECT DISTINCT innerExpr... FROM inner WHERE rest} on
 * the equalities;</li>
 * <li>{@code x [NOT] IN (SELECT y FROM inner WHERE ...)} as a conjunct of WHERE: the same join, with
 * {@code x = y} added to the keys;</li>
 * <li>either of them elsewhere (in SELECT, under OR): a LEFT ANY JOIN with the same distinct keys and
 * a constant 1 column, which is 1 on the outer rows that matched and 0 (the default) on the others;</li>
 * <li>a scalar subquery whose one SELECT item aggregates, anywhere in SELECT, WHERE or ORDER BY: a
 * LEFT ANY JOIN with {@code SELECT innerExpr..., agg, 1 FROM inner WHERE rest GROUP BY innerExpr...};
 * an outer row without a matching group gets what the aggregate gives over no rows (count() and
 * sum() 0, max() the type's default, maxOrNull() NULL, avg() nan), which the same subquery with
 * {@code WHERE 0} computes once at plan time.</li>
 * </ul>
 * Conjuncts over outer columns only go into the join's ON clause, where they decide which outer
 * rows may match (a row failing them has no match: dropped by EXISTS, kept by NOT EXISTS).
 * Inside EXISTS, ORDER BY and {@code LIMIT n} (n >= 1) are ignored, as they do not change whether a row exists.
 * Other correlated shapes fail with NOT_IMPLEMENTED naming the form.
 */
final class Decorrelation {
    /** Prefix of the derived tables and columns the rewrite adds; user queries do not use it. */
    private static final String PREFIX = "__correlated";

    private final Function<TableExpr, Relation> resolver;
    private final Predicate<Expr> containsAggregate;
    private Relation outer;
    private TableExpr written;
    private TableExpr from;
    private int joins;
    private final Map<String, Expr> scalars = new HashMap<>();

    Decorrelation(Function<TableExpr, Relation> resolver, Predicate<Expr> containsAggregate) {
        this.resolver = resolver;
        this.containsAggregate = containsAggregate;
    }

    /** Whether {@code q} has a subquery in WHERE, SELECT or ORDER BY, the only places rewritten. */
    static boolean applies(SelectQuery q) {
        if (q.from() == null) return false;
        if (q.where() != null && hasSubquery(q.where())) return true;
        for (Expr e : q.select()) if (hasSubquery(e)) return true;
        for (OrderItem o : q.orderBy()) if (hasSubquery(o.expr())) return true;
        return false;
    }

    private static boolean hasSubquery(Expr e) {
        return switch (e) {
            case SubqueryExpr s -> true;
            case Aliased a -> hasSubquery(a.expr());
            case FunctionCall f -> f.args().stream().anyMatch(Decorrelation::hasSubquery);
            default -> false;
        };
    }

    /** {@code q} with its correlated subqueries turned into joins ({@code q} itself when it has none). */
    SelectQuery rewrite(SelectQuery q) {
        written = q.from();
        from = q.from();
        Expr where = null;
        if (q.where() != null) {
            for (Expr conjunct : conjuncts(q.where())) {
                Expr kept = rewriteConjunct(conjunct);
                if (kept != null) where = where == null ? kept : FunctionCall.of("and", where, kept);
            }
        }
        List<Expr> select = new ArrayList<>();
        for (Expr e : q.select()) {
            Expr r = rewriteScalars(e);
            select.add(r == e || e instanceof Aliased ? r : new Aliased(r, ExpressionCompiler.canonical(e)));
        }
        List<OrderItem> orderBy = new ArrayList<>();
        for (OrderItem o : q.orderBy()) {
            orderBy.add(new OrderItem(rewriteScalars(o.expr()), o.descending(), o.nullsFirst(), o.collation(), o.fill()));
        }
        if (joins == 0) return q;
        if (written instanceof io.strata.sql.ast.TableRef t && t.sample() != null) {
            throw unsupported("a correlated subquery in a query reading with SAMPLE");
        }
        return new SelectQuery(q.with(), q.distinct(), q.distinctOn(), expandStars(select), from, q.prewhere(), where, q.groupBy(),
                q.having(), q.windows(), q.qualify(), orderBy, q.limitBy(), q.limit(), q.settings());
    }

    /** A WHERE conjunct, or null when it became a semi or anti join. */
    private Expr rewriteConjunct(Expr conjunct) {
        if (conjunct instanceof FunctionCall f) {
            boolean negated = false;
            FunctionCall inner = f;
            if (f.name().equalsIgnoreCase("not") && f.args().size() == 1 && f.args().get(0) instanceof FunctionCall g
                    && g.name().equalsIgnoreCase("exists")) {
                negated = true;
                inner = g;
            }
            String name = inner.name().toLowerCase(Locale.ROOT);
            if (name.equals("exists") && inner.args().size() == 1 && inner.args().get(0) instanceof SubqueryExpr s) {
                Correlated c = analyze(s, "EXISTS");
                if (c == null) return conjunct;
                rejectAggregates(c, "EXISTS");
                semiJoin(c, null, null, negated);
                return null;
            }
            if ((name.equals("in") || name.equals("notin")) && inner.args().size() == 2
                    && inner.args().get(1) instanceof SubqueryExpr s) {
                Correlated c = analyze(s, "IN");
                if (c == null) return rewriteScalars(conjunct);
                checkInSubquery(c, inner.args().get(0));
                semiJoin(c, rewriteScalars(inner.args().get(0)), unalias(c.query.select().get(0)), name.equals("notin"));
                return null;
            }
        }
        return rewriteScalars(conjunct);
    }

    /** {@code e} with each correlated scalar subquery replaced by its joined value. */
    private Expr rewriteScalars(Expr e) {
        return switch (e) {
            case SubqueryExpr s -> scalar(s);
            case Aliased a -> {
                Expr r = rewriteScalars(a.expr());
                yield r == a.expr() ? a : new Aliased(r, a.alias());
            }
            case FunctionCall f -> {
                Expr tested = membership(f);
                if (tested != null) yield tested;
                String name = f.name().toLowerCase(Locale.ROOT);
                boolean setArgument = name.equals("exists") || name.equals("in") || name.equals("notin")
                        || name.equals("globalin") || name.equals("globalnotin");
                List<Expr> args = new ArrayList<>();
                boolean changed = false;
                for (int i = 0; i < f.args().size(); i++) {
                    Expr a = f.args().get(i);
                    // an uncorrelated set or EXISTS argument stays a subquery (it is not a scalar)
                    Expr r = setArgument && a instanceof SubqueryExpr && (name.equals("exists") || i == 1) ? a : rewriteScalars(a);
                    changed |= r != a;
                    args.add(r);
                }
                yield changed ? new FunctionCall(f.name(), args, f.parameters(), f.distinct(), f.over()) : f;
            }
            default -> e;
        };
    }

    private Expr scalar(SubqueryExpr s) {
        String key = ExpressionCompiler.canonical(s);
        Expr done = scalars.get(key);
        if (done != null) return done;
        Correlated c = analyze(s, "scalar");
        if (c == null) return s;
        if (c.query.select().size() != 1 || c.query.distinct() || !containsAggregate.test(c.query.select().get(0))) {
            throw unsupported("a correlated scalar subquery whose SELECT is not one aggregate expression");
        }
        String alias = PREFIX + (++joins);
        Expr value = unalias(c.query.select().get(0));
        List<Expr> items = new ArrayList<>();
        List<Expr> on = new ArrayList<>();
        for (int i = 0; i < c.innerKeys.size(); i++) {
            items.add(new Aliased(c.innerKeys.get(i), alias + "_k" + i));
            on.add(FunctionCall.of("equals", c.outerKeys.get(i), Identifier.of(alias, alias + "_k" + i)));
        }
        items.add(new Aliased(value, alias + "_v"));
        items.add(new Aliased(Literal.of(1), alias + "_m"));
        on.addAll(c.outerOnly);
        GroupBy groupBy = new GroupBy(c.innerKeys, GroupBy.Modifier.NONE, false, null, false);
        SelectQuery grouped = new SelectQuery(null, false, null, items, c.query.from(), null, and(c.innerRest), groupBy, null,
                null, null, null, null, null, null);
        from = new JoinExpr(from, new SubqueryRef(SelectUnion.of(grouped), alias), JoinKind.LEFT, JoinStrictness.ANY, false,
                and(on), null);
        // over no rows: the aggregate's own value, which an empty input gives once
        SelectQuery empty = new SelectQuery(null, false, null, List.of(value), c.query.from(), null, Literal.of(0), null, null,
                null, null, null, null, null, null);
        Expr replaced = FunctionCall.of("if", Identifier.of(alias, alias + "_m"), Identifier.of(alias, alias + "_v"),
                new SubqueryExpr(SelectUnion.of(empty)));
        scalars.put(key, replaced);
        return replaced;
    }

    /**
     * A correlated {@code EXISTS (...)} or {@code x [NOT] IN (...)} anywhere in an expression, as
     * 1 or 0 from a LEFT ANY JOIN with the inner rows' distinct keys that marks matched rows; null
     * when {@code f} is not one (or its subquery is not correlated).
     */
    private Expr membership(FunctionCall f) {
        String name = f.name().toLowerCase(Locale.ROOT);
        boolean exists = name.equals("exists") && f.args().size() == 1 && f.args().get(0) instanceof SubqueryExpr;
        boolean in = (name.equals("in") || name.equals("notin") || name.equals("globalin") || name.equals("globalnotin"))
                && f.args().size() == 2 && f.args().get(1) instanceof SubqueryExpr;
        if (!exists && !in) return null;
        String key = ExpressionCompiler.canonical(f);
        Expr done = scalars.get(key);
        if (done != null) return done;
        Correlated c = analyze((SubqueryExpr) f.args().get(exists ? 0 : 1), exists ? "EXISTS" : "IN");
        if (c == null) return null;
        String alias;
        if (exists) {
            rejectAggregates(c, "EXISTS");
            alias = join(c, null, null, true, JoinStrictness.ANY);
        } else {
            checkInSubquery(c, f.args().get(0));
            alias = join(c, rewriteScalars(f.args().get(0)), unalias(c.query.select().get(0)), true, JoinStrictness.ANY);
        }
        boolean negated = name.contains("not");
        Expr marked = FunctionCall.of("if", Identifier.of(alias, alias + "_m"), Literal.of(negated ? 0 : 1), Literal.of(negated ? 1 : 0));
        scalars.put(key, marked);
        return marked;
    }

    private void checkInSubquery(Correlated c, Expr probe) {
        rejectAggregates(c, "IN");
        if (c.query.select().size() != 1 || c.query.select().get(0) instanceof Asterisk || c.query.select().get(0) instanceof ColumnsMatcher) {
            throw unsupported("IN with a correlated subquery of more than one column");
        }
        if (probe instanceof FunctionCall t && t.name().equalsIgnoreCase("tuple")) {
            throw unsupported("a tuple IN a correlated subquery");
        }
    }

    /** The outer FROM LEFT SEMI (ANTI) JOIN the inner rows' distinct keys (and IN value). */
    private void semiJoin(Correlated c, Expr probe, Expr value, boolean anti) {
        join(c, probe, value, false, anti ? JoinStrictness.ANTI : JoinStrictness.SEMI);
    }

    /**
     * Joins the outer FROM with the inner rows' distinct keys (and IN value, compared with probe),
     * with a constant 1 column {@code <alias>_m} when marked; returns the derived table's alias.
     */
    private String join(Correlated c, Expr probe, Expr value, boolean marked, JoinStrictness strictness) {
        String alias = PREFIX + (++joins);
        List<Expr> items = new ArrayList<>();
        List<Expr> on = new ArrayList<>();
        for (int i = 0; i < c.innerKeys.size(); i++) {
            items.add(new Aliased(c.innerKeys.get(i), alias + "_k" + i));
            on.add(FunctionCall.of("equals", c.outerKeys.get(i), Identifier.of(alias, alias + "_k" + i)));
        }
        if (value != null) {
            items.add(new Aliased(value, alias + "_v"));
            on.add(FunctionCall.of("equals", probe, Identifier.of(alias, alias + "_v")));
        }
        if (marked) items.add(new Aliased(Literal.of(1), alias + "_m"));
        on.addAll(c.outerOnly);
        SelectQuery keys = new SelectQuery(null, true, null, items, c.query.from(), null, and(c.innerRest), null, null,
                null, null, null, null, null, null);
        from = new JoinExpr(from, new SubqueryRef(SelectUnion.of(keys), alias), JoinKind.LEFT, strictness, false, and(on), null);
        return alias;
    }

    private void rejectAggregates(Correlated c, String form) {
        for (Expr e : c.query.select()) {
            if (containsAggregate.test(e)) throw unsupported(form + " with a correlated subquery that aggregates");
        }
    }

    /** A correlated subquery taken apart. */
    private record Correlated(SelectQuery query, List<Expr> innerKeys, List<Expr> outerKeys, List<Expr> innerRest,
                              List<Expr> outerOnly) {
    }

    /** The parts of {@code s} when it names outer columns; null when it does not (it is planned as it is). */
    private Correlated analyze(SubqueryExpr s, String form) {
        if (s.query().queries().size() != 1) return null;
        SelectQuery q = s.query().queries().get(0);
        Relation inner = resolver.apply(q.from());
        Set<String> local = new HashSet<>();
        for (var w : q.with()) local.add(w.name());
        for (Expr e : q.select()) collectAliases(e, local);
        if (q.where() != null) collectAliases(q.where(), local);
        Sides sides = new Sides(inner, local);

        List<Expr> clauses = new ArrayList<>(q.select());
        if (q.prewhere() != null) clauses.add(q.prewhere());
        if (q.groupBy() != null) clauses.addAll(q.groupBy().exprs());
        if (q.having() != null) clauses.add(q.having());
        for (OrderItem o : q.orderBy()) clauses.add(o.expr());
        boolean correlated = q.where() != null && sides.refersToOuter(q.where());
        for (Expr e : clauses) {
            if (sides.refersToOuter(e)) {
                throw unsupported(form + " subquery naming outer columns outside its WHERE");
            }
        }
        if (!correlated) return null;
        // only which rows exist matters to EXISTS: ORDER BY and LIMIT n >= 1 do not change it (nor ORDER BY a set for IN)
        boolean existence = form.equals("EXISTS");
        boolean limitIgnorable = existence && q.limit() != null && q.limit().offset() == null && !q.limit().withTies()
                && q.limit().limit() instanceof Literal l && l.value() instanceof Long n && n >= 1;
        boolean orderIgnorable = existence || form.equals("IN");
        if (!q.with().isEmpty() || q.prewhere() != null || q.groupBy() != null || q.having() != null || !q.windows().isEmpty()
                || q.qualify() != null || q.limitBy() != null || q.limit() != null && !limitIgnorable || !q.distinctOn().isEmpty()
                || !q.orderBy().isEmpty() && !orderIgnorable) {
            throw unsupported(form + " subquery with WITH, PREWHERE, GROUP BY, HAVING, WINDOW, QUALIFY, ORDER BY or LIMIT");
        }
        List<Expr> innerKeys = new ArrayList<>(), outerKeys = new ArrayList<>(), innerRest = new ArrayList<>(),
                outerOnly = new ArrayList<>();
        for (Expr conjunct : conjuncts(q.where())) {
            if (!sides.refersToOuter(conjunct)) {
                innerRest.add(conjunct);
            } else if (!sides.refersToInner(conjunct)) {
                outerOnly.add(conjunct);
            } else if (conjunct instanceof FunctionCall f && f.name().equals("equals") && f.args().size() == 2
                    && split(f.args().get(0), f.args().get(1), sides, innerKeys, outerKeys)) {
                continue;
            } else {
                throw unsupported("a correlated condition other than an equality between inner and outer expressions: "
                        + ExpressionCompiler.canonical(conjunct));
            }
        }
        if (innerKeys.isEmpty()) {
            throw unsupported("a correlated subquery without an equality between inner and outer expressions");
        }
        return new Correlated(q, innerKeys, outerKeys, innerRest, outerOnly);
    }

    /** Adds {@code a = b} as join keys when one side reads only inner columns and the other only outer ones. */
    private static boolean split(Expr a, Expr b, Sides sides, List<Expr> innerKeys, List<Expr> outerKeys) {
        if (!sides.refersToOuter(a) && !sides.refersToInner(b)) {
            innerKeys.add(a);
            outerKeys.add(b);
            return true;
        }
        if (!sides.refersToOuter(b) && !sides.refersToInner(a)) {
            innerKeys.add(b);
            outerKeys.add(a);
            return true;
        }
        return false;
    }

    /**
     * Which query an identifier names: the subquery's own columns and aliases first (as SQL scoping
     * does), then the outer FROM's columns; anything else is left to the subquery, whose planning
     * reports it as unknown.
     */
    private final class Sides {
        private final Relation inner;
        private final Set<String> local;

        Sides(Relation inner, Set<String> local) {
            this.inner = inner;
            this.local = local;
        }

        boolean refersToOuter(Expr e) {
            return walk(e, Set.of(), true);
        }

        boolean refersToInner(Expr e) {
            return walk(e, Set.of(), false);
        }

        /** Whether {@code e} has an identifier of the outer query (wantOuter) or of the inner one. */
        private boolean walk(Expr e, Set<String> params, boolean wantOuter) {
            return switch (e) {
                case Identifier id -> !params.contains(id.parts().get(0)) && isOuter(id) == wantOuter;
                case Aliased a -> walk(a.expr(), params, wantOuter);
                case Lambda l -> {
                    Set<String> all = new HashSet<>(params);
                    all.addAll(l.params());
                    yield walk(l.body(), all, wantOuter);
                }
                case FunctionCall f -> {
                    String name = f.name().toLowerCase(Locale.ROOT);
                    boolean tableArgument = name.endsWith("in") && f.args().size() == 2 && f.args().get(1) instanceof Identifier;
                    for (int i = 0; i < f.args().size(); i++) {
                        if (tableArgument && i == 1) continue;
                        if (walk(f.args().get(i), params, wantOuter)) yield true;
                    }
                    yield false;
                }
                default -> false;
            };
        }

        private boolean isOuter(Identifier id) {
            if (local.contains(id.name()) || resolves(inner, id)) return false;
            return resolves(outer(), id);
        }
    }

    private Relation outer() {
        if (outer == null) outer = resolver.apply(written);
        return outer;
    }

    private static boolean resolves(Relation r, Identifier id) {
        try {
            Scope.findColumn(r, id);
            return true;
        } catch (DbException e) {
            return false;
        }
    }

    /**
     * {@code *} and {@code COLUMNS(...)} over the outer FROM's own columns, so the columns the
     * rewrite joins in stay out of them (as planSelect expands them over a plain FROM).
     */
    private List<Expr> expandStars(List<Expr> select) {
        List<Expr> out = new ArrayList<>();
        Relation r = outer();
        for (Expr e : select) {
            if (e instanceof Asterisk a) {
                for (int i = 0; i < r.names().size(); i++) {
                    if (!r.visibleInStar().get(i)) continue;
                    if (a.qualifier() != null && !a.qualifier().equals(r.qualifier())) continue;
                    if (a.except().contains(r.names().get(i))) continue;
                    out.add(Identifier.of(r.names().get(i)));
                }
            } else if (e instanceof ColumnsMatcher m) {
                java.util.regex.Pattern p = java.util.regex.Pattern.compile(m.regexp());
                for (int i = 0; i < r.names().size(); i++) {
                    if (r.visibleInStar().get(i) && p.matcher(r.names().get(i)).find() && !m.except().contains(r.names().get(i))) {
                        out.add(Identifier.of(r.names().get(i)));
                    }
                }
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static void collectAliases(Expr e, Set<String> out) {
        switch (e) {
            case Aliased a -> {
                out.add(a.alias());
                collectAliases(a.expr(), out);
            }
            case FunctionCall f -> f.args().forEach(x -> collectAliases(x, out));
            default -> {
            }
        }
    }

    private static Expr unalias(Expr e) {
        return e instanceof Aliased a ? a.expr() : e;
    }

    private static List<Expr> conjuncts(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof FunctionCall f && f.name().equalsIgnoreCase("and")) {
            for (Expr a : f.args()) out.addAll(conjuncts(a));
        } else {
            out.add(e);
        }
        return out;
    }

    private static Expr and(List<Expr> parts) {
        if (parts.isEmpty()) return null;
        Expr out = parts.get(0);
        for (int i = 1; i < parts.size(); i++) out = FunctionCall.of("and", out, parts.get(i));
        return out;
    }

    private static DbException unsupported(String form) {
        return new DbException(ErrorCode.NOT_IMPLEMENTED, "Correlated subqueries are supported as EXISTS, IN and "
                + "aggregating scalar subqueries, each correlated by equalities; not supported: " + form);
    }
}
