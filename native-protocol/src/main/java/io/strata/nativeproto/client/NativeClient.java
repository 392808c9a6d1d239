package io.strata.nativeproto.client;

import io.strata.compression.Codecs;
import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.nativeproto.ClientPackets;
import io.strata.nativeproto.CompressedFrameInput;
import io.strata.nativeproto.CompressedFrameOutput;
import io.strata.nativeproto.NativeBlockReader;
import io.strata.nativeproto.NativeLimits;
import io.strata.nativeproto.PacketInput;
import io.strata.nativeproto.PacketOutput;
import io.strata.nativeproto.Protocol;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A client connection over ClickHouse's native TCP protocol, to Strata or to a ClickHouse server:
 * the handshake with revision negotiation, then one query at a time. A query is
 * {@link #sendQuery sent}, then its packets are {@link #receive() received} up to EndOfStream or
 * an Exception; an INSERT sends its blocks ({@link #sendData}, {@link #endData}) after the server
 * announced the table's columns in its first Data packet.
 *
 * <p>{@link #cancel()} may be called from another thread (a Ctrl-C handler) while the query's
 * thread is receiving: it sends a Cancel packet, after which the server ends the query and the
 * receiving thread reads on to EndOfStream, so the connection stays usable. Writes are serialized
 * so a Cancel never lands inside another packet, and no Data block follows a Cancel.
 */
public final class NativeClient implements AutoCloseable {
    /**
     * How to connect.
     *
     * @param compression        LZ4-compressed blocks in both directions
     * @param connectTimeoutMillis  ClickHouse's connect_timeout (10 s)
     * @param receiveTimeoutMillis  ClickHouse's receive_timeout (300 s): the longest silence of the server
     */
    public record Options(String host, int port, String user, String password, String database, boolean compression,
                          ClientPackets.Identity identity, int connectTimeoutMillis, int receiveTimeoutMillis) {
        public Options {
            if (database == null) database = "";
            if (password == null) password = "";
        }
    }

    private static final int BUFFER_BYTES = 1 << 16;

    private final Options options;
    private final Socket socket;
    private final PacketInput in;
    private final PacketOutput out;
    private final ClientPackets packets;
    private final ServerInfo server;
    private final int revision;
    private final NativeBlockReader blocks;
    private final CompressedFrameOutput frames;
    private final CompressedFrameInput frameInput;
    private final Object writeLock = new Object();
    /** Guarded by writeLock. */
    private boolean queryRunning;
    private boolean cancelSent;
    private boolean queryCompressed;

    private NativeClient(Options options, Socket socket) throws IOException {
        this.options = options;
        this.socket = socket;
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(options.receiveTimeoutMillis());
        this.in = new PacketInput(new BufferedInputStream(socket.getInputStream(), BUFFER_BYTES));
        this.out = new PacketOutput(socket.getOutputStream());
        this.packets = new ClientPackets(out, options.identity());
        packets.hello(options.database(), options.user(), options.password());
        int type = (int) in.readVarUInt();
        if (type == Protocol.SERVER_EXCEPTION) throw readException();
        if (type != Protocol.SERVER_HELLO) {
            throw new DbException(ErrorCode.UNEXPECTED_PACKET_FROM_SERVER, "Unexpected packet from server " + address()
                    + " (expected Hello or Exception, got " + type + ")");
        }
        int max = NativeLimits.DEFAULT.maxStringBytes();
        String name = in.readString(max);
        int major = (int) in.readVarUInt();
        int minor = (int) in.readVarUInt();
        int serverRevision = (int) Math.min(in.readVarUInt(), Integer.MAX_VALUE);
        this.revision = Math.min(serverRevision, Protocol.SERVER_REVISION);
        String timeZone = revision >= Protocol.DBMS_MIN_REVISION_WITH_SERVER_TIMEZONE ? in.readString(max) : "";
        String displayName = revision >= Protocol.DBMS_MIN_REVISION_WITH_SERVER_DISPLAY_NAME ? in.readString(max) : "";
        int patch = revision >= Protocol.DBMS_MIN_REVISION_WITH_VERSION_PATCH ? (int) in.readVarUInt() : serverRevision;
        this.server = new ServerInfo(name, major, minor, patch, serverRevision, timeZone, displayName);
        packets.negotiated(revision);
        packets.addendum("");
        this.blocks = new NativeBlockReader(revision, NativeLimits.DEFAULT.maxBlockBytes());
        this.frames = options.compression() ? new CompressedFrameOutput(Codecs.defaultCodec()) : null;
        this.frameInput = new CompressedFrameInput(in, NativeLimits.DEFAULT.maxFrameBytes());
    }

    /** Connects and shakes hands; NETWORK_ERROR when the server cannot be reached, its exception when it refuses us. */
    public static NativeClient connect(Options options) {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(options.host(), options.port()), options.connectTimeoutMillis());
            return new NativeClient(options, socket);
        } catch (IOException | RuntimeException e) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already failing
            }
            if (e instanceof ServerException || e instanceof DbException) throw (RuntimeException) e;
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            String reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
            throw new DbException(ErrorCode.NETWORK_ERROR, reason + " (" + options.host() + ":" + options.port() + ")", e);
        }
    }

    public ServerInfo server() {
        return server;
    }

    /** The negotiated revision: the smaller of the server's and ours. */
    public int revision() {
        return revision;
    }

    public Options options() {
        return options;
    }

    /** {@code host:port}, as clickhouse-client names the server in messages. */
    public String address() {
        return options.host() + ":" + options.port();
    }

    /**
     * Starts a query. {@code parameters} travel in the packet from revision 54459; an older server
     * never sees them (substitute them into {@code sql} before, as clickhouse-client does).
     */
    public void sendQuery(String queryId, String sql, Map<String, String> settings, Map<String, String> parameters) {
        synchronized (writeLock) {
            if (queryRunning) throw new IllegalStateException("a query is already running on this connection");
            queryRunning = true;
            cancelSent = false;
            queryCompressed = options.compression();
            try {
                packets.query(queryId, settings, queryCompressed, sql, parameters, frames);
            } catch (RuntimeException e) {
                queryRunning = false;
                throw e;
            }
        }
    }

    /** Sends one INSERT block under the columns the server announced; nothing once the query is cancelled. */
    public void sendData(Header header, Chunk chunk) {
        synchronized (writeLock) {
            if (cancelSent) return;
            packets.data(header, chunk, queryCompressed ? frames : null);
        }
    }

    /** The empty block that ends an INSERT's data; nothing once the query is cancelled (the Cancel ends it). */
    public void endData() {
        sendData(Header.EMPTY, null);
    }

    /**
     * Asks the server to stop the running query; returns false when no query runs or a Cancel was
     * already sent. The query's packets must still be received up to its end.
     */
    public boolean cancel() {
        synchronized (writeLock) {
            if (!queryRunning || cancelSent) return false;
            cancelSent = true;
            packets.cancel();
            return true;
        }
    }

    /** Whether a query was sent and its EndOfStream or Exception has not been received yet. */
    public boolean queryRunning() {
        synchronized (writeLock) {
            return queryRunning;
        }
    }

    public boolean cancelled() {
        synchronized (writeLock) {
            return cancelSent;
        }
    }

    /** The next packet of the running query. */
    public ServerPacket receive() {
        ServerPacket p = readPacket();
        if (p instanceof ServerPacket.EndOfStream || p instanceof ServerPacket.Failure) {
            synchronized (writeLock) {
                queryRunning = false;
            }
        }
        return p;
    }

    /** Ping, then Pong: whether the connection still works between queries. */
    public boolean ping() {
        try {
            synchronized (writeLock) {
                packets.ping();
            }
            while (true) {
                ServerPacket p = readPacket();
                if (p instanceof ServerPacket.Pong) return true;
                if (!(p instanceof ServerPacket.Progress || p instanceof ServerPacket.Log)) return false;
            }
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Runs a query and returns its blocks with rows; the server's exception is thrown. */
    public List<NativeBlockReader.Block> select(String sql, Map<String, String> settings) {
        sendQuery("", sql, settings, Map.of());
        List<NativeBlockReader.Block> result = new ArrayList<>();
        while (true) {
            switch (receive()) {
                case ServerPacket.Data d -> {
                    if (d.block().rows() > 0) result.add(d.block());
                }
                case ServerPacket.Failure f -> throw f.error();
                case ServerPacket.EndOfStream e -> {
                    return result;
                }
                default -> {
                    // progress, logs, statistics
                }
            }
        }
    }

    private ServerPacket readPacket() {
        int max = NativeLimits.DEFAULT.maxStringBytes();
        long type;
        try {
            type = in.readVarUInt();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof SocketTimeoutException) {
                throw new DbException(ErrorCode.SOCKET_TIMEOUT, "Timeout exceeded while reading from socket (" + address() + ", "
                        + options.receiveTimeoutMillis() + " ms)", e);
            }
            throw e;
        }
        return switch ((int) Math.min(type, Integer.MAX_VALUE)) {
            case Protocol.SERVER_DATA -> new ServerPacket.Data(readResultBlock(max));
            case Protocol.SERVER_TOTALS -> new ServerPacket.Totals(readResultBlock(max));
            case Protocol.SERVER_EXTREMES -> new ServerPacket.Extremes(readResultBlock(max));
            case Protocol.SERVER_LOG -> {
                in.readString(max);
                yield new ServerPacket.Log(blocks.read(in));
            }
            case Protocol.SERVER_PROFILE_EVENTS -> {
                in.readString(max);
                yield new ServerPacket.ProfileEvents(blocks.read(in));
            }
            case Protocol.SERVER_PROGRESS -> {
                long rows = in.readVarUInt(), bytes = in.readVarUInt(), total = in.readVarUInt();
                long writtenRows = 0, writtenBytes = 0, nanos = 0;
                if (revision >= Protocol.DBMS_MIN_REVISION_WITH_CLIENT_WRITE_INFO) {
                    writtenRows = in.readVarUInt();
                    writtenBytes = in.readVarUInt();
                }
                if (revision >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_SERVER_QUERY_TIME_IN_PROGRESS) nanos = in.readVarUInt();
                yield new ServerPacket.Progress(rows, bytes, total, writtenRows, writtenBytes, nanos);
            }
            case Protocol.SERVER_PROFILE_INFO -> new ServerPacket.ProfileInfo(in.readVarUInt(), in.readVarUInt(), in.readVarUInt(),
                    in.readBool(), in.readVarUInt(), in.readBool());
            case Protocol.SERVER_TABLE_COLUMNS -> new ServerPacket.TableColumns(in.readString(max), in.readString(NativeLimits.DEFAULT.maxQueryBytes()));
            case Protocol.SERVER_EXCEPTION -> new ServerPacket.Failure(readException());
            case Protocol.SERVER_END_OF_STREAM -> new ServerPacket.EndOfStream();
            case Protocol.SERVER_PONG -> new ServerPacket.Pong();
            default -> throw new DbException(ErrorCode.UNEXPECTED_PACKET_FROM_SERVER, "Unknown packet " + Long.toUnsignedString(type)
                    + " from server " + address());
        };
    }

    /** Data, Totals and Extremes blocks: compressed when the query asked for it. */
    private NativeBlockReader.Block readResultBlock(int max) {
        in.readString(max); // external table name: empty for results
        boolean compressed;
        synchronized (writeLock) {
            compressed = queryCompressed;
        }
        return compressed ? blocks.read(frameInput) : blocks.read(in);
    }

    private ServerException readException() {
        int max = NativeLimits.DEFAULT.maxQueryBytes();
        int code = in.readInt32();
        String name = in.readString(max);
        String message = in.readString(max);
        String stackTrace = in.readString(max);
        ServerException nested = in.readBool() ? readException() : null;
        return new ServerException(code, name, message, stackTrace, nested);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
