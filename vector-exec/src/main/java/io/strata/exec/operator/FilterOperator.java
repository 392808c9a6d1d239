package io.strata.exec.operator;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.column.NothingColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.exec.expression.Expression;

/**
 * WHERE / HAVING: keeps the rows where the predicate is non-zero (NULL counts as false). Chunks
 * where every row passes go through untouched and chunks where none does are dropped, so the
 * common all-or-nothing cases cost no copy.
 */
public final class FilterOperator implements Operator {
    private final PredicateSelector predicate;
    private int[] positions = new int[0];
    private Chunk pending;
    private boolean finishing;

    public FilterOperator(Expression predicate) {
        this.predicate = new PredicateSelector(predicate);
    }

    @Override public boolean needsInput() { return pending == null && !finishing; }

    @Override
    public void addInput(Chunk chunk) {
        int n = chunk.rowCount();
        if (n == 0) return;
        if (positions.length < n) positions = new int[n];
        int count = predicate.select(chunk, positions);
        if (count == n) pending = chunk;
        else if (count > 0) pending = chunk.take(positions, count);
    }

    /** Writes the positions of rows where {@code mask} is true to {@code out}; returns how many. */
    public static int select(Column mask, int n, int[] out) {
        switch (mask) {
            case ConstColumn c -> {
                Column v = c.value();
                boolean all = !v.isNullAt(0) && select(v instanceof LowCardinalityColumn l ? l.materialize() : v, 1, out) == 1;
                if (!all) return 0;
                for (int i = 0; i < n; i++) out[i] = i;
                return n;
            }
            case LongColumn c -> {
                long[] v = c.values();
                int k = 0;
                for (int i = 0; i < n; i++) {
                    out[k] = i;
                    k += v[i] != 0 ? 1 : 0;
                }
                return k;
            }
            case DoubleColumn c -> {
                double[] v = c.values();
                int k = 0;
                for (int i = 0; i < n; i++) {
                    out[k] = i;
                    k += v[i] != 0 ? 1 : 0;
                }
                return k;
            }
            case NullableColumn c -> {
                if (c.values() instanceof NothingColumn) return 0;
                int k = select(c.values(), n, out);
                byte[] nulls = c.nulls();
                int kept = 0;
                for (int j = 0; j < k; j++) {
                    int row = out[j];
                    out[kept] = row;
                    kept += nulls[row] == 0 ? 1 : 0;
                }
                return kept;
            }
            case LowCardinalityColumn c -> {
                return select(c.materialize(), n, out);
            }
            case NothingColumn c -> {
                return 0;
            }
            default -> throw new DbException(ErrorCode.ILLEGAL_TYPE_OF_COLUMN_FOR_FILTER,
                    "Illegal type " + mask.type() + " of column for filter. Must be UInt8 or Nullable(UInt8).");
        }
    }

    /**
     * Keeps, of the rows {@code selection[0..count)}, those where {@code mask} is true, in place;
     * returns how many. The mask has an entry per selected row when {@code maskOverSelected},
     * else one per row of the chunk.
     */
    public static int refine(Column mask, int[] selection, int count, boolean maskOverSelected) {
        long[] values = null;
        byte[] nulls = null;
        if (mask instanceof LongColumn c) {
            values = c.values();
        } else if (mask instanceof NullableColumn c && c.values() instanceof LongColumn v) {
            values = v.values();
            nulls = c.nulls();
        }
        int k = 0;
        if (values != null) {
            for (int j = 0; j < count; j++) {
                int row = selection[j];
                int at = maskOverSelected ? j : row;
                selection[k] = row;
                k += values[at] != 0 && (nulls == null || nulls[at] == 0) ? 1 : 0;
            }
            return k;
        }
        int size = maskOverSelected ? count : mask.size();
        int[] kept = new int[size];
        int m = select(mask, size, kept);
        if (maskOverSelected) {
            for (int j = 0; j < m; j++) selection[j] = selection[kept[j]];
            return m;
        }
        int a = 0, b = 0; // both ascending: intersect
        while (a < count && b < m) {
            int x = selection[a], y = kept[b];
            if (x == y) {
                selection[k++] = x;
                a++;
                b++;
            } else if (x < y) {
                a++;
            } else {
                b++;
            }
        }
        return k;
    }

    @Override
    public Chunk getOutput() {
        Chunk c = pending;
        pending = null;
        return c;
    }

    @Override public void finish() { finishing = true; }
    @Override public boolean isFinished() { return finishing && pending == null; }
}
