package io.strata.exec.join;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;
import io.strata.core.type.IntegerType;
import io.strata.exec.operator.Columns;
import io.strata.exec.operator.JoinKeyIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The build side of a hash join in memory: its rows (plus one row of default values that stands
 * for "no match"), their keys grouped by {@link JoinKeyIndex}, each group's rows chained in build
 * order, and for ASOF the rows of each group sorted by their asof value. Once built it is only
 * read, so any number of threads probe it at once; the only shared writes are the flags that say
 * which build rows (ALL) or keys (ANY, SEMI, ANTI) found a partner, set with plain byte stores or
 * one compare-and-set per key.
 */
final class HashJoinTable {
    private final JoinSpec spec;
    private final JoinSide side;
    private final Column[] columns;   // build rows, then the default row
    private final Column[] keys;      // build keys (for USING columns of unmatched build rows)
    private final int rows;
    private final JoinKeyIndex index; // null: no keys (CROSS JOIN), every row in group 0
    private final int[] groupOf;
    private final int[] first;
    private final int[] next;
    private final byte[] rowUsed;               // RIGHT/FULL ALL
    private final AtomicIntegerArray claimed;   // INNER/RIGHT ANY, RIGHT SEMI/ANTI: a key already taken
    // ASOF: rows of group g are sorted[groupStart[g] .. groupStart[g + 1]), by asofKey
    private int[] sorted;
    private int[] groupStart;
    private long[] asofKey;
    private final long bytes;

    HashJoinTable(JoinSpec spec, JoinSide side, List<DataType> types, List<Chunk> chunks) {
        this.spec = spec;
        this.side = side;
        int n = 0;
        for (Chunk c : chunks) n += c.rowCount();
        rows = n;
        columns = new Column[types.size()];
        for (int i = 0; i < columns.length; i++) {
            List<Column> parts = new ArrayList<>();
            for (Chunk c : chunks) parts.add(c.column(i));
            ColumnBuilder d = types.get(i).createBuilder(1);
            d.appendDefault();
            parts.add(d.build());
            columns[i] = Columns.concatColumns(parts);
        }
        Chunk all = new Chunk(sliceAll(columns, rows), rows);
        keys = side.keyColumns(all);
        Column asof = side.asof() == null ? null : side.asof().evaluate(all);
        boolean[] excluded = side.excluded(all, keys, asof);
        int groups;
        if (keys.length == 0) {
            index = null;
            groupOf = new int[rows];
            if (excluded != null) for (int r = 0; r < rows; r++) if (excluded[r]) groupOf[r] = -1;
            groups = 1;
        } else {
            index = new JoinKeyIndex(side.keyTypes());
            groupOf = index.insert(index.encode(keys, rows), rows, excluded);
            groups = index.groupCount();
        }
        first = new int[groups];
        Arrays.fill(first, -1);
        next = new int[rows];
        for (int r = rows - 1; r >= 0; r--) {
            int g = groupOf[r];
            if (g < 0) continue;
            next[r] = first[g];
            first[g] = r;
        }
        rowUsed = spec.emitsUnmatchedRight() && spec.strictness() == JoinSpec.Strictness.ALL ? new byte[rows] : null;
        boolean claims = spec.strictness() == JoinSpec.Strictness.ANY && spec.kind() != JoinSpec.Kind.LEFT
                || spec.kind() == JoinSpec.Kind.RIGHT && (spec.strictness() == JoinSpec.Strictness.SEMI
                || spec.strictness() == JoinSpec.Strictness.ANTI);
        claimed = claims ? new AtomicIntegerArray(groups) : null;
        if (asof != null) sortForAsof(asof, groups);
        long b = 0;
        for (Column c : columns) b += c.byteSize();
        for (Column c : keys) b += c.byteSize();
        b += 8L * rows + 4L * groups + (index == null ? 0 : index.byteSize());
        bytes = b;
    }

    private static Column[] sliceAll(Column[] columns, int rows) {
        Column[] out = new Column[columns.length];
        for (int i = 0; i < out.length; i++) out[i] = columns[i].slice(0, rows);
        return out;
    }

