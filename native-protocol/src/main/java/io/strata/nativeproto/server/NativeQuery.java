package io.strata.nativeproto.server;

import io.strata.compression.Codec;
import io.strata.compression.Codecs;
import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.query.InsertBlocks;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryProgress;
import io.strata.core.query.QueryRequest;
import io.strata.core.query.QueryRunner;
import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.TableDefinition;
import io.strata.nativeproto.ProfileEventsBlock;
import io.strata.nativeproto.Protocol;
import io.strata.nativeproto.QueryPacket;
import io.strata.nativeproto.ServerLog;
import io.strata.nativeproto.ServerPackets;
import io.strata.nativeproto.TableColumnsText;
import io.strata.nativeproto.WireSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One query of a connection, from its Query packet to EndOfStream or Exception, in the order
 * ClickHouse's TCPHandler sends packets:
 * <ul>
 * <li>after the Query packet the client sends its external tables as Data packets, ended by an
 * empty block (always, even with no tables);</li>
 * <li>SELECT: Data (header), Data blocks with Progress between them, Totals, Extremes,
 * ProfileInfo, Progress, Log, ProfileEvents, an empty Data block, EndOfStream;</li>
 * <li>INSERT without inline data: TableColumns, Data (header); the client sends blocks and an
 * empty one; then Log, ProfileEvents, EndOfStream (no Progress: 18.x clients refuse it there);</li>
 * <li>other statements: Progress, ProfileEvents, EndOfStream;</li>
 * <li>a failure: Log, then Exception (instead of EndOfStream); if the client was sending INSERT
 * blocks, they are read and dropped up to its empty block so the connection stays usable;</li>
 * <li>a Cancel: the query is stopped, then an empty Data block, Progress and EndOfStream.</li>
 * </ul>
 * {@link #run()} returns false when the connection cannot go on (the client left or sent
 * something unreadable).
 */
final class NativeQuery {
    /** A statement that starts with INSERT, after comments. */
    private static final java.util.regex.Pattern INSERT = java.util.regex.Pattern.compile(
            "(?is)\\s*(?:(?:--|#)[^\\n]*(?:\\n|$)\\s*|/\\*.*?\\*/\\s*)*INSERT\\b");
    /** The newest clickhouse-client revision known to send inline INSERT rows again as blocks (19.x clients were 54423-54428). */
    private static final long LAST_REVISION_SENDING_INLINE_ROWS_AS_BLOCKS = 54429;
    static final String KEEP_STRING_ENCODING = "strata_keep_string_encoding";
    private final NativeConnection connection;
    private final QueryRunner runner;
    private final ClientPacketReader reader;
    private final ServerPackets packets;
    private final QuerySession session;
    private final QueryPacket packet;
    private final NativeServer.Config config;
    private final String queryId;
    private ServerLog log;
    private Settings settings = Settings.DEFAULTS;
    /** The client started sending INSERT blocks and has not sent its closing empty block yet. */
    private boolean receivingBlocks;
    private boolean insertStarted;
    /** The packet stream is unusable (the client left or sent garbage); set with the error to report, if any. */
    private boolean connectionLost;
    private DbException connectionError;
    private long sentRows, sentBlocks, sentBytes;
    private long reportedReadRows, reportedReadBytes, reportedWrittenRows, reportedWrittenBytes, reportedTotal, reportedNanos;

    NativeQuery(NativeConnection connection, QueryRunner runner, ClientPacketReader reader, ServerPackets packets,
                QuerySession session, QueryPacket packet, NativeServer.Config config) {
        this.connection = connection;
        this.runner = runner;
        this.reader = reader;
        this.packets = packets;
        this.session = session;
        this.packet = packet;
        this.config = config;
        this.queryId = packet.queryId().isEmpty() ? UUID.randomUUID().toString() : packet.queryId();
    }

