package io.strata.server.query;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryProgress;
import io.strata.core.settings.Settings;

/** A statement's execution whose rows go out in the format its trailing FORMAT clause names. */
final class FormatOverride implements QueryExecution {
    private final QueryExecution inner;
    private final String format;

    FormatOverride(QueryExecution inner, String format) {
        this.inner = inner;
        this.format = format;
    }

    @Override public Header header() { return inner.header(); }
    @Override public Chunk next() { return inner.next(); }
    @Override public String outputFormat() { return format; }
    @Override public Settings settings() { return inner.settings(); }
    @Override public QueryProgress progress() { return inner.progress(); }
    @Override public String queryId() { return inner.queryId(); }
    @Override public Chunk totals() { return inner.totals(); }
    @Override public Chunk extremes() { return inner.extremes(); }
    @Override public void cancel() { inner.cancel(); }
    @Override public void close() { inner.close(); }
}
