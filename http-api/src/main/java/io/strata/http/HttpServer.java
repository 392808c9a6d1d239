package io.strata.http;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.handler.codec.http.HttpServerExpectContinueHandler;
import io.netty.handler.flow.FlowControlHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.query.QueryRunner;
import java.net.InetSocketAddress;
import java.time.ZoneId;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Strata's HTTP interface, speaking ClickHouse's HTTP protocol: {@code /ping}, {@code GET /?query=}
 * (read-only), {@code POST /} with the query in the body or in the URL (then the body is INSERT
 * data), URL parameters as settings, {@code param_<name>} as query parameters, results streamed in
 * the requested output format, errors with ClickHouse's status, {@code X-ClickHouse-Exception-Code}
 * header and message.
 *
 * <p>Netty's event loops only move bytes; each query runs on its own virtual thread against the
 * {@link QueryRunner}, so a slow query never stalls other connections.
 */
public final class HttpServer implements AutoCloseable {
    /** Longest request line: ClickHouse's http_max_uri_size (1 MiB) plus the method and version. */
    static final int MAX_INITIAL_LINE_LENGTH = (1 << 20) + 64;
    /** All header lines together; longer heads get 431. */
    static final int MAX_HEADER_SIZE = 1 << 20;

    private final String host;
    private final int requestedPort;
    private final QueryServices services;
    private EventLoopGroup group;
    private Channel serverChannel;

    public HttpServer(QueryRunner runner, String host, int port, ZoneId serverTimeZone) {
        this(runner, host, port, serverTimeZone, HttpServerConfig.defaults("0.1.0"));
    }

    public HttpServer(QueryRunner runner, String host, int port, ZoneId serverTimeZone, HttpServerConfig config) {
        this.host = host;
        this.requestedPort = port;
        this.services = new QueryServices(runner, serverTimeZone, config,
                new HttpSessions(config.defaultSessionTimeoutSeconds(), config.maxSessionTimeoutSeconds()));
    }

    /**
     * Binds and starts serving. Throws DbException(NETWORK_ERROR) when the address cannot be bound
     * (port in use, unknown host), with the cause attached.
     */
    public synchronized void start() {
        if (serverChannel != null) throw new IllegalStateException("HTTP server already started");
        ThreadFactory queryThreads = Thread.ofVirtual().name("http-query-", 0).factory();
        group = new MultiThreadIoEventLoopGroup(Math.max(1, Runtime.getRuntime().availableProcessors()),
                NioIoHandler.newFactory());
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.AUTO_READ, false)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(256 << 10, 1 << 20))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline()
                                .addLast(new IdleStateHandler(0, 0, services.config().keepAliveTimeoutSeconds(), TimeUnit.SECONDS))
                                // a decoder and an encoder, not Netty's HttpServerCodec: the responses
                                // go out as raw bytes written below the decoder (ResponseStream), so the
                                // codec never saw them and, pairing each request with its response,
                                // closed every keep-alive connection at its 129th request
                                // (maxPipelineDepth). The encoder serves 100-continue only.
                                .addLast(new HttpRequestDecoder(MAX_INITIAL_LINE_LENGTH, MAX_HEADER_SIZE, 64 << 10))
                                .addLast(new HttpResponseEncoder())
                                .addLast(new HttpServerExpectContinueHandler())
                                .addLast(new PartialReadFilter())
                                .addLast(new FlowControlHandler())
                                .addLast(new HttpConnectionHandler(services, queryThreads));
                    }
                });
        try {
            serverChannel = bootstrap.bind(new InetSocketAddress(host, requestedPort)).syncUninterruptibly().channel();
        } catch (Exception e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            group = null;
            throw new DbException(ErrorCode.NETWORK_ERROR, "Listen [" + host + "]:" + requestedPort + " failed: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The bound port (the real one when constructed with port 0). */
    public int port() {
        Channel ch = serverChannel;
        if (ch == null) return requestedPort;
        return ((InetSocketAddress) ch.localAddress()).getPort();
    }

    public String host() {
        return host;
    }

    /** HTTP sessions currently kept (for tests and monitoring). */
    int sessionCount() {
        return services.sessions().size();
    }

    /**
     * Stops accepting, closes connections and stops the event loops; running queries see their
     * client gone. Then every HTTP session ends and its temporary tables are dropped.
     */
    @Override
    public synchronized void close() {
        if (serverChannel != null) {
            serverChannel.close().syncUninterruptibly();
            serverChannel = null;
        }
        if (group != null) {
            group.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
            group = null;
        }
        services.sessions().close();
    }
}
