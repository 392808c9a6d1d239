package io.strata.nativeproto.server;

import io.strata.core.query.QueryRunner;
import io.strata.nativeproto.NativeLimits;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ClickHouse's native TCP protocol server (what clickhouse-client, clickhouse-driver and the
 * native JDBC drivers speak), an adapter around {@link QueryRunner} like the HTTP interface.
 *
 * <p>One virtual thread per connection runs the protocol with blocking socket I/O, and a second
 * reads the client's packets (see {@link ClientPacketReader}); connections share nothing but the
 * runner, so a connection's errors, malformed packets or sudden end only ever close that
 * connection.
 */
public final class NativeServer implements AutoCloseable {
    /** Identity a server reports in Hello, and the settings every connection starts from. */
    public record Config(String host, int port, ZoneId timeZone, String displayName, int httpPort, NativeLimits limits) {
    }

    private final QueryRunner runner;
    private final Config config;
    private final Set<NativeConnection> connections = ConcurrentHashMap.newKeySet();
    private ServerSocketChannel socket;
    private Thread acceptor;
    private volatile boolean closed;

    public NativeServer(QueryRunner runner, Config config) {
        this.runner = runner;
        this.config = config;
    }

    /** Binds the port and starts accepting; throws IOException when the port cannot be bound. */
    public void start() throws IOException {
        // a channel, so that result packets prepared in native memory reach the socket uncopied (ChannelOutput)
        ServerSocketChannel s = ServerSocketChannel.open();
        s.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        s.bind(new InetSocketAddress(InetAddress.getByName(config.host()), config.port()), 128);
        socket = s;
        acceptor = Thread.ofPlatform().name("native-accept-" + port()).daemon(true).start(this::acceptLoop);
    }

    /** The bound port (useful when started on port 0). */
    public int port() {
        return socket.socket().getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            SocketChannel client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                if (closed) return;
                continue;
            }
            NativeConnection c = new NativeConnection(client, runner, config, connections::remove);
            connections.add(c);
            // a platform thread: a result's writes that wait for the client wait in the kernel; on a
            // virtual thread each one goes through the JDK's poller and back (measured: 4-7% more
            // server CPU when streaming). The packets are read on a virtual thread of the connection's.
            Thread.ofPlatform().daemon(true).name("native-connection-" + client.socket().getPort()).start(c);
        }
    }

    /** Number of open connections (for tests). */
    public int connectionCount() {
        return connections.size();
    }

    /** Stops accepting and closes every connection (their queries are cancelled). */
    @Override
    public void close() {
        closed = true;
        try {
            if (socket != null) socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (NativeConnection c : connections) c.close();
        if (acceptor != null) {
            try {
                acceptor.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
