package io.strata.sql.planner;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.AggregateFunction;
import io.strata.core.function.FunctionContext;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.driver.ExecutionContext;
import io.strata.exec.expression.ConstantExpression;
import io.strata.exec.expression.Expression;
import io.strata.exec.function.FunctionRegistry;
import io.strata.exec.operator.AggregateCall;
import io.strata.exec.operator.Operator;
import io.strata.exec.operator.WindowOperator;
import io.strata.exec.operator.window.FrameAggregate;
import io.strata.exec.operator.window.FrameSpec;
import io.strata.exec.operator.window.OffsetFunction;
import io.strata.exec.operator.window.RankingFunction;
import io.strata.exec.operator.window.WindowFunction;
import io.strata.sql.ast.Aliased;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.FunctionCall;
import io.strata.sql.ast.Identifier;
import io.strata.sql.ast.Lambda;
import io.strata.sql.ast.NamedWindow;
import io.strata.sql.ast.OrderItem;
import io.strata.sql.ast.SqlFormatter;
import io.strata.sql.ast.WindowFrame;
import io.strata.sql.ast.WindowSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plans the window functions of one SELECT ({@code f(...) OVER (...)} in the select list and ORDER
 * BY). They are computed after WHERE, GROUP BY and HAVING and before ORDER BY, DISTINCT and LIMIT,
 * as in ClickHouse: calls over the same window (after resolving named windows of the WINDOW
 * clause) share one {@link WindowOperator}, each appending its results after the columns it
 * receives; the returned scope maps each call to its result channel for the final projection.
 */
final class WindowPlanner {
    private static final Set<String> RANKING = Set.of("row_number", "rank", "dense_rank", "denserank", "percent_rank",
            "percentrank", "cume_dist", "ntile");
    private static final Set<String> OFFSET = Set.of("laginframe", "leadinframe", "lag", "lead", "nth_value");

    private final ExpressionCompiler compiler;
    private final FunctionRegistry registry;
    private final FunctionContext functionContext;
    private final Map<String, WindowSpec> named = new HashMap<>();
    private final List<FunctionCall> calls = new ArrayList<>();

    /** The window stages and the scope of their output. */
    record Planned(List<Stage> stages, Scope scope) {
        List<Operator> operators(ExecutionContext ctx) {
            List<Operator> ops = new ArrayList<>();
            for (Stage s : stages) ops.add(new WindowOperator(s.partitionBy, s.orderBy, s.frame, s.calls, ctx));
            return ops;
        }
    }

    record Stage(List<Expression> partitionBy, List<WindowOperator.OrderKey> orderBy, FrameSpec frame,
                 List<WindowOperator.Call> calls) {
    }

    /** Collects the window calls of {@code exprs} (the select list and ORDER BY, aliases expanded). */
    WindowPlanner(ExpressionCompiler compiler, FunctionContext functionContext, List<NamedWindow> windows, List<Expr> exprs) {
        this.compiler = compiler;
        this.registry = compiler.registry();
        this.functionContext = functionContext;
        for (NamedWindow w : windows) named.put(w.name(), w.spec());
        Set<String> seen = new java.util.HashSet<>();
        for (Expr e : exprs) collect(e, seen, false);
    }

    boolean present() {
        return !calls.isEmpty();
    }

    private void collect(Expr e, Set<String> seen, boolean insideAggregate) {
        switch (e) {
            case Aliased a -> collect(a.expr(), seen, insideAggregate);
            case Lambda l -> collect(l.body(), seen, insideAggregate);
            case FunctionCall f -> {
                if (f.over() != null) {
                    if (insideAggregate) {
                        throw new DbException(ErrorCode.ILLEGAL_AGGREGATION, "Window function "
                                + ExpressionCompiler.canonical(f) + " is found inside aggregate function in query");
                    }
                    for (Expr a : f.args()) rejectWindows(a, "inside another window function");
                    WindowSpec spec = resolve(f.over(), f);
                    for (Expr p : spec.partitionBy()) rejectWindows(p, "inside window definition");
                    for (OrderItem o : spec.orderBy()) rejectWindows(o.expr(), "inside window definition");
                    if (seen.add(ExpressionCompiler.canonical(f))) calls.add(f);
                    return;
                }
                boolean aggregate = registry.scalar(f.name()) == null && registry.isAggregate(f.name());
                for (Expr a : f.args()) collect(a, seen, insideAggregate || aggregate);
            }
            default -> {
            }
        }
    }

