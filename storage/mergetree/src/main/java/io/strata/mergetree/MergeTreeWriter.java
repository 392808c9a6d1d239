package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.table.TableWriter;
import io.strata.exec.operator.RowComparator;
import io.strata.exec.operator.RowComparators;
import io.strata.exec.operator.RowSorter;
import io.strata.exec.operator.SortKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One INSERT into a MergeTree table. Each written chunk (a block of up to max_insert_block_size
 * rows) is split by partition, sorted by the sorting key and written at once as a temporary part
 * per partition, so memory stays bounded by one block however long the insert. The last part
 * stays open until commit so that it can carry the commit metadata. Nothing is visible before
 * {@link #commit}; abort (or a crash) leaves only temporary directories, removed at start-up.
 */
final class MergeTreeWriter implements TableWriter {
    private final MergeTreeTable table;
    private final MergeTreeSchema schema;
    private final CompressBlockSizes blockSizes;
    private final List<Path> written = new ArrayList<>();
    private final List<String> partitions = new ArrayList<>();
    private PartWriter open;
    private Column[] openPartitionValue;
    private boolean done;

    MergeTreeWriter(MergeTreeTable table, CompressBlockSizes blockSizes) {
        this.table = table;
        this.schema = table.schema();
        this.blockSizes = blockSizes;
    }

    /**
     * Blocks are sorted and written on a helper thread while the inserting thread parses the
     * next block: at most one block is in flight, so memory stays at two blocks.
     */
    private java.util.concurrent.Future<?> inFlight;
    private static final java.util.concurrent.ExecutorService WRITERS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "strata-insert-writer");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void write(Chunk chunk) {
        if (chunk.rowCount() == 0) return;
        checkLayout(chunk);
        awaitInFlight();
        inFlight = WRITERS.submit(() -> writeBlock(chunk));
    }

    private void awaitInFlight() {
        if (inFlight == null) return;
        java.util.concurrent.Future<?> f = inFlight;
        inFlight = null;
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new io.strata.core.error.DbException(io.strata.core.error.ErrorCode.QUERY_WAS_CANCELLED, "Insert interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error er) throw er;
            throw new RuntimeException(c);
        }
    }

    /** Writes a part per partition of {@code chunk}; each part's rows are gathered from it in sorted pieces while it is written. */
    private void writeBlock(Chunk chunk) {
        Column[] partitionKey = schema.partitionKeyColumns(chunk);
        for (Map.Entry<String, int[]> e : splitByPartition(partitionKey, chunk.rowCount()).entrySet()) {
            int[] rows = e.getValue();
            Chunk part = rows == null ? chunk : chunk.take(rows, rows.length);
            Column[] value = new Column[partitionKey.length];
            int first = rows == null ? 0 : rows[0];
            for (int i = 0; i < value.length; i++) value[i] = partitionKey[i].slice(first, 1);
            writePart(e.getKey(), value, part, sortOrder(part));
        }
    }

    /**
     * Rows per piece of a block written in sorted order: a block is never copied whole into its
     * sorted order; each piece is gathered, written and dropped. The sorted copy of a whole block
     * (a quarter of a GB for 300,000 ClickBench rows) outlived several young collections and was
     * promoted and compacted with it; pieces of this size die young. A multiple of the granule.
     */
    static final int SORTED_PIECE_ROWS = 65_536;

    /**
     * The chunk must have this writer's schema: an insert planned against a definition an ALTER
     * replaced meanwhile fails instead of storing columns under the wrong names or types.
     */
    private static io.strata.core.type.DataType withoutLowCardinality(io.strata.core.type.DataType t) {
        return t instanceof io.strata.core.type.LowCardinalityType lc ? lc.inner() : t;
    }

    private void checkLayout(Chunk chunk) {
        Header h = schema.header();
        boolean same = chunk.width() == h.size();
        // LowCardinality columns may arrive materialized (their plain type): same data either way
        for (int i = 0; i < h.size() && same; i++) same = withoutLowCardinality(chunk.column(i).type()).equals(withoutLowCardinality(h.type(i)));
        if (!same) {
            throw new io.strata.core.error.DbException(io.strata.core.error.ErrorCode.ABORTED,
                    "The structure of table " + schema.definition().name() + " was changed by ALTER during the INSERT; retry it");
        }
    }

    /** Partition id to its rows (null = all rows of the chunk), in first-seen order. */
    private Map<String, int[]> splitByPartition(Column[] key, int n) {
        Map<String, int[]> out = new LinkedHashMap<>();
        if (key.length == 0) {
            out.put(PartitionId.ALL, null);
            return out;
        }
        Header types = schema.partitionHeader();
        boolean same = true;
        RowComparator[] cmp = new RowComparator[key.length];
        for (int i = 0; i < key.length; i++) cmp[i] = RowComparators.create(key[i], key[i], 1);
        for (int r = 1; r < n && same; r++) {
            for (RowComparator c : cmp) {
                if (c.compare(r, 0) != 0) {
                    same = false;
                    break;
                }
            }
        }
        if (same) {
            out.put(PartitionId.of(types, key, 0), null);
            return out;
        }
        Map<String, IntList> groups = new LinkedHashMap<>();
        for (int r = 0; r < n; r++) groups.computeIfAbsent(PartitionId.of(types, key, r), k -> new IntList()).add(r);
        for (Map.Entry<String, IntList> e : groups.entrySet()) out.put(e.getKey(), e.getValue().toArray());
        return out;
    }

    /** The rows of {@code chunk} in sorting-key order; null when they are in that order already (or there is no key). */
    private int[] sortOrder(Chunk chunk) {
        int keys = schema.mergeKeySize();
        if (keys == 0 || chunk.rowCount() <= 1) return null;
        Column[] key = schema.mergeKeyColumns(chunk);
        List<SortKey> order = new ArrayList<>();
        for (int i = 0; i < keys; i++) order.add(SortKey.ascending(i));
        int n = chunk.rowCount();
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) rows[i] = i;
        RowSorter.sort(rows, n, key, order);
        boolean identity = true;
        for (int i = 0; i < n && identity; i++) identity = rows[i] == i;
        return identity ? null : rows;
    }

    /** Writes {@code block} as a new part, its rows in the order {@code order} gives (null: as they are). */
    private void writePart(String partitionId, Column[] partitionValue, Chunk block, int[] order) {
        finishOpen(Map.of());
        Path tmp = table.temporaryDirectory("insert");
        // the whole part is this block: its in-memory size decides wide or compact, as ClickHouse's block.bytes() does
        PartType type = PartType.choose(schema.settings(), PartType.blockBytes(block), block.rowCount());
        PartWriter w = new PartWriter(tmp, schema, schema.header(), type, blockSizes.min(), blockSizes.max());
        written.add(tmp);
        partitions.add(partitionId);
        open = w;
        openPartitionValue = partitionValue;
        if (order == null) {
            w.write(block);
            return;
        }
        int n = block.rowCount();
        for (int from = 0; from < n; from += SORTED_PIECE_ROWS) {
            int to = Math.min(n, from + SORTED_PIECE_ROWS);
            w.write(block.take(Arrays.copyOfRange(order, from, to), to - from));
        }
    }

    private void finishOpen(Map<String, String> metadata) {
        if (open == null) return;
        PartWriter w = open;
        open = null;
        w.finish(openPartitionValue, metadata);
    }

    @Override
    public void commit(Map<String, String> commitMetadata) {
        if (done) return;
        awaitInFlight();
        finishOpen(commitMetadata);
        table.commitInserted(written, partitions);
        done = true;
        table.endWrite();
    }

    @Override
    public void abort() {
        if (done) return;
        done = true;
        try {
            awaitInFlight();
        } catch (RuntimeException | Error ignored) {
            // the insert fails anyway; what was written is removed below
        }
        table.endWrite();
        if (open != null) {
            open.abort();
            open = null;
        }
        for (Path p : written) PartDirectories.deleteRecursively(p);
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] a = new int[16];
        private int n;

        void add(int v) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
