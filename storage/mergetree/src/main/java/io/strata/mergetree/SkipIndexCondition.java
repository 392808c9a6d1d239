package io.strata.mergetree;

import io.strata.core.column.Column;
import io.strata.core.table.FilterCondition;
import io.strata.core.table.TableEngineFactory.EngineServices;
import io.strata.exec.operator.RowComparator;
import io.strata.exec.operator.RowComparators;
import io.strata.exec.operator.RowSorter;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Decides, per entry of a part's skip index, whether the pushed-down condition may be true for
 * some row the entry covers. The mask algebra (may be true / may be false, through AND, OR and
 * NOT) is {@link KeyCondition}'s; a minmax index answers each comparison with a one-atom
 * KeyCondition over the entry's min/max values (NULL rows only add "may be false"). A set index
 * answers every comparison exactly from the entry's distinct values; a bloom_filter index answers
 * only {@code =} and {@code IN}, and only "certainly absent". An atom on an expression the index
 * does not hold is "may be true and may be false", so the index never drops a granule holding a
 * matching row.
 */
final class SkipIndexCondition {
    private final SkipIndex index;
    private final FilterCondition condition;
    /** minmax: each bound comparison as a one-atom KeyCondition over the entries' min/max values. */
    private final Map<FilterCondition.Compare, KeyCondition> minmaxAtoms = new IdentityHashMap<>();
    private final EngineServices services;
    private final Map<FilterCondition.Compare, Integer> bindings = new IdentityHashMap<>();
    private final Map<FilterCondition.Compare, int[]> sortedConstants = new IdentityHashMap<>();
    private final Map<FilterCondition.Compare, long[]> constantHashes = new IdentityHashMap<>();

    private SkipIndexCondition(SkipIndex index, FilterCondition condition, EngineServices services) {
        this.index = index;
        this.condition = condition;
        this.services = services;
        bind(condition);
    }

    /** The condition as this index can use it, or null when the index cannot help. */
    static SkipIndexCondition create(SkipIndex index, FilterCondition condition, EngineServices services) {
        if (condition == null || !index.kind().isBuilt()) return null;
        SkipIndexCondition c = new SkipIndexCondition(index, condition, services);
        return !c.bindings.isEmpty() ? c : null;
    }

    SkipIndex index() {
        return index;
    }

    private void bind(FilterCondition c) {
        switch (c) {
            case FilterCondition.And a -> a.children().forEach(this::bind);
            case FilterCondition.Or o -> o.children().forEach(this::bind);
            case FilterCondition.Not n -> bind(n.child());
            case FilterCondition.Compare cmp -> {
                if (index.kind() == SkipIndex.Kind.MINMAX) {
                    // KeyCondition binds the comparison (also through monotonic functions of an element)
                    KeyCondition k = new KeyCondition(cmp, index.elements().names(), index.elements().types(), services);
                    if (!k.isUseful()) return;
                    minmaxAtoms.put(cmp, k);
                    bindings.put(cmp, index.elements().names().indexOf(k.usedColumns().get(0)));
                    return;
                }
                if (index.kind() == SkipIndex.Kind.BLOOM_FILTER && cmp.op() != FilterCondition.Op.EQUALS
                        && cmp.op() != FilterCondition.Op.IN) {
                    return;
                }
                String e = normalize(cmp.expression());
                for (int k = 0; k < index.elements().size(); k++) {
                    if (e.equals(normalize(index.elements().name(k))) && index.elements().type(k).equals(cmp.type())) {
                        if (index.kind() == SkipIndex.Kind.BLOOM_FILTER && !ValueHashes.supports(cmp.values())) return;
                        bindings.put(cmp, k);
                        prepare(cmp);
                        return;
                    }
                }
            }
            case FilterCondition.Unknown u -> {
            }
        }
    }

