package io.strata.server.query;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.error.DbException;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryProgress;
import io.strata.core.settings.Settings;
import io.strata.core.table.ChunkSource;
import io.strata.exec.driver.ExecutionContext;
import java.util.function.Supplier;

/** A query whose result is pulled from a chunk source built by the planner. */
final class StreamingExecution implements QueryExecution {
    private final Header header;
    private final ChunkSource source;
    private final String format;
    private final ExecutionContext context;
    private final String queryId;
    private final Supplier<Chunk> totals;
    private final long maxResultRows;
    private final ExtremesCollector extremes; // null unless extremes = 1
    private boolean done;

    StreamingExecution(Header header, ChunkSource source, String format, ExecutionContext context, String queryId,
                       Supplier<Chunk> totals) {
        this.header = header;
        this.source = source;
        this.format = format;
        this.context = context;
        this.queryId = queryId;
        this.totals = totals;
        this.maxResultRows = context.settings().getLong("max_result_rows");
        this.extremes = header.size() > 0 && context.settings().getBool("extremes") ? new ExtremesCollector(header) : null;
    }

    @Override public Header header() { return header; }

    @Override
    public Chunk next() {
        if (done) return null;
        try {
            while (true) {
                context.checkInterrupted();
                Chunk c = source == null ? null : source.next();
                if (c == null) {
                    done = true;
                    return null;
                }
                if (c.rowCount() == 0) continue;
                long rows = context.progress().resultRows.addAndGet(c.rowCount());
                context.progress().resultBytes.addAndGet(c.byteSize());
                if (maxResultRows > 0 && rows > maxResultRows) {
                    throw new DbException(io.strata.core.error.ErrorCode.TOO_MANY_ROWS_OR_BYTES,
                            "Limit for result exceeded, max rows: " + maxResultRows + ", current rows: " + rows);
                }
                if (extremes != null) extremes.add(c);
                return c;
            }
        } catch (RuntimeException | Error e) {
            done = true;
            close();
            throw DbException.wrap(e);
        }
    }

    @Override public String outputFormat() { return format; }
    @Override public Settings settings() { return context.settings(); }
    @Override public QueryProgress progress() { return context.progress(); }
    @Override public String queryId() { return queryId; }

    @Override
    public Chunk totals() {
        return totals == null ? null : totals.get();
    }

    @Override
    public Chunk extremes() {
        return extremes == null || !done ? null : extremes.result();
    }

    @Override
    public void cancel() {
        context.cancel();
    }

    @Override
    public void close() {
        context.cancel();
        if (source != null) {
            try {
                source.close();
            } catch (RuntimeException ignored) {
                // closing after an error: the first error is what the client sees
            }
        }
    }
}
