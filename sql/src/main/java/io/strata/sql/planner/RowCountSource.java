package io.strata.sql.planner;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.table.ChunkSource;
import java.util.List;

/**
 * Rows without columns, as many as a table's metadata says it holds: what {@code count()} over a
 * whole table aggregates when the engine knows its exact row count, so no data is read.
 */
final class RowCountSource implements ChunkSource {
    private static final int MAX_CHUNK_ROWS = 1 << 30;
    private long remaining;

    private RowCountSource(long rows) {
        this.remaining = rows;
    }

    static List<ChunkSource> of(long rows) {
        return List.of(new RowCountSource(rows));
    }

    @Override
    public Chunk next() {
        if (remaining <= 0) return null;
        int n = (int) Math.min(remaining, MAX_CHUNK_ROWS);
        remaining -= n;
        return new Chunk(new Column[0], n);
    }

    @Override
    public long rowsRead() {
        return 0;
    }
}
