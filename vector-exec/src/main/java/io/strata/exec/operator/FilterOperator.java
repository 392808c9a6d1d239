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
    private final Expression predicate;
    private int[] positions = new int[0];
    private Chunk pending;
    private boolean finishing;

    public FilterOperator(Expression predicate) {
        this.predicate = predicate;
    }

    @Override public boolean needsInput() { return pending == null && !finishing; }

    @Override
    public void addInput(Chunk chunk) {
        int n = chunk.rowCount();
        if (n == 0) return;
        Column mask = predicate.evaluate(chunk);
        if (positions.length < n) positions = new int[n];
        int count = select(mask, n, positions);
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

    @Override
    public Chunk getOutput() {
        Chunk c = pending;
        pending = null;
        return c;
    }

    @Override public void finish() { finishing = true; }
    @Override public boolean isFinished() { return finishing && pending == null; }
}
