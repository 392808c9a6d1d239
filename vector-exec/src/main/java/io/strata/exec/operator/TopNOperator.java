package io.strata.exec.operator;

import io.strata.core.block.Chunk;
import io.strata.exec.driver.ExecutionContext;
import java.util.ArrayList;
import java.util.List;

/**
 * ORDER BY ... LIMIT n: keeps only the best n rows. Kept rows are a sorted chunk; once it holds n
 * rows, an incoming row is buffered only if it sorts strictly before the current n-th row (later
 * rows lose ties, as in a stable sort), and the buffer is merged into the kept rows when it grows
 * past n. The result equals a stable Sort followed by LIMIT n. Run per driver and again after the
 * parallel outputs are gathered.
 */
public final class TopNOperator implements Operator {
    private static final int MIN_COMPACTION_ROWS = 4096;

    private final List<SortKey> keys;
    private final long limit;
    private final ExecutionContext context;
    /** Where the n-th value of the first key is published for the scan to skip by; null: nowhere. */
    private final io.strata.core.table.TopNThreshold threshold;
    private Chunk kept; // sorted, at most limit rows
    private final List<Chunk> buffered = new ArrayList<>();
    private long bufferedRows;
    private long accounted;
    private int[] positions = new int[0];
    private Chunk result;
    private int emitted;
    private boolean finishing;

    public TopNOperator(List<SortKey> keys, long n, ExecutionContext context) {
        this(keys, n, context, null);
    }

    /**
     * A top-N that, whenever it holds n rows, offers its n-th value of the first key (an integer
     * column) to {@code threshold}, so that the scan below can skip rows that cannot enter.
     */
    public TopNOperator(List<SortKey> keys, long n, ExecutionContext context, io.strata.core.table.TopNThreshold threshold) {
        this.keys = List.copyOf(keys);
        this.limit = Math.max(0, n);
        this.context = context;
        this.threshold = threshold;
    }

    @Override public boolean needsInput() { return !finishing && limit > 0; }

    @Override
    public void addInput(Chunk chunk) {
        int n = chunk.rowCount();
        if (n == 0 || limit == 0) return;
        if (kept != null && kept.rowCount() == limit) {
            // Drop rows that cannot enter the top n: not strictly better than the current last.
            RowComparator cmp = RowComparators.forKeys(chunk.columns(), kept.columns(), keys);
            int last = kept.rowCount() - 1;
            if (positions.length < n) positions = new int[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                positions[k] = i;
                k += cmp.compare(i, last) < 0 ? 1 : 0;
            }
            if (k == 0) return;
            if (k < n) chunk = chunk.take(positions, k);
        }
        long bytes = chunk.byteSize();
        context.memory().allocate(bytes);
        accounted += bytes;
        buffered.add(chunk);
        bufferedRows += chunk.rowCount();
        // with a bound to publish, compact as soon as n rows wait: the scan learns the bound
        // early and tightens it often (rows past the early drop above are few, so this is cheap)
        if (bufferedRows >= (threshold != null ? limit : Math.max(limit, MIN_COMPACTION_ROWS))) compact();
    }

    /** Merges kept and buffered rows and keeps the best {@code limit} of them. */
    private void compact() {
        if (buffered.isEmpty()) return;
        List<Chunk> all = new ArrayList<>(buffered.size() + 1);
        if (kept != null) all.add(kept); // first: earlier rows win ties
        all.addAll(buffered);
        buffered.clear();
        bufferedRows = 0;
        Chunk merged = Columns.concat(all);
        int n = merged.rowCount();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        RowSorter.sort(order, n, merged.columns(), keys);
        int keep = (int) Math.min(limit, n);
        kept = merged.take(order, keep);
        if (threshold != null && keep == limit
                && kept.column(keys.get(0).channel()) instanceof io.strata.core.column.LongColumn first) {
            threshold.offer(first.get(keep - 1));
        }
        long bytes = kept.byteSize();
        context.memory().free(accounted);
        accounted = 0;
        context.memory().allocate(bytes);
        accounted = bytes;
    }

    @Override
    public void finish() {
        if (finishing) return;
        finishing = true;
        compact();
        result = kept;
        kept = null;
        if (result == null) release();
    }

    @Override
    public Chunk getOutput() {
        if (result == null) return null;
        int n = result.rowCount();
        int count = Math.min(context.blockSize(), n - emitted);
        Chunk out = count == n ? result : result.slice(emitted, count);
        emitted += count;
        if (emitted == n) {
            result = null;
            release();
        }
        return out;
    }

    private void release() {
        context.memory().free(accounted);
        accounted = 0;
    }

    @Override public boolean isFinished() { return (finishing || limit == 0) && result == null; }

    @Override
    public void close() {
        kept = null;
        result = null;
        buffered.clear();
        release();
    }
}
