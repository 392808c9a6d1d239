package io.strata.server.cli;

import io.strata.client.ProgressListener;
import io.strata.client.QueryStats;
import io.strata.client.StatementException;
import io.strata.client.StatementExecutor;
import io.strata.client.StatementResult;
import io.strata.core.query.QueryProgress;
import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.error.DbException;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryRequest;
import io.strata.core.query.QueryRunner;
import io.strata.core.query.QuerySession;
import io.strata.formats.Formats;
import io.strata.formats.OutputFormat;
import io.strata.formats.OutputStatistics;
import io.strata.formats.OutputWriter;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * Runs statements on an in-process engine for {@code strata local}: one session for the whole run
 * (so USE and SET carry over), results rendered with the output formats straight to the output.
 */
public final class EngineStatementExecutor implements StatementExecutor {
    private final QueryRunner runner;
    private final QuerySession session;
    private final ZoneId timeZone;
    private java.io.InputStream data;
    private boolean terminal;

    public EngineStatementExecutor(QueryRunner runner, QuerySession session, ZoneId timeZone) {
        this.runner = runner;
        this.session = session;
        this.timeZone = timeZone;
    }

    /**
     * Data for an {@code INSERT ... FORMAT F} without inline data (clickhouse-local reads it from
     * stdin when the query comes from --query).
     */
    public void setInsertData(java.io.InputStream data) {
        this.data = data;
    }

    /**
     * Whether results go to an interactive terminal: Pretty formats then colour their output under
     * output_format_pretty_color = auto, as clickhouse-local does.
     */
    public void setTerminal(boolean terminal) {
        this.terminal = terminal;
    }

    private static final java.util.regex.Pattern INSERT_FORMAT = java.util.regex.Pattern.compile(
            "(?is)^\\s*INSERT\\s+INTO\\s+.*\\bFORMAT\\s+[A-Za-z0-9_]+\\s*;?\\s*$");

    private volatile QueryExecution running;

    @Override
    public boolean cancel() {
        QueryExecution e = running;
        if (e == null) return false;
        e.cancel();
        return true;
    }

    @Override
    public StatementResult execute(String sql, String format, OutputStream out, ProgressListener progress) throws StatementException {
        java.io.InputStream body = data != null && INSERT_FORMAT.matcher(sql).matches() ? data : null;
        boolean vertical = io.strata.client.Statements.isVertical(sql);
        sql = io.strata.client.Statements.withoutVertical(sql);
        if (vertical) format = "Vertical";
        try (QueryExecution e = runner.execute(new QueryRequest(sql, session, Map.of(), Map.of(), body,
                UUID.randomUUID().toString()))) {
            running = e;
            Header header = e.header();
            if (header.size() == 0) {
                while (e.next() != null) {
                    // statements without a result do their work while pulled
                }
                return new StatementResult(e.progress().writtenRows.get(), false, false, stats(e.progress()));
            }
            String formatName = e.outputFormat() != null && !vertical ? e.outputFormat() : format;
            OutputFormat outputFormat = Formats.output(formatName);
            OutputStream target = terminal ? new io.strata.formats.TerminalOutputStream(out) : out;
            OutputWriter writer = outputFormat.create(target, header, Formats.formatSettings(e.settings(), timeZone), e.settings());
            long rows = 0;
            Chunk chunk;
            while ((chunk = e.next()) != null) {
                writer.writeChunk(chunk);
                rows += chunk.rowCount();
            }
            Chunk totals = e.totals();
            if (totals != null) writer.writeTotals(totals);
            Chunk extremes = e.extremes();
            if (extremes != null) writer.writeExtremes(extremes);
            writer.finish(OutputStatistics.of(rows, e.progress()));
            writer.flush();
            return new StatementResult(rows, rows > 0, false, stats(e.progress()));
        } catch (Throwable t) {
            DbException error = DbException.wrap(t);
            if (error.code() == io.strata.core.error.ErrorCode.QUERY_WAS_CANCELLED) {
                return new StatementResult(0, false, true, QueryStats.NONE);
            }
            throw new StatementException(error.code().code(), error.toClickHouseString(), error);
        } finally {
            running = null;
        }
    }

    private static QueryStats stats(QueryProgress p) {
        return new QueryStats(p.readRows.get(), p.readBytes.get(), p.totalRowsToRead.get(), p.writtenRows.get(),
                p.writtenBytes.get(), p.elapsedNanos());
    }
}