    private void prepare(FilterCondition.Compare cmp) {
        Column k = cmp.values();
        if (index.kind() == SkipIndex.Kind.BLOOM_FILTER) {
            long[] hashes = new long[k.size()];
            int n = 0;
            for (int i = 0; i < k.size(); i++) if (!k.isNullAt(i)) hashes[n++] = ValueHashes.hash(k, i);
            constantHashes.put(cmp, java.util.Arrays.copyOf(hashes, n));
            return;
        }
        // set: the non-NULL constants in sorted order, for a binary search per value
        int[] rows = new int[k.size()];
        int n = 0;
        for (int i = 0; i < k.size(); i++) if (!k.isNullAt(i)) rows[n++] = i;
        RowSorter.sort(rows, n, RowComparators.create(k, k, 1));
        sortedConstants.put(cmp, java.util.Arrays.copyOf(rows, n));
    }

    private static String normalize(String sql) {
        return sql.replace("`", "").replace(" ", "");
    }

    /** For each entry of {@code file}: whether its granules may hold rows matching the condition. */
    boolean[] mayMatch(SkipIndexFile file) {
        boolean[] out = new boolean[file.entries];
        if (index.kind() == SkipIndex.Kind.MINMAX) {
            Map<FilterCondition.Compare, KeyCondition.Ranges> ranges = new IdentityHashMap<>();
            for (var a : minmaxAtoms.entrySet()) ranges.put(a.getKey(), a.getValue().ranges(file.values));
            for (int e = 0; e < file.entries; e++) {
                int entry = e;
                out[e] = (evaluate(condition, cmp -> minmaxMask(cmp, file, entry, ranges.get(cmp))) & KeyCondition.TRUE) != 0;
            }
            return out;
        }
        Map<String, RowComparator> comparators = new HashMap<>();
        for (int e = 0; e < file.entries; e++) {
            int entry = e;
            ToIntFunction<FilterCondition.Compare> atom = index.kind() == SkipIndex.Kind.SET
                    ? cmp -> setMask(cmp, file, entry, comparators)
                    : cmp -> bloomMask(cmp, file, entry);
            out[e] = (evaluate(condition, atom) & KeyCondition.TRUE) != 0;
        }
        return out;
    }

    /**
     * A comparison over entry e's [min, max]. NULL rows make any comparison NULL, which is not
     * true: they add "may be false" (under NOT that only over-states "may be true", which is safe).
     */
    private int minmaxMask(FilterCondition.Compare cmp, SkipIndexFile file, int e, KeyCondition.Ranges r) {
        KeyCondition atom = minmaxAtoms.get(cmp);
        if (atom == null) return KeyCondition.BOTH;
        int k = bindings.get(cmp);
        byte flag = file.flags[k][e];
        if (flag == SkipIndexFile.FLAG_ONLY_NULLS) return KeyCondition.FALSE;
        java.util.Arrays.fill(r.lo, -1);
        java.util.Arrays.fill(r.hi, -1);
        r.lo[k] = 2 * e;
        r.hi[k] = 2 * e + 1;
        int mask = atom.evaluate(r);
        return flag == SkipIndexFile.FLAG_VALUES_AND_NULLS ? mask | KeyCondition.FALSE : mask;
    }

    private int bloomMask(FilterCondition.Compare cmp, SkipIndexFile file, int e) {
        Integer k = bindings.get(cmp);
        if (k == null || file.blooms[k] == null) return KeyCondition.BOTH;
        BloomFilter f = file.blooms[k][e];
        for (long h : constantHashes.get(cmp)) {
            if (f.mayContain(h)) return KeyCondition.BOTH;
        }
        return KeyCondition.FALSE;
    }

