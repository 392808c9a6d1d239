package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.table.ChunkSource;
import java.util.List;

/**
 * The readers of several parts one after another, as one morsel: a read too small to be worth a
 * second thread (see {@link ReadPlanner#streams}) runs on the query's own thread instead of
 * handing its few granules to the worker pool and waiting for them.
 */
final class ChainedReaders implements ChunkSource {
    private final List<ChunkSource> readers;
    private int current;

    ChainedReaders(List<ChunkSource> readers) {
        this.readers = readers;
    }

    @Override
    public Chunk next() {
        while (current < readers.size()) {
            Chunk c = readers.get(current).next();
            if (c != null) return c;
            readers.get(current++).close();
        }
        return null;
    }

    @Override
    public long estimatedRows() {
        long n = 0;
        for (ChunkSource r : readers) {
            long e = r.estimatedRows();
            if (e < 0) return -1;
            n += e;
        }
        return n;
    }

    /** The rows the readers report having read, or -1 when they read what they return. */
    @Override
    public long rowsRead() {
        long n = 0;
        for (ChunkSource r : readers) {
            long read = r.rowsRead();
            if (read < 0) return -1;
            n += read;
        }
        return n;
    }

    @Override
    public boolean filterApplied() {
        for (ChunkSource r : readers) if (!r.filterApplied()) return false;
        return true;
    }

    @Override
    public void close() {
        while (current < readers.size()) readers.get(current++).close();
    }
}
