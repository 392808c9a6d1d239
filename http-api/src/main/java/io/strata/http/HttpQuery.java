package io.strata.http;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.query.ClientInfo;
import io.strata.core.query.QueryCancellation;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryProgress;
import io.strata.core.query.QueryRequest;
import io.strata.core.query.QueryRunner;
import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.formats.Formats;
import io.strata.formats.OutputFormat;
import io.strata.formats.OutputStatistics;
import io.strata.formats.OutputWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One query received over HTTP, run on its own (virtual) thread: builds the QueryRequest, starts
 * it on the runner, and streams the result through the output format into the response. Nothing
 * here blocks the event loop, and nothing thrown here reaches it: every failure ends as an error
 * response (or an error appended to a started one).
 */
final class HttpQuery implements Runnable {
    static final String DEFAULT_FORMAT = "TabSeparated";

    private final QueryRunner runner;
    private final ZoneId serverTimeZone;
    private final boolean readOnly;          // GET
    private final Map<String, List<String>> urlParameters;
    private final HttpHeaders requestHeaders;
    private final RequestBody body;          // POST body, or null
    private final ResponseStream response;
    private HttpQueryOptions options;
    private volatile String queryId;
    private volatile QueryExecution execution;
    private volatile boolean cancelled;
    // stops the query also while the runner is still inside execute() (INSERT ... SELECT, DDL)
    private final QueryCancellation cancellation = new QueryCancellation();
    private volatile InetSocketAddress remoteAddress;
    private String formatName;
    private String contentType;
    private ZoneId timeZone;

    HttpQuery(QueryRunner runner, ZoneId serverTimeZone, boolean readOnly, Map<String, List<String>> urlParameters,
              HttpHeaders requestHeaders, RequestBody body, Function<Consumer<HttpHeaders>, ResponseStream> responses) {
        this.runner = runner;
        this.serverTimeZone = serverTimeZone;
        this.readOnly = readOnly;
        this.urlParameters = urlParameters;
        this.requestHeaders = requestHeaders;
        this.body = body;
        this.queryId = UUID.randomUUID().toString();
        this.timeZone = serverTimeZone;
        this.response = responses.apply(this::addResultHeaders);
    }

    ResponseStream response() {
        return response;
    }

    /** The client's address, for system.processes (address, port). */
    void setRemoteAddress(SocketAddress address) {
        if (address instanceof InetSocketAddress inet) remoteAddress = inet;
    }

    @Override
    public void run() {
        try {
            execute();
        } catch (Throwable t) {
            response.fail(DbException.wrap(t), this::addErrorHeaders);
        } finally {
            QueryExecution e = execution;
            if (e != null) {
                try {
                    e.close();
                } catch (Throwable ignored) {
                    // the response is already decided; a failing close must not hide it
                }
            }
            if (body != null) body.close();
        }
    }

    /** The client went away: stop the query; its next write fails and ends the thread. */
    void cancel() {
        cancelled = true;
        cancellation.cancel();
        QueryExecution e = execution;
        if (e != null) e.cancel();
        if (body != null) body.fail(new IOException("Client has gone away"));
        response.abandon();
    }

    private void execute() throws IOException {
        options = HttpQueryOptions.parse(urlParameters, requestHeaders);
        if (options.queryId() != null) queryId = options.queryId();
        response.setBufferSize(options.bufferSize());
        String sql = options.query();
        InputStream data = null;
        if (body != null) {
            if (sql == null) {
                sql = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            } else if (isInsert(sql)) {
                // INSERT with the query in the URL: the body is the data, read while inserting.
                data = body;
            } else {
                // ClickHouse reads the query as the URL part, a line break, then the body.
                byte[] rest = body.readAllBytes();
                if (rest.length > 0) sql = sql + "\n" + new String(rest, StandardCharsets.UTF_8);
            }
        }
        if (sql == null || sql.isBlank()) {
            throw new DbException(ErrorCode.SYNTAX_ERROR, "Empty query");
        }
        Map<String, String> settings = new LinkedHashMap<>(options.settings());
        if (readOnly) {
            if (!ReadOnlyQueries.isReadOnly(sql)) {
                throw new DbException(ErrorCode.READONLY, "Cannot execute query in readonly mode. For queries over HTTP, "
                        + "method GET implies readonly. You should use method POST for modifying queries");
            }
            // readonly=1 (stricter) stays as the client asked; otherwise GET means readonly=2.
            if (!"1".equals(settings.get("readonly"))) settings.put("readonly", "2");
        }
        // A fresh session per request; HTTP sessions (session_id) come with the full interface.
        QuerySession session = new QuerySession(options.user(),
                options.database() != null ? options.database() : "default", Settings.DEFAULTS);
        QueryRequest request = new QueryRequest(sql, session, Map.copyOf(settings), options.parameters(), data, queryId,
                clientInfo(), cancellation);

        QueryExecution e = runner.execute(request);
        execution = e;
        if (cancelled) e.cancel();
        timeZone = resolveTimeZone(e.settings());
        Header header = e.header();
        if (header.size() == 0) {
            // Statements without a result (CREATE, INSERT...) answer with an empty body.
            while (e.next() != null) {
                // drain: the runner may do its work while being pulled
            }
            response.finish();
            return;
        }
        formatName = e.outputFormat() != null ? e.outputFormat()
                : options.defaultFormat() != null ? options.defaultFormat() : DEFAULT_FORMAT;
        OutputFormat format = Formats.output(formatName);
        contentType = format.contentType();
        OutputWriter writer = format.create(response, header, Formats.formatSettings(e.settings(), timeZone), e.settings());
        long rows = 0;
        Chunk chunk;
        while ((chunk = e.next()) != null) {
            writer.writeChunk(chunk);
            rows += chunk.rowCount();
            writer.flush();
        }
        Chunk totals = e.totals();
        if (totals != null) writer.writeTotals(totals);
        writer.finish(statistics(e.progress(), rows));
        writer.flush();
        response.finish();
    }

