package io.strata.exec.operator;

import io.strata.core.block.Chunk;
import java.util.concurrent.atomic.LongAdder;

/**
 * Passes chunks through unchanged, counting their rows into a query's rows_before_limit_at_least
 * counter. The planner places it just before the first step that applies a query level's LIMIT
 * (a LIMIT, a top-N sort, or a sort followed by LIMIT), so it sees the rows the LIMIT was offered.
 */
public final class RowsBeforeLimitOperator implements Operator {
    private final LongAdder counter;
    private Chunk pending;
    private boolean finishing;

    public RowsBeforeLimitOperator(LongAdder counter) {
        this.counter = counter;
    }

    @Override public boolean needsInput() { return pending == null && !finishing; }

    @Override
    public void addInput(Chunk chunk) {
        counter.add(chunk.rowCount());
        pending = chunk;
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
