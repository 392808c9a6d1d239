package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.LazyRows;
import io.strata.core.table.ReadRequest;
import io.strata.exec.operator.Columns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Late materialization over a snapshot of a MergeTree table's parts. The first phase reads the
 * requested columns of the granules the filter may match (as an ordinary read does, PREWHERE
 * included), each row tagged with a locator: the part's index in the snapshot in the high bits,
 * the row's number in the part in the low {@link #ROW_BITS}. The second phase groups the chosen
 * locators by part, reads the other columns of just the granules holding them and picks the
 * rows out.
 *
 * <p>The snapshot's parts stay acquired from creation to {@link #close()}: a merge that replaces
 * them meanwhile cannot delete their files, so a locator always finds its row (the way
 * {@link FinalReading} holds the parts it merges). Only parts read plainly (no pending ALTER
 * conversion, no lightweight-delete mask) are snapshot, so that row numbers in the part are the
 * rows the first phase saw; the table falls back to an eager read otherwise.
 */
final class LazyPartRows implements LazyRows {
    /** Bits of a locator holding the row number in the part (parts hold far fewer than 2^40 rows). */
    static final int ROW_BITS = 40;
    private static final long ROW_MASK = (1L << ROW_BITS) - 1;

    private final List<DataPart> snapshot;
    private final List<ChunkSource> morsels;
    private final AtomicBoolean closed = new AtomicBoolean();
    private long fetchedRows;
    private long fetchedBytes;

    /** Takes over the references {@code snapshot}'s parts hold for this read (released on close). */
    private LazyPartRows(List<DataPart> snapshot, List<ChunkSource> morsels) {
        this.snapshot = snapshot;
        this.morsels = morsels;
    }

    /**
     * The lazy read of {@code columns} over {@code snapshot} (each part acquired by the caller, the
     * references passed on to the result), or null when some part is not plain: the caller then
     * releases the parts and reads eagerly.
     */
    static LazyPartRows open(List<DataPart> snapshot, AlterConversions reading, ReadPlanner planner, Header columns,
                             ReadRequest request) {
        for (DataPart part : snapshot) {
            if (!reading.isPlain(part, columns, true) || !reading.isPlain(part, reading.schema().header(), true)) return null;
            if (part.rows() > ROW_MASK) return null;
        }
        var prewhere = PartReader.prewherePays(request.filter(), columns) && ReadPlanner.enabled(request, "optimize_move_to_prewhere")
                ? request.filter() : null;
        List<ChunkSource> out = new ArrayList<>();
        for (int i = 0; i < snapshot.size(); i++) {
            DataPart part = snapshot.get(i);
            List<MarkRange> ranges = planner.markRanges(part);
            if (ranges.isEmpty()) continue;
            for (List<MarkRange> morsel : ReadPlanner.morsels(ranges, snapshot.size(), request.maxThreads())) {
                out.add(new PartReader(part, columns, morsel, prewhere, ReadOptions.NONE).withLocators((long) i << ROW_BITS)
                        .withTopN(request.topN(), reading.schema().skipIndexes()));
            }
        }
        return new LazyPartRows(snapshot, out);
    }

    @Override
    public List<ChunkSource> morsels() {
        return morsels;
    }

    @Override
    public synchronized Chunk fetch(Header columns, long[] locators, int count) {
        if (closed.get()) throw new IllegalStateException("lazy read already closed");
        long[] sorted = Arrays.copyOf(locators, count);
        Arrays.sort(sorted);
        // the rows in locator order, read part by part and granule by granule
        List<Chunk> pieces = new ArrayList<>();
        int i = 0;
        while (i < count) {
            int partIndex = (int) (sorted[i] >>> ROW_BITS);
            int j = i;
            while (j < count && (int) (sorted[j] >>> ROW_BITS) == partIndex) j++;
            readPart(snapshot.get(partIndex), columns, sorted, i, j, pieces);
            i = j;
        }
        Chunk inLocatorOrder = pieces.isEmpty() ? emptyChunk(columns) : Columns.concat(pieces);
        // back to the caller's order: position of each locator among the sorted ones
        int[] order = new int[count];
        for (int k = 0; k < count; k++) order[k] = Arrays.binarySearch(sorted, locators[k]);
        return inLocatorOrder.take(order, count);
    }

    private static Chunk emptyChunk(Header columns) {
        Column[] out = new Column[columns.size()];
        for (int c = 0; c < out.length; c++) out[c] = columns.type(c).defaultColumn(0);
        return new Chunk(out, 0);
    }

    /** Appends to {@code pieces} the rows {@code sorted[from..to)} (all of one part, ascending, maybe repeated). */
    private void readPart(DataPart part, Header columns, long[] sorted, int from, int to, List<Chunk> pieces) {
        // the granules holding the rows, as ranges of adjacent granules
        int[] granuleOf = new int[to - from];
        List<MarkRange> ranges = new ArrayList<>();
        int g = 0;
        for (int k = from; k < to; k++) {
            long row = sorted[k] & ROW_MASK;
            while (part.granuleStart(g + 1) <= row) g++;
            granuleOf[k - from] = g;
            if (!ranges.isEmpty() && ranges.get(ranges.size() - 1).end() == g) {
                ranges.set(ranges.size() - 1, new MarkRange(ranges.get(ranges.size() - 1).begin(), g + 1));
            } else if (ranges.isEmpty() || ranges.get(ranges.size() - 1).end() <= g) {
                ranges.add(new MarkRange(g, g + 1));
            }
        }
        int k = from;
        int[] positions = new int[to - from];
        try (PartReader reader = new PartReader(part, columns, ranges)) {
            for (MarkRange r : ranges) {
                for (int granule = r.begin(); granule < r.end(); granule++) {
                    Chunk c = reader.next();
                    fetchedRows += c.rowCount();
                    fetchedBytes += c.byteSize();
                    long first = part.granuleStart(granule);
                    int n = 0;
                    while (k < to && granuleOf[k - from] == granule) positions[n++] = (int) ((sorted[k++] & ROW_MASK) - first);
                    pieces.add(c.take(positions, n));
                }
            }
        }
    }

    @Override
    public synchronized long fetchedRows() {
        return fetchedRows;
    }

    @Override
    public synchronized long fetchedBytes() {
        return fetchedBytes;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        for (ChunkSource m : morsels) m.close();
        for (DataPart p : snapshot) p.release();
    }
}