    boolean run() throws InterruptedException {
        QueryExecution execution = null;
        try {
            if (!readExternalTables()) return false;
            Map<String, String> changes = settingChanges();
            // results leave in the Native layout: strings read from parts go out without a decode and re-encode
            if (!changes.containsKey(KEEP_STRING_ENCODING) && !session.settings().isChanged(KEEP_STRING_ENCODING)) {
                changes.put(KEEP_STRING_ENCODING, "1");
            }
            settings = session.settings().withAll(changes);
            log = new ServerLog(settings.getString("send_logs_level"), packets.revision(), config.displayName(), queryId);
            log.add(ServerLog.DEBUG, "executeQuery", "(from " + connection.peer() + ") " + packet.query());
            packets.setBlockMode(new ServerPackets.BlockMode(packet.compression() ? codec(settings) : null,
                    settings.getBool("low_cardinality_allow_in_native_format")));
            Map<String, String> parameters = new LinkedHashMap<>();
            for (WireSettings.Change p : packet.parameters()) parameters.put(p.name(), WireSettings.parameterValue(p.value()));
            QueryRequest request = new QueryRequest(packet.query(), session, changes, parameters, null, queryId,
                    connection.clientInfo(packet.clientInfo().clientName(), packet.clientInfo().quotaKey()), connection.newCancellation());
            execution = runner.execute(request, insertBlocks());
            connection.setRunning(execution);
            if (insertStarted) {
                finishInsert(execution);
            } else if (execution.header().size() > 0) {
                streamResult(execution);
            } else {
                if (INSERT.matcher(packet.query()).lookingAt()) {
                    // an INSERT may ask for the client's blocks only once pulled (openInsert then
                    // writes packets itself): it is pulled here, with no Progress racing its header
                    while (execution.next() != null) {
                        // the rows are written while pulled
                    }
                } else {
                    drain(execution);
                }
                sendProgress(execution.progress());
                finishStatement(execution, Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_INCREMENTAL_PROFILE_EVENTS);
            }
            return true;
        } catch (RuntimeException | Error e) {
            return fail(DbException.wrap(e));
        } finally {
            connection.setRunning(null);
            if (execution != null) {
                try {
                    execution.close();
                } catch (RuntimeException ignored) {
                    // the outcome is already decided
                }
            }
        }
    }

    /** Setting changes the client sent: unknown ones are dropped unless marked important. */
    private Map<String, String> settingChanges() {
        Map<String, String> changes = new LinkedHashMap<>();
        for (WireSettings.Change c : packet.settings()) {
            if (Settings.isKnown(c.name())) {
                changes.put(c.name(), c.value());
            } else if (c.important()) {
                throw new DbException(ErrorCode.UNKNOWN_SETTING, "Unknown setting " + c.name());
            }
        }
        return changes;
    }

    /** Reads the external tables' Data packets up to the empty block; false when the connection is gone. */
    private boolean readExternalTables() throws InterruptedException {
        boolean tables = false;
        while (true) {
            ClientPacket p = reader.take();
            switch (p) {
                case ClientPacket.Data d -> {
                    if (d.block().header().size() == 0) {
                        if (tables) throw new DbException(ErrorCode.NOT_IMPLEMENTED, "External tables are not supported");
                        return true;
                    }
                    tables = true;
                }
                case ClientPacket.Cancel c -> {
                    // the query has not started: it ends with the empty block that still follows
                }
                default -> {
                    lose(p);
                    return false;
                }
            }
        }
    }

    // ---- INSERT ------------------------------------------------------------------------------

    /** Called by the runner when the INSERT's columns are known: announce them, then read the client's blocks. */
    /**
     * The INSERT blocks of this query. clickhouse-client before 20.x (revision below {@link
     * #LAST_REVISION_SENDING_INLINE_ROWS_AS_BLOCKS}, e.g. 18.16's 54412) sends {@code INSERT ... VALUES (1)}
     * with its data in the text and then waits for the header to send the same rows as blocks,
     * as its servers expected; newer clients send no inline data unless they want the server to
     * parse it (drivers, async inserts).
     */
    private InsertBlocks insertBlocks() {
        boolean legacyClient = packet.clientInfo().clientName().startsWith("ClickHouse")
                && packet.clientInfo().clientRevision() > 0
                && packet.clientInfo().clientRevision() <= LAST_REVISION_SENDING_INLINE_ROWS_AS_BLOCKS;
        return new InsertBlocks() {
            @Override
            public ChunkSource open(Header header, TableDefinition table) {
                return openInsert(header, table);
            }

            @Override
            public boolean replacesInlineData() {
                return legacyClient;
            }
        };
    }

    private ChunkSource openInsert(Header header, TableDefinition table) {
        insertStarted = true;
        if (packets.revision() >= Protocol.DBMS_MIN_REVISION_WITH_COLUMN_DEFAULTS_METADATA
                && settings.getBool("input_format_defaults_for_omitted_fields")) {
            packets.tableColumns(TableColumnsText.of(table));
        }
        packets.data(header, null);
        log.flush(packets);
        receivingBlocks = true;
        return new InsertBlockStream(header);
    }

    /** The client's INSERT blocks, converted to the announced columns. */
    private final class InsertBlockStream implements ChunkSource {
        private final Header header;

        InsertBlockStream(Header header) {
            this.header = header;
        }