    /** Window functions are not allowed in {@code clause} (WHERE, GROUP BY, HAVING...). */
    static void rejectWindows(Expr e, String where) {
        switch (e) {
            case Aliased a -> rejectWindows(a.expr(), where);
            case Lambda l -> rejectWindows(l.body(), where);
            case FunctionCall f -> {
                if (f.over() != null) {
                    throw new DbException(ErrorCode.ILLEGAL_AGGREGATION, "Window function " + ExpressionCompiler.canonical(f)
                            + " is found " + where + " in query");
                }
                for (Expr a : f.args()) rejectWindows(a, where);
            }
            default -> {
            }
        }
    }

    /** The PARTITION BY and ORDER BY expressions of every window (aggregates in them run before the windows). */
    List<Expr> specExpressions() {
        List<Expr> out = new ArrayList<>();
        for (FunctionCall f : calls) {
            WindowSpec w = resolve(f.over(), f);
            out.addAll(w.partitionBy());
            for (OrderItem o : w.orderBy()) out.add(o.expr());
        }
        return out;
    }

    /** The window with its named base windows folded in. */
    private WindowSpec resolve(WindowSpec spec, FunctionCall call) {
        WindowSpec cur = spec;
        for (int depth = 0; cur.baseWindow() != null; depth++) {
            WindowSpec base = named.get(cur.baseWindow());
            if (base == null || depth > named.size()) {
                throw new DbException(ErrorCode.BAD_ARGUMENTS, "Window '" + cur.baseWindow() + "' is not defined (referenced by '"
                        + ExpressionCompiler.canonical(call) + "')");
            }
            if (!cur.partitionBy().isEmpty()) {
                throw new DbException(ErrorCode.BAD_ARGUMENTS, "Derived window definition '" + SqlFormatter.window(cur)
                        + "' is not allowed to override PARTITION BY");
            }
            if (!cur.orderBy().isEmpty() && !base.orderBy().isEmpty()) {
                throw new DbException(ErrorCode.BAD_ARGUMENTS, "Derived window definition '" + SqlFormatter.window(cur)
                        + "' is not allowed to override a non-empty ORDER BY");
            }
            cur = new WindowSpec(base.baseWindow(), base.partitionBy(), cur.orderBy().isEmpty() ? base.orderBy() : cur.orderBy(),
                    cur.frame() != null ? cur.frame() : base.frame());
        }
        return cur;
    }

    /**
     * The PARTITION BY and ORDER BY expressions of the WINDOW clause: a column that only a named
     * window uses must be read from the relation too.
     */
    List<Expr> namedWindowExpressions() {
        List<Expr> out = new ArrayList<>();
        for (WindowSpec w : named.values()) {
            out.addAll(w.partitionBy());
            for (OrderItem o : w.orderBy()) out.add(o.expr());
        }
        return out;
    }

    /**
     * Before planning over a FROM relation, resolves every column the select list and ORDER BY use,
     * so that the scan's channels are fixed and the window results can follow them.
     */
    static int preResolve(ExpressionCompiler compiler, Scope input, List<Expr> exprs) {
        for (Expr e : exprs) touch(compiler, input, e);
        return input.usedColumns().size();
    }

    private static void touch(ExpressionCompiler compiler, Scope input, Expr e) {
        switch (e) {
            case Aliased a -> touch(compiler, input, a.expr());
            case Identifier id -> tryCompile(compiler, input, id);
            case Lambda l -> touch(compiler, input, l.body());
            case FunctionCall f -> {
                if (f.name().equalsIgnoreCase("arrayJoin")) tryCompile(compiler, input, f);
                for (Expr a : f.args()) touch(compiler, input, a);
                if (f.over() != null) {
                    for (Expr p : f.over().partitionBy()) touch(compiler, input, p);
                    for (OrderItem o : f.over().orderBy()) touch(compiler, input, o.expr());
                }
            }
            default -> {
            }
        }
    }

    private static void tryCompile(ExpressionCompiler compiler, Scope input, Expr e) {
        try {
            compiler.compile(e, input);
        } catch (DbException ignored) {
            // a lambda parameter or an unknown name: the real compilation reports it
        }
    }

