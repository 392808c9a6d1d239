package io.strata.tests;

import io.strata.core.block.Chunk;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryRequest;
import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.formats.Formats;
import io.strata.formats.OutputStatistics;
import io.strata.formats.OutputWriter;
import io.strata.server.Engine;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs statements against an in-process engine and returns their output, TabSeparated unless asked otherwise (tests). */
final class LocalQueries {
    private LocalQueries() {
    }

    /** A statement's TabSeparated output and what it read (its progress counters). */
    record Result(String text, long readRows, long readBytes) {
    }

    static String query(Engine e, String sql) {
        return run(e, sql).text();
    }

    /** Runs {@code sql}; the output as TabSeparated, with the rows and bytes the query read. */
    static Result run(Engine e, String sql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] read = execute(e, sql, "TabSeparated", out);
        return new Result(out.toString(StandardCharsets.UTF_8), read[0], read[1]);
    }

    /** Runs {@code sql}; its output in {@code format}. */
    static byte[] output(Engine e, String sql, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        execute(e, sql, format, out);
        return out.toByteArray();
    }

    /** Runs {@code sql}, its output in {@code format} to {@code out}; returns {rows read, bytes read}. */
    private static long[] execute(Engine e, String sql, String format, ByteArrayOutputStream out) {
        QuerySession session = new QuerySession("default", "default", Settings.DEFAULTS);
        try (QueryExecution ex = e.runner().execute(new QueryRequest(sql, session, Map.of(), Map.of(), null, "q" + System.nanoTime()))) {
            if (ex.header().size() == 0) {
                while (ex.next() != null) {
                    // statements without a result
                }
                return new long[] {0, 0};
            }
            OutputWriter w = Formats.output(format).create(out, ex.header(),
                    Formats.formatSettings(Settings.DEFAULTS, e.timeZone()), Settings.DEFAULTS);
            long rows = 0;
            for (Chunk c = ex.next(); c != null; c = ex.next()) {
                w.writeChunk(c);
                rows += c.rowCount();
            }
            w.finish(OutputStatistics.ofRows(rows));
            return new long[] {ex.progress().readRows.get(), ex.progress().readBytes.get()};
        }
    }
}
