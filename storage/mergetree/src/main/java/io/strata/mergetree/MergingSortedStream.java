package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.table.ChunkSource;
import io.strata.exec.operator.Columns;
import io.strata.exec.operator.RowComparator;
import io.strata.exec.operator.RowComparators;
import io.strata.exec.operator.SortKey;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * K-way merge of sources each sorted by the same key into one sorted stream of chunks. Equal
 * keys come out in source order (sources are given in block order, so "later insert" means
 * "later in the stream", which ReplacingMergeTree relies on). A run of rows from one source that
 * all precede every other source's head is copied as one slice, so merging parts whose key
 * ranges do not overlap costs little more than a copy.
 */
final class MergingSortedStream implements ChunkSource {
    private final Cursor[] cursors;
    private final Function<Chunk, Column[]> keyOf;
    private final List<SortKey> order;
    private final int blockSize;
    private final int[] heap;
    private int heapSize;

    MergingSortedStream(List<ChunkSource> sources, Function<Chunk, Column[]> keyOf, int keyCount, int blockSize) {
        this.keyOf = keyOf;
        this.blockSize = Math.max(1, blockSize);
        this.order = new ArrayList<>();
        for (int i = 0; i < keyCount; i++) order.add(SortKey.ascending(i));
        this.cursors = new Cursor[sources.size()];
        this.heap = new int[sources.size()];
        for (int i = 0; i < cursors.length; i++) {
            cursors[i] = new Cursor(sources.get(i));
            if (cursors[i].advanceChunk()) push(i);
        }
    }

    /** The next sorted chunk of at most blockSize rows (pieces of source chunks), or null at the end. */
    @Override
    public Chunk next() {
        List<Chunk> pieces = new ArrayList<>();
        int rows = 0;
        while (heapSize > 0 && rows < blockSize) {
            int top = heap[0];
            Cursor c = cursors[top];
            int start = c.row;
            int limit = Math.min(c.chunk.rowCount(), start + (blockSize - rows));
            int end = start + 1;
            if (heapSize == 1) {
                end = limit;
            } else {
                int other = secondSmallest();
                // extend the run while this source's rows stay before the other's head (ties: lower index first)
                while (end < limit && precedes(top, end, other)) end++;
            }
            pieces.add(c.chunk.slice(start, end - start));
            rows += end - start;
            c.row = end;
            if (c.row >= c.chunk.rowCount()) {
                popTop();
                if (c.advanceChunk()) push(top);
            } else {
                siftDown(0);
            }
        }
        if (pieces.isEmpty()) return null;
        return pieces.size() == 1 ? pieces.get(0) : Columns.concat(pieces);
    }

    /** Whether row {@code row} of cursor a comes before cursor b's head. */
    private boolean precedes(int a, int row, int b) {
        int c = cursors[a].comparatorTo(cursors[b]).compare(row, cursors[b].row);
        return c < 0 || c == 0 && a < b;
    }

    private boolean less(int a, int b) {
        return precedes(a, cursors[a].row, b);
    }

    private int secondSmallest() {
        if (heapSize == 2) return heap[1];
        return less(heap[1], heap[2]) ? heap[1] : heap[2];
    }

    private void push(int i) {
        int k = heapSize++;
        heap[k] = i;
        while (k > 0) {
            int parent = (k - 1) / 2;
            if (!less(heap[k], heap[parent])) break;
            int t = heap[k];
            heap[k] = heap[parent];
            heap[parent] = t;
            k = parent;
        }
    }

    private void popTop() {
        heap[0] = heap[--heapSize];
        if (heapSize > 0) siftDown(0);
    }

    private void siftDown(int k) {
        while (true) {
            int l = 2 * k + 1, r = l + 1, m = k;
            if (l < heapSize && less(heap[l], heap[m])) m = l;
            if (r < heapSize && less(heap[r], heap[m])) m = r;
            if (m == k) return;
            int t = heap[k];
            heap[k] = heap[m];
            heap[m] = t;
            k = m;
        }
    }

    @Override
    public void close() {
        for (Cursor c : cursors) c.source.close();
    }

    /** A source's current chunk, its key columns and position; comparators to other cursors are cached per chunk pair. */
    private final class Cursor {
        final ChunkSource source;
        Chunk chunk;
        Column[] keys;
        int row;
        int version;
        final java.util.Map<Cursor, Object[]> comparators = new java.util.IdentityHashMap<>();

        Cursor(ChunkSource source) {
            this.source = source;
        }

        boolean advanceChunk() {
            while (true) {
                Chunk c = source.next();
                if (c == null) {
                    chunk = null;
                    return false;
                }
                if (c.rowCount() == 0) continue;
                chunk = c;
                keys = keyOf.apply(c);
                row = 0;
                version++;
                return true;
            }
        }

        RowComparator comparatorTo(Cursor other) {
            Object[] cached = comparators.get(other);
            if (cached != null && (int) cached[0] == version && (int) cached[1] == other.version) return (RowComparator) cached[2];
            RowComparator cmp = RowComparators.forKeys(keys, other.keys, order);
            comparators.put(other, new Object[] {version, other.version, cmp});
            return cmp;
        }
    }
}