    /** Compiles the windows over {@code base}, whose chunks have {@code baseWidth} channels. */
    Planned plan(Scope base, int baseWidth) {
        Map<String, List<FunctionCall>> byWindow = new LinkedHashMap<>();
        Map<String, WindowSpec> specs = new HashMap<>();
        for (FunctionCall f : calls) {
            WindowSpec w = resolve(f.over(), f);
            String key = SqlFormatter.window(new WindowSpec(null, w.partitionBy(), w.orderBy(), w.frame()));
            byWindow.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            specs.put(key, w);
        }
        List<Stage> stages = new ArrayList<>();
        Map<String, Integer> channels = new HashMap<>();
        Map<Integer, DataType> types = new HashMap<>();
        int next = baseWidth;
        for (Map.Entry<String, List<FunctionCall>> e : byWindow.entrySet()) {
            WindowSpec w = specs.get(e.getKey());
            List<Expression> partition = new ArrayList<>();
            for (Expr p : w.partitionBy()) partition.add(compiler.compile(p, base));
            List<WindowOperator.OrderKey> order = new ArrayList<>();
            for (OrderItem o : w.orderBy()) {
                order.add(new WindowOperator.OrderKey(compiler.compile(o.expr(), base), o.descending(),
                        o.nullsFirst() != null && o.nullsFirst()));
            }
            FrameSpec frame = frame(w.frame());
            if (frame.rangeOffsets() && order.size() != 1) {
                throw new DbException(ErrorCode.BAD_ARGUMENTS, "The RANGE OFFSET window frame requires exactly one ORDER BY column, "
                        + order.size() + " given");
            }
            List<WindowOperator.Call> stageCalls = new ArrayList<>();
            for (FunctionCall f : e.getValue()) {
                WindowOperator.Call call = function(f, w, frame, base);
                stageCalls.add(call);
                channels.put(ExpressionCompiler.canonical(f), next);
                types.put(next, call.function().type());
                next++;
            }
            stages.add(new Stage(partition, order, frame, stageCalls));
        }
        return new Planned(stages, Scope.windowed(base, channels, types));
    }

    private FrameSpec frame(WindowFrame f) {
        if (f == null) return FrameSpec.DEFAULT;
        boolean rows = f.unit() == WindowFrame.Unit.ROWS;
        FrameSpec.Bound start = bound(f.start(), rows);
        FrameSpec.Bound end = f.end() == null ? FrameSpec.Bound.of(FrameSpec.Kind.CURRENT_ROW) : bound(f.end(), rows);
        return new FrameSpec(rows, start, end);
    }

    private FrameSpec.Bound bound(WindowFrame.Bound b, boolean rows) {
        FrameSpec.Kind kind = FrameSpec.Kind.valueOf(b.kind().name());
        if (b.offset() == null) return FrameSpec.Bound.of(kind);
        Expression e = compiler.compile(b.offset(), Scope.fixed(Map.of(), List.of()));
        Object v = e instanceof ConstantExpression ce && !ce.value().isNullAt(0) ? ce.value().getObject(0) : null;
        if (!(v instanceof Number n)) {
            throw new DbException(ErrorCode.BAD_ARGUMENTS, "Window frame offset must be a constant number, got "
                    + ExpressionCompiler.canonical(b.offset()));
        }
        double d = n.doubleValue();
        if (rows && d != Math.rint(d)) {
            throw new DbException(ErrorCode.BAD_ARGUMENTS, "Window frame offset for ROWS frame must be an integer, got " + d);
        }
        if (d < 0) {
            throw new DbException(ErrorCode.BAD_ARGUMENTS, "Window frame offset must be non-negative, got " + n);
        }
        return new FrameSpec.Bound(kind, d);
    }

    private WindowOperator.Call function(FunctionCall f, WindowSpec w, FrameSpec frame, Scope base) {
        String lower = f.name().toLowerCase(Locale.ROOT);
        if (RANKING.contains(lower)) {
            long buckets = 0;
            if (lower.equals("ntile")) {
                checkArguments(f, 1, 1);
                buckets = constantLong(f, f.args().get(0), "Argument of 'ntile' function must be a positive integer");
                if (buckets <= 0) {
                    throw new DbException(ErrorCode.BAD_ARGUMENTS, "Argument of 'ntile' function must be a positive integer");
                }
                if (w.orderBy().isEmpty()) {
                    throw new DbException(ErrorCode.BAD_ARGUMENTS, "Window frame for 'ntile' function must have ORDER BY clause");
                }
                if (w.frame() != null && !frame.equals(FrameSpec.WHOLE_PARTITION)) {
                    throw new DbException(ErrorCode.BAD_ARGUMENTS,
                            "Window frame for function 'ntile' should be 'ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING'");
                }
            } else {
                checkArguments(f, 0, 0);
            }
            RankingFunction.Kind kind = switch (lower) {
                case "row_number" -> RankingFunction.Kind.ROW_NUMBER;
                case "rank" -> RankingFunction.Kind.RANK;
                case "dense_rank", "denserank" -> RankingFunction.Kind.DENSE_RANK;
                case "percent_rank", "percentrank" -> RankingFunction.Kind.PERCENT_RANK;
                case "cume_dist" -> RankingFunction.Kind.CUME_DIST;
                default -> RankingFunction.Kind.NTILE;
            };
            return new WindowOperator.Call(new RankingFunction(kind, buckets), List.of());
        }
        if (OFFSET.contains(lower)) return offsetFunction(f, lower, base);
        return aggregate(f, base);
    }