    long byteSize() {
        return bytes;
    }

    int rows() {
        return rows;
    }

    Column column(int i) {
        return columns[i];
    }

    Column key(int k) {
        return keys[k];
    }

    /** 1 where a build row index is the default row (no build row). */
    byte[] missing(int[] buildRows, int count) {
        byte[] m = new byte[count];
        for (int i = 0; i < count; i++) m[i] = (byte) (buildRows[i] == rows ? 1 : 0);
        return m;
    }

    private void sortForAsof(Column asof, int groups) {
        asofKey = orderKeys(asof, rows);
        int[] counts = new int[groups + 1];
        for (int r = 0; r < rows; r++) if (groupOf[r] >= 0) counts[groupOf[r] + 1]++;
        for (int g = 0; g < groups; g++) counts[g + 1] += counts[g];
        groupStart = counts.clone();
        int[] fill = Arrays.copyOf(counts, groups);
        sorted = new int[counts[groups]];
        for (int r = 0; r < rows; r++) if (groupOf[r] >= 0) sorted[fill[groupOf[r]]++] = r;
        // sort each group's rows by asof value (rows of equal value keep build order)
        for (int g = 0; g < groups; g++) {
            int from = groupStart[g], to = groupStart[g + 1];
            if (to - from < 2) continue;
            Integer[] boxed = new Integer[to - from];
            for (int i = from; i < to; i++) boxed[i - from] = sorted[i];
            Arrays.sort(boxed, (a, b) -> Long.compare(asofKey[a], asofKey[b]));
            for (int i = from; i < to; i++) sorted[i] = boxed[i - from];
        }
    }

    /** Values of an asof column as longs whose signed order is the values' order. */
    static long[] orderKeys(Column c, int n) {
        Column dense = c instanceof ConstColumn || c instanceof LowCardinalityColumn ? c.materialize() : c;
        if (dense instanceof NullableColumn nc) dense = nc.values();
        long[] out = new long[n];
        switch (dense) {
            case LongColumn l -> {
                boolean unsigned = l.type() instanceof IntegerType it && !it.signed() && it.fixedWidth() == 8;
                long[] v = l.values();
                for (int i = 0; i < n; i++) out[i] = unsigned ? v[i] ^ Long.MIN_VALUE : v[i];
            }
            case DoubleColumn d -> {
                double[] v = d.values();
                for (int i = 0; i < n; i++) {
                    long bits = Double.doubleToLongBits(v[i]);
                    out[i] = bits ^ ((bits >> 63) & Long.MAX_VALUE);
                }
            }
            default -> throw new DbException(ErrorCode.NOT_IMPLEMENTED, "ASOF JOIN over " + c.type() + " is not supported");
        }
        return out;
    }

    /** The asof partner of a probe value in group g, or -1. */
    private int asofMatch(int g, long value) {
        int lo = groupStart[g], hi = groupStart[g + 1]; // search in sorted[lo, hi)
        JoinSpec.AsofOp op = spec.asof();
        boolean strict = op == JoinSpec.AsofOp.GREATER || op == JoinSpec.AsofOp.LESS;
        if (op == JoinSpec.AsofOp.GREATER_OR_EQUAL || op == JoinSpec.AsofOp.GREATER) {
            // the largest build value <= (or <) the probe value
            int a = lo, b = hi;
            while (a < b) {
                int m = (a + b) >>> 1;
                long v = asofKey[sorted[m]];
                if (strict ? v < value : v <= value) a = m + 1;
                else b = m;
            }
            return a > lo ? sorted[a - 1] : -1;
        }
        // the smallest build value >= (or >) the probe value
        int a = lo, b = hi;
        while (a < b) {
            int m = (a + b) >>> 1;
            long v = asofKey[sorted[m]];
            if (strict ? v <= value : v < value) a = m + 1;
            else b = m;
        }
        return a < hi ? sorted[a] : -1;
    }

