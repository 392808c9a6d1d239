package io.strata.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import io.strata.core.error.DbException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadFactory;

/**
 * One HTTP connection: routes each request, hands queries to their own virtual thread, and keeps
 * the connection's reading in step with them.
 *
 * <p>The channel runs with autoRead off behind a FlowControlHandler, so every {@code ctx.read()}
 * delivers exactly one HTTP message. The handler asks for the next message only when it can take
 * it: body content while the query's {@link RequestBody} has room, and the next request only after
 * the current response has been written. Requests on a connection are therefore strictly one after
 * another (pipelined requests wait in the socket), and neither a large upload nor a large result
 * is ever held whole in memory. All fields are touched on the event loop only.
 */
final class HttpConnectionHandler extends ChannelInboundHandlerAdapter {
    private static final byte[] OK = "Ok.\n".getBytes(StandardCharsets.US_ASCII);

    private final QueryServices services;
    private final ThreadFactory queryThreads;

    private boolean inRequest;        // a request has arrived and its response is not complete
    private boolean bodyComplete;     // the current request's LastHttpContent has arrived
    private boolean responseComplete; // the current response has been written
    private RequestBody body;         // where the current request's content goes, or null to drop it
    private HttpQuery query;          // the running query, or null
    private boolean readPending;      // a ctx.read() is outstanding (exactly one message will come)
    private boolean broken;           // the decoder gave up mid-body: close once the response is out
    private Object pipelined;         // a request sent before the current response was done, held until it is

    HttpConnectionHandler(QueryServices services, ThreadFactory queryThreads) {
        this.services = services;
        this.queryThreads = queryThreads;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        maybeRead(ctx);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        readPending = false;
        if (msg instanceof HttpRequest && inRequest && bodyComplete && !responseComplete && pipelined == null) {
            // The read that watches a running query for a disconnect brought the client's next
            // request instead (HTTP pipelining): it waits, unread further, until the response is done.
            pipelined = msg;
            return;
        }
        handle(ctx, msg);
    }