    private WindowOperator.Call offsetFunction(FunctionCall f, String lower, Scope base) {
        boolean nth = lower.equals("nth_value");
        if (nth) checkArguments(f, 2, 2);
        else checkArguments(f, 1, 3);
        Expression value = compiler.compile(f.args().get(0), base);
        long offset = 1;
        if (f.args().size() >= 2) {
            offset = constantLong(f, f.args().get(1), "Offset of function " + f.name() + " must be a constant integer");
            if (nth ? offset <= 0 : offset < 0) {
                throw new DbException(ErrorCode.BAD_ARGUMENTS, "The offset for function " + f.name() + " must be "
                        + (nth ? "positive" : "non-negative") + ", " + offset + " given");
            }
        }
        DataType type = value.type();
        List<Expression> args = new ArrayList<>();
        if (f.args().size() == 3) {
            Expression fallback = compiler.compile(f.args().get(2), base);
            try {
                type = DataTypes.leastSupertype(List.of(value.type(), fallback.type()));
            } catch (DbException e) {
                throw new DbException(ErrorCode.BAD_ARGUMENTS, "The default value type '" + fallback.type()
                        + "' is not convertible to the argument type '" + value.type() + "'");
            }
            args.add(compiler.cast(value, type));
            args.add(compiler.cast(fallback, type));
        } else {
            args.add(value);
        }
        OffsetFunction.Kind kind = switch (lower) {
            case "laginframe" -> OffsetFunction.Kind.LAG_IN_FRAME;
            case "leadinframe" -> OffsetFunction.Kind.LEAD_IN_FRAME;
            case "lag" -> OffsetFunction.Kind.LAG;
            case "lead" -> OffsetFunction.Kind.LEAD;
            default -> OffsetFunction.Kind.NTH_VALUE;
        };
        return new WindowOperator.Call(new OffsetFunction(kind, offset, f.args().size() == 3, type), args);
    }

    private WindowOperator.Call aggregate(FunctionCall f, Scope base) {
        String name = f.name();
        if (f.distinct()) name = name.equalsIgnoreCase("count") ? "uniqExact" : name + "Distinct";
        if (!registry.isAggregate(name) || registry.scalar(name) != null) {
            throw new DbException(ErrorCode.UNKNOWN_AGGREGATE_FUNCTION, "Unknown aggregate function " + f.name());
        }
        AggregateFunction fn = registry.aggregate(name);
        List<Expression> args = new ArrayList<>();
        List<DataType> argTypes = new ArrayList<>();
        int[] channels = new int[f.args().size()];
        for (int i = 0; i < channels.length; i++) {
            Expression a = compiler.compile(f.args().get(i), base);
            args.add(a);
            argTypes.add(a.type());
            channels[i] = i;
        }
        List<Object> params = new ArrayList<>();
        if (f.parameters() != null) {
            for (Expr p : f.parameters()) {
                Expression pe = compiler.compile(p, Scope.fixed(Map.of(), List.of()));
                if (!(pe instanceof ConstantExpression ce)) {
                    throw new DbException(ErrorCode.BAD_ARGUMENTS, "Parameters of aggregate function " + f.name() + " must be constants");
                }
                params.add(ce.value().getObject(0));
            }
        }
        AggregateCall call = AggregateCall.bind(fn, argTypes, params, functionContext, channels);
        return new WindowOperator.Call(new FrameAggregate(call), args);
    }

    private static void checkArguments(FunctionCall f, int min, int max) {
        int n = f.args().size();
        if (n < min || n > max) {
            throw new DbException(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function " + f.name() + " takes "
                    + (min == max ? min : "from " + min + " to " + max) + " arguments, " + n + " given");
        }
    }

    private long constantLong(FunctionCall f, Expr e, String message) {
        Expression c = compiler.compile(e, Scope.fixed(Map.of(), List.of()));
        if (!(c instanceof ConstantExpression ce) || ce.value().isNullAt(0) || !(ce.value().getObject(0) instanceof Number n)
                || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new DbException(ErrorCode.BAD_ARGUMENTS, message);
        }
        return n.longValue();
    }
}
