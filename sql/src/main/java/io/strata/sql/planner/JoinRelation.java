package io.strata.sql.planner;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.settings.Settings;
import io.strata.core.table.ChunkSource;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.LowCardinalityType;
import io.strata.exec.driver.ExecutionContext;
import io.strata.exec.expression.ColumnReference;
import io.strata.exec.expression.Expression;
import io.strata.exec.function.scalar.Supertypes;
import io.strata.exec.join.HashJoin;
import io.strata.exec.join.JoinOutput;
import io.strata.exec.join.JoinSide;
import io.strata.exec.join.JoinSpec;
import io.strata.exec.join.JoinStatistics;
import io.strata.exec.operator.FilterOperator;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.Identifier;
import io.strata.sql.ast.JoinExpr;
import io.strata.sql.ast.JoinKind;
import io.strata.sql.ast.JoinStrictness;
import io.strata.sql.ast.TableExpr;
import io.strata.sql.ast.TableRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The relation of {@code left [ALL|ANY|SEMI|ANTI|ASOF] [INNER|LEFT|RIGHT|FULL|CROSS] JOIN right
 * ON ... | USING (...)} (and of {@code FROM a, b}): the left side's columns, then the right side's,
 * a right column whose name the left side already has being named {@code alias.column} as
 * ClickHouse names it. Either side's columns may be written {@code alias.column},
 * {@code table.column} or {@code db.table.column}.
 * <p>
 * {@code USING (k)}: the unqualified {@code k} is one column (the keys' common type) holding the
 * left row's key, or the right row's for a right row that matched nothing; {@code left.k} and
 * {@code right.k} are each side's own column; {@code *} shows {@code k} once, in the left
 * side's place. With {@code join_use_nulls = 1} the columns of the side that may be missing
 * (the right side of LEFT and FULL joins, the left of RIGHT and FULL) become Nullable and are NULL
 * where no row matched; otherwise they hold default values.
 * <p>
 * Rows are joined by {@link HashJoin}: the right side is built (or the left, for an INNER ALL join
 * whose left table has fewer rows), the other side probes it on all workers; a build side over
 * max_bytes_in_join spills to a grace hash join.
 */
final class JoinRelation {
    private JoinRelation() {
    }

    /** Where a relation column of the join comes from. */
    private record Origin(boolean right, int position, int usingKey) {
        static Origin side(boolean right, int position) {
            return new Origin(right, position, -1);
        }

        static Origin key(int k) {
            return new Origin(false, -1, k);
        }
    }

    static Relation of(JoinExpr join, Relation left, Relation right, ExpressionCompiler compiler, Settings settings,
                       Supplier<Path> temporaryDirectory) {
        JoinSpec spec = spec(join, settings);
        boolean cross = spec.kind() == JoinSpec.Kind.CROSS;
        if (!cross && join.on() == null && join.using().isEmpty()) {
            throw new DbException(ErrorCode.SYNTAX_ERROR, "JOIN requires an ON or USING clause");
        }
        boolean useNulls = settings.getBool("join_use_nulls");
        boolean leftNullable = useNulls && (spec.kind() == JoinSpec.Kind.RIGHT || spec.kind() == JoinSpec.Kind.FULL);
        boolean rightNullable = useNulls && (spec.kind() == JoinSpec.Kind.LEFT || spec.kind() == JoinSpec.Kind.FULL);

        int leftWidth = left.names().size();
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        List<Boolean> visible = new ArrayList<>();
        List<Origin> origins = new ArrayList<>();
        for (int i = 0; i < leftWidth; i++) {
            names.add(left.names().get(i));
            types.add(left.types().get(i));
            visible.add(left.visibleInStar().get(i));
            origins.add(Origin.side(false, i));
        }
        Map<String, Integer> qualified = new HashMap<>();
        addQualified(qualified, left, join.left(), 0);
        for (int i = 0; i < right.names().size(); i++) {
            String name = right.names().get(i);
            names.add(names.contains(name) && right.qualifier() != null ? right.qualifier() + "." + name : name);
            types.add(right.types().get(i));
            visible.add(right.visibleInStar().get(i));
            origins.add(Origin.side(true, i));
        }
        addQualified(qualified, right, join.right(), leftWidth);

        // the shape the ON clause is compiled over: both sides' own columns
        Relation shape = new Relation(names, types, visible, null, null, null, -1, false, qualified);
        JoinCondition on;
        if (!join.using().isEmpty()) {
            on = usingCondition(join.using(), left, right, leftWidth, spec, compiler, names, types, visible, origins, qualified);
        } else if (join.on() != null && !cross) {
            on = JoinCondition.analyze(join.on(), shape, leftWidth, spec.strictness() == JoinSpec.Strictness.ASOF, compiler);
        } else {
            on = new JoinCondition();
        }
        if (on.asofOp != null) spec = new JoinSpec(spec.kind(), spec.strictness(), on.asofOp);
        JoinSpec joinSpec = spec;
        if (!cross && on.leftKeys.isEmpty() && spec.strictness() != JoinSpec.Strictness.ASOF) {
            throw new DbException(ErrorCode.INVALID_JOIN_ON_EXPRESSION, "Cannot determine join keys in "
                    + spec.kind() + " JOIN: ON needs an equality between an expression of the left table and one of the right table");
        }
        if (!on.mixed.isEmpty() && !spec.swappable()) {
            throw new DbException(ErrorCode.INVALID_JOIN_ON_EXPRESSION, "JOIN ON conditions over both tables other than equalities "
                    + "are supported only for INNER ALL joins: " + ExpressionCompiler.canonical(JoinCondition.and(on.mixed)));
        }
        Part leftFilter = compileFilter(JoinCondition.and(on.leftOnly), shape, compiler);
        Part rightFilter = compileFilter(JoinCondition.and(on.rightOnly), shape, compiler);
        Part residual = compileFilter(JoinCondition.and(on.mixed), shape, compiler);

        // join_use_nulls: the side that may be missing turns Nullable (after ON was compiled over the sides' own types)
        for (int i = 0; i < origins.size(); i++) {
            Origin o = origins.get(i);
            if (o.usingKey() < 0 && (o.right() ? rightNullable : leftNullable)) types.set(i, nullable(types.get(i)));
        }
        // an INNER ALL join builds the side with fewer rows when both tables' row counts are known
        boolean swap = joinSpec.swappable() && left.exactRows() >= 0 && right.exactRows() >= 0 && left.exactRows() < right.exactRows();
        Relation finalShape = new Relation(names, types, visible, null, null, null, -1, false, qualified);
        List<Origin> origin = List.copyOf(origins);
        List<Boolean> nullableColumn = new ArrayList<>();
        for (Origin o : origin) nullableColumn.add(o.usingKey() < 0 && (o.right() ? rightNullable : leftNullable));

        Relation.Opener opener = (ctx, columns, limitHint, filter) -> {
            List<Integer> requested = new ArrayList<>(columns);
            if (residual != null) requested.addAll(residual.inputs());
            List<Integer> leftOpen = new ArrayList<>(), rightOpen = new ArrayList<>();
            List<JoinOutput.Source> sources = new ArrayList<>();
            List<DataType> outTypes = new ArrayList<>();
            for (int c : requested) {
                Origin o = origin.get(c);
                outTypes.add(finalShape.types().get(c));
                if (o.usingKey() >= 0) {
                    sources.add(new JoinOutput.Source(JoinOutput.From.KEY, o.usingKey(), false));
                } else {
                    int pos = slot(o.right() ? rightOpen : leftOpen, o.position());
                    JoinOutput.From from = o.right() != swap ? JoinOutput.From.BUILD : JoinOutput.From.PROBE;
                    sources.add(new JoinOutput.Source(from, pos, nullableColumn.get(c)));
                }
            }
            JoinSide leftSide = side(on.leftKeys, on.leftAsof, leftFilter, leftOpen, 0);
            JoinSide rightSide = side(on.rightKeys, on.rightAsof, rightFilter, rightOpen, leftWidth);
            List<DataType> leftTypes = sideTypes(left, leftOpen), rightTypes = sideTypes(right, rightOpen);
            HashJoin.Input leftInput = new HashJoin.Input(leftSide, leftTypes, () -> left.opener().open(ctx, leftOpen, -1, null));
            HashJoin.Input rightInput = new HashJoin.Input(rightSide, rightTypes, () -> right.opener().open(ctx, rightOpen, -1, null));
            JoinOutput output = new JoinOutput(sources, outTypes);
            List<ChunkSource> morsels = swap
                    ? HashJoin.open(ctx, joinSpec, rightInput, leftInput, output, limits(ctx, temporaryDirectory))
                    : HashJoin.open(ctx, joinSpec, leftInput, rightInput, output, limits(ctx, temporaryDirectory));
            if (residual == null) return morsels;
            List<ChunkSource> filtered = new ArrayList<>();
            for (ChunkSource m : morsels) filtered.add(new ResidualFilter(m, residual.expression(), columns.size()));
            return filtered;
        };
        return new Relation(names, types, visible, null, null, opener, -1, false, qualified);
    }

    /** A compiled condition and the relation columns it reads. */
    private record Part(Expression expression, List<Integer> inputs) {
    }

    private static Part compileFilter(Expr e, Relation shape, ExpressionCompiler compiler) {
        if (e == null) return null;
        Scope s = Scope.over(shape);
        Expression x = compiler.compile(e, s);
        return new Part(x, List.copyOf(s.usedColumns()));
    }

    private static JoinSide side(List<JoinCondition.Part> keys, JoinCondition.Part asof, Part filter, List<Integer> open, int offset) {
        List<JoinSide.Bound> bound = new ArrayList<>();
        for (JoinCondition.Part k : keys) bound.add(new JoinSide.Bound(k.expression(), inputs(k.inputs(), open, offset)));
        JoinSide.Bound condition = filter == null ? null : new JoinSide.Bound(filter.expression(), inputs(filter.inputs(), open, offset));
        JoinSide.Bound asofValue = asof == null ? null : new JoinSide.Bound(asof.expression(), inputs(asof.inputs(), open, offset));
        return new JoinSide(bound, condition, asofValue);
    }

    private static int[] inputs(List<Integer> used, List<Integer> open, int offset) {
        int[] positions = new int[used.size()];
        for (int i = 0; i < positions.length; i++) positions[i] = slot(open, used.get(i) - offset);
        return positions;
    }

    private static List<DataType> sideTypes(Relation side, List<Integer> open) {
        List<DataType> out = new ArrayList<>();
        for (int c : open) out.add(side.types().get(c));
        return out;
    }

    private static HashJoin.Limits limits(ExecutionContext ctx, Supplier<Path> temporaryDirectory) {
        Settings s = ctx.settings();
        String algorithm = s.getString("join_algorithm").trim().toLowerCase(Locale.ROOT);
        for (String a : algorithm.split(",")) {
            a = a.trim();
            if (!List.of("default", "auto", "hash", "parallel_hash", "grace_hash", "partial_merge", "direct", "full_sorting_merge",
                    "prefer_partial_merge").contains(a)) {
                throw new DbException(ErrorCode.BAD_ARGUMENTS, "Unknown join algorithm: '" + a + "'");
            }
        }
        // several algorithms may be listed: a spilling one among them allows spilling
        String effective = algorithm.contains("grace_hash") || algorithm.contains("partial_merge") ? "grace_hash"
                : algorithm.equals("hash") || algorithm.equals("parallel_hash") ? "hash" : "default";
        long maxBytes = s.getLong("max_bytes_in_join");
        long memory = s.getLong("max_memory_usage");
        // without max_bytes_in_join, a query under max_memory_usage spills before the build side takes half of it
        if (maxBytes == 0 && memory > 0 && !effective.equals("hash")) maxBytes = memory / 2;
        int buckets = (int) Math.min(1024, Math.max(2, s.getLong("grace_hash_join_initial_buckets")));
        return new HashJoin.Limits(effective, maxBytes, buckets, temporaryDirectory.get(), new JoinStatistics());
    }

    static JoinSpec spec(JoinExpr join, Settings settings) {
        if (join.kind() == JoinKind.PASTE) throw new DbException(ErrorCode.NOT_IMPLEMENTED, "PASTE JOIN is not supported yet");
        if (join.kind() == JoinKind.CROSS || join.kind() == JoinKind.COMMA) {
            return new JoinSpec(JoinSpec.Kind.CROSS, JoinSpec.Strictness.ALL, null);
        }
        JoinSpec.Kind kind = switch (join.kind()) {
            case LEFT -> JoinSpec.Kind.LEFT;
            case RIGHT -> JoinSpec.Kind.RIGHT;
            case FULL -> JoinSpec.Kind.FULL;
            default -> JoinSpec.Kind.INNER;
        };
        JoinSpec.Strictness strictness = switch (join.strictness()) {
            case ANY -> JoinSpec.Strictness.ANY;
            case SEMI -> JoinSpec.Strictness.SEMI;
            case ANTI -> JoinSpec.Strictness.ANTI;
            case ASOF -> JoinSpec.Strictness.ASOF;
            case ALL -> JoinSpec.Strictness.ALL;
            case DEFAULT -> settings.getString("join_default_strictness").trim().equalsIgnoreCase("ANY")
                    ? JoinSpec.Strictness.ANY : JoinSpec.Strictness.ALL;
        };
        if ((strictness == JoinSpec.Strictness.SEMI || strictness == JoinSpec.Strictness.ANTI)
                && kind != JoinSpec.Kind.LEFT && kind != JoinSpec.Kind.RIGHT) {
            throw new DbException(ErrorCode.NOT_IMPLEMENTED, strictness + " JOIN should be LEFT or RIGHT");
        }
        if (strictness == JoinSpec.Strictness.ANY && kind == JoinSpec.Kind.FULL) {
            throw new DbException(ErrorCode.NOT_IMPLEMENTED, "ANY FULL JOINs are not implemented");
        }
        if (strictness == JoinSpec.Strictness.ASOF && kind != JoinSpec.Kind.INNER && kind != JoinSpec.Kind.LEFT) {
            throw new DbException(ErrorCode.NOT_IMPLEMENTED, "ASOF only supports LEFT and INNER as base joins");
        }
        return new JoinSpec(kind, strictness, null);
    }

    /**
     * Keys of {@code USING (a, b)}: each name a column of both sides. The left side's column at that
     * name turns into the USING column (keys' common type, never Nullable); the left's own column
     * stays reachable as {@code left.a}. For ASOF the last name is the closest-match column
     * ({@code left.t >= right.t}).
     */
    private static JoinCondition usingCondition(List<String> using, Relation left, Relation right, int leftWidth, JoinSpec spec,
                                                ExpressionCompiler compiler, List<String> names, List<DataType> types,
                                                List<Boolean> visible, List<Origin> origins, Map<String, Integer> qualified) {
        JoinCondition c = new JoinCondition();
        boolean asof = spec.strictness() == JoinSpec.Strictness.ASOF;
        for (int k = 0; k < using.size(); k++) {
            String name = using.get(k);
            int l = Scope.findColumn(left, Identifier.of(name));
            int r = Scope.findColumn(right, Identifier.of(name));
            DataType common = Supertypes.leastSupertype(left.types().get(l), right.types().get(r));
            JoinCondition.Part lp = new JoinCondition.Part(compiler.cast(new ColumnReference(0, left.types().get(l)), common), List.of(l));
            JoinCondition.Part rp = new JoinCondition.Part(compiler.cast(new ColumnReference(0, right.types().get(r)), common),
                    List.of(r + leftWidth));
            if (asof && k == using.size() - 1) {
                c.leftAsof = lp;
                c.rightAsof = rp;
                c.asofOp = JoinSpec.AsofOp.GREATER_OR_EQUAL;
                continue;
            }
            int key = c.leftKeys.size();
            c.leftKeys.add(lp);
            c.rightKeys.add(rp);
            // the left's own column moves to a hidden position reachable by its qualified names
            int hidden = names.size();
            names.add("\u0000" + name);
            types.add(types.get(l));
            visible.add(false);
            origins.add(origins.get(l));
            for (Map.Entry<String, Integer> e : qualified.entrySet()) if (e.getValue() == l) e.setValue(hidden);
            types.set(l, common);
            origins.set(l, Origin.key(key));
            // the right's column is shown only through its qualified names
            visible.set(leftWidth + r, false);
        }
        return c;
    }

    /** Nullable(t) for join_use_nulls where ClickHouse can wrap t (not arrays, tuples, LowCardinality here). */
    private static DataType nullable(DataType t) {
        if (t.isNullable() || t instanceof LowCardinalityType || !t.canBeInsideNullable()) return t;
        return DataTypes.nullable(t);
    }

    /** The position of side column {@code c} in the list a side is opened with, adding it when new. */
    private static int slot(List<Integer> open, int c) {
        int i = open.indexOf(c);
        if (i >= 0) return i;
        open.add(c);
        return open.size() - 1;
    }

    /** alias.column, table.column and db.table.column for a side's columns (first spelling wins). */
    private static void addQualified(Map<String, Integer> out, Relation side, TableExpr source, int offset) {
        Map<String, Integer> own = new LinkedHashMap<>(side.qualifiedNames());
        List<String> prefixes = new ArrayList<>();
        if (side.qualifier() != null) prefixes.add(side.qualifier() + ".");
        if (source instanceof TableRef t) {
            prefixes.add(t.table() + ".");
            if (t.database() != null) prefixes.add(t.database() + "." + t.table() + ".");
        }
        for (int i = 0; i < side.names().size(); i++) {
            for (String p : prefixes) own.putIfAbsent(p + side.names().get(i), i);
        }
        own.forEach((name, i) -> out.putIfAbsent(name, i + offset));
    }

    /**
     * The ON conditions over both tables that are not equalities, applied to an INNER join's rows:
     * the join produced the requested columns followed by the condition's inputs.
     */
    private static final class ResidualFilter implements ChunkSource {
        private final ChunkSource source;
        private final Expression condition;
        private final int width;

        ResidualFilter(ChunkSource source, Expression condition, int width) {
            this.source = source;
            this.condition = condition;
            this.width = width;
        }

        @Override
        public Chunk next() {
            for (Chunk c; (c = source.next()) != null; ) {
                int n = c.rowCount();
                Column[] inputs = new Column[c.width() - width];
                for (int i = 0; i < inputs.length; i++) inputs[i] = c.column(width + i);
                Column mask = condition.evaluate(new Chunk(inputs, n));
                int[] rows = new int[n];
                int k = FilterOperator.select(mask, n, rows);
                if (k == 0) continue;
                Column[] out = new Column[width];
                for (int i = 0; i < width; i++) out[i] = k == n ? c.column(i) : c.column(i).take(rows, k);
                return new Chunk(out, k);
            }
            return null;
        }

        @Override
        public void close() {
            source.close();
        }
    }
}
