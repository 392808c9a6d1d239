package io.strata.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.strata.core.error.DbException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The response to one query as an OutputStream, written by the query's thread.
 *
 * <p>The first {@code bufferSize} bytes are held back: while the head is not sent, an error can
 * still become a proper error status (ClickHouse's {@code buffer_size}/{@code wait_end_of_query}).
 * A result that fits is sent with a Content-Length; a larger one commits a 200 head and continues
 * as HTTP chunked content in {@link #CHUNK_SIZE} pieces. Before each piece the writer waits for the
 * channel to be writable, so a slow client slows the query instead of filling the heap.
 */
final class ResponseStream extends OutputStream {
    static final int CHUNK_SIZE = 64 << 10;

    private final Channel channel;
    private final HttpVersion version;
    private final boolean keepAlive;
    private long bufferSize = HttpQueryOptions.DEFAULT_BUFFER_SIZE;
    private final Consumer<HttpHeaders> headers; // adds X-ClickHouse-* headers when the head goes out
    private final Runnable onComplete;           // the handler's "response finished" hook
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition writable = lock.newCondition();

    private ByteBuf pending = Unpooled.buffer(4096);
    private boolean headSent;
    private boolean finished;
    private int lastByte = '\n';

    ResponseStream(Channel channel, HttpVersion version, boolean keepAlive,
                   Consumer<HttpHeaders> headers, Runnable onComplete) {
        this.channel = channel;
        this.version = version;
        this.keepAlive = keepAlive;
        this.headers = headers;
        this.onComplete = onComplete;
    }

    /** Bytes to hold back before committing the head; set before the first write. */
    void setBufferSize(long bufferSize) {
        this.bufferSize = bufferSize;
    }

    boolean headSent() {
        return headSent;
    }

    @Override
    public void write(int b) throws IOException {
        ensureOpen();
        pending.writeByte(b);
        lastByte = b & 0xFF;
        maybeSend();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        ensureOpen();
        if (len == 0) return;
        pending.writeBytes(b, off, len);
        lastByte = b[off + len - 1] & 0xFF;
        maybeSend();
    }

    /** Sends what is buffered once the head is committed; before that, holding back is the point. */
    @Override
    public void flush() throws IOException {
        ensureOpen();
        if (headSent && pending.isReadable()) {
            sendPending();
        }
    }

    private void maybeSend() throws IOException {
        if (headSent ? pending.readableBytes() >= CHUNK_SIZE : pending.readableBytes() > bufferSize) {
            sendPending();
        }
    }

    private void sendPending() throws IOException {
        if (!headSent) {
            HttpResponse head = new DefaultHttpResponse(version, HttpResponseStatus.OK);
            headers.accept(head.headers());
            HttpUtil.setTransferEncodingChunked(head, true);
            setConnection(head);
            awaitWritable();
            channel.write(head);
            headSent = true;
        }
        ByteBuf out = pending;
        pending = Unpooled.buffer(CHUNK_SIZE + 1024);
        awaitWritable();
        channel.writeAndFlush(new DefaultHttpContent(out));
    }

    /** Ends a successful response. */
    void finish() throws IOException {
        ensureOpen();
        finished = true;
        ChannelFuture done;
        if (!headSent) {
            FullHttpResponse response = new DefaultFullHttpResponse(version, HttpResponseStatus.OK, pending);
            headers.accept(response.headers());
            HttpUtil.setContentLength(response, pending.readableBytes());
            setConnection(response);
            headSent = true;
            done = channel.writeAndFlush(response);
        } else {
            if (pending.isReadable()) {
                awaitWritable();
                channel.write(new DefaultHttpContent(pending));
            } else {
                pending.release();
            }
            done = channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
        }
        pending = null;
        complete(done, !keepAlive);
    }

    /**
     * Ends the response with an error. Before the head: the mapped status, the exception code
     * header and the message as the body. After: the message is appended to the data already sent
     * and the connection is closed without the terminating chunk, so that a client cannot take a
     * truncated result for a complete one.
     */
    void fail(DbException error, Consumer<HttpHeaders> errorHeaders) {
        if (finished) return;
        finished = true;
        byte[] text = (error.toClickHouseString() + "\n").getBytes(StandardCharsets.UTF_8);
        if (!headSent) {
            pending.release();
            pending = null;
            FullHttpResponse response = new DefaultFullHttpResponse(version,
                    HttpResponseStatus.valueOf(HttpStatusMapping.status(error.code())), Unpooled.wrappedBuffer(text));
            errorHeaders.accept(response.headers());
            response.headers().set("X-ClickHouse-Exception-Code", String.valueOf(error.code().code()));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8");
            HttpUtil.setContentLength(response, text.length);
            setConnection(response);
            headSent = true;
            complete(channel.writeAndFlush(response), !keepAlive);
        } else {
            if (lastByte != '\n') pending.writeByte('\n');
            pending.writeBytes(text);
            ByteBuf out = pending;
            pending = null;
            complete(channel.writeAndFlush(new DefaultHttpContent(out)), true);
        }
    }

    /** The client went away: drop what is buffered; the query's next write fails. */
    void abandon() {
        lock.lock();
        try {
            writable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Called by the handler when the channel's writability changes. */
    void writabilityChanged() {
        lock.lock();
        try {
            writable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void complete(ChannelFuture done, boolean close) {
        done.addListener(f -> {
            if (close || !f.isSuccess()) {
                channel.close();
            }
            onComplete.run();
        });
    }

    private void awaitWritable() throws IOException {
        lock.lock();
        try {
            while (!channel.isWritable()) {
                if (!channel.isActive()) throw clientGone();
                writable.await(100, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while sending the response", e);
        } finally {
            lock.unlock();
        }
    }

    private void ensureOpen() throws IOException {
        if (finished) throw new IOException("Response already finished");
        if (!channel.isActive()) throw clientGone();
    }

    private static IOException clientGone() {
        return new IOException("Client has gone away");
    }

    private void setConnection(HttpResponse response) {
        if (!keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else {
            if (version.equals(HttpVersion.HTTP_1_0)) {
                response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            }
            response.headers().set("Keep-Alive", "timeout=" + HttpConnectionHandler.KEEP_ALIVE_TIMEOUT_SECONDS);
        }
    }
}