    /** Pairs of (probe row, build row) of one probe chunk, {@code rows} the default row when unmatched. */
    record Pairs(int[] probeRows, int[] buildRows, int count) {
    }

    Pairs probe(Chunk probe, Column[] probeKeys, JoinSide probeSide) {
        int n = probe.rowCount();
        Column asof = probeSide.asof() == null ? null : probeSide.asof().evaluate(probe);
        boolean[] excluded = probeSide.excluded(probe, probeKeys, asof);
        int[] groups = new int[n];
        if (index == null) {
            for (int i = 0; i < n; i++) groups[i] = rows == 0 || excluded != null && excluded[i] ? -1 : 0;
        } else {
            index.find(index.encode(probeKeys, n), n, excluded, groups);
        }
        long[] asofValues = asof == null ? null : orderKeys(asof, n);
        PairBuffer out = new PairBuffer(n);
        JoinSpec.Kind kind = spec.kind();
        JoinSpec.Strictness strictness = spec.strictness();
        boolean keepLeft = spec.keepsLeft() && strictness != JoinSpec.Strictness.SEMI && strictness != JoinSpec.Strictness.ANTI;
        for (int row = 0; row < n; row++) {
            int g = groups[row];
            int before = out.count;
            if (g >= 0) {
                switch (strictness) {
                    case ALL -> {
                        for (int r = first[g]; r >= 0; r = next[r]) {
                            out.add(row, r);
                            if (rowUsed != null) rowUsed[r] = 1;
                        }
                    }
                    case ANY -> {
                        if (kind == JoinSpec.Kind.LEFT) {
                            if (first[g] >= 0) out.add(row, first[g]);
                        } else if (claimed.compareAndSet(g, 0, 1)) {
                            if (kind == JoinSpec.Kind.INNER) out.add(row, first[g]);
                            else for (int r = first[g]; r >= 0; r = next[r]) out.add(row, r);
                        }
                    }
                    case SEMI -> {
                        if (kind == JoinSpec.Kind.LEFT) {
                            if (first[g] >= 0) out.add(row, first[g]);
                        } else if (claimed.compareAndSet(g, 0, 1)) {
                            for (int r = first[g]; r >= 0; r = next[r]) out.add(row, r);
                        }
                    }
                    case ANTI -> {
                        if (kind == JoinSpec.Kind.RIGHT) claimed.compareAndSet(g, 0, 1);
                    }
                    case ASOF -> {
                        int r = asofMatch(g, asofValues[row]);
                        if (r >= 0) out.add(row, r);
                    }
                }
            }
            if (strictness == JoinSpec.Strictness.ANTI) {
                if (kind == JoinSpec.Kind.LEFT && g < 0) out.add(row, rows);
            } else if (keepLeft && out.count == before) {
                out.add(row, rows);
            }
        }
        return new Pairs(out.probe, out.build, out.count);
    }

    /** Build rows that found no partner, for RIGHT and FULL joins (and RIGHT ANTI), in chunks of at most {@code blockSize}. */
    List<int[]> unmatchedRows(int blockSize) {
        List<int[]> out = new ArrayList<>();
        int[] cur = new int[Math.min(blockSize, Math.max(rows, 1))];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            int g = groupOf[r];
            boolean used = rowUsed != null ? rowUsed[r] != 0 : g >= 0 && claimed != null && claimed.get(g) != 0;
            if (used) continue;
            cur[k++] = r;
            if (k == cur.length) {
                out.add(cur);
                cur = new int[cur.length];
                k = 0;
            }
        }
        if (k > 0) out.add(Arrays.copyOf(cur, k));
        return out;
    }

    private static final class PairBuffer {
        int[] probe;
        int[] build;
        int count;

        PairBuffer(int n) {
            probe = new int[Math.max(16, n)];
            build = new int[probe.length];
        }

        void add(int p, int b) {
            if (count == probe.length) {
                probe = Arrays.copyOf(probe, count * 2);
                build = Arrays.copyOf(build, count * 2);
            }
            probe[count] = p;
            build[count++] = b;
        }
    }
}