    private void handle(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof HttpRequest request) {
                if (inRequest) {
                    // Cannot happen with one outstanding read; refuse rather than mix two requests.
                    ctx.close();
                    return;
                }
                onRequest(ctx, request);
            }
            if (msg instanceof HttpContent content) {
                onContent(content);
            }
            maybeRead(ctx);
        } catch (Throwable t) {
            // A bug in request handling must cost this connection at most, never the server.
            ctx.close();
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void onRequest(ChannelHandlerContext ctx, HttpRequest request) {
        inRequest = true;
        bodyComplete = false;
        responseComplete = false;
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (!request.decoderResult().isSuccess()) {
            // the decoder gives up on the connection after a bad message: answer and close
            Throwable cause = request.decoderResult().cause();
            HttpResponseStatus status = cause instanceof TooLongHttpLineException ? HttpResponseStatus.REQUEST_URI_TOO_LONG
                    : cause instanceof TooLongHttpHeaderException ? HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE
                    : HttpResponseStatus.BAD_REQUEST;
            String why = cause == null || cause.getMessage() == null ? "malformed request" : cause.getMessage();
            sendSimple(ctx, request, status, ("Bad HTTP request: " + why + "\n").getBytes(StandardCharsets.UTF_8), false);
            return;
        }
        String path;
        boolean hasQuery;
        try {
            UrlParameters url = UrlParameters.parse(request.uri());
            path = url.path();
            hasQuery = url.has("query");
        } catch (DbException e) {
            // a malformed URL: answered by the query path, with ClickHouse's error headers
            int q = request.uri().indexOf('?');
            path = q < 0 ? request.uri() : request.uri().substring(0, q);
            hasQuery = true;
        }
        HttpMethod method = request.method();
        boolean get = method.equals(HttpMethod.GET);
        boolean head = method.equals(HttpMethod.HEAD);
        boolean post = method.equals(HttpMethod.POST);

        if ((path.equals("/ping") || path.equals("/replicas_status")) && (get || head)) {
            sendSimple(ctx, request, HttpResponseStatus.OK, OK, keepAlive);
        } else if (path.equals("/") && (get || head) && !hasQuery) {
            sendSimple(ctx, request, HttpResponseStatus.OK, OK, keepAlive);
        } else if (path.equals(PlayPage.PATH) && (get || head)) {
            sendSimple(ctx, request, HttpResponseStatus.OK, PlayPage.html(), PlayPage.CONTENT_TYPE, keepAlive);
        } else if (path.equals("/") && (get || post)) {
            if (post) {
                body = new RequestBody(() -> ctx.executor().execute(() -> maybeRead(ctx)));
            }
            boolean lengthKnown = HttpUtil.isContentLengthSet(request) || HttpUtil.isTransferEncodingChunked(request);
            ChannelHandlerContext wire = ctx.pipeline().context(HttpRequestDecoder.class);
            HttpServerConfig config = services.config();
            ResponseStream response = new ResponseStream(ctx.channel(), wire != null ? wire : ctx, request.protocolVersion(),
                    keepAlive, config.keepAliveTimeoutSeconds(), config.displayName(), config.serverVersion(),
                    () -> ctx.executor().execute(() -> onResponseComplete(ctx)));
            query = new HttpQuery(services, get, lengthKnown, request.uri(), request.headers(), body, response);
            query.setRemoteAddress(ctx.channel().remoteAddress());
            queryThreads.newThread(query).start();
        } else if (path.equals("/") || path.equals("/ping") || path.equals("/replicas_status")) {
            sendSimple(ctx, request, HttpResponseStatus.METHOD_NOT_ALLOWED,
                    ("HTTP method " + method + " is not allowed for " + path + "\n").getBytes(StandardCharsets.UTF_8), keepAlive);
        } else {
            sendSimple(ctx, request, HttpResponseStatus.NOT_FOUND, notFound(path), keepAlive);
        }
    }

    private void onContent(HttpContent content) {
        if (!content.decoderResult().isSuccess()) {
            // a body cut short (the connection closed inside it) or malformed chunking: the query
            // must see a failure, never a clean end of shorter data
            Throwable cause = content.decoderResult().cause();
            if (body != null) {
                body.fail(new RequestBody.Truncated("the request body is incomplete or malformed: "
                        + (cause == null ? "decoding failed" : cause.getMessage())));
            }
            body = null;
            bodyComplete = true;
            broken = true;
            if (responseComplete) inRequest = false;
            return;
        }
        if (body != null) {
            body.offer(content.content().retain());
        }
        if (content instanceof LastHttpContent) {
            bodyComplete = true;
            if (body != null) body.complete();
            body = null;
            if (responseComplete) inRequest = false;
        }
    }

    private void onResponseComplete(ChannelHandlerContext ctx) {
        responseComplete = true;
        query = null;
        if (broken) {
            ctx.close();
            return;
        }
        if (bodyComplete) {
            inRequest = false;
            Object next = pipelined;
            if (next != null) {
                pipelined = null;
                handle(ctx, next);
                return;
            }
        } else if (body != null) {
            // The response went out before the whole body came in (an early error): the rest of
            // the body is read and dropped, then the connection carries on with the next request.
            body.close();
            body = null;
        }
        maybeRead(ctx);
    }

    /**
     * Asks for the next message when the connection can take it: a new request when none is in
     * progress; more content while the body is incomplete and its consumer has room (content of a
     * request whose response is done, or of a GET, is read to be dropped); and, while a query runs
     * with its whole request read, one read that notices the client closing the connection (the
     * socket is not watched otherwise), so that the query is cancelled at once.
     */
    private void maybeRead(ChannelHandlerContext ctx) {
        if (readPending || !ctx.channel().isActive()) return;
        boolean watch = inRequest && bodyComplete && !responseComplete && pipelined == null;
        boolean want = !inRequest || (!bodyComplete && (body == null || !body.isPaused())) || watch;
        if (want) {
            readPending = true;
            // Deferred: a read issued inside channelRead re-enters FlowControlHandler's dequeue,
            // and Netty 4.2 then loses the demand (the connection stalls mid-body).
            ctx.executor().execute(ctx::read);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        HttpQuery q = query;
        if (q != null) q.response().writabilityChanged();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (pipelined != null) {
            ReferenceCountUtil.release(pipelined);
            pipelined = null;
        }
        if (query != null) query.cancel();
        if (body != null) body.fail(new RequestBody.Truncated("Client has gone away"));
        query = null;
        body = null;
        ctx.fireChannelInactive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        // Idle keep-alive connections are closed; a connection waiting on its query is not idle.
        if (evt instanceof IdleStateEvent && !inRequest) {
            ctx.close();
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }

    private void sendSimple(ChannelHandlerContext ctx, HttpRequest request, HttpResponseStatus status, byte[] text,
                            boolean keepAlive) {
        sendSimple(ctx, request, status, text, "text/plain; charset=UTF-8", keepAlive);
    }

    private void sendSimple(ChannelHandlerContext ctx, HttpRequest request, HttpResponseStatus status, byte[] text,
                            String contentType, boolean keepAlive) {
        ByteBuf content = request.method().equals(HttpMethod.HEAD) ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(text);
        FullHttpResponse response = new DefaultFullHttpResponse(request.protocolVersion(), status, content);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        HttpUtil.setContentLength(response, text.length);
        if (!keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else if (request.protocolVersion().minorVersion() == 0) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        var written = ctx.writeAndFlush(response);
        if (!keepAlive) written.addListener(ChannelFutureListener.CLOSE);
        // Completion is handled after this message's processing, never re-entrantly inside it.
        written.addListener(f -> ctx.executor().execute(() -> onResponseComplete(ctx)));
    }

    private static byte[] notFound(String path) {
        return ("There is no handle " + path + "\n\nUse / or /ping for health checks.\n"
                + "Send queries from your program with POST method or GET /?query=...\n").getBytes(StandardCharsets.UTF_8);
    }
}
