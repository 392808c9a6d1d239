package io.strata.sql.planner;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.AggregateFunction;
import io.strata.core.function.FunctionContext;
import io.strata.core.settings.Settings;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.ColumnDefinition;
import io.strata.core.table.ReadRequest;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.LowCardinalityType;
import io.strata.exec.driver.ExecutionContext;
import io.strata.exec.driver.ParallelPipeline;
import io.strata.exec.expression.ColumnReference;
import io.strata.exec.expression.ConstantExpression;
import io.strata.exec.expression.Expression;
import io.strata.exec.function.FunctionRegistry;
import io.strata.exec.operator.AggregateCall;
import io.strata.exec.operator.AggregationStage;
import io.strata.exec.operator.DistinctOperator;
import io.strata.exec.operator.FilterOperator;
import io.strata.exec.operator.LimitByOperator;
import io.strata.exec.operator.LimitOperator;
import io.strata.exec.operator.Operator;
import io.strata.exec.operator.ProjectOperator;
import io.strata.exec.operator.RowsBeforeLimitOperator;
import io.strata.exec.operator.SortKey;
import io.strata.exec.operator.SortOperator;
import io.strata.exec.operator.TopNOperator;
import io.strata.sql.analyzer.CatalogView;
import io.strata.sql.analyzer.TableHandle;
import io.strata.sql.ast.Aliased;
import io.strata.sql.ast.Asterisk;
import io.strata.sql.ast.ColumnsMatcher;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.FunctionCall;
import io.strata.sql.ast.Identifier;
import io.strata.sql.ast.Lambda;
import io.strata.sql.ast.Literal;
import io.strata.sql.ast.OrderItem;
import io.strata.sql.ast.SelectQuery;
import io.strata.sql.ast.SelectUnion;
import io.strata.sql.ast.SubqueryExpr;
import io.strata.sql.ast.SubqueryRef;
import io.strata.sql.ast.TableExpr;
import io.strata.sql.ast.TableFunctionRef;
import io.strata.sql.ast.TableRef;
import io.strata.sql.ast.UnionMode;
import io.strata.sql.ast.WithItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Plans SELECT queries into pipelines of operators. The shape follows ClickHouse's:
 * <pre>
 *   scan morsels ─▶ WHERE ─▶ (pre-aggregation projection ─▶ aggregation) | projection ─▶ [partial top-N]
 *     (in parallel, one driver per core)
 *   ─▶ HAVING ─▶ projection ─▶ DISTINCT ─▶ ORDER BY ─▶ LIMIT BY ─▶ LIMIT ─▶ final projection
 *     (one driver)
 * </pre>
 * Aliases are expanded on the AST first (ClickHouse lets an alias be used anywhere in the
 * query), so GROUP BY keys and aggregate calls can be matched by their canonical text.
 */
public final class SelectPlanner {
    private final CatalogView catalog;
    private final FunctionRegistry registry;
    private final FunctionContext functionContext;
    private final Settings settings;
    private final ExpressionCompiler compiler;
    private final Map<String, SelectUnion> ctes = new HashMap<>();

    public SelectPlanner(CatalogView catalog, FunctionRegistry registry, FunctionContext functionContext,
                         Settings settings, Map<String, String> parameters) {
        this.catalog = catalog;
        this.registry = registry;
        this.functionContext = functionContext;
        this.settings = settings;
        this.compiler = new ExpressionCompiler(registry, functionContext, parameters, this::runSubquery, catalog);
    }

    /** Runs a subquery to completion at plan time (scalar subqueries, IN sets). */
    private List<Column> runSubquery(SelectUnion query) {
        PlannedQuery p = plan(query);
        ExecutionContext ctx = new ExecutionContext(settings, functionContext, new io.strata.core.query.QueryProgress());
        List<io.strata.core.column.ColumnBuilder> builders = new ArrayList<>();
        for (DataType t : p.header().types()) builders.add(t.createBuilder(16));
        try (ChunkSource src = p.open().apply(ctx)) {
            Chunk c;
            while ((c = src.next()) != null) {
                for (int i = 0; i < builders.size(); i++) {
                    for (int r = 0; r < c.rowCount(); r++) builders.get(i).append(c.column(i), r);
                }
            }
        }
        List<Column> out = new ArrayList<>();
        for (io.strata.core.column.ColumnBuilder b : builders) out.add(b.build());
        return out;
    }

    public PlannedQuery plan(SelectUnion union) {
        depth++;
        try {
            return planUnion(union);
        } finally {
            depth--;
        }
    }

