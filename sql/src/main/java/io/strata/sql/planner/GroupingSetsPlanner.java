package io.strata.sql.planner;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.expression.ConstantExpression;
import io.strata.exec.expression.Expression;
import io.strata.exec.operator.AggregationStage;
import io.strata.sql.ast.Aliased;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.FunctionCall;
import io.strata.sql.ast.GroupBy;
import io.strata.sql.ast.Lambda;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * GROUP BY ... WITH ROLLUP / WITH CUBE / ROLLUP(...) / CUBE(...) / GROUPING SETS (...), and the
 * {@code grouping(k1, ...)} function.
 * <p>
 * The keys of all sets together are the aggregation keys. Each grouping set is aggregated on its
 * own (the input is read once per set): keys outside the set are replaced by a constant, the
 * default value of their type as ClickHouse does, or NULL with group_by_use_nulls = 1 (the key
 * columns then become Nullable). Each {@code grouping(...)} call is one more key column, a
 * constant per set: bit i (counting from the last argument) is 1 when argument i is NOT in the set
 * (the SQL standard's meaning, ClickHouse's force_grouping_standard_compatibility = 1). The sets'
 * results are concatenated.
 */
final class GroupingSetsPlanner {
    private final List<Expr> keys;
    private final List<boolean[]> sets;
    private final boolean useNulls;
    private final List<int[]> groupingArgs = new ArrayList<>();
    private int firstKeyChannel;
    private int groupingChannel;

    private GroupingSetsPlanner(List<Expr> keys, List<boolean[]> sets, boolean useNulls) {
        this.keys = keys;
        this.sets = sets;
        this.useNulls = useNulls;
    }

    /**
     * Whether this GROUP BY has grouping sets (a modifier or GROUPING SETS), or is a plain key list
     * whose query calls grouping() (one set of all keys: grouping() is 0).
     */
    static boolean applies(GroupBy g, List<Expr> clauses) {
        if (g == null || g.all()) return false;
        if (g.modifier() != null && g.modifier() != GroupBy.Modifier.NONE || g.groupingSets() != null && !g.groupingSets().isEmpty()) {
            return true;
        }
        List<FunctionCall> calls = new ArrayList<>();
        for (Expr e : clauses) collectGroupingCalls(e, calls);
        return !calls.isEmpty() && !g.exprs().isEmpty();
    }