    private int setMask(FilterCondition.Compare cmp, SkipIndexFile file, int e, Map<String, RowComparator> comparators) {
        Integer k = bindings.get(cmp);
        if (k == null || file.overflow[k][e]) return KeyCondition.BOTH;
        Column v = file.values[k];
        Column constants = cmp.values();
        RowComparator c = comparators.computeIfAbsent(k + "@" + System.identityHashCode(cmp),
                x -> RowComparators.create(v, constants, 1));
        int[] sorted = sortedConstants.get(cmp);
        int mask = 0;
        for (int i = file.offsets[k][e]; i < file.offsets[k][e + 1] && mask != KeyCondition.BOTH; i++) {
            if (v.isNullAt(i)) {
                mask |= KeyCondition.FALSE; // a comparison with NULL is never true
                continue;
            }
            Boolean t = truth(cmp, v, i, c, sorted);
            mask |= t == null ? KeyCondition.BOTH : t ? KeyCondition.TRUE : KeyCondition.FALSE;
        }
        return mask;
    }

    /** {@code value op constants} for one non-NULL value; null when it cannot be decided. */
    private static Boolean truth(FilterCondition.Compare cmp, Column v, int row, RowComparator c, int[] sorted) {
        switch (cmp.op()) {
            case EQUALS, IN, NOT_EQUALS, NOT_IN -> {
                int lo = 0, hi = sorted.length - 1;
                boolean found = false;
                while (lo <= hi && !found) {
                    int mid = (lo + hi) >>> 1;
                    int r = c.compare(row, sorted[mid]);
                    if (r == 0) found = true;
                    else if (r < 0) hi = mid - 1;
                    else lo = mid + 1;
                }
                boolean positive = cmp.op() == FilterCondition.Op.EQUALS || cmp.op() == FilterCondition.Op.IN;
                return found == positive;
            }
            case LESS, LESS_OR_EQUALS, GREATER, GREATER_OR_EQUALS -> {
                if (cmp.values().size() != 1 || cmp.values().isNullAt(0)) return null;
                int r = c.compare(row, 0);
                return switch (cmp.op()) {
                    case LESS -> r < 0;
                    case LESS_OR_EQUALS -> r <= 0;
                    case GREATER -> r > 0;
                    default -> r >= 0;
                };
            }
            case STARTS_WITH -> {
                if (cmp.values().size() != 1 || !(v.getObject(row) instanceof byte[] s)
                        || !(cmp.values().getObject(0) instanceof byte[] p)) {
                    return null;
                }
                return s.length >= p.length && java.util.Arrays.equals(s, 0, p.length, p, 0, p.length);
            }
        }
        return null;
    }

    /** ClickHouse's BoolMask algebra over the condition tree, with atoms answered by {@code atom}. */
    static int evaluate(FilterCondition c, ToIntFunction<FilterCondition.Compare> atom) {
        switch (c) {
            case FilterCondition.And a -> {
                int mask = KeyCondition.TRUE;
                for (FilterCondition child : a.children()) {
                    int m = evaluate(child, atom);
                    if ((m & KeyCondition.TRUE) == 0) return KeyCondition.FALSE;
                    mask |= m & KeyCondition.FALSE;
                }
                return mask;
            }
            case FilterCondition.Or o -> {
                int mask = 0;
                boolean allMayBeFalse = true;
                for (FilterCondition child : o.children()) {
                    int m = evaluate(child, atom);
                    mask |= m & KeyCondition.TRUE;
                    allMayBeFalse &= (m & KeyCondition.FALSE) != 0;
                }
                return mask | (allMayBeFalse ? KeyCondition.FALSE : 0);
            }
            case FilterCondition.Not n -> {
                int m = evaluate(n.child(), atom);
                return ((m & KeyCondition.TRUE) != 0 ? KeyCondition.FALSE : 0) | ((m & KeyCondition.FALSE) != 0 ? KeyCondition.TRUE : 0);
            }
            case FilterCondition.Compare cmp -> {
                return atom.applyAsInt(cmp);
            }
            case FilterCondition.Unknown u -> {
                return KeyCondition.BOTH;
            }
        }
    }
}