    private PlannedQuery planUnion(SelectUnion union) {
        if (union.queries().size() == 1) {
            return planSelect(union.queries().get(0));
        }
        List<PlannedQuery> parts = new ArrayList<>();
        for (SelectQuery q : union.queries()) parts.add(planSelect(q));
        for (UnionMode m : union.modes()) {
            if (m != UnionMode.UNION_ALL) return new SetOperationPlanner(settings, compiler).plan(parts, union.modes());
        }
        Header first = parts.get(0).header();
        for (PlannedQuery p : parts) {
            if (p.header().size() != first.size()) {
                throw new DbException(ErrorCode.UNION_ALL_RESULT_STRUCTURES_MISMATCH,
                        "Different number of columns in UNION ALL elements: " + first.size() + " and " + p.header().size());
            }
        }
        List<DataType> types = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            List<DataType> ts = new ArrayList<>();
            for (PlannedQuery p : parts) ts.add(p.header().type(i));
            types.add(DataTypes.leastSupertype(ts));
        }
        Header header = new Header(first.names(), types);
        List<Function<ExecutionContext, ChunkSource>> opens = new ArrayList<>();
        for (PlannedQuery p : parts) {
            List<Expression> casts = new ArrayList<>();
            boolean needed = false;
            for (int i = 0; i < types.size(); i++) {
                Expression ref = new ColumnReference(i, p.header().type(i));
                Expression c = compiler.cast(ref, types.get(i));
                needed |= c != ref;
                casts.add(c);
            }
            boolean needCast = needed;
            opens.add(ctx -> {
                ChunkSource s = p.open().apply(ctx);
                return needCast ? ParallelPipeline.pipe(ctx, s, List.of(new ProjectOperator(casts))) : s;
            });
        }
        StringBuilder explain = new StringBuilder("Union\n");
        for (PlannedQuery p : parts) explain.append(indent(p.explain()));
        return new PlannedQuery(header, ctx -> new ConcatSource(ctx, opens), explain.toString(), null);
    }

    private static String indent(String s) {
        StringBuilder sb = new StringBuilder();
        for (String line : s.split("\n")) sb.append("  ").append(line).append('\n');
        return sb.toString();
    }

    /**
     * Compiles an expression over chunks with the given header, e.g. a column's DEFAULT
     * expression over the columns an INSERT provides.
     */
    public Expression compileOver(Header input, Expr expr) {
        List<Boolean> visible = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) visible.add(true);
        Relation r = new Relation(input.names(), input.types(), visible, null, null, null, -1, false);
        return compiler.compile(expr, Scope.identity(r));
    }

    /** CAST(e AS type) (identity when equal). */
    public Expression cast(Expression e, DataType type) {
        return compiler.cast(e, type);
    }

    // ---------------------------------------------------------------------------------------

    /** Nesting of the query level being planned: 1 for the statement, more inside subqueries. */
    private int depth;

    /**
     * The scalar WITH aliases of the enclosing queries: ClickHouse (enable_global_with_statement)
     * makes them visible in subqueries, where a name the subquery defines or reads as a column wins.
     */
    private Map<String, Expr> enclosingWith = Map.of();

    private PlannedQuery planSelect(SelectQuery q) {
        Map<String, Expr> outer = enclosingWith;
        Map<String, Expr> visible = new LinkedHashMap<>(outer);
        for (WithItem w : q.with()) {
            if (!(w.table() && w.expr() instanceof SubqueryExpr)) visible.put(w.name(), w.expr());
        }
        enclosingWith = visible;
        try {
            return planSelectBody(q, outer);
        } finally {
            enclosingWith = outer;
        }
    }

    private PlannedQuery planSelectBody(SelectQuery q, Map<String, Expr> outerWith) {
        Settings local = settings;
        Map<String, Expr> aliases = new LinkedHashMap<>();
        for (WithItem w : q.with()) {
            if (w.table()) {
                Expr e = w.expr();
                if (e instanceof SubqueryExpr s) ctes.put(w.name(), s.query());
                else aliases.put(w.name(), e);
            } else {
                aliases.put(w.name(), w.expr());
            }
        }
        if (Decorrelation.applies(q)) q = new Decorrelation(this::resolveFrom, this::containsAggregate).rewrite(q);
        Relation from = resolveFrom(q.from());
        SamplePlanner.Sample sample = q.from() instanceof TableRef t && t.sample() != null && !ctes.containsKey(t.table())
                ? SamplePlanner.plan(t, catalog, from, compiler) : null;
        if (sample != null) aliases.putIfAbsent("_sample_factor", sample.factor());

        // expand * and COLUMNS(), remember output names
        List<Expr> items = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Expr e : q.select()) {
            if (e instanceof Asterisk a) {
                for (int i = 0; i < from.names().size(); i++) {
                    if (!from.visibleInStar().get(i)) continue;
                    if (a.qualifier() != null && !a.qualifier().equals(from.qualifier())) continue;
                    if (a.except().contains(from.names().get(i))) continue;
                    items.add(Identifier.of(from.names().get(i)));
                    names.add(from.names().get(i));
                }
            } else if (e instanceof ColumnsMatcher m) {
                Pattern p = Pattern.compile(m.regexp());
                for (int i = 0; i < from.names().size(); i++) {
                    if (from.visibleInStar().get(i) && p.matcher(from.names().get(i)).find()
                            && !m.except().contains(from.names().get(i))) {
                        items.add(Identifier.of(from.names().get(i)));
                        names.add(from.names().get(i));
                    }
                }
            } else if (e instanceof FunctionCall f && f.name().equals("untuple") && f.args().size() == 1) {
                // untuple(t) expands to one select item per element
                Expression t = compiler.compile(f.args().get(0), Scope.over(from));
                if (!(t.type().unwrap() instanceof io.strata.core.type.TupleType tt)) {
                    throw new DbException(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Argument of function untuple must be a tuple, found "
                            + t.type());
                }
                for (int i = 0; i < tt.elements().size(); i++) {
                    Expr el = FunctionCall.of("tupleElement", f.args().get(0), io.strata.sql.ast.Literal.of(i + 1));
                    items.add(el);
                    names.add(ExpressionCompiler.canonical(el));
                }
            } else {
                items.add(e);
                names.add(ExpressionCompiler.canonical(e));
            }
        }
        if (items.isEmpty()) {
            throw new DbException(ErrorCode.EMPTY_LIST_OF_COLUMNS_QUERIED, "Empty list of columns in SELECT query");
        }
        for (Expr e : items) collectAliases(e, aliases);
        for (Map.Entry<String, Expr> w : outerWith.entrySet()) {
            if (from == null || from.indexOf(w.getKey()) < 0) aliases.putIfAbsent(w.getKey(), w.getValue());
        }

        AliasExpander expander = new AliasExpander(aliases, from);
        List<Expr> select = new ArrayList<>();
        for (Expr e : items) select.add(expander.expand(e));
        Expr where = q.where() == null ? null : expander.expand(q.where());
        Expr prewhere = q.prewhere() == null ? null : expander.expand(q.prewhere());
        if (prewhere != null) {
            where = where == null ? prewhere : FunctionCall.of("and", prewhere, where);
        }
        if (sample != null && sample.condition() != null) {
            where = where == null ? sample.condition() : FunctionCall.of("and", sample.condition(), where);
        }
        Expr having = q.having() == null ? null : expander.expand(q.having());
        List<Expr> groupBy = new ArrayList<>();
        boolean withTotals = false;
        GroupingSetsPlanner groupingSets = null;
        if (q.groupBy() != null) {
            withTotals = q.groupBy().withTotals();
            List<Expr> groupingUsers = new ArrayList<>(select);
            if (having != null) groupingUsers.add(having);
            for (OrderItem o : q.orderBy()) groupingUsers.add(o.expr());
            if (GroupingSetsPlanner.applies(q.groupBy(), groupingUsers)) {
                groupingSets = GroupingSetsPlanner.of(q.groupBy(), e -> positional(expander.expand(e), select),
                        settings.getBool("group_by_use_nulls"));
                groupBy.addAll(groupingSets.keys());
            } else if (q.groupBy().all()) {
                for (Expr e : select) if (!containsAggregate(e)) groupBy.add(e);
            } else {
                for (Expr e : q.groupBy().exprs()) groupBy.add(positional(expander.expand(e), select));
                if (!withTotals && settings.getBool("optimize_group_by_function_keys")) {
                    groupBy = new ArrayList<>(GroupByFunctionKeys.reduce(groupBy, registry));
                }
            }
        }
        List<Expr> orderBy = new ArrayList<>();
        for (OrderItem o : q.orderBy()) {
            orderBy.add(positional(expander.expand(o.expr()), select));
        }
        List<Expr> limitBy = new ArrayList<>();
        if (q.limitBy() != null) for (Expr e : q.limitBy().by()) limitBy.add(positional(expander.expand(e), select));
        if (!q.distinctOn().isEmpty()) {
            if (q.limitBy() != null) throw new DbException(ErrorCode.UNSUPPORTED_METHOD, "Can not use DISTINCT ON with LIMIT BY");
            for (Expr e : q.distinctOn()) limitBy.add(positional(expander.expand(e), select));
        }

        if (settings.getBool("optimize_arithmetic_operations_in_aggregate_functions")
                && !settings.getBool("aggregate_functions_null_for_empty")) {
            AggregateArithmeticRewrite arithmetic = AggregateArithmeticRewrite.over(compiler, from);
            if (arithmetic != null) {
                arithmetic.rewriteAll(select);
                arithmetic.rewriteAll(orderBy);
                having = arithmetic.rewrite(having);
            }
        }
        if (where != null && containsAggregate(where)) {
            throw new DbException(ErrorCode.ILLEGAL_AGGREGATION, "Aggregate function " + ExpressionCompiler.canonical(where)
                    + " is found in WHERE in query");
        }
        // window functions: computed after GROUP BY / HAVING, before ORDER BY (see WindowPlanner)
        List<Expr> windowed = new ArrayList<>(select);
        windowed.addAll(orderBy);
        List<io.strata.sql.ast.NamedWindow> namedWindows = new ArrayList<>();
        for (io.strata.sql.ast.NamedWindow w : q.windows()) {
            namedWindows.add(new io.strata.sql.ast.NamedWindow(w.name(), expander.window(w.spec())));
        }
        WindowPlanner windows = new WindowPlanner(compiler, functionContext, namedWindows, windowed);
        if (where != null) WindowPlanner.rejectWindows(where, "in WHERE");
        for (Expr e : groupBy) WindowPlanner.rejectWindows(e, "in GROUP BY");
        if (having != null) WindowPlanner.rejectWindows(having, "in HAVING");
        boolean aggregation = !groupBy.isEmpty() || q.groupBy() != null && q.groupBy().all();
        for (Expr e : select) aggregation |= containsAggregate(e);
        for (Expr e : windows.specExpressions()) aggregation |= containsAggregate(e);
        if (having != null) aggregation |= true;
        for (Expr e : orderBy) aggregation |= containsAggregate(e);

        // arrayJoin(arr) multiplies rows: each distinct call becomes a column of an ARRAY JOIN relation
        Relation joined = from;
        Set<String> arrayJoinSeen = new HashSet<>();
        List<Expr> clauses = new ArrayList<>(select);
        if (where != null) clauses.add(where);
        clauses.addAll(groupBy);
        if (having != null) clauses.add(having);
        clauses.addAll(orderBy);
        clauses.addAll(limitBy);
        List<FunctionCall> arrayJoins = new ArrayList<>();
        for (Expr e : clauses) collectArrayJoins(e, arrayJoins);
        for (FunctionCall aj : arrayJoins) {
            if (arrayJoinSeen.add(ExpressionCompiler.canonical(aj))) joined = arrayJoinRelation(joined, aj);
        }
        final Relation relation = joined;
        Scope input = Scope.over(relation);
        List<Supplier<Operator>> stage1 = new ArrayList<>();
        StringBuilder explain = new StringBuilder();
        Expression whereExpr = null;
        if (where != null) {
            whereExpr = compiler.compile(where, input);
            checkFilterType(whereExpr.type());
        }
        // WHERE is the first thing compiled over `input`, so its columns are channels 0..k-1 of the
        // scan and the compiled predicate runs as is over a chunk of just those columns
        PushedFilter pushed = whereExpr != null && relation == from && relation.storageScan()
                ? PushedFilter.create(compiler, relation, where, whereExpr, input.usedColumns()) : null;

        // channels after stage 1 (or after aggregation), as types, plus canonical name → channel
        List<DataType> midTypes = new ArrayList<>();
        Map<String, Integer> mid = new LinkedHashMap<>();
        Scope post;
        Function<ExecutionContext, ChunkSource> source;
        PlannedQuery.TotalsHolder totals = withTotals ? new PlannedQuery.TotalsHolder() : null;

        long limit = -1, offset = 0;
        if (q.limit() != null) {
            if (q.limit().limit() != null) limit = constantLong(q.limit().limit(), "LIMIT"); // bare OFFSET n ROWS: no limit
            if (q.limit().offset() != null) offset = constantLong(q.limit().offset(), "OFFSET");
            if (q.limit().withTies() && q.orderBy().isEmpty()) {
                throw new DbException(ErrorCode.LOGICAL_ERROR, "Can not use WITH TIES without ORDER BY");
            }
        }

        Expression finalWhere = whereExpr;
        Expression[] havingHolder = new Expression[1];
        if (aggregation) {
            List<Expression> pre = new ArrayList<>();
            for (Expr k : groupBy) {
                String key = ExpressionCompiler.canonical(k);
                if (mid.containsKey(key)) continue;
                Expression e = compiler.compile(k, input);
                mid.put(key, pre.size());
                midTypes.add(e.type());
                pre.add(e);
            }
            if (groupingSets != null) {
                List<Expr> withGrouping = new ArrayList<>(select);
                if (having != null) withGrouping.add(having);
                withGrouping.addAll(orderBy);
                groupingSets.addGroupingColumns(withGrouping, 0, pre, mid, midTypes, compiler);
            }
            int keyCount = pre.size();
            List<FunctionCall> aggCalls = new ArrayList<>();
            for (Expr e : select) collectAggregates(e, aggCalls);
            if (having != null) collectAggregates(having, aggCalls);
            for (Expr e : orderBy) collectAggregates(e, aggCalls);
            for (Expr e : windows.specExpressions()) collectAggregates(e, aggCalls);
            List<AggregateCall> calls = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (FunctionCall f : aggCalls) {
                String key = ExpressionCompiler.canonical(f);
                if (!seen.add(key)) continue;
                int[] argChannels = new int[f.args().size()];
                List<DataType> argTypes = new ArrayList<>();
                for (int i = 0; i < argChannels.length; i++) {
                    Expression a = compiler.compile(f.args().get(i), input);
                    argChannels[i] = pre.size();
                    pre.add(a);
                    argTypes.add(a.type());
                }
                AggregateFunction fn = aggregateFunction(f);
                List<Object> params = new ArrayList<>();
                if (f.parameters() != null) {
                    for (Expr p : f.parameters()) {
                        Expression pe = compiler.compile(p, input);
                        if (!(pe instanceof ConstantExpression ce)) {
                            throw new DbException(ErrorCode.BAD_ARGUMENTS, "Parameters of aggregate function " + f.name() + " must be constants");
                        }
                        params.add(ce.value().getObject(0));
                    }
                }
                AggregateCall call = AggregateCall.bind(fn, argTypes, params, functionContext, argChannels);
                calls.add(call);
                mid.put(key, keyCount + calls.size() - 1);
                midTypes.add(call.resultType());
            }
            int[] groupChannels = new int[keyCount];
            for (int i = 0; i < keyCount; i++) groupChannels[i] = i;
            List<Integer> scanColumns = List.copyOf(input.usedColumns());
            List<Expression> preProjection = List.copyOf(pre);
            long exact = relation.exactRows();
            explain.append("Aggregating (keys: ").append(String.join(", ", mid.keySet().stream().limit(keyCount).toList()))
                    .append(")\n");
            // count() alone over a whole table comes from the engine's row count: no data is read
            boolean countOnly = exact >= 0 && relation == from && whereExpr == null && groupBy.isEmpty() && !withTotals
                    && isPlainCountOnly(aggCalls);
            GroupingSetsPlanner sets = groupingSets;
            source = ctx -> {
                Function<List<Expression>, AggregationStage.Result> aggregate = projection -> {
                    List<ChunkSource> morsels = countOnly && ctx.settings().getBool("optimize_trivial_count_query") ? RowCountSource.of(exact) : relation.opener().open(ctx, scanColumns, -1, pushed);
                    boolean filter = finalWhere != null && !filteredByStorage(morsels, pushed);
                    Supplier<List<Operator>> ops = () -> {
                        List<Operator> l = new ArrayList<>();
                        if (filter) l.add(new FilterOperator(finalWhere));
                        l.add(new ProjectOperator(projection));
                        return l;
                    };
                    return AggregationStage.run(ctx, morsels, ops, groupChannels, calls);
                };
                AggregationStage.Result result = sets == null ? aggregate.apply(preProjection) : sets.run(preProjection, aggregate);
                if (totals == null) return result;
                // totals_mode before_having: over every group; the after_having modes differ only for
                // groups cut by max_rows_to_group_by, which is not enforced, so they all mean "passing HAVING"
                boolean beforeHaving = "before_having".equals(settings.getString("totals_mode"));
                return new TotalsCollectingSource(result, beforeHaving ? null : havingHolder[0], totals, keyCount, List.copyOf(midTypes));
            };
            post = Scope.fixed(mid, midTypes);
            if (having != null) {
                havingHolder[0] = compiler.compile(having, post);
            }
            stage1.clear();
            if (exact >= 0) {
                // keep for EXPLAIN; count() from metadata comes with the storage issue
                explain.append("ReadFromStorage (rows: ").append(exact).append(")\n");
            }
        } else {
            // no aggregation: the select list is computed in parallel in stage 1
            post = null;
            source = null;
        }

        // final projection: select items, then ORDER BY / LIMIT BY extras
        Scope outScope = aggregation ? post : input;
        int baseWidth = -1;
        WindowPlanner.Planned windowPlan = null;
        if (windows.present()) {
            List<Expr> used = new ArrayList<>(windowed);
            used.addAll(limitBy);
            used.addAll(windows.namedWindowExpressions());
            baseWidth = aggregation ? midTypes.size() : WindowPlanner.preResolve(compiler, input, used);
            windowPlan = windows.plan(outScope, baseWidth);
            outScope = windowPlan.scope();
        }
        List<Expression> projection = new ArrayList<>();
        Map<String, Integer> projected = new HashMap<>();
        for (int i = 0; i < select.size(); i++) {
            Expression e = compiler.compile(select.get(i), outScope);
            projection.add(e);
            projected.putIfAbsent(ExpressionCompiler.canonical(select.get(i)), i);
            // ORDER BY alias finds the aliased item itself (WITH FILL writes generated values into it)
            if (select.get(i) instanceof Aliased a) projected.putIfAbsent(ExpressionCompiler.canonical(a.expr()), i);
        }
        List<SortKey> sortKeys = new ArrayList<>();
        for (int i = 0; i < orderBy.size(); i++) {
            Expr o = orderBy.get(i);
            Integer ch = projected.get(ExpressionCompiler.canonical(o));
            if (ch == null) {
                ch = projection.size();
                projection.add(compiler.compile(o, outScope));
                projected.put(ExpressionCompiler.canonical(o), ch);
            }
            OrderItem item = q.orderBy().get(i);
            boolean desc = item.descending();
            boolean nullsFirst = item.nullsFirst() != null ? item.nullsFirst() : false;
            sortKeys.add(new SortKey(ch, desc, nullsFirst));
        }
        int[] limitByChannels = new int[limitBy.size()];
        for (int i = 0; i < limitBy.size(); i++) {
            Expr o = limitBy.get(i);
            Integer ch = projected.get(ExpressionCompiler.canonical(o));
            if (ch == null) {
                ch = projection.size();
                projection.add(compiler.compile(o, outScope));
                projected.put(ExpressionCompiler.canonical(o), ch);
            }
            limitByChannels[i] = ch;
        }
        Expression havingExpr = null;
        if (having != null) {
            havingExpr = compiler.compile(having, outScope);
            checkFilterType(havingExpr.type());
        }
        if (windowPlan != null && !aggregation && input.usedColumns().size() != baseWidth) {
            throw new DbException(ErrorCode.LOGICAL_ERROR, "Columns used around window functions were not resolved before them");
        }
        boolean windowing = windowPlan != null;
        WindowPlanner.Planned windowStages = windowPlan;
        int outputWidth = select.size();
        List<DataType> outTypes = new ArrayList<>();
        for (int i = 0; i < outputWidth; i++) outTypes.add(projection.get(i).type());
        Header header = new Header(names, outTypes);

        List<Expression> finalProjection = List.copyOf(projection);
        List<Expression> trim = new ArrayList<>();
        for (int i = 0; i < outputWidth; i++) trim.add(new ColumnReference(i, outTypes.get(i)));
        boolean needTrim = projection.size() > outputWidth;
        // DISTINCT ON (a, b) keeps the first row of each (a, b): ClickHouse runs it as LIMIT 1 BY a, b
        boolean distinct = q.distinct() && q.distinctOn().isEmpty();
        long limitByLimit = !q.distinctOn().isEmpty() ? 1 : q.limitBy() == null ? -1 : constantLong(q.limitBy().limit(), "LIMIT BY");
        long limitByOffset = q.limitBy() == null || q.limitBy().offset() == null ? 0 : constantLong(q.limitBy().offset(), "LIMIT BY OFFSET");
        Expression finalHaving = havingExpr;
        long fLimit = limit, fOffset = offset;
        boolean withTies = q.limit() != null && q.limit().withTies();
        List<DataType> projectionTypes = projection.stream().map(Expression::type).toList();
        io.strata.exec.operator.FillOperator fill = FillPlanner.applies(q.orderBy())
                ? FillPlanner.plan(q.orderBy(), sortKeys, projectionTypes, compiler) : null;
        boolean noTopN = withTies || fill != null; // both need every sorted row
        // rows_before_limit_at_least: count the rows offered to this level's LIMIT (see RowsBeforeLimit)
        int level = depth;
        boolean countBeforeLimit = fLimit >= 0 || fOffset > 0;
        boolean countedInScan = !aggregation && !windowing && countBeforeLimit && limitByChannels.length == 0 && !distinct
                && (fLimit >= 0 && !sortKeys.isEmpty() && !noTopN || fLimit >= 0 && sortKeys.isEmpty());

        LazyMaterialization lazyPlan = null;
        TopNBound topNBound = null;
        List<Expr> lazyKeyOrder = null;
        if (!aggregation) {
            List<Integer> scanColumns = List.copyOf(input.usedColumns());
            boolean simpleLimit = fLimit >= 0 && sortKeys.isEmpty() && !distinct && limitByChannels.length == 0 && !windowing;
            long scanHint = simpleLimit && finalWhere == null ? fLimit + fOffset : -1;
            // a top-N by ascending expressions may be read in the table's key order, stopping early
            boolean topN = fLimit >= 0 && !sortKeys.isEmpty() && !distinct && limitByChannels.length == 0 && !noTopN
                    && (finalWhere == null || pushed != null) && relation == from && !windowing;
            for (OrderItem o : q.orderBy()) topN &= !o.descending() && !Boolean.TRUE.equals(o.nullsFirst()) && o.collation() == null;
            List<Expr> keyOrder = topN ? List.copyOf(orderBy) : null;
            boolean topNInScan = fLimit >= 0 && !sortKeys.isEmpty() && !distinct && limitByChannels.length == 0 && !noTopN && !windowing
                    && relation == from;
            TopNBound bound = topNInScan ? TopNBound.of(settings, relation, scanColumns, finalProjection, sortKeys) : null;
            topNBound = bound;
            // late materialization: a small top-N over a table reads the returned-only columns last
            if (fLimit >= 0 && !sortKeys.isEmpty() && !distinct && limitByChannels.length == 0 && !noTopN && !windowing
                    && relation == from && relation.storageScan() && sample == null
                    && LazyMaterialization.enabled(settings, fLimit + fOffset)) {
                lazyPlan = LazyMaterialization.plan(relation, select, where, orderBy, scanColumns, finalProjection, outputWidth);
                lazyKeyOrder = keyOrder;
            }
            source = ctx -> {
                io.strata.core.table.TopNThreshold threshold = bound == null ? null : bound.fresh();
                List<ChunkSource> morsels = keyOrder != null
                        ? relation.opener().openInKeyOrder(ctx, scanColumns, keyOrder, fLimit + fOffset, pushed, threshold)
                        : threshold != null ? relation.opener().open(ctx, scanColumns, scanHint, pushed, threshold)
                        : relation.opener().open(ctx, scanColumns, scanHint, pushed);
                boolean filter = finalWhere != null && !filteredByStorage(morsels, pushed);
                Supplier<List<Operator>> ops = () -> {
                    List<Operator> l = new ArrayList<>();
                    if (filter) l.add(new FilterOperator(finalWhere));
                    if (windowing) return l; // the windows and the projection run after all rows are in
                    l.add(new ProjectOperator(finalProjection));
                    if (countedInScan) l.add(new RowsBeforeLimitOperator(ctx.progress().rowsBeforeLimit.counter(level)));
                    if (fLimit >= 0 && !sortKeys.isEmpty() && !distinct && limitByChannels.length == 0 && !noTopN) {
                        l.add(new TopNOperator(sortKeys, fLimit + fOffset, ctx, threshold));
                    } else if (simpleLimit) {
                        l.add(new LimitOperator(fLimit + fOffset, 0));
                    }
                    return l;
                };
                return ParallelPipeline.run(ctx, morsels, ops, ctx.maxThreads());
            };
        }
        Function<ExecutionContext, ChunkSource> stage1Source = source;
        boolean agg = aggregation;
        Function<ExecutionContext, ChunkSource> open = ctx -> {
            List<Operator> ops = new ArrayList<>();
            if (agg && finalHaving != null) ops.add(new FilterOperator(finalHaving));
            if (windowing) ops.addAll(windowStages.operators(ctx));
            if (agg || windowing) ops.add(new ProjectOperator(finalProjection));
            if (distinct) {
                int[] all = new int[outputWidth];
                for (int i = 0; i < outputWidth; i++) all[i] = i;
                ops.add(new DistinctOperator(all));
            }
            boolean count = countBeforeLimit && !countedInScan;
            if (!sortKeys.isEmpty()) {
                // a sort keeps every row, so before it (and LIMIT BY) the count is the same as before the LIMIT
                if (count && limitByChannels.length == 0) {
                    ops.add(new RowsBeforeLimitOperator(ctx.progress().rowsBeforeLimit.counter(level)));
                    count = false;
                }
                if (fLimit >= 0 && limitByChannels.length == 0 && !noTopN) ops.add(new TopNOperator(sortKeys, fLimit + fOffset, ctx));
                else ops.add(new SortOperator(sortKeys, ctx));
            }
            if (limitByChannels.length > 0) ops.add(new LimitByOperator(limitByChannels, limitByLimit, limitByOffset));
            if (fill != null) ops.add(fill.fresh());
            if (count) ops.add(new RowsBeforeLimitOperator(ctx.progress().rowsBeforeLimit.counter(level)));
            if (withTies) ops.add(new io.strata.exec.operator.LimitWithTiesOperator(fLimit, fOffset, sortKeys));
            else if (fLimit >= 0 || fOffset > 0) ops.add(new LimitOperator(fLimit >= 0 ? fLimit : Long.MAX_VALUE, fOffset));
            if (needTrim) ops.add(new ProjectOperator(trim));
            return ParallelPipeline.pipe(ctx, stage1Source.apply(ctx), ops);
        };
        if (lazyPlan != null) {
            open = lazyPlan.open(relation, lazyKeyOrder, pushed, open, finalWhere, finalProjection, sortKeys, fLimit, fOffset,
                    countedInScan, level, outputWidth, topNBound);
            explain.insert(0, "LazilyRead (columns: " + String.join(", ", lazyPlan.lazyColumnNames()) + ")\n");
        }
        explain.insert(0, "Expression (Projection)\n" + (sortKeys.isEmpty() ? "" : "Sorting\n")
                + (finalWhere != null ? "Filter (WHERE)\n" : ""));
        explain.append("ReadFromStorage\n");
        if (topNBound != null) explain.append("  Top-N dynamic filter: ").append(topNBound.column()).append('\n');
        if (pushed != null) explain.append("  Pushed filter: ").append(FilterConditionTranslator.describe(pushed.condition())).append('\n');
        if (totals != null) {
            // the totals row goes through HAVING-less final projection
            Function<ExecutionContext, ChunkSource> base = open;
            List<Expression> totalsProjection = new ArrayList<>(finalProjection.subList(0, outputWidth));
            open = ctx -> new TotalsProjectingSource(base.apply(ctx), totals, totalsProjection);
        }
        return new PlannedQuery(header, open, explain.toString(), totals);
    }

    /** Whether every aggregate call is a plain {@code count()} (no arguments, DISTINCT, parameters or window). */
    private static boolean isPlainCountOnly(List<FunctionCall> calls) {
        if (calls.isEmpty()) return false;
        for (FunctionCall f : calls) {
            if (!f.name().equalsIgnoreCase("count") || !f.args().isEmpty() || f.distinct() || f.over() != null
                    || f.parameters() != null && !f.parameters().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static void collectArrayJoins(Expr e, List<FunctionCall> out) {
        switch (e) {
            case Aliased a -> collectArrayJoins(a.expr(), out);
            case FunctionCall f -> {
                for (Expr a : f.args()) collectArrayJoins(a, out);
                if (f.name().equalsIgnoreCase("arrayJoin")) out.add(f);
            }
            default -> {
            }
        }
    }

    /** The relation {@code base} with one more (hidden) column, {@code arrayJoin(arr)}. */
    private Relation arrayJoinRelation(Relation base, FunctionCall call) {
        if (call.args().size() != 1) {
            throw new DbException(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function arrayJoin requires exactly one argument");
        }
        return arrayJoinRelation(base, List.of(call.args().get(0)), List.of(ExpressionCompiler.canonical(call)), false, false);
    }

    /**
     * ARRAY JOIN: each row of {@code base} is repeated once per element of its arrays (several
     * arrays are zipped and must have equal sizes); rows with empty arrays disappear, or with
     * {@code left} keep one row with default elements. Each joined element is a column named
     * {@code names[i]}; a base column of the same name is replaced by it (as in
     * {@code ARRAY JOIN arr}), others are added ({@code ARRAY JOIN arr AS x}).
     */
    private Relation arrayJoinRelation(Relation base, List<Expr> arrays, List<String> outNames, boolean left, boolean visible) {
        Scope argScope = Scope.over(base);
        List<Expression> arrayExprs = new ArrayList<>();
        List<DataType> elementTypes = new ArrayList<>();
        for (Expr a : arrays) {
            Expression e = compiler.compile(a, argScope);
            if (!(DataTypes.removeLowCardinality(e.type()) instanceof io.strata.core.type.ArrayType at)) {
                throw new DbException(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "ARRAY JOIN requires an array argument, got "
                        + e.type());
            }
            arrayExprs.add(e);
            elementTypes.add(at.element());
        }
        List<Integer> argColumns = List.copyOf(argScope.usedColumns());
        List<String> names = new ArrayList<>(base.names());
        List<DataType> types = new ArrayList<>(base.types());
        List<Boolean> shown = new ArrayList<>(base.visibleInStar());
        int[] joinedAt = new int[arrays.size()]; // relation index of each joined column
        for (int j = 0; j < arrays.size(); j++) {
            int i = names.indexOf(outNames.get(j));
            if (i < 0) {
                names.add(outNames.get(j));
                types.add(elementTypes.get(j));
                shown.add(visible);
                i = names.size() - 1;
            } else {
                types.set(i, elementTypes.get(j));
            }
            joinedAt[j] = i;
        }
        Relation.Opener opener = (ctx, columns, hint, filter) -> {
            // the filter is over the joined rows, not the base table's: it is not passed down
            List<Integer> baseColumns = new ArrayList<>(argColumns);
            int[] map = new int[columns.size()]; // >= 0: base channel; < 0: -(joined array index) - 1
            for (int i = 0; i < map.length; i++) {
                int c = columns.get(i);
                int joined = -1;
                for (int j = 0; j < joinedAt.length; j++) if (joinedAt[j] == c) joined = j;
                if (joined >= 0) {
                    map[i] = -joined - 1;
                } else {
                    int p = baseColumns.indexOf(c);
                    if (p < 0) {
                        baseColumns.add(c);
                        p = baseColumns.size() - 1;
                    }
                    map[i] = p;
                }
            }
            List<ChunkSource> out = new ArrayList<>();
            for (ChunkSource m : base.opener().open(ctx, baseColumns, -1, null)) {
                out.add(new ArrayJoinSource(m, arrayExprs, elementTypes, map, left));
            }
            return out;
        };
        return new Relation(names, types, shown, base.qualifier(), base.definition(), opener, -1, false);
    }

    private AggregateFunction aggregateFunction(FunctionCall f) {
        String name = f.name();
        if (f.distinct()) {
            if (name.equalsIgnoreCase("count")) name = "uniqExact";
            else name = name + "Distinct";
        }
        AggregateFunction fn = registry.aggregate(name);
        if (fn == null) throw new DbException(ErrorCode.UNKNOWN_AGGREGATE_FUNCTION, "Unknown aggregate function " + name);
        return fn;
    }

    private static void checkFilterType(DataType t) {
        DataType u = t.unwrap();
        if (!(u.isInteger() || u.id() == io.strata.core.type.TypeId.NOTHING)) {
            throw new DbException(ErrorCode.ILLEGAL_TYPE_OF_COLUMN_FOR_FILTER, "Illegal type " + t
                    + " of column for filter. Must be UInt8 or Nullable(UInt8).");
        }
    }

    /** GROUP BY 1 / ORDER BY 2 refer to select items (enable_positional_arguments, on by default). */
    private static Expr positional(Expr e, List<Expr> select) {
        if (e instanceof Literal l && l.value() instanceof Long n) {
            if (n < 1 || n > select.size()) {
                throw new DbException(ErrorCode.BAD_ARGUMENTS, "Positional argument out of bounds: " + n
                        + " (expected in range [1, " + select.size() + "])");
            }
            Expr s = select.get((int) (n - 1));
            return s instanceof Aliased a ? a.expr() : s;
        }
        return e;
    }

    private long constantLong(Expr e, String clause) {
        Expression c = compiler.compile(e, Scope.fixed(Map.of(), List.of()));
        if (!(c instanceof ConstantExpression ce) || !c.type().unwrap().isInteger()) {
            throw new DbException(ErrorCode.INVALID_LIMIT_EXPRESSION, "The value of " + clause
                    + " expression must be a constant non-negative integer");
        }
        long v = ((io.strata.core.column.LongColumn) ce.value().materialize()).get(0);
        if (v < 0) {
            throw new DbException(ErrorCode.INVALID_LIMIT_EXPRESSION, "The value " + v + " of " + clause
                    + " expression is not representable as UInt64");
        }
        return v;
    }

    /**
     * Whether the storage applied the pushed WHERE to every row of these morsels (PREWHERE), so
     * that evaluating it again above the scan would only repeat the work.
     */
    static boolean filteredByStorage(List<ChunkSource> morsels, PushedFilter pushed) {
        if (pushed == null || morsels.isEmpty()) return false;
        for (ChunkSource m : morsels) if (!m.filterApplied()) return false;
        return true;
    }

    private boolean containsAggregate(Expr e) {
        return switch (e) {
            case Aliased a -> containsAggregate(a.expr());
            case FunctionCall f -> isAggregateCall(f) || f.args().stream().anyMatch(this::containsAggregate);
            case Lambda l -> containsAggregate(l.body());
            default -> false;
        };
    }

    private boolean isAggregateCall(FunctionCall f) {
        return f.over() == null && registry.scalar(f.name()) == null && registry.isAggregate(f.distinct() && f.name()
                .equalsIgnoreCase("count") ? "uniqExact" : f.name());
    }

    private void collectAggregates(Expr e, List<FunctionCall> out) {
        switch (e) {
            case Aliased a -> collectAggregates(a.expr(), out);
            case FunctionCall f -> {
                if (isAggregateCall(f)) {
                    for (Expr a : f.args()) {
                        if (containsAggregate(a)) {
                            throw new DbException(ErrorCode.ILLEGAL_AGGREGATION, "Aggregate function "
                                    + ExpressionCompiler.canonical(a) + " is found inside another aggregate function in query");
                        }
                    }
                    out.add(f);
                } else {
                    for (Expr a : f.args()) collectAggregates(a, out);
                }
            }
            default -> {
            }
        }
    }

    private static void collectAliases(Expr e, Map<String, Expr> aliases) {
        switch (e) {
            case Aliased a -> {
                Expr prev = aliases.get(a.alias());
                if (prev != null && !ExpressionCompiler.canonical(prev).equals(ExpressionCompiler.canonical(a.expr()))) {
                    throw new DbException(ErrorCode.MULTIPLE_EXPRESSIONS_FOR_ALIAS, "Different expressions with the same alias "
                            + a.alias());
                }
                aliases.put(a.alias(), a.expr());
                collectAliases(a.expr(), aliases);
            }
            case FunctionCall f -> {
                for (Expr a : f.args()) collectAliases(a, aliases);
            }
            default -> {
            }
        }
    }

    /** Replaces alias references with their expressions (recursively, without cycles). */
    private static final class AliasExpander {
        private final Map<String, Expr> aliases;
        private final Relation relation;
        private final Set<String> expanding = new HashSet<>();

        AliasExpander(Map<String, Expr> aliases, Relation relation) {
            this.aliases = aliases;
            this.relation = relation;
        }

        /** The expression of an ALIAS column of the FROM table, or null. */
        private Expr aliasColumn(String name) {
            if (relation == null || relation.definition() == null || relation.indexOf(name) >= 0) return null;
            ColumnDefinition c = relation.definition().column(name);
            if (c == null || c.defaultKind() != ColumnDefinition.DefaultKind.ALIAS || c.defaultExpression() == null) return null;
            return io.strata.sql.parser.SqlParser.parseExpression(c.defaultExpression());
        }

        Expr expand(Expr e) {
            return switch (e) {
                case Aliased a -> {
                    // inside `expr AS name`, name is the column, not the alias (SELECT number * 2 AS number)
                    boolean added = expanding.add(a.alias());
                    try {
                        yield new Aliased(expand(a.expr()), a.alias());
                    } finally {
                        if (added) expanding.remove(a.alias());
                    }
                }
                case Identifier id -> {
                    String n = id.name();
                    Expr target = aliases.get(n);
                    if (target == null) target = aliasColumn(n);
                    if (target != null && !expanding.contains(n)) {
                        expanding.add(n);
                        try {
                            Expr x = expand(target);
                            yield x instanceof Aliased a ? a.expr() : x;
                        } finally {
                            expanding.remove(n);
                        }
                    }
                    yield id;
                }
                case FunctionCall f -> {
                    List<Expr> args = new ArrayList<>(f.args().size());
                    for (Expr a : f.args()) {
                        Expr x = expand(a);
                        args.add(x instanceof Aliased al ? al.expr() : x);
                    }
                    yield new FunctionCall(f.name(), args, f.parameters(), f.distinct(), window(f.over()));
                }
                default -> e;
            };
        }

        /** A window with aliases expanded in its PARTITION BY and ORDER BY (null stays null). */
        io.strata.sql.ast.WindowSpec window(io.strata.sql.ast.WindowSpec w) {
            if (w == null) return null;
            List<Expr> partition = new ArrayList<>();
            for (Expr p : w.partitionBy()) partition.add(unalias(expand(p)));
            List<OrderItem> order = new ArrayList<>();
            for (OrderItem o : w.orderBy()) order.add(new OrderItem(unalias(expand(o.expr())), o.descending(), o.nullsFirst(),
                    o.collation(), o.fill()));
            return new io.strata.sql.ast.WindowSpec(w.baseWindow(), partition, order, w.frame());
        }

        private static Expr unalias(Expr e) {
            return e instanceof Aliased a ? a.expr() : e;
        }
    }

    // ---------------------------------------------------------------------------------------

    private Relation resolveFrom(TableExpr from) {
        if (from == null) {
            return tableRelation(catalog.table("system", "one"), null, false);
        }
        return switch (from) {
            case TableRef t -> {
                if (t.database() == null && ctes.containsKey(t.table())) {
                    yield subqueryRelation(plan(ctes.get(t.table())), t.alias() != null ? t.alias() : t.table());
                }
                if (t.isFinal()) {
                    TableHandle h = catalog.table(t.database(), t.table());
                    if (!h.engine().capabilities().contains(io.strata.core.table.TableEngine.Capability.FINAL)) {
                        throw new DbException(ErrorCode.ILLEGAL_FINAL, "Storage " + h.engine().engineName() + " doesn't support FINAL");
                    }
                }
                TableHandle h = catalog.table(t.database(), t.table());
                if (ViewQuery.isView(h)) {
                    // a view is its query, planned here as a subquery
                    yield subqueryRelation(plan(ViewQuery.of(h)), t.alias() != null ? t.alias() : t.table());
                }
                yield tableRelation(h, t.alias() != null ? t.alias() : t.table(), t.isFinal());
            }
            case SubqueryRef s -> subqueryRelation(plan(s.query()), s.alias());
            case TableFunctionRef f -> {
                List<Column> args = new ArrayList<>();
                for (Expr a : f.function().args()) {
                    Expression e = compiler.compile(a, Scope.fixed(Map.of(), List.of()));
                    if (!(e instanceof ConstantExpression ce)) {
                        throw new DbException(ErrorCode.BAD_ARGUMENTS, "Arguments of table function " + f.function().name()
                                + " must be constants");
                    }
                    args.add(ce.value());
                }
                TableHandle h = catalog.tableFunction(f.function().name(), args);
                yield tableRelation(h, f.alias(), false);
            }
            case io.strata.sql.ast.ArrayJoinExpr aj -> {
                Relation base = resolveFrom(aj.source());
                List<Expr> arrays = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (Expr e : aj.arrays()) {
                    if (e instanceof Aliased a) {
                        arrays.add(a.expr());
                        names.add(a.alias());
                    } else if (e instanceof Identifier id) {
                        arrays.add(id);
                        names.add(id.name());
                    } else {
                        arrays.add(e);
                        names.add(ExpressionCompiler.canonical(e));
                    }
                }
                yield arrayJoinRelation(base, arrays, names, aj.left(), true);
            }
            case io.strata.sql.ast.JoinExpr j -> JoinRelation.of(j, resolveFrom(j.left()), resolveFrom(j.right()), compiler, settings,
                    catalog::temporaryDirectory);
            default -> throw new DbException(ErrorCode.NOT_IMPLEMENTED, "JOIN is not supported yet");
        };
    }

    private Relation tableRelation(TableHandle h, String qualifier, boolean finalMode) {
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        List<Boolean> visible = new ArrayList<>();
        for (ColumnDefinition c : h.definition().columns()) {
            if (c.defaultKind() == ColumnDefinition.DefaultKind.ALIAS || c.defaultKind() == ColumnDefinition.DefaultKind.EPHEMERAL) {
                continue; // ALIAS columns are expanded by the runner's rewrite; not stored
            }
            names.add(c.name());
            types.add(c.type());
            visible.add(c.isOrdinary());
        }
        Relation.Opener opener = new TableScan(h, names, types, finalMode);
        return new Relation(names, types, visible, qualifier, h.definition(), opener, finalMode ? -1 : h.engine().totalRows(), true);
    }

    private Relation subqueryRelation(PlannedQuery p, String qualifier) {
        List<String> names = p.header().names();
        List<DataType> types = p.header().types();
        List<Boolean> visible = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) visible.add(true);
        Relation.Opener opener = (ctx, columns, limitHint, filter) -> {
            ChunkSource src = p.open().apply(ctx);
            int[] cols = columns.stream().mapToInt(Integer::intValue).toArray();
            return List.of(new ChunkSource() {
                @Override
                public Chunk next() {
                    Chunk c = src.next();
                    if (c == null) return null;
                    Column[] out = new Column[cols.length];
                    for (int i = 0; i < cols.length; i++) out[i] = c.column(cols[i]);
                    return new Chunk(out, c.rowCount());
                }

                @Override
                public void close() {
                    src.close();
                }
            });
        };
        return new Relation(names, types, visible, qualifier, null, opener, -1, false);
    }

    static boolean isLowCardinality(DataType t) {
        return t instanceof LowCardinalityType;
    }
}
