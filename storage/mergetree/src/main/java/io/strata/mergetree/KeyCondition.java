package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.StringColumn;
import io.strata.core.table.FilterCondition;
import io.strata.core.table.TableEngineFactory.EngineServices;
import io.strata.core.type.DataType;
import io.strata.exec.operator.RowComparator;
import io.strata.exec.operator.RowComparators;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, for a range of index values, whether a pushed-down condition may be true and whether
 * it may be false (ClickHouse's BoolMask) — over the sparse primary index to select granules, and
 * over a part's min/max index to skip whole partitions. A comparison is usable when its
 * expression is an index column itself or a non-decreasing function of one; the function is
 * evaluated on the index values, so {@code toDate(ts) = '2024-01-02'} bounds a key on {@code ts}.
 * Anything else is "may be true and may be false": an index never drops a row that matches.
 */
final class KeyCondition {
    /** Where a comparison's expression comes from: index column {@code column} through {@code expression}. */
    private record Binding(int column, String expression, DataType type) {
    }

    private final FilterCondition condition;
    private final List<String> indexNames;
    private final List<DataType> indexTypes;
    private final EngineServices services;
    // by identity: the tree's own nodes are looked up on every evaluation, and a record's hash
    // would walk its expression, columns and type each time
    private final Map<FilterCondition.Compare, Binding> bindings = new IdentityHashMap<>();

    /** A condition over index columns named {@code indexNames} (key elements' SQL, or column names). */
    KeyCondition(FilterCondition condition, List<String> indexNames, List<DataType> indexTypes, EngineServices services) {
        this.condition = condition;
        this.indexNames = indexNames;
        this.indexTypes = indexTypes;
        this.services = services;
        if (condition != null) bind(condition);
    }

    /** Whether any comparison refers to an index column (else the index cannot help). */
    boolean isUseful() {
        return !bindings.isEmpty();
    }

    private void bind(FilterCondition c) {
        switch (c) {
            case FilterCondition.And a -> a.children().forEach(this::bind);
            case FilterCondition.Or o -> o.children().forEach(this::bind);
            case FilterCondition.Not n -> bind(n.child());
            case FilterCondition.Compare cmp -> {
                String e = normalize(cmp.expression());
                for (int k = 0; k < indexNames.size(); k++) {
                    String name = normalize(indexNames.get(k));
                    if (e.equals(name)) {
                        if (indexTypes.get(k).equals(cmp.type())) bindings.put(cmp, new Binding(k, null, cmp.type()));
                        return;
                    }
                }
                if (cmp.columns().size() != 1) return;
                int k = indexNames.indexOf(cmp.columns().get(0));
                if (k < 0 || !MonotonicExpressions.isNonDecreasingIn(cmp.expression(), cmp.columns().get(0))) return;
                bindings.put(cmp, new Binding(k, cmp.expression(), cmp.type()));
            }
            case FilterCondition.Unknown u -> {
            }
        }
    }

    private static String normalize(String sql) {
        return sql.replace("`", "").replace(" ", "");
    }

    /**
     * Index values for one evaluation: for each index column a column of values and, per range,
     * the rows holding its lower and upper bound (-1: unbounded).
     */
    final class Ranges {
        private final Column[] values;
        private final Map<Binding, Column> evaluated = new HashMap<>();
        // one per comparison: its index values against its constants (keyed by identity, since
        // evaluating a range asks for it once per comparison and granule range)
        private final Map<FilterCondition.Compare, RowComparator> comparators = new IdentityHashMap<>();
        int[] lo;
        int[] hi;

        Ranges(Column[] values) {
            this.values = values;
            this.lo = new int[values.length];
            this.hi = new int[values.length];
        }

        private Column valuesFor(Binding b) {
            if (b.expression() == null) return values[b.column()];
            return evaluated.computeIfAbsent(b, x -> {
                Header h = new Header(List.of(indexNames.get(b.column())), List.of(indexTypes.get(b.column())));
                var compiled = services.compile(b.expression(), h);
                if (!compiled.type().equals(b.type())) return null;
                Column in = values[b.column()];
                return compiled.evaluate(new Chunk(new Column[] {in}, in.size())).materialize();
            });
        }

        private RowComparator comparator(FilterCondition.Compare cmp, Column left) {
            RowComparator c = comparators.get(cmp);
            if (c == null) {
                c = RowComparators.create(left, cmp.values(), 1);
                comparators.put(cmp, c);
            }
            return c;
        }
    }

    Ranges ranges(Column[] indexValues) {
        return new Ranges(indexValues);
    }

    /** Bit 1: may be true; bit 2: may be false. */
    static final int TRUE = 1, FALSE = 2, BOTH = 3;

    /** The mask of the condition for the ranges set in {@code r.lo}/{@code r.hi}. */
    int evaluate(Ranges r) {
        return condition == null ? BOTH : eval(condition, r);
    }

    private int eval(FilterCondition c, Ranges r) {
        switch (c) {
            case FilterCondition.And a -> {
                int mask = TRUE;
                for (FilterCondition child : a.children()) {
                    int m = eval(child, r);
                    if ((m & TRUE) == 0) return FALSE;
                    mask |= m & FALSE;
                }
                return mask;
            }
            case FilterCondition.Or o -> {
                int mask = FALSE;
                boolean allMayBeFalse = true;
                int result = 0;
                for (FilterCondition child : o.children()) {
                    int m = eval(child, r);
                    result |= m & TRUE;
                    allMayBeFalse &= (m & FALSE) != 0;
                }
                return result | (allMayBeFalse ? mask : 0);
            }
            case FilterCondition.Not n -> {
                int m = eval(n.child(), r);
                return ((m & TRUE) != 0 ? FALSE : 0) | ((m & FALSE) != 0 ? TRUE : 0);
            }
            case FilterCondition.Compare cmp -> {
                Binding b = bindings.get(cmp);
                if (b == null) return BOTH;
                int lo = r.lo[b.column()], hi = r.hi[b.column()];
                if (lo < 0 && hi < 0) return BOTH;
                Column v = r.valuesFor(b);
                if (v == null) return BOTH;
                return compare(cmp, v, lo, hi, r.comparator(cmp, v));
            }
            case FilterCondition.Unknown u -> {
                return BOTH;
            }
        }
    }

    /** The mask of {@code x op constants} for x in [v[lo], v[hi]] (either end may be -1: unbounded). */
    private static int compare(FilterCondition.Compare cmp, Column v, int lo, int hi, RowComparator c) {
        Column k = cmp.values();
        switch (cmp.op()) {
            case EQUALS, NOT_EQUALS, IN, NOT_IN -> {
                boolean anyInside = false, allEqualOne = false;
                for (int i = 0; i < k.size(); i++) {
                    if (k.isNullAt(i)) continue;
                    boolean geLo = lo < 0 || c.compare(lo, i) <= 0;
                    boolean leHi = hi < 0 || c.compare(hi, i) >= 0;
                    if (geLo && leHi) anyInside = true;
                    if (lo >= 0 && hi >= 0 && c.compare(lo, i) == 0 && c.compare(hi, i) == 0) allEqualOne = true;
                }
                int positive = (anyInside ? TRUE : 0) | (allEqualOne ? 0 : FALSE);
                if (cmp.op() == FilterCondition.Op.EQUALS || cmp.op() == FilterCondition.Op.IN) return positive;
                return ((positive & TRUE) != 0 ? FALSE : 0) | ((positive & FALSE) != 0 ? TRUE : 0);
            }
            case LESS, LESS_OR_EQUALS, GREATER, GREATER_OR_EQUALS -> {
                if (k.size() != 1 || k.isNullAt(0)) return BOTH;
                int loC = lo < 0 ? Integer.MIN_VALUE : Integer.signum(c.compare(lo, 0));
                int hiC = hi < 0 ? Integer.MAX_VALUE : Integer.signum(c.compare(hi, 0));
                boolean mayTrue, mayFalse;
                switch (cmp.op()) {
                    case LESS -> {
                        mayTrue = lo < 0 || loC < 0;
                        mayFalse = hi < 0 || hiC >= 0;
                    }
                    case LESS_OR_EQUALS -> {
                        mayTrue = lo < 0 || loC <= 0;
                        mayFalse = hi < 0 || hiC > 0;
                    }
                    case GREATER -> {
                        mayTrue = hi < 0 || hiC > 0;
                        mayFalse = lo < 0 || loC <= 0;
                    }
                    default -> {
                        mayTrue = hi < 0 || hiC >= 0;
                        mayFalse = lo < 0 || loC < 0;
                    }
                }
                return (mayTrue ? TRUE : 0) | (mayFalse ? FALSE : 0);
            }
            case STARTS_WITH -> {
                if (k.size() != 1 || !(v instanceof StringColumn sv) || !(k.materialize() instanceof StringColumn sk)) return BOTH;
                byte[] p = sk.getString(0).getBytes(StandardCharsets.UTF_8);
                boolean loStarts = lo >= 0 && startsWith(sv.getString(lo).getBytes(StandardCharsets.UTF_8), p);
                boolean hiStarts = hi >= 0 && startsWith(sv.getString(hi).getBytes(StandardCharsets.UTF_8), p);
                // strings with prefix p form the interval [p, p\xFF...): the range meets it unless it lies wholly before or after
                boolean hiBefore = hi >= 0 && !hiStarts && c.compare(hi, 0) < 0;
                boolean loAfter = lo >= 0 && !loStarts && c.compare(lo, 0) > 0;
                boolean mayTrue = !hiBefore && !loAfter;
                boolean mayFalse = !(loStarts && hiStarts);
                return (mayTrue ? TRUE : 0) | (mayFalse ? FALSE : 0);
            }
        }
        return BOTH;
    }

    private static boolean startsWith(byte[] s, byte[] p) {
        if (s.length < p.length) return false;
        for (int i = 0; i < p.length; i++) if (s[i] != p[i]) return false;
        return true;
    }

    /** Index names of the binding targets (for tests and EXPLAIN). */
    List<String> usedColumns() {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < indexNames.size(); k++) {
            for (Binding b : bindings.values()) {
                if (b.column() == k) {
                    out.add(indexNames.get(k));
                    break;
                }
            }
        }
        return out;
    }
}
