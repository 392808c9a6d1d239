package io.strata.exec.operator;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import java.util.List;

/**
 * {@code ORDER BY ... LIMIT n [OFFSET m] WITH TIES} over sorted input: after the n-th row it keeps
 * passing rows while they equal that row on the sort keys, then finishes.
 */
public final class LimitWithTiesOperator implements Operator {
    private final List<SortKey> keys;
    private long toSkip;
    private long remaining;
    private Column[] lastRow; // the n-th row, once reached
    private Chunk pending;
    private boolean finishing;
    private boolean done;

    public LimitWithTiesOperator(long limit, long offset, List<SortKey> keys) {
        this.remaining = Math.max(0, limit);
        this.toSkip = Math.max(0, offset);
        this.keys = keys;
        this.done = limit <= 0;
    }

    @Override public boolean needsInput() { return pending == null && !finishing && !done; }

    @Override
    public void addInput(Chunk chunk) {
        int n = chunk.rowCount();
        if (n == 0 || done) return;
        int start = 0;
        if (toSkip > 0) {
            if (toSkip >= n) {
                toSkip -= n;
                return;
            }
            start = (int) toSkip;
            toSkip = 0;
        }
        int end = start;
        if (lastRow == null) {
            int take = (int) Math.min(remaining, n - start);
            remaining -= take;
            end = start + take;
            if (remaining == 0) {
                Column[] cols = chunk.columns();
                lastRow = new Column[cols.length];
                for (int i = 0; i < cols.length; i++) lastRow[i] = cols[i].slice(end - 1, 1);
            }
        }
        if (lastRow != null) {
            RowComparator cmp = RowComparators.forKeys(chunk.columns(), lastRow, keys);
            while (end < n && cmp.compare(end, 0) == 0) end++;
            if (end < n) done = true;
        }
        if (end > start) pending = start == 0 && end == n ? chunk : chunk.slice(start, end - start);
    }

    @Override
    public Chunk getOutput() {
        Chunk c = pending;
        pending = null;
        return c;
    }

    @Override public void finish() { finishing = true; }
    @Override public boolean isFinished() { return pending == null && (finishing || done); }
}
