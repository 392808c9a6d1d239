package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.ReadRequest;
import io.strata.core.table.TableEngineFactory.CompiledExpression;
import io.strata.core.table.TableEngineFactory.EngineServices;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading in sorting-key order for {@code ORDER BY <sorting key prefix> LIMIT n}: every part is
 * already sorted by the key, so a k-way merge of the parts' selected granules yields the table's
 * rows in key order, and the first n rows of the merge are the answer. The merge pulls a granule
 * of a part only when the part's previous granule is used up, so a top-n by key decompresses
 * about one granule per part (plus what n itself spans) instead of the whole table. One morsel:
 * the merge is sequential. With a pushed-down filter the parts' readers apply it (PREWHERE) and
 * only passing rows count toward n.
 */
final class ReadInOrder implements ChunkSource {
    private final List<PartReader> readers;
    private final MergingSortedStream merged;
    private final long limit;
    private long emitted;
    private boolean done;

    private ReadInOrder(List<PartReader> readers, MergingSortedStream merged, long limit) {
        this.readers = readers;
        this.merged = merged;
        this.limit = limit;
    }

    /**
     * The in-order morsel for the request, or null when the request does not ask for it or it
     * cannot be served exactly (the filter reads columns the scan does not return, or a key
     * element cannot be computed from the returned columns).
     */
    static ChunkSource open(MergeTreeSchema schema, List<DataPart> parts, ReadPlanner planner, Header columns,
                            ReadRequest request, EngineServices services) {
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
        List<PartReader> readers = new ArrayList<>();
        for (DataPart part : parts) {
            List<MarkRange> ranges = planner.markRanges(part);
            if (!ranges.isEmpty()) readers.add(new PartReader(part, columns, ranges, request.filter()));
        }
        int blockSize = (int) Math.max(1, Math.min(request.limitHint() + 1, 65536));
        MergingSortedStream merged = new MergingSortedStream(new ArrayList<>(readers), chunk -> {
            Column[] key = new Column[keyColumns.length];
            for (int i = 0; i < key.length; i++) {
                key[i] = keyColumns[i] >= 0 ? chunk.column(keyColumns[i]) : keyExpressions[i].evaluate(chunk).materialize();
            }
            return key;
        }, keyColumns.length, blockSize);
        return new ReadInOrder(readers, merged, request.limitHint());
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
        long room = limit - emitted;
        if (c.rowCount() > room) c = c.slice(0, (int) room);
        emitted += c.rowCount();
        return c;
    }

    @Override
    public long rowsRead() {
        long n = 0;
        for (PartReader r : readers) n += r.decodedRows();
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
}