        @Override
        public Chunk next() {
            if (!receivingBlocks) return null;
            ClientPacket p;
            try {
                p = reader.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DbException(ErrorCode.QUERY_WAS_CANCELLED, "Query was cancelled");
            }
            switch (p) {
                case ClientPacket.Data d -> {
                    if (d.block().header().size() == 0) {
                        receivingBlocks = false;
                        return null;
                    }
                    return InsertBlockConversion.toHeader(d.block(), header);
                }
                case ClientPacket.Cancel c -> {
                    // the client stops sending blocks after a Cancel
                    receivingBlocks = false;
                    throw new DbException(ErrorCode.QUERY_WAS_CANCELLED, "Query was cancelled");
                }
                default -> {
                    lose(p);
                    throw connectionError != null ? connectionError
                            : new DbException(ErrorCode.NETWORK_ERROR, "The client went away during INSERT");
                }
            }
        }
    }

    private void finishInsert(QueryExecution execution) {
        while (execution.next() != null) {
            // the rows were written while the runner read the blocks
        }
        QueryProgress p = execution.progress();
        log.add(ServerLog.INFORMATION, "executeQuery", "Inserted " + p.writtenRows.get() + " rows, " + p.writtenBytes.get()
                + " bytes in " + seconds(p) + " sec.");
        finishStatement(execution, Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_PROFILE_EVENTS_IN_INSERT);
    }

    // ---- SELECT ------------------------------------------------------------------------------

    private void streamResult(QueryExecution execution) {
        Header header = execution.header();
        packets.data(header, null);
        boolean send = !"Null".equals(execution.outputFormat());
        long delayNanos = progressInterval();
        long lastProgress = System.nanoTime();
        boolean cancelled = false;
        // result blocks are serialized (and compressed) on the encoder pool, the connection writes them
        java.util.function.Function<Chunk, Object> encoder = send
                ? chunk -> new EncodedBlock(packets.encodeData(header, chunk), chunk.rowCount(), chunk.byteSize())
                : null;
        try (ChunkPuller puller = new ChunkPuller(execution, "native-query-" + queryId, encoder)) {
            while (true) {
                Object next = puller.poll(Math.max(0, delayNanos - (System.nanoTime() - lastProgress)));
                if (connection.cancelRequested()) {
                    cancelled = true;
                    break;
                }
                if (next == ChunkPuller.TIMEOUT) {
                    // the engine is still working on the next chunk (an aggregation has one at the end)
                    sendProgress(execution.progress());
                    lastProgress = System.nanoTime();
                    log.flush(packets);
                    continue;
                }
                if (next == null) break;
                if (next instanceof EncodedBlock block) {
                    packets.writeEncoded(block.packet());
                    sentBlocks++;
                    sentRows += block.rows();
                    sentBytes += block.bytes();
                }
                if (System.nanoTime() - lastProgress >= delayNanos) {
                    sendProgress(execution.progress());
                    lastProgress = System.nanoTime();
                }
                log.flush(packets);
            }
        } catch (DbException e) {
            if (!connection.cancelRequested()) throw e;
            cancelled = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DbException(ErrorCode.QUERY_WAS_CANCELLED, "Query was cancelled");
        } finally {
            packets.releaseSpareBuffers();
        }
        cancelled |= connection.cancelRequested();
        if (!cancelled) {
            Chunk totals = execution.totals();
            if (totals != null) packets.totals(header, totals);
            Chunk minMax = execution.extremes();
            if (minMax != null) packets.extremes(header, minMax);
            // calculated_rows_before_limit must be true: 18.x clients abort computing it themselves
            long beforeLimit = execution.progress().rowsBeforeLimit.value();
            packets.profileInfo(sentRows, sentBlocks, sentBytes, beforeLimit >= 0, Math.max(0, beforeLimit), true);
            sendProgress(execution.progress());
            QueryProgress p = execution.progress();
            log.add(ServerLog.INFORMATION, "executeQuery", "Read " + p.readRows.get() + " rows, " + p.readBytes.get()
                    + " bytes in " + seconds(p) + " sec.");
            log.flush(packets);
            if (packets.revision() >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_INCREMENTAL_PROFILE_EVENTS) {
                ProfileEventsBlock.send(packets, config.displayName(), counters(p, "SelectQuery"));
            }
        }
        // the end of the result: a block without columns, as ClickHouse's sendData({})
        packets.data(Header.EMPTY, null);
        sendProgress(execution.progress());
        log.flush(packets);
        packets.endOfStream();
    }

    /** A result block ready to send, with what ProfileInfo counts of it. */
    private record EncodedBlock(java.nio.ByteBuffer packet, int rows, long bytes) {
    }

