package io.strata.server.engine;

import io.strata.core.block.Chunk;
import io.strata.core.table.ChunkSource;
import java.util.Iterator;
import java.util.List;

/** A morsel over chunks already in memory. */
public final class ChunkListSource implements ChunkSource {
    private final Iterator<Chunk> it;
    private final long rows;

    public ChunkListSource(List<Chunk> chunks) {
        this.it = chunks.iterator();
        long r = 0;
        for (Chunk c : chunks) r += c.rowCount();
        this.rows = r;
    }

    @Override
    public Chunk next() {
        return it.hasNext() ? it.next() : null;
    }

    @Override
    public long estimatedRows() {
        return rows;
    }
}
