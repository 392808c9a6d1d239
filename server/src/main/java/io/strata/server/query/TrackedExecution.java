package io.strata.server.query;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryProgress;
import io.strata.core.settings.Settings;

/**
 * An execution whose query is in the {@link ProcessList}: it leaves the list as soon as the result
 * is exhausted, fails or is closed (whichever comes first, so a caller that stops pulling and
 * closes late still frees its place), and cancelling it cancels every context of the query.
 */
final class TrackedExecution implements QueryExecution {
    private final QueryExecution inner;
    private final RunningQuery query;

    TrackedExecution(QueryExecution inner, RunningQuery query) {
        this.inner = inner;
        this.query = query;
    }

    @Override public Header header() { return inner.header(); }
    @Override public String outputFormat() { return inner.outputFormat(); }
    @Override public Settings settings() { return inner.settings(); }
    @Override public QueryProgress progress() { return inner.progress(); }
    @Override public String queryId() { return inner.queryId(); }
    @Override public Chunk totals() { return inner.totals(); }
    @Override public Chunk extremes() { return inner.extremes(); }

    @Override
    public Chunk next() {
        try {
            Chunk c = inner.next();
            if (c == null) query.finish();
            return c;
        } catch (RuntimeException | Error e) {
            query.finish();
            throw e;
        }
    }

    @Override
    public void cancel() {
        query.cancel();
        inner.cancel();
    }

    @Override
    public void close() {
        try {
            inner.close();
        } finally {
            query.finish();
        }
    }
}