    /** Reads the sets of {@code g}; {@code resolve} expands aliases and positional arguments of a key. */
    static GroupingSetsPlanner of(GroupBy g, UnaryOperator<Expr> resolve, boolean useNulls) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Expr> keys = new ArrayList<>();
        List<List<Integer>> setKeys = new ArrayList<>();
        List<List<Expr>> written = g.groupingSets() != null && !g.groupingSets().isEmpty() ? g.groupingSets() : List.of(g.exprs());
        for (List<Expr> set : written) {
            List<Integer> ids = new ArrayList<>();
            for (Expr e : set) {
                Expr k = resolve.apply(e);
                Integer i = index.get(ExpressionCompiler.canonical(k));
                if (i == null) {
                    i = keys.size();
                    index.put(ExpressionCompiler.canonical(k), i);
                    keys.add(k);
                }
                if (!ids.contains(i)) ids.add(i);
            }
            setKeys.add(ids);
        }
        List<boolean[]> sets = new ArrayList<>();
        if (g.groupingSets() != null && !g.groupingSets().isEmpty()) {
            for (List<Integer> ids : setKeys) sets.add(mask(ids, keys.size(), ids.size()));
        } else if (g.modifier() == null || g.modifier() == GroupBy.Modifier.NONE) {
            sets.add(mask(setKeys.get(0), keys.size(), setKeys.get(0).size()));
        } else if (g.modifier() == GroupBy.Modifier.ROLLUP) {
            // (k1..kn), (k1..kn-1), ..., ()
            List<Integer> ids = setKeys.get(0);
            for (int n = ids.size(); n >= 0; n--) sets.add(mask(ids, keys.size(), n));
        } else {
            // CUBE: every subset, the full set first and () last
            List<Integer> ids = setKeys.get(0);
            int n = ids.size();
            if (n > 20) throw new DbException(ErrorCode.TOO_LARGE_ARRAY_SIZE, "Too many keys for CUBE: " + n);
            for (int bits = (1 << n) - 1; bits >= 0; bits--) {
                boolean[] m = new boolean[keys.size()];
                for (int j = 0; j < n; j++) if ((bits & 1 << (n - 1 - j)) != 0) m[ids.get(j)] = true;
                sets.add(m);
            }
        }
        return new GroupingSetsPlanner(keys, sets, useNulls);
    }

    private static boolean[] mask(List<Integer> ids, int width, int prefix) {
        boolean[] m = new boolean[width];
        for (int j = 0; j < prefix; j++) m[ids.get(j)] = true;
        return m;
    }

    /** The aggregation keys: every key of every set, each once. */
    List<Expr> keys() {
        return keys;
    }

    /**
     * Called once the keys are the pre-aggregation channels {@code firstKey..firstKey+keys-1}: makes
     * the key types Nullable under group_by_use_nulls, and adds one key channel per distinct
     * {@code grouping(...)} call found in {@code clauses}, registered under its canonical text.
     */
    void addGroupingColumns(List<Expr> clauses, int firstKey, List<Expression> pre, Map<String, Integer> mid,
                            List<DataType> midTypes, ExpressionCompiler compiler) {
        firstKeyChannel = firstKey;
        if (useNulls) {
            for (int i = 0; i < keys.size(); i++) {
                int ch = firstKey + i;
                DataType t = DataTypes.makeNullableSafe(midTypes.get(ch));
                pre.set(ch, compiler.cast(pre.get(ch), t));
                midTypes.set(ch, t);
            }
        }
        Map<String, Integer> keyIndex = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) keyIndex.put(ExpressionCompiler.canonical(keys.get(i)), i);
        List<FunctionCall> calls = new ArrayList<>();
        for (Expr e : clauses) collectGroupingCalls(e, calls);
        groupingChannel = pre.size();
        for (FunctionCall f : calls) {
            String name = ExpressionCompiler.canonical(f);
            if (mid.containsKey(name)) continue;
            if (f.args().isEmpty()) {
                throw new DbException(ErrorCode.TOO_FEW_ARGUMENTS_FOR_FUNCTION, "Function GROUPING expects at least one argument");
            }
            int[] args = new int[f.args().size()];
            for (int i = 0; i < args.length; i++) {
                Integer k = keyIndex.get(ExpressionCompiler.canonical(f.args().get(i)));
                if (k == null) {
                    throw new DbException(ErrorCode.BAD_ARGUMENTS, "Argument of GROUPING function "
                            + ExpressionCompiler.canonical(f.args().get(i)) + " is not a part of GROUP BY clause");
                }
                args[i] = k;
            }
            groupingArgs.add(args);
            mid.put(name, pre.size());
            midTypes.add(DataTypes.UINT64);
            pre.add(new ConstantExpression(new LongColumn(DataTypes.UINT64, new long[]{0})));
        }
    }

    private static void collectGroupingCalls(Expr e, List<FunctionCall> out) {
        switch (e) {
            case Aliased a -> collectGroupingCalls(a.expr(), out);
            case FunctionCall f -> {
                if (f.name().equalsIgnoreCase("grouping") && f.over() == null) out.add(f);
                else for (Expr a : f.args()) collectGroupingCalls(a, out);
            }
            case Lambda l -> collectGroupingCalls(l.body(), out);
            default -> {
            }
        }
    }

    /** The pre-aggregation projection of one set: keys outside it become constants, grouping() its value. */
    private List<Expression> projection(List<Expression> pre, boolean[] set) {
        List<Expression> p = new ArrayList<>(pre);
        for (int i = 0; i < keys.size(); i++) {
            if (set[i]) continue;
            DataType t = pre.get(firstKeyChannel + i).type();
            Column c = t.isNullable() && useNulls ? nullOf(t) : t.defaultColumn(1);
            p.set(firstKeyChannel + i, new ConstantExpression(c));
        }
        for (int g = 0; g < groupingArgs.size(); g++) {
            int[] args = groupingArgs.get(g);
            long v = 0;
            for (int a : args) v = v << 1 | (set[a] ? 0 : 1);
            p.set(groupingChannel + g, new ConstantExpression(new LongColumn(DataTypes.UINT64, new long[]{v})));
        }
        return p;
    }

    private static Column nullOf(DataType t) {
        var b = t.createBuilder(1);
        b.appendNull();
        return b.build();
    }

    /**
     * Aggregates every set in turn with {@code aggregate} (which reads the input anew and runs the
     * pre-aggregation projection it is given). Totals come from the first set, which has all keys.
     */
    AggregationStage.Result run(List<Expression> pre, Function<List<Expression>, AggregationStage.Result> aggregate) {
        return new AggregationStage.Result() {
            private int index;
            private AggregationStage.Result current;
            private AggregationStage.Result first;
            private long firstRows;

            @Override
            public Chunk next() {
                while (true) {
                    if (current == null) {
                        if (index >= sets.size()) return null;
                        current = aggregate.apply(projection(pre, sets.get(index)));
                        if (index == 0) first = current;
                        index++;
                    }
                    Chunk c = current.next();
                    if (c != null) {
                        if (current == first) firstRows += c.rowCount();
                        return c;
                    }
                    if (current != first) current.close();
                    current = null;
                }
            }

            @Override
            public Column[] totals(byte[] include) {
                return first.totals(include == null ? null : Arrays.copyOf(include, (int) firstRows));
            }

            @Override
            public void close() {
                if (current != null && current != first) current.close();
                if (first != null) first.close();
            }
        };
    }
}
