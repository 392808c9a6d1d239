package io.strata.exec.operator;

import io.strata.core.block.Chunk;
import io.strata.exec.driver.ExecutionContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ORDER BY without a LIMIT: buffers all input (accounted against max_memory_usage), then sorts a
 * permutation of row numbers stably and emits the rows in chunks of at most max_block_size.
 */
public final class SortOperator implements Operator {
    private final List<SortKey> keys;
    private final ExecutionContext context;
    private final List<Chunk> buffered = new ArrayList<>();
    private long accounted;
    private Chunk sorted;
    private int[] order;
    private int emitted;
    private boolean finishing;

    public SortOperator(List<SortKey> keys, ExecutionContext context) {
        this.keys = List.copyOf(keys);
        this.context = context;
    }

    @Override public boolean needsInput() { return !finishing; }

    @Override
    public void addInput(Chunk chunk) {
        if (chunk.rowCount() == 0) return;
        long bytes = chunk.byteSize();
        context.memory().allocate(bytes);
        accounted += bytes;
        buffered.add(chunk);
    }

    @Override
    public void finish() {
        if (finishing) return;
        finishing = true;
        if (buffered.isEmpty()) return;
        sorted = Columns.concat(buffered);
        buffered.clear();
        int n = sorted.rowCount();
        long permutationBytes = 8L * n; // the permutation and the sort's scratch copy
        context.memory().allocate(permutationBytes);
        accounted += permutationBytes;
        order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        RowSorter.sort(order, n, sorted.columns(), keys);
    }

    @Override
    public Chunk getOutput() {
        if (sorted == null) return null;
        int n = sorted.rowCount();
        int count = Math.min(context.blockSize(), n - emitted);
        Chunk out = sorted.take(Arrays.copyOfRange(order, emitted, emitted + count), count);
        emitted += count;
        if (emitted == n) release();
        return out;
    }

    private void release() {
        sorted = null;
        order = null;
        context.memory().free(accounted);
        accounted = 0;
    }

    @Override public boolean isFinished() { return finishing && sorted == null; }

    @Override
    public void close() {
        buffered.clear();
        release();
    }
}
