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
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One query received over HTTP, run on its own (virtual) thread: reads the request the way
 * ClickHouse's HTTPHandler does (options, session, settings, decoded body), starts the query on
 * the runner, and streams the result through the output format into the {@link ResponseStream}.
 * Nothing here blocks the event loop, and nothing thrown here reaches it: every failure ends as an
 * error response (or an error block appended to a started one).
 */
final class HttpQuery implements Runnable {
    static final String DEFAULT_FORMAT = "TabSeparated";

    private final QueryServices services;
    private final boolean readOnlyMethod;    // GET: readonly=2
    private final boolean lengthKnown;       // the request has Content-Length or chunked framing
    private final String uri;
    private final HttpHeaders requestHeaders;
    private final RequestBody body;          // POST body, or null
    private final ResponseStream response;
    private volatile QueryExecution execution;
    private volatile boolean cancelled;
    private HttpSessions.Lease lease;
    private boolean closeSession;            // close_session=1: the session ends with this request
    private String restoreDatabase;          // the session's database before a per-request `database`
    private String requestDatabase;
    // stops the query also while the runner is still inside execute() (INSERT ... SELECT, DDL)
    private final QueryCancellation cancellation = new QueryCancellation();
    private volatile InetSocketAddress remoteAddress;

    HttpQuery(QueryServices services, boolean readOnlyMethod, boolean lengthKnown, String uri, HttpHeaders requestHeaders,
              RequestBody body, ResponseStream response) {
        this.services = services;
        this.readOnlyMethod = readOnlyMethod;
        this.lengthKnown = lengthKnown;
        this.uri = uri;
        this.requestHeaders = requestHeaders;
        this.body = body;
        this.response = response;
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
            releaseSession();
            response.fail(asDbException(t));
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
            releaseSession();
        }
    }

    /** The client went away: stop the query; its next write fails and ends the thread. */
    void cancel() {
        cancelled = true;
        cancellation.cancel();
        QueryExecution e = execution;
        if (e != null) e.cancel();
        if (body != null) body.fail(new RequestBody.Truncated("Client has gone away"));
        response.abandon();
    }

    private void execute() throws IOException {
        UrlParameters url = UrlParameters.parse(uri);
        HttpQueryOptions options = HttpQueryOptions.parse(url.values(), requestHeaders);
        String queryId = options.queryId() != null ? options.queryId() : UUID.randomUUID().toString();
        response.setQueryId(queryId);
        if (body != null && !lengthKnown) {
            throw new DbException(ErrorCode.HTTP_LENGTH_REQUIRED,
                    "The Transfer-Encoding is not chunked and there is no Content-Length header for POST request");
        }

        lease = options.sessionId() == null ? services.sessions().ephemeral(options.user())
                : services.sessions().acquire(options.user(), options.sessionId(), options.sessionTimeout(), options.sessionCheck());
        closeSession = options.closeSession();
        QuerySession session = lease.session();
        Map<String, String> changes = settingChanges(session.settings(), options);
        Settings settings = session.settings().withAll(changes);
        configureResponse(settings, options);

        InputStream in = null;
        if (body != null) {
            in = HttpCompression.decoder(requestHeaders.get(HttpHeaderNames.CONTENT_ENCODING), body);
            if (options.decompress()) {
                in = HttpCompression.unframing(in, !settings.getBool("http_native_compression_disable_checksumming_on_decompress"));
            }
        }
        QueryText text = QueryText.read(options.query(), in, settings.getLong("max_query_size"));
        String sql = text.sql();
        if (sql.isBlank() && text.data() == null) {
            throw new DbException(ErrorCode.SYNTAX_ERROR, "Empty query");
        }
        if (readOnlyMethod && !ReadOnlyQueries.isReadOnly(sql)) {
            throw new DbException(ErrorCode.READONLY, "Cannot execute query in readonly mode. For queries over HTTP, "
                    + "method GET implies readonly. You should use method POST for modifying queries");
        }
        if (options.database() != null) {
            // `database` is for this request only; USE within it still changes the session
            requestDatabase = options.database();
            restoreDatabase = session.database();
            session.setDatabase(requestDatabase);
        }
        QueryRequest request = new QueryRequest(sql, session, Map.copyOf(changes), options.parameters(), text.data(), queryId,
                clientInfo(url), cancellation);

        QueryExecution e = services.runner().execute(request);
        execution = e;
        if (cancelled) e.cancel();
        response.setSummary(() -> summary(e.progress()));
        response.setTimeZone(resolveTimeZone(e.settings()).getId());
        Header header = e.header();
        if (header.size() == 0) {
            // Statements without a result (CREATE, INSERT...) answer with an empty body.
            while (e.next() != null) {
                // drain: the runner may do its work while being pulled
            }
            releaseSession();
            response.finish();
            return;
        }
        String formatName = e.outputFormat() != null ? e.outputFormat()
                : options.defaultFormat() != null ? options.defaultFormat() : DEFAULT_FORMAT;
        OutputFormat format = Formats.output(formatName);
        response.setFormat(formatName, format.contentType());
        Settings effective = e.settings();
        if (effective.getBool("send_progress_in_http_headers")) {
            response.startProgressHeaders(e.progress(), effective.getLong("http_headers_progress_interval_ms"));
        }
        ZoneId timeZone = resolveTimeZone(effective);
        OutputWriter writer = format.create(response, header, Formats.formatSettings(effective, timeZone), effective);
        long rows = 0;
        Chunk chunk;
        while ((chunk = e.next()) != null) {
            writer.writeChunk(chunk);
            rows += chunk.rowCount();
            writer.flush();
        }
        Chunk totals = e.totals();
        if (totals != null) writer.writeTotals(totals);
        Chunk extremes = e.extremes();
        if (extremes != null) writer.writeExtremes(extremes);
        writer.finish(OutputStatistics.of(rows, e.progress()));
        writer.flush();
        // the session is free before the last byte goes out: a client that sends its next request
        // as soon as this response is complete must not find the session still locked
        releaseSession();
        response.finish();
    }

    /**
     * The request's setting changes: {@code readonly=2} for GET (unless the session is read-only
     * already), then the URL's settings in order, checked as ClickHouse's settings constraints
     * check them: under {@code readonly=1} nothing may change, under {@code readonly=2} everything
     * but {@code readonly} itself. A value equal to the current one is not a change.
     */
    private Map<String, String> settingChanges(Settings sessionSettings, HttpQueryOptions options) {
        Map<String, String> changes = new LinkedHashMap<>();
        Settings current = sessionSettings;
        if (readOnlyMethod && current.getLong("readonly") == 0) {
            changes.put("readonly", "2");
            current = current.with("readonly", "2");
        }
        for (Map.Entry<String, String> c : options.settings().entrySet()) {
            String name = c.getKey();
            String value = c.getValue();
            if (!value.equals(current.getString(name))) {
                long readonly = current.getLong("readonly");
                if (readonly == 1 || readonly >= 2 && name.equals("readonly")) {
                    throw new DbException(ErrorCode.READONLY, "Cannot modify '" + name + "' setting in readonly mode");
                }
            }
            changes.put(name, value);
            current = current.with(name, value);
        }
        return changes;
    }

    /** Who sent the query, as system.processes shows it. */
    private ClientInfo clientInfo(UrlParameters url) {
        InetSocketAddress remote = remoteAddress;
        List<String> quota = url.values().get("quota_key");
        String quotaKey = quota != null && !quota.isEmpty() ? quota.getLast() : requestHeaders.get("X-ClickHouse-Quota");
        return new ClientInfo(ClientInfo.HTTP,
                remote == null || remote.getAddress() == null ? "" : remote.getAddress().getHostAddress(),
                remote == null ? 0 : remote.getPort(), readOnlyMethod ? ClientInfo.HTTP_GET : ClientInfo.HTTP_POST,
                requestHeaders.get(HttpHeaderNames.USER_AGENT), requestHeaders.get(HttpHeaderNames.REFERER),
                requestHeaders.get("X-Forwarded-For"), quotaKey, "");
    }

    /** Compression, buffering and CORS of the response, from the settings in force for this request. */
    private void configureResponse(Settings settings, HttpQueryOptions options) {
        if (settings.getBool("enable_http_compression")) {
            String encoding = HttpCompression.responseEncoding(requestHeaders.get(HttpHeaderNames.ACCEPT_ENCODING));
            if (encoding != null) response.setContentEncoding(encoding, settings.getLong("http_zlib_compression_level"));
        }
        if (options.compress()) {
            response.setFraming(settings.isChanged("network_compression_method") ? settings.getString("network_compression_method") : null);
        }
        // the http_* settings override the older URL parameters, as in ClickHouse
        long bufferSize = settings.isChanged("http_response_buffer_size") ? settings.getLong("http_response_buffer_size")
                : options.bufferSize() >= 0 ? options.bufferSize() : HttpQueryOptions.DEFAULT_BUFFER_SIZE;
        boolean waitEnd = settings.isChanged("http_wait_end_of_query") ? settings.getBool("http_wait_end_of_query")
                : options.waitEndOfQuery() != null ? options.waitEndOfQuery() : settings.getBool("wait_end_of_query");
        response.setBuffering(bufferSize, waitEnd);
        response.setCors(settings.getBool("add_http_cors_header") && requestHeaders.contains(HttpHeaderNames.ORIGIN));
    }

    private void releaseSession() {
        HttpSessions.Lease l = lease;
        if (l == null) return;
        lease = null;
        if (l.named() && requestDatabase != null && requestDatabase.equals(l.session().database())) {
            l.session().setDatabase(restoreDatabase);
        }
        l.release(closeSession);
    }

    /** Anything thrown, as the error the client sees; a body cut short is CANNOT_READ_ALL_DATA. */
    private static DbException asDbException(Throwable t) {
        if (t instanceof DbException d) return d;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DbException d) return d;
            if (c instanceof RequestBody.Truncated truncated) {
                return new DbException(ErrorCode.CANNOT_READ_ALL_DATA, "Cannot read all data of the request body: "
                        + truncated.getMessage(), t);
            }
        }
        return DbException.wrap(t);
    }


    private ZoneId resolveTimeZone(Settings settings) {
        try {
            String zone = settings.getString("session_timezone");
            return zone == null || zone.isEmpty() ? services.serverTimeZone() : ZoneId.of(zone);
        } catch (RuntimeException ex) {
            return services.serverTimeZone();
        }
    }

    /** X-ClickHouse-Summary: the progress counters when the head goes out, values quoted as ClickHouse does. */
    static String summary(QueryProgress p) {
        return progressJson(p);
    }

    /** ClickHouse's Progress::writeJSON, as X-ClickHouse-Progress and X-ClickHouse-Summary carry it. */
    static String progressJson(QueryProgress p) {
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
}
