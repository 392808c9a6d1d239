package io.strata.nativeproto.server;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.query.QueryCancellation;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryRequest;
import io.strata.core.query.QueryRunner;
import io.strata.core.query.QuerySession;
import io.strata.core.query.ServerVersion;
import io.strata.core.settings.Settings;
import io.strata.nativeproto.ChannelOutput;
import io.strata.nativeproto.ClientHello;
import io.strata.nativeproto.PacketInput;
import io.strata.nativeproto.PacketOutput;
import io.strata.nativeproto.Protocol;
import io.strata.nativeproto.ServerPackets;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One client connection: the handshake, then packets until the client leaves. Queries run one at
 * a time on this thread ({@link NativeQuery}); the session (current database, SET settings)
 * lives as long as the connection. Any failure ends at most this connection.
 */
final class NativeConnection implements Runnable {
    private static final int BUFFER_BYTES = 1 << 16;
    /** The versions reported in Hello: those of the ClickHouse release that speaks our revision (clients compare versions, not names). */

    private final SocketChannel channel;
    private final Socket socket;
    private final QueryRunner runner;
    private final NativeServer.Config config;
    private final Consumer<NativeConnection> onClose;
    private volatile ClientPacketReader reader;
    private volatile QueryExecution running;
    private volatile boolean cancelRequested;
    private volatile QueryCancellation cancellation;
    private volatile boolean closed;

    NativeConnection(SocketChannel channel, QueryRunner runner, NativeServer.Config config, Consumer<NativeConnection> onClose) {
        this.channel = channel;
        this.socket = channel.socket();
        this.runner = runner;
        this.config = config;
        this.onClose = onClose;
    }

    @Override
    public void run() {
        try {
            socket.setTcpNoDelay(true);
            PacketInput in = new PacketInput(new BufferedInputStream(socket.getInputStream(), BUFFER_BYTES));
            OutputStream raw = new ChannelOutput(channel);
            PacketOutput out = new PacketOutput(raw);
            Handshake h = handshake(in, out, raw);
            if (h == null) return;
            ClientPacketReader r = new ClientPacketReader(in, h.packets.revision(), config.limits(), this::cancelRunningQuery);
            reader = r;
            Thread.ofVirtual().name("native-reader-" + socket.getPort()).start(r);
            serve(r, h);
        } catch (IOException | UncheckedIOException e) {
            // the client went away mid-packet: nothing to tell it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            // never let one connection's failure escape its thread
        } finally {
            close();
            onClose.accept(this);
        }
    }

    private record Handshake(ClientHello hello, ServerPackets packets, QuerySession session) {
    }

    private Handshake handshake(PacketInput in, PacketOutput out, OutputStream raw) throws IOException {
        int first = in.readPacketStart();
        if (first < 0) return null;
        if (first == 'G' || first == 'P') {
            // an HTTP client on the native port: answer in HTTP, as ClickHouse does
            String body = "HTTP/1.0 400 Bad Request\r\n\r\nPort " + socket.getLocalPort() + " is for clickhouse-client program\r\n"
                    + (config.httpPort() > 0 ? "You must use port " + config.httpPort() + " for HTTP.\r\n" : "");
            raw.write(body.getBytes(StandardCharsets.US_ASCII));
            raw.flush();
            return null;
        }
        ServerPackets early = new ServerPackets(out, 0);
        try {
            if (first != Protocol.CLIENT_HELLO) {
                throw new DbException(ErrorCode.UNEXPECTED_PACKET_FROM_CLIENT, "Unexpected packet from client (expected Hello, got "
                        + first + ")");
            }
            ClientHello hello = ClientHello.read(in, config.limits());
            ServerPackets packets = new ServerPackets(out, Protocol.negotiate(hello.revision()));
            early = packets;
            QuerySession session = new QuerySession(hello.user(), "default", Settings.DEFAULTS);
            if (!hello.database().isEmpty()) useDatabase(session, hello.database());
            packets.hello(Protocol.SERVER_NAME, ServerVersion.COMPATIBLE_MAJOR, ServerVersion.COMPATIBLE_MINOR,
                    ServerVersion.COMPATIBLE_PATCH, config.timeZone().getId(),
                    config.displayName());
            if (packets.revision() >= Protocol.DBMS_MIN_PROTOCOL_VERSION_WITH_ADDENDUM) {
                in.readString(config.limits().maxStringBytes()); // quota key
            }
            return new Handshake(hello, packets, session);
        } catch (DbException e) {
            if (e.code() != ErrorCode.ATTEMPT_TO_READ_AFTER_EOF) early.exception(e, false);
            return null;
        }
    }

