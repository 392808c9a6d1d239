package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.ReadRequest;
import io.strata.core.table.ScanFilter;
import io.strata.core.table.TableEngineFactory.CompiledExpression;
import io.strata.core.table.TableEngineFactory.EngineServices;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reading in sorting-key order for {@code ORDER BY <sorting key prefix> LIMIT n}: every part is
 * already sorted by the key, so a k-way merge of the parts' selected granules yields the table's
 * rows in key order, and the first n rows of the merge are the answer. The merge pulls a granule
 * of a part only when the part's previous granule is used up, so a top-n by key decompresses
 * about one granule per part (plus what n itself spans) instead of the whole table. One morsel:
 * the merge is sequential. With a pushed-down filter, the merged rows are filtered here (whatever
 * the parts' readers are) and only passing rows count toward n.
 */
final class ReadInOrder implements ChunkSource {
    private final List<CountingSource> readers;
    private final MergingSortedStream merged;
    private final long limit;
    private final ScanFilter filter;
    private final int[] filterColumns;
    private int[] selection = new int[0];
    private long emitted;
    private boolean done;

    private ReadInOrder(List<CountingSource> readers, MergingSortedStream merged, long limit, ScanFilter filter, Header columns) {
        this.readers = readers;
        this.merged = merged;
        this.limit = limit;
        this.filter = filter;
        this.filterColumns = new int[filter == null ? 0 : filter.requiredColumns().size()];
        for (int i = 0; i < filterColumns.length; i++) filterColumns[i] = columns.indexOf(filter.requiredColumns().get(i));
    }

    /**
     * The in-order morsel for the request, or null when the request does not ask for it or it
     * cannot be served exactly (the filter reads columns the scan does not return, or a key
     * element cannot be computed from the returned columns). {@code reader} opens a part's reader
     * over mark ranges; it need not apply the filter.
     */
    static ChunkSource open(MergeTreeSchema schema, List<DataPart> parts, ReadPlanner planner, Header columns,
                            ReadRequest request, EngineServices services, BiFunction<DataPart, List<MarkRange>, ChunkSource> reader) {
        List<String> prefix = request.orderByPrefix();
        if (prefix.isEmpty() || request.limitHint() < 0 || request.finalMode() && schema.mode() != MergeMode.ORDINARY) return null;
        if (prefix.size() > schema.sortingKey().size()) return null;
        for (int i = 0; i < prefix.size(); i++) {
            if (!normalize(prefix.get(i)).equals(normalize(schema.sortingKey().get(i)))) return null;
        }
        if (request.filter() != null && !PartReader.canPrewhere(request.filter(), columns)) return null;
        int[] keyColumns = new int[prefix.size()];
        CompiledExpression[] keyExpressions = new CompiledExpression[prefix.size()];
        for (int i = 0; i < keyColumns.length; i++) {
            int c = schema.sortingColumn(i);
            keyColumns[i] = c >= 0 ? columns.indexOf(schema.header().name(c)) : -1;
            if (keyColumns[i] >= 0) continue;
            for (String id : TupleElements.identifiers(prefix.get(i))) {
                if (schema.header().indexOf(id) >= 0 && columns.indexOf(id) < 0) return null;
            }
            keyExpressions[i] = services.compile(prefix.get(i), columns);
        }
        List<CountingSource> readers = new ArrayList<>();
        for (DataPart part : parts) {
            List<MarkRange> ranges = planner.markRanges(part);
            if (!ranges.isEmpty()) readers.add(new CountingSource(reader.apply(part, ranges)));
        }
        int blockSize = (int) Math.max(1, Math.min(request.limitHint() + 1, 65536));
        MergingSortedStream merged = new MergingSortedStream(new ArrayList<>(readers), chunk -> {
            Column[] key = new Column[keyColumns.length];
            for (int i = 0; i < key.length; i++) {
                key[i] = keyColumns[i] >= 0 ? chunk.column(keyColumns[i]) : keyExpressions[i].evaluate(chunk).materialize();
            }
            return key;
        }, keyColumns.length, blockSize);
        return new ReadInOrder(readers, merged, request.limitHint(), request.filter(), columns);
    }

    private static String normalize(String sql) {
        return sql.replace("`", "").replace(" ", "");
    }

    @Override
    public Chunk next() {
        if (done) return null;
        if (emitted >= limit) {
            close();
            return null;
        }
        Chunk c = merged.next();
        if (c == null) {
            close();
            return null;
        }
        // a block the filter empties is returned empty rather than read past here: the scan above
        // checks for cancellation between chunks, and a filter that passes nothing for the whole
        // table must not keep the query from being cancelled until the table is read
        if (filter != null) c = passing(c);
        long room = limit - emitted;
        if (c.rowCount() > room) c = c.slice(0, (int) room);
        emitted += c.rowCount();
        return c;
    }

    private Chunk passing(Chunk c) {
        Column[] input = new Column[filterColumns.length];
        for (int i = 0; i < input.length; i++) input[i] = c.column(filterColumns[i]);
        int rows = c.rowCount();
        if (selection.length < rows) selection = new int[rows];
        int kept = filter.select(new Chunk(input, rows), selection);
        if (kept == rows) return c;
        Column[] out = new Column[c.width()];
        for (int i = 0; i < out.length; i++) out[i] = c.column(i).take(selection, kept);
        return new Chunk(out, kept);
    }

    @Override
    public long rowsRead() {
        long n = 0;
        for (CountingSource r : readers) n += r.rowsRead();
        return n;
    }

    @Override
    public long estimatedRows() {
        return limit;
    }

    @Override
    public void close() {
        if (done) return;
        done = true;
        merged.close();
    }

    /** A part's reader, counting what it read (its own count when it filters, else the rows it returned). */
    private static final class CountingSource implements ChunkSource {
        private final ChunkSource source;
        private long returned;

        CountingSource(ChunkSource source) {
            this.source = source;
        }

        @Override
        public Chunk next() {
            Chunk c = source.next();
            if (c != null) returned += c.rowCount();
            return c;
        }

        @Override
        public long rowsRead() {
            long own = source.rowsRead();
            return own >= 0 ? own : returned;
        }

        @Override
        public void close() {
            source.close();
        }
    }
}