    /** Who sent the query, as system.processes shows it. */
    private ClientInfo clientInfo() {
        InetSocketAddress remote = remoteAddress;
        List<String> quota = urlParameters.get("quota_key");
        String quotaKey = quota != null && !quota.isEmpty() ? quota.getLast() : requestHeaders.get("X-ClickHouse-Quota");
        return new ClientInfo(ClientInfo.HTTP,
                remote == null || remote.getAddress() == null ? "" : remote.getAddress().getHostAddress(),
                remote == null ? 0 : remote.getPort(), readOnly ? ClientInfo.HTTP_GET : ClientInfo.HTTP_POST,
                requestHeaders.get(HttpHeaderNames.USER_AGENT), requestHeaders.get(HttpHeaderNames.REFERER),
                requestHeaders.get("X-Forwarded-For"), quotaKey, "");
    }

    private static OutputStatistics statistics(QueryProgress progress, long rows) {
        return new OutputStatistics(rows, -1, progress.elapsedNanos() / 1e9, progress.readRows.get(), progress.readBytes.get());
    }

    private ZoneId resolveTimeZone(Settings settings) {
        try {
            String zone = settings.getString("session_timezone");
            return zone == null || zone.isEmpty() ? serverTimeZone : ZoneId.of(zone);
        } catch (RuntimeException ex) {
            return serverTimeZone;
        }
    }

    private void addResultHeaders(HttpHeaders h) {
        h.set("X-ClickHouse-Query-Id", queryId);
        h.set("X-ClickHouse-Timezone", timeZone.getId());
        if (formatName != null) {
            h.set("X-ClickHouse-Format", formatName);
            h.set(HttpHeaderNames.CONTENT_TYPE, contentType != null ? contentType : "text/plain; charset=UTF-8");
        } else {
            h.set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8");
        }
        QueryExecution e = execution;
        h.set("X-ClickHouse-Summary", summary(e == null ? null : e.progress()));
    }

    private void addErrorHeaders(HttpHeaders h) {
        h.set("X-ClickHouse-Query-Id", queryId);
        h.set("X-ClickHouse-Timezone", timeZone.getId());
        if (formatName != null) h.set("X-ClickHouse-Format", formatName);
    }

    /** X-ClickHouse-Summary: the progress counters when the head goes out, values quoted as ClickHouse does. */
    static String summary(QueryProgress p) {
        long readRows = p == null ? 0 : p.readRows.get();
        long readBytes = p == null ? 0 : p.readBytes.get();
        long writtenRows = p == null ? 0 : p.writtenRows.get();
        long writtenBytes = p == null ? 0 : p.writtenBytes.get();
        long total = p == null ? 0 : p.totalRowsToRead.get();
        long resultRows = p == null ? 0 : p.resultRows.get();
        long resultBytes = p == null ? 0 : p.resultBytes.get();
        long elapsed = p == null ? 0 : p.elapsedNanos();
        return "{\"read_rows\":\"" + readRows + "\",\"read_bytes\":\"" + readBytes + "\",\"written_rows\":\"" + writtenRows
                + "\",\"written_bytes\":\"" + writtenBytes + "\",\"total_rows_to_read\":\"" + total
                + "\",\"result_rows\":\"" + resultRows + "\",\"result_bytes\":\"" + resultBytes
                + "\",\"elapsed_ns\":\"" + elapsed + "\"}";
    }

    private static boolean isInsert(String sql) {
        String keyword = ReadOnlyQueries.leadingKeyword(sql);
        return keyword != null && keyword.toUpperCase(Locale.ROOT).equals("INSERT");
    }
}
