package io.strata.client;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.formats.Formats;
import io.strata.formats.InputFormat;
import io.strata.formats.InputReader;
import io.strata.formats.OutputFormat;
import io.strata.formats.OutputStatistics;
import io.strata.formats.OutputWriter;
import io.strata.formats.values.ValuesExpressionEvaluator;
import io.strata.formats.values.ValuesInputFormat;
import io.strata.nativeproto.NativeBlockReader;
import io.strata.nativeproto.Protocol;
import io.strata.nativeproto.client.NativeClient;
import io.strata.nativeproto.client.ServerException;
import io.strata.nativeproto.client.ServerInfo;
import io.strata.nativeproto.client.ServerPacket;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs statements on a server over the native protocol, as clickhouse-client does: results come
 * as blocks and are rendered here with the output formats (the statement's FORMAT clause, else the
 * client's format); an INSERT's rows, inline or from stdin, are parsed here with the input format
 * and sent as blocks under the columns the server announces. SET and USE also change the client's
 * own state (settings are sent with every query and drive rendering). A lost connection is opened
 * again for the next statement.
 */
public final class NativeStatementExecutor implements StatementExecutor, AutoCloseable {
    /** Rows per INSERT block at most, whatever max_insert_block_size says (memory of the client). */
    private static final int MAX_INSERT_BLOCK_ROWS = 1 << 20;

    private final Supplier<NativeClient> connector;
    private final Map<String, String> settings;
    private final Map<String, String> parameters;
    private final PrintStream logs;
    private final boolean stackTrace;
    private Settings localSettings;
    private NativeClient client;
    private volatile NativeClient running;
    private InputStream insertData;
    private String nextQueryId;
    private String database;

    /**
     * @param connector  opens a connection (throws DbException NETWORK_ERROR or the server's refusal)
     * @param settings   settings sent with every query (the command line's, then SET's)
     * @param parameters query parameters ({@code --param_x})
     * @param logs       where the server's log lines go (stderr)
     */
    public NativeStatementExecutor(Supplier<NativeClient> connector, Map<String, String> settings, Map<String, String> parameters,
                                   PrintStream logs, boolean stackTrace) {
        this.connector = connector;
        this.settings = new LinkedHashMap<>(settings);
        this.parameters = Map.copyOf(parameters);
        this.logs = logs;
        this.stackTrace = stackTrace;
        this.localSettings = knownSettings(this.settings);
    }

    /** The open connection, opened now if needed. */
    public NativeClient connection() throws StatementException {
        if (client == null) {
            try {
                client = connector.get();
            } catch (ServerException e) {
                throw serverError(null, e);
            } catch (RuntimeException e) {
                throw clientError(DbException.wrap(e));
            }
        }
        return client;
    }

    public ServerInfo server() throws StatementException {
        return connection().server();
    }

    /** Rows for an INSERT without inline data (stdin, when the statements came from --query). */
    public void setInsertData(InputStream data) {
        this.insertData = data;
    }

    /** The query id of the next query (--query_id); later ones get random ids. */
    public void setNextQueryId(String queryId) {
        this.nextQueryId = queryId;
    }

    /** The database of the last USE, or null. */
    public String database() {
        return database;
    }

    @Override
    public StatementResult execute(String sql, String format, OutputStream out, ProgressListener progress) throws StatementException {
        NativeClient c = connection();
        boolean vertical = Statements.isVertical(sql);
        String text = Statements.withoutVertical(sql);
        String named = StatementClauses.outputFormat(text);
        String formatName = vertical ? "Vertical" : named != null ? named : format;
        boolean sendsParameters = c.revision() >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_PARAMETERS;
        String toSend = sendsParameters ? text : StatementClauses.substituteParameters(text, parameters);
        InsertStatement insert = InsertStatement.parse(toSend);
        try {
            StatementResult result = insert != null
                    ? insert(c, insert, sendsParameters, progress == null ? ProgressListener.NONE : progress)
                    : query(c, toSend, formatName, sendsParameters, out, progress == null ? ProgressListener.NONE : progress);
            remember(text);
            return result;
        } catch (ServerException e) {
            throw serverError(c, e);
        } catch (DrainedError e) {
            throw clientError(e.error);
        } catch (RuntimeException e) {
            // the packet stream is in an unknown state: the next statement reconnects
            disconnect();
            DbException error = e instanceof UncheckedIOException io
                    ? new DbException(ErrorCode.NETWORK_ERROR, describe(io.getCause()) + " (" + c.address() + ")", e)
                    : DbException.wrap(e);
            throw clientError(error);
        } finally {
            running = null;
        }
    }

    @Override
    public boolean cancel() {
        NativeClient r = running;
        return r != null && r.cancel();
    }

    // ---- SELECT and other statements ----------------------------------------------------------

    private StatementResult query(NativeClient c, String sql, String formatName, boolean sendsParameters, OutputStream out,
                                  ProgressListener progress) {
        OutputFormat format = clientSide(() -> Formats.output(formatName));
        long start = System.nanoTime();
        c.sendQuery(queryId(), sql, settings, sendsParameters ? parameters : Map.of());
        running = c;
        ZoneId zone = serverZone(c);
        OutputWriter writer = null;
        QueryStats stats = QueryStats.NONE;
        long rows = 0;
        long rowsBeforeLimit = -1;
        boolean wrote = false;
        while (true) {
            ServerPacket p = c.receive();
            try {
                switch (p) {
                    case ServerPacket.Data d -> {
                        NativeBlockReader.Block block = d.block();
                        if (block.header().size() == 0) break; // the end of the result
                        if (writer == null) writer = format.create(out, block.header(), formatSettings(zone), localSettings);
                        if (block.rows() > 0 && !c.cancelled()) {
                            writer.writeChunk(block.chunk());
                            writer.flush();
                            rows += block.rows();
                            wrote = true;
                        }
                    }
                    case ServerPacket.Totals t -> {
                        if (writer != null && !c.cancelled()) writer.writeTotals(t.block().chunk());
                    }
                    case ServerPacket.Extremes e -> {
                        if (writer != null && !c.cancelled()) writer.writeExtremes(e.block().chunk());
                    }
                    case ServerPacket.ProfileInfo info -> {
                        if (info.appliedLimit()) rowsBeforeLimit = info.rowsBeforeLimit();
                    }
                    case ServerPacket.Progress pr -> {
                        stats = stats.plus(pr.readRows(), pr.readBytes(), pr.totalRowsToRead(), pr.writtenRows(), pr.writtenBytes(),
                                pr.elapsedNanos());
                        progress.progress(stats);
                    }
                    case ServerPacket.Log log -> printLog(log.block(), zone);
                    case ServerPacket.Failure f -> {
                        if (writer != null) writer.flush();
                        throw f.error();
                    }
                    case ServerPacket.EndOfStream end -> {
                        if (writer != null) {
                            double elapsed = (System.nanoTime() - start) / 1e9;
                            writer.finish(new OutputStatistics(rows, rowsBeforeLimit, elapsed, stats.readRows(), stats.readBytes()));
                            writer.flush();
                        }
                        return new StatementResult(rows, wrote, c.cancelled(), stats);
                    }
                    case ServerPacket.ProfileEvents ignored -> {
                        // the server's counters: the summary line uses Progress
                    }
                    case ServerPacket.TableColumns ignored -> {
                    }
                    case ServerPacket.Pong ignored -> {
                    }
                }
            } catch (ServerException e) {
                throw e;
            } catch (DbException | UncheckedIOException e) {
                if (!(p instanceof ServerPacket.Data || p instanceof ServerPacket.Totals || p instanceof ServerPacket.Extremes
                        || p instanceof ServerPacket.EndOfStream)) {
                    throw e;
                }
                // rendering failed (a value the format cannot write, stdout closed): stop the query, keep the connection
                abandon(c);
                throw new DrainedError(e instanceof DbException d ? d
                        : new DbException(ErrorCode.CANNOT_WRITE_TO_FILE_DESCRIPTOR, "Cannot write the result: " + describe(e.getCause())));
            }
        }
    }

    // ---- INSERT -------------------------------------------------------------------------------

    private StatementResult insert(NativeClient c, InsertStatement insert, boolean sendsParameters, ProgressListener progress) {
        String source = insert.hasInlineData() ? "query" : "stdin";
        InputStream data = insert.hasInlineData()
                ? new ByteArrayInputStream(insert.data().getBytes(StandardCharsets.UTF_8)) : insertData;
        if (!insert.hasInlineData()) {
            insertData = null; // stdin is read once
            data = nonEmpty(data);
        }
        if (data == null) throw new DrainedError(new DbException(ErrorCode.NO_DATA_TO_INSERT, "No data to insert"));
        InputFormat format = clientSide(() -> Formats.input(insert.format()));
        c.sendQuery(queryId(), insert.query(), settings, sendsParameters ? parameters : Map.of());
        running = c;
        ZoneId zone = serverZone(c);
        QueryStats stats = QueryStats.NONE;
        Header header = null;
        while (header == null) {
            switch (c.receive()) {
                case ServerPacket.Data d -> header = d.block().header();
                case ServerPacket.Failure f -> throw f.error();
                case ServerPacket.Log log -> printLog(log.block(), zone);
                case ServerPacket.EndOfStream end -> {
                    return new StatementResult(0, false, c.cancelled(), stats);
                }
                default -> {
                    // TableColumns (defaults of omitted columns), Progress
                }
            }
        }
        long rows = 0;
        List<NativeClient> helpers = new ArrayList<>();
        try {
            FormatSettings fs = formatSettings(zone);
            InputReader reader = format instanceof ValuesInputFormat values
                    ? values.create(data, header, fs, expressions(helpers))
                    : format.create(data, header, fs, localSettings);
            int blockRows = (int) Math.max(1, Math.min(localSettings.getLong("max_insert_block_size"), MAX_INSERT_BLOCK_ROWS));
            Chunk chunk;
            while (!c.cancelled() && (chunk = reader.read(blockRows)) != null) {
                c.sendData(header, chunk);
                rows += chunk.rowCount();
            }
        } catch (DbException | UncheckedIOException e) {
            abandon(c);
            DbException error = DbException.wrap(e);
            throw new DrainedError(new DbException(error.code(), error.getMessage() + ": data for INSERT was parsed from " + source, e));
        } finally {
            for (NativeClient h : helpers) h.close();
        }
        c.endData();
        while (true) {
            switch (c.receive()) {
                case ServerPacket.Progress pr -> {
                    stats = stats.plus(pr.readRows(), pr.readBytes(), pr.totalRowsToRead(), pr.writtenRows(), pr.writtenBytes(),
                            pr.elapsedNanos());
                    progress.progress(stats);
                }
                case ServerPacket.Log log -> printLog(log.block(), zone);
                case ServerPacket.Failure f -> throw f.error();
                case ServerPacket.EndOfStream end -> {
                    return new StatementResult(rows, false, c.cancelled(), stats);
                }
                default -> {
                }
            }
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** A failure of the client's own part of a statement after which the connection was brought back in step. */
    private static final class DrainedError extends RuntimeException {
        final DbException error;

        DrainedError(DbException error) {
            super(error.getMessage(), error, false, false);
            this.error = error;
        }
    }

    /**
     * Evaluates a Values field that is not a literal ({@code now()}, {@code 1 + 1}) as
     * clickhouse-client does with its own engine: here the server evaluates it, on a second
     * connection opened on first use (the first one is busy with the INSERT), as
     * {@code SELECT CAST((expression) AS Type)}.
     */
    private ValuesExpressionEvaluator expressions(List<NativeClient> helpers) {
        return (expression, type) -> {
            if (helpers.isEmpty()) helpers.add(connector.get());
            try {
                List<NativeBlockReader.Block> blocks = helpers.getFirst().select(
                        "SELECT CAST((" + expression + ") AS " + type.name() + ")", settings);
                if (blocks.isEmpty() || blocks.getFirst().rows() != 1) {
                    throw new DbException(ErrorCode.CANNOT_PARSE_TEXT, "Cannot evaluate the expression " + expression);
                }
                return Column.relabel(blocks.getFirst().chunk().column(0), type);
            } catch (ServerException e) {
                // the server's reason keeps its code (an unknown Enum element, a value out of range),
                // as when the server parses the same VALUES itself
                ErrorCode code = ErrorCode.byCode(e.code());
                throw new DbException(code != null ? code : ErrorCode.CANNOT_PARSE_TEXT, "Cannot evaluate the expression "
                        + expression + ": " + e.displayText());
            }
        };
    }

    /** {@code in}, or null when it is null or has no bytes at all (clickhouse-client's "No data to insert"). */
    private static InputStream nonEmpty(InputStream in) {
        if (in == null) return null;
        PushbackInputStream p = new PushbackInputStream(in, 1);
        try {
            int b = p.read();
            if (b < 0) return null;
            p.unread(b);
            return p;
        } catch (IOException e) {
            throw new DrainedError(new DbException(ErrorCode.CANNOT_READ_ALL_DATA, "Cannot read stdin: " + describe(e)));
        }
    }

    /** Runs a client-side lookup before anything is sent: its failure leaves the connection as it was. */
    private static <T> T clientSide(Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (DbException e) {
            throw new DrainedError(e);
        }
    }

    /** Cancels the running query and reads its remaining packets, so the connection can serve the next one. */
    private void abandon(NativeClient c) {
        if (!c.queryRunning()) return;
        c.cancel();
        while (true) {
            ServerPacket p = c.receive();
            if (p instanceof ServerPacket.EndOfStream || p instanceof ServerPacket.Failure) return;
        }
    }

    private void remember(String sql) {
        String db = StatementClauses.useDatabase(sql);
        if (db != null) database = db;
        Map<String, String> changes = StatementClauses.setChanges(sql);
        if (!changes.isEmpty()) {
            settings.putAll(changes);
            localSettings = knownSettings(settings);
        }
    }

    /** The settings Strata's formats know, for rendering; the others only travel to the server. */
    private static Settings knownSettings(Map<String, String> all) {
        Settings s = Settings.DEFAULTS;
        for (Map.Entry<String, String> e : all.entrySet()) {
            if (Settings.isKnown(e.getKey())) s = s.with(e.getKey(), e.getValue());
        }
        return s;
    }

    private FormatSettings formatSettings(ZoneId zone) {
        return Formats.formatSettings(localSettings, zone);
    }

    private static ZoneId serverZone(NativeClient c) {
        try {
            return c.server().timeZone().isEmpty() ? ZoneId.systemDefault() : ZoneId.of(c.server().timeZone());
        } catch (RuntimeException e) {
            return ZoneId.systemDefault();
        }
    }

    private void printLog(NativeBlockReader.Block block, ZoneId zone) {
        logs.print(ServerLogText.format(block, zone));
        logs.flush();
    }

    private String queryId() {
        String id = nextQueryId != null ? nextQueryId : UUID.randomUUID().toString();
        nextQueryId = null;
        return id;
    }

    private void disconnect() {
        if (client != null) client.close();
        client = null;
    }

    /**
     * A server error as clickhouse-client prints it: {@code Received exception from server
     * (version 23.1.0):} then {@code Code: 60. DB::Exception: Received from localhost:9000.
     * DB::Exception: Table default.t does not exist. (UNKNOWN_TABLE)}.
     */
    private StatementException serverError(NativeClient c, ServerException e) {
        StringBuilder sb = new StringBuilder();
        if (c != null) sb.append("Received exception from server (version ").append(c.server().version()).append("):\n");
        sb.append("Code: ").append(e.code()).append(". DB::Exception: ");
        if (c != null) sb.append("Received from ").append(c.address()).append(". ");
        String text = e.displayText().strip();
        sb.append(text);
        if (!text.endsWith(".")) sb.append('.');
        if (e.codeName() != null) sb.append(" (").append(e.codeName()).append(')');
        if (stackTrace && !e.serverStackTrace().isEmpty()) sb.append("\nStack trace:\n").append(e.serverStackTrace().stripTrailing());
        return new StatementException(e.code(), sb.toString(), e);
    }

    private static StatementException clientError(DbException e) {
        String text = e.toClickHouseString();
        if (e.code() == ErrorCode.NETWORK_ERROR || e.code() == ErrorCode.SOCKET_TIMEOUT) {
            text = text.replaceFirst("DB::Exception", "DB::NetException");
        }
        return new StatementException(e.code().code(), text, e);
    }

    private static String describe(Throwable t) {
        if (t == null) return "unknown error";
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    @Override
    public void close() {
        disconnect();
    }
}