    /**
     * Runs a statement without a result (INSERT ... SELECT, DDL), which does its work while pulled,
     * sending Progress every interactive_delay meanwhile.
     */
    private void drain(QueryExecution execution) throws InterruptedException {
        long delayNanos = progressInterval();
        try (ChunkPuller puller = new ChunkPuller(execution, "native-query-" + queryId)) {
            while (true) {
                Object next = puller.poll(delayNanos);
                if (next == null) return;
                if (next == ChunkPuller.TIMEOUT) {
                    sendProgress(execution.progress());
                    log.flush(packets);
                }
            }
        }
    }

    /** interactive_delay (microseconds) in nanoseconds, at least a millisecond so that waiting never spins. */
    private long progressInterval() {
        return Math.max(1_000_000L, Math.max(0, settings.getLong("interactive_delay")) * 1000);
    }

    // ---- common endings ----------------------------------------------------------------------

    private void finishStatement(QueryExecution execution, int profileEventsRevision) {
        log.flush(packets);
        if (packets.revision() >= profileEventsRevision) {
            ProfileEventsBlock.send(packets, config.displayName(), counters(execution.progress(), insertStarted ? "InsertQuery" : null));
        }
        packets.endOfStream();
    }

    /** ClickHouse's event names for what Strata counts; {@code kind} is SelectQuery, InsertQuery or null. */
    private static Map<String, Long> counters(QueryProgress p, String kind) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("Query", 1L);
        if (kind != null) m.put(kind, 1L);
        m.put("SelectedRows", p.readRows.get());
        m.put("SelectedBytes", p.readBytes.get());
        m.put("InsertedRows", p.writtenRows.get());
        m.put("InsertedBytes", p.writtenBytes.get());
        return m;
    }

    /** A Progress packet with what changed since the last one. */
    private void sendProgress(QueryProgress p) {
        long readRows = p.readRows.get(), readBytes = p.readBytes.get(), total = p.totalRowsToRead.get();
        long writtenRows = p.writtenRows.get(), writtenBytes = p.writtenBytes.get(), nanos = p.elapsedNanos();
        packets.progress(readRows - reportedReadRows, readBytes - reportedReadBytes, Math.max(0, total - reportedTotal),
                writtenRows - reportedWrittenRows, writtenBytes - reportedWrittenBytes, Math.max(0, nanos - reportedNanos));
        reportedReadRows = readRows;
        reportedReadBytes = readBytes;
        reportedTotal = Math.max(total, reportedTotal);
        reportedWrittenRows = writtenRows;
        reportedWrittenBytes = writtenBytes;
        reportedNanos = nanos;
    }

    private static String seconds(QueryProgress p) {
        return String.format(Locale.ROOT, "%.3f", p.elapsedNanos() / 1e9);
    }

    // ---- failures ----------------------------------------------------------------------------

    /** The packet stream ended or broke while this query expected more of it. */
    private void lose(ClientPacket p) {
        connectionLost = true;
        switch (p) {
            case ClientPacket.Malformed m -> connectionError = m.error();
            case ClientPacket.Closed c -> {
            }
            default -> connectionError = new DbException(ErrorCode.UNEXPECTED_PACKET_FROM_CLIENT,
                    "Unexpected packet " + p.getClass().getSimpleName() + " received from client");
        }
    }

    /** Reports {@code e} to the client; returns whether the connection can serve the next query. */
    private boolean fail(DbException e) throws InterruptedException {
        if (connectionLost) {
            if (connectionError != null) packets.exception(connectionError, true);
            return false;
        }
        if (connection.cancelRequested() && e.code() == ErrorCode.QUERY_WAS_CANCELLED && !receivingBlocks) {
            // a cancelled query ends as ClickHouse ends it: no exception, just the end of the stream
            packets.endOfStream();
            return true;
        }
        if (log != null) log.add(ServerLog.ERROR, "executeQuery", e.toClickHouseString());
        if (log != null) log.flush(packets);
        packets.exception(e, true);
        // an INSERT's remaining blocks are still coming: read them so the next query starts clean
        while (receivingBlocks) {
            ClientPacket p = reader.take();
            switch (p) {
                case ClientPacket.Data d -> {
                    if (d.block().header().size() == 0) receivingBlocks = false;
                }
                case ClientPacket.Cancel c -> receivingBlocks = false;
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    private static Codec codec(Settings settings) {
        String method = settings.getString("network_compression_method").strip().toUpperCase(Locale.ROOT);
        return switch (method) {
            case "LZ4" -> Codecs.defaultCodec();
            case "ZSTD" -> Codecs.create("ZSTD", List.of(String.valueOf(settings.getLong("network_zstd_compression_level"))), 0);
            case "NONE" -> Codecs.create("NONE", List.of(), 0);
            default -> throw new DbException(ErrorCode.UNKNOWN_CODEC, "Unknown codec family: " + method);
        };
    }
}
