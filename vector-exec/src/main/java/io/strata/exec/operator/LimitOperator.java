package io.strata.exec.operator;

import io.strata.core.block.Chunk;

/**
 * LIMIT n OFFSET m. Finishes as soon as n rows have passed, so the driver stops pulling its
 * sources: a LIMIT over a large scan reads only what it needs.
 */
public final class LimitOperator implements Operator {
    private long toSkip;
    private long remaining;
    private Chunk pending;
    private boolean finishing;

    public LimitOperator(long limit, long offset) {
        this.remaining = Math.max(0, limit);
        this.toSkip = Math.max(0, offset);
    }

    @Override public boolean needsInput() { return pending == null && !finishing && remaining > 0; }

    @Override
    public void addInput(Chunk chunk) {
        int n = chunk.rowCount();
        if (n == 0 || remaining == 0) return;
        int start = 0;
        if (toSkip > 0) {
            if (toSkip >= n) {
                toSkip -= n;
                return;
            }
            start = (int) toSkip;
            toSkip = 0;
        }
        int take = (int) Math.min(remaining, n - start);
        remaining -= take;
        pending = start == 0 && take == n ? chunk : chunk.slice(start, take);
    }

    @Override
    public Chunk getOutput() {
        Chunk c = pending;
        pending = null;
        return c;
    }

    @Override public void finish() { finishing = true; }
    @Override public boolean isFinished() { return pending == null && (finishing || remaining == 0); }
}