    private void useDatabase(QuerySession session, String database) {
        String quoted = "`" + database.replace("\\", "\\\\").replace("`", "\\`") + "`";
        try (QueryExecution e = runner.execute(new QueryRequest("USE " + quoted, session, Map.of(), Map.of(), null, null))) {
            while (e.next() != null) {
                // USE has no result
            }
        }
    }

    private void serve(ClientPacketReader r, Handshake h) throws InterruptedException {
        ServerPackets packets = h.packets;
        while (!closed) {
            ClientPacket p = r.take();
            switch (p) {
                case ClientPacket.Ping ping -> packets.pong();
                case ClientPacket.Cancel cancel -> {
                    // a Cancel that crossed the end of its query: nothing to stop
                }
                case ClientPacket.Query q -> {
                    cancelRequested = false;
                    NativeQuery query = new NativeQuery(this, runner, r, packets, h.session, q.packet(), config);
                    if (!query.run()) return;
                }
                case ClientPacket.TablesStatus t -> packets.tablesStatus(existing(h.session, t.tables()));
                case ClientPacket.Data d -> {
                    packets.exception(new DbException(ErrorCode.UNEXPECTED_PACKET_FROM_CLIENT,
                            "Unexpected packet Data received from client"), false);
                    return;
                }
                case ClientPacket.Unexpected u -> {
                    packets.exception(new DbException(ErrorCode.UNEXPECTED_PACKET_FROM_CLIENT,
                            "Unexpected packet " + u.what() + " received from client"), false);
                    return;
                }
                case ClientPacket.Malformed m -> {
                    packets.exception(m.error(), false);
                    return;
                }
                case ClientPacket.Closed c -> {
                    return;
                }
            }
        }
    }

    /** The tables of a TablesStatusRequest that exist (none of ours is replicated). */
    private List<String[]> existing(QuerySession session, List<String[]> tables) {
        List<String[]> out = new ArrayList<>();
        for (String[] t : tables) {
            String name = "`" + t[0].replace("`", "\\`") + "`.`" + t[1].replace("`", "\\`") + "`";
            try (QueryExecution e = runner.execute(new QueryRequest("EXISTS TABLE " + name, session, Map.of(), Map.of(), null, null))) {
                var chunk = e.next();
                if (chunk != null && chunk.rowCount() > 0 && Long.valueOf(1).equals(chunk.column(0).getObject(0))) out.add(t);
            } catch (DbException ignored) {
                // a name that cannot even be looked up does not exist
            }
        }
        return out;
    }

    /** The client's address, for log lines. */
    String peer() {
        return socket.getInetAddress().getHostAddress() + ":" + socket.getPort();
    }

    /** Who runs a query on this connection, as system.processes shows it. */
    io.strata.core.query.ClientInfo clientInfo(String clientName, String quotaKey) {
        return new io.strata.core.query.ClientInfo(io.strata.core.query.ClientInfo.TCP, socket.getInetAddress().getHostAddress(),
                socket.getPort(), 0, "", "", "", quotaKey, clientName);
    }

    /**
     * A fresh cancellation for the next query: a Cancel packet or a lost connection fires it, also
     * while the runner is still inside execute() (INSERT ... SELECT, DDL).
     */
    QueryCancellation newCancellation() {
        QueryCancellation c = new QueryCancellation();
        cancellation = c;
        if (cancelRequested) c.cancel();
        return c;
    }

    /** The query this connection runs now (null between queries), so that a Cancel can reach it. */
    void setRunning(QueryExecution execution) {
        running = execution;
        if (execution != null && cancelRequested) execution.cancel();
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    private void cancelRunningQuery() {
        cancelRequested = true;
        QueryCancellation c = cancellation;
        if (c != null) c.cancel();
        QueryExecution e = running;
        if (e != null) e.cancel();
    }

    /** Closes the socket (which ends the reader) and cancels a running query. */
    void close() {
        if (closed) return;
        closed = true;
        cancelRunningQuery();
        ClientPacketReader r = reader;
        if (r != null) r.stop();
        try {
            channel.close();
        } catch (IOException ignored) {
            // already gone
        }
    }
}
