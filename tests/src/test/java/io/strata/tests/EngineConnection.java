package io.strata.tests;

import io.strata.core.block.Chunk;
import io.strata.core.error.DbException;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryRequest;
import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.formats.Formats;
import io.strata.formats.OutputStatistics;
import io.strata.formats.OutputWriter;
import io.strata.server.Engine;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The corpus over an engine in this JVM: statements go straight to its query runner. */
final class EngineConnection implements CorpusConnection {
    private final Engine engine;
    private final QuerySession session;

    EngineConnection(Engine engine, String database) {
        this.engine = engine;
        this.session = new QuerySession("default", database, Settings.DEFAULTS);
    }

    @Override
    public void execute(String sql, Map<String, String> settings, ByteArrayOutputStream output) throws Failure {
        try {
            run(engine, session, sql, settings, output);
        } catch (DbException e) {
            throw new Failure(e.code().name(), e.getMessage(), e);
        }
    }

    /** Runs one statement and appends its output in its FORMAT (TabSeparated by default). */
    static void run(Engine e, QuerySession session, String sql, Map<String, String> settings, ByteArrayOutputStream output) {
        String queryId = "corpus-" + System.nanoTime();
        try (QueryExecution ex = e.runner().execute(new QueryRequest(sql, session, settings, Map.of(), null, queryId))) {
            List<Chunk> chunks = new ArrayList<>();
            for (Chunk c = ex.next(); c != null; c = ex.next()) {
                chunks.add(c);
            }
            Chunk totals = ex.totals();
            // Statements without a result (DDL, INSERT, SET) print nothing, as clickhouse-client.
            if (ex.header().size() == 0 && ex.outputFormat() == null) {
                return;
            }
            String format = ex.outputFormat() != null ? ex.outputFormat() : "TabSeparated";
            Settings effective = ex.settings() != null ? ex.settings() : session.settings();
            OutputWriter writer = Formats.output(format).create(output, ex.header(),
                    Formats.formatSettings(effective, e.timeZone()), effective);
            long rows = 0;
            for (Chunk c : chunks) {
                writer.writeChunk(c);
                rows += c.rowCount();
            }
            if (totals != null) {
                writer.writeTotals(totals);
            }
            writer.finish(OutputStatistics.ofRows(rows));
        } catch (UncheckedIOException io) {
            throw new AssertionError("output failed", io);
        } catch (RuntimeException re) {
            throw DbException.wrap(re);
        }
    }

    @Override
    public void close() {
        // the session holds nothing the engine does not own
    }
}
