package io.strata.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.query.QueryProgress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The response to one query as an OutputStream, written by the query's thread, and put on the
 * wire byte for byte the way ClickHouse's WriteBufferFromHTTPServerResponse does. It writes the
 * HTTP/1.x framing itself (bypassing Netty's response encoder) because ClickHouse sends its head
 * in pieces: {@code X-ClickHouse-Progress} lines while the query runs, then
 * {@code X-ClickHouse-Summary} (and {@code X-ClickHouse-Exception-Code}) when the body starts.
 *
 * <p>Layers, top to bottom: the held-back result ({@link ResultBuffer}: the first
 * {@code buffer_size} bytes, or everything with {@code wait_end_of_query}, so that an error can
 * still become a proper error status), ClickHouse's compressed blocks ({@code compress=1}), the
 * HTTP content coding ({@code enable_http_compression=1}), and the body framing (chunked for
 * HTTP/1.1, up to the connection's close for a streamed HTTP/1.0 response). A result that ends
 * while held back goes out with a Content-Length. Before each chunk the writer waits for the
 * channel to be writable, so a slow client slows the query instead of filling the heap.
 *
 * <p>An error after the body started is appended as ClickHouse 25.11+ does, format-agnostic
 * and tagged with the response's {@code X-ClickHouse-Exception-Tag}:
 * {@code \r\n__exception__\r\n<tag>\r\n<message>\n<length> <tag>\r\n__exception__\r\n}, then the
 * connection is closed without the terminating chunk, so no client takes a cut result for a
 * complete one.
 */
final class ResponseStream extends OutputStream {
    static final int CHUNK_SIZE = 64 << 10;
    static final String EXCEPTION_MARKER = "__exception__";
    private static final int TAG_LENGTH = 16;
    private static final String EXPOSED_HEADERS = "X-ClickHouse-Query-Id,X-ClickHouse-Summary,X-ClickHouse-Server-Display-Name,"
            + "X-ClickHouse-Format,X-ClickHouse-Timezone,X-ClickHouse-Exception-Code,X-ClickHouse-Exception-Tag";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private enum State {
        /** Nothing sent: the result is held back. */
        BUFFERING,
        /** Status line and progress headers sent; the head is not finished. */
        HEAD_STARTED,
        /** Head finished; the body streams. */
        STREAMING,
        /** Finished, failed or abandoned. */
        DONE
    }

    private final Channel channel;
    private final ChannelHandlerContext wire;
    private final HttpVersion version;
    private final boolean keepAliveRequested;
    private final int keepAliveTimeoutSeconds;
    private final String displayName;
    private final String versionSuffix;
    private final String exceptionTag;
    private final Runnable onComplete;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition writable = lock.newCondition();

    // what the query tells before the first byte
    private volatile String queryId = "";
    private volatile String format;
    private volatile String contentType = "text/plain; charset=UTF-8";
    private volatile String timeZone;
    private volatile boolean cors;
    private volatile Supplier<String> summary = () -> HttpQuery.summary(null);
    private long bufferSize = HttpQueryOptions.DEFAULT_BUFFER_SIZE;
    private boolean waitEndOfQuery;
    private String contentEncoding;
    private long compressionLevel = 3;
    private boolean framed;
    private String framingMethod;

    private volatile State state = State.BUFFERING;
    private ResultBuffer held;
    private OutputStream encoder;  // framing, then content coding, then body
    private BodyWriter body;
    private boolean chunked;
    private boolean closeAfter;
    private Thread progressTicker;
    private final byte[] one = new byte[1];

    /**
     * @param wire     the context whose writes skip Netty's HTTP encoder (the codec's own context)
     * @param onComplete the handler's "response finished" hook, run once the last byte is written
     */
    ResponseStream(Channel channel, ChannelHandlerContext wire, HttpVersion version, boolean keepAlive, int keepAliveTimeoutSeconds,
                   String displayName, String serverVersion, Runnable onComplete) {
        this.channel = channel;
        this.wire = wire;
        this.version = version;
        this.keepAliveRequested = keepAlive;
        this.keepAliveTimeoutSeconds = keepAliveTimeoutSeconds;
        this.displayName = displayName;
        this.versionSuffix = " (version " + serverVersion + ")";
        this.exceptionTag = newTag();
        this.onComplete = onComplete;
    }

    private static String newTag() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] tag = new char[TAG_LENGTH];
        for (int i = 0; i < tag.length; i++) tag[i] = (char) ('a' + random.nextInt(26));
        return new String(tag);
    }

    // ---- configuration, before the first write --------------------------------------------------

    void setQueryId(String queryId) {
        this.queryId = queryId;
    }

    /** The output format (X-ClickHouse-Format) and its Content-Type; null format for statements without a result. */
    void setFormat(String format, String contentType) {
        this.format = format;
        this.contentType = contentType;
    }

    void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    void setCors(boolean cors) {
        this.cors = cors;
    }

    /** The X-ClickHouse-Summary value, computed when the head is finished. */
    void setSummary(Supplier<String> summary) {
        this.summary = summary;
    }

    /** Bytes to hold back before committing the head; {@code waitEndOfQuery} holds everything (spilling to disk). */
    void setBuffering(long bufferSize, boolean waitEndOfQuery) {
        this.bufferSize = bufferSize;
        this.waitEndOfQuery = waitEndOfQuery;
    }

    /** The Content-Encoding of the response (gzip, deflate, zstd, lz4) or null, and the level. */
    void setContentEncoding(String encoding, long level) {
        this.contentEncoding = encoding;
        this.compressionLevel = level;
    }

    /** {@code compress=1}: the body in ClickHouse's compressed blocks of {@code method} (null: LZ4). */
    void setFraming(String method) {
        this.framed = true;
        this.framingMethod = method;
    }

    String exceptionTag() {
        return exceptionTag;
    }

    boolean headSent() {
        return state != State.BUFFERING;
    }

    // ---- the result ------------------------------------------------------------------------------

    @Override
    public void write(int b) throws IOException {
        one[0] = (byte) b;
        write(one, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        ensureOpen();
        if (len == 0) return;
        if (state == State.STREAMING) {
            encoder.write(b, off, len);
            return;
        }
        if (held == null) held = new ResultBuffer(waitEndOfQuery ? Math.max(bufferSize, HttpQueryOptions.DEFAULT_BUFFER_SIZE) : bufferSize);
        held.write(b, off, len);
        if (!waitEndOfQuery && held.size() > bufferSize) {
            startStreaming();
        }
    }

    /** Sends what is buffered once the body streams; before that, holding back is the point. */
    @Override
    public void flush() throws IOException {
        ensureOpen();
        if (state == State.STREAMING) encoder.flush();
    }

    /**
     * Sends X-ClickHouse-Progress headers every {@code intervalMillis} until the body starts
     * ({@code send_progress_in_http_headers=1}). The first one commits the status (200), as in
     * ClickHouse: a later error then travels in the body.
     */
    void startProgressHeaders(QueryProgress progress, long intervalMillis) {
        long interval = Math.max(1, intervalMillis);
        progressTicker = Thread.ofVirtual().name("http-progress").start(() -> {
            try {
                while (true) {
                    Thread.sleep(interval);
                    lock.lock();
                    try {
                        if (state == State.STREAMING || state == State.DONE || !channel.isActive()) return;
                        if (state == State.BUFFERING) startHead(200);
                        send(("X-ClickHouse-Progress: " + HttpQuery.progressJson(progress) + "\r\n").getBytes(StandardCharsets.UTF_8));
                    } finally {
                        lock.unlock();
                    }
                }
            } catch (InterruptedException e) {
                // the query finished
            }
        });
    }

    /** Ends a successful response. */
    void finish() throws IOException {
        ensureOpen();
        stopProgress();
        lock.lock();
        try {
            if (state == State.BUFFERING && (held == null || held.inMemory())) {
                sendWhole();
                return;
            }
            if (state != State.STREAMING) beginBody();
        } finally {
            lock.unlock();
        }
        encoder.close();
        state = State.DONE;
        complete(body.finish(), closeAfter || !chunked);
    }

    /** The whole response with a Content-Length: status 200, the held result encoded. */
    private void sendWhole() throws IOException {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        OutputStream out = encoders(encoded);
        if (held != null) held.drainTo(out);
        out.close();
        state = State.DONE;
        boolean keepAlive = keepAliveRequested;
        StringBuilder h = statusLine(200, keepAlive);
        commonHeaders(h, false);
        h.append("Content-Length: ").append(encoded.size()).append("\r\n");
        h.append("X-ClickHouse-Summary: ").append(summary.get()).append("\r\n\r\n");
        ByteBuf buf = Unpooled.buffer(h.length() + encoded.size());
        buf.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
        buf.writeBytes(encoded.toByteArray());
        complete(wire.writeAndFlush(buf), !keepAlive);
    }

    private void startStreaming() throws IOException {
        lock.lock();
        try {
            beginBody();
        } finally {
            lock.unlock();
        }
        state = State.STREAMING;
    }

    /** Finishes the head (starting it if needed), sets up the encoders and moves the held result into them. */
    private void beginBody() throws IOException {
        if (state == State.BUFFERING) startHead(200);
        send(("X-ClickHouse-Summary: " + summary.get() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body = new BodyWriter();
        encoder = encoders(body);
        state = State.STREAMING;
        if (held != null) held.drainTo(encoder);
    }

    /** Framing (compress=1) over content coding over {@code sink}. */
    private OutputStream encoders(OutputStream sink) throws IOException {
        OutputStream out = contentEncoding == null ? new Unclosable(sink) : HttpCompression.encoder(contentEncoding, new Unclosable(sink), compressionLevel);
        return framed ? HttpCompression.framing(out, framingMethod) : out;
    }

    /** Status line and the headers known before the body; the framing is chunked (HTTP/1.1) or until close (HTTP/1.0). */
    private void startHead(int status) {
        chunked = version.minorVersion() >= 1;
        boolean keepAlive = keepAliveRequested && chunked;
        closeAfter = !keepAlive;
        StringBuilder h = statusLine(status, keepAlive);
        commonHeaders(h, false);
        if (chunked) h.append("Transfer-Encoding: chunked\r\n");
        state = State.HEAD_STARTED;
        send(h.toString().getBytes(StandardCharsets.UTF_8));
    }

    private StringBuilder statusLine(int status, boolean keepAlive) {
        StringBuilder h = new StringBuilder(512);
        h.append(version.text()).append(' ').append(status).append(' ')
                .append(HttpResponseStatus.valueOf(status).reasonPhrase()).append("\r\n");
        h.append("Date: ").append(HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC))).append("\r\n");
        h.append("Connection: ").append(keepAlive ? "Keep-Alive" : "Close").append("\r\n");
        if (keepAlive) h.append("Keep-Alive: timeout=").append(keepAliveTimeoutSeconds).append("\r\n");
        return h;
    }

    private void commonHeaders(StringBuilder h, boolean error) {
        h.append("Content-Type: ").append(error ? "text/plain; charset=UTF-8" : contentType).append("\r\n");
        h.append("Access-Control-Expose-Headers: ").append(EXPOSED_HEADERS).append("\r\n");
        if (cors) h.append("Access-Control-Allow-Origin: *\r\n");
        h.append("X-ClickHouse-Server-Display-Name: ").append(displayName).append("\r\n");
        if (!queryId.isEmpty()) h.append("X-ClickHouse-Query-Id: ").append(headerValue(queryId)).append("\r\n");
        if (format != null) h.append("X-ClickHouse-Format: ").append(format).append("\r\n");
        if (timeZone != null) h.append("X-ClickHouse-Timezone: ").append(timeZone).append("\r\n");
        h.append("X-ClickHouse-Exception-Tag: ").append(exceptionTag).append("\r\n");
        if (contentEncoding != null) h.append("Content-Encoding: ").append(contentEncoding).append("\r\n");
    }

    /** A client-chosen value (query id) must not break the head: control characters become '?'. */
    private static String headerValue(String v) {
        StringBuilder sb = null;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7F || c > 0xFF) {
                if (sb == null) sb = new StringBuilder(v.substring(0, i));
                sb.append('?');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? v : sb.toString();
    }

    /** Head bytes, sent at once (the head is small: no writability wait). */
    private void send(byte[] bytes) {
        wire.writeAndFlush(Unpooled.wrappedBuffer(bytes));
    }

    // ---- errors ----------------------------------------------------------------------------------

    /**
     * Ends the response with an error. Before anything was sent: the mapped status, the
     * X-ClickHouse-Exception-Code header and the message as the body (through the response's
     * compression, as ClickHouse does). After: the tagged exception block in the body, then the
     * connection is cut.
     */
    void fail(DbException error) {
        stopProgress();
        lock.lock();
        try {
            if (state == State.DONE) return;
            String message = error.toClickHouseString() + versionSuffix;
            if (state == State.BUFFERING) {
                failWhole(error, message);
            } else {
                failStarted(error, message);
            }
        } finally {
            lock.unlock();
        }
    }

    private void failWhole(DbException error, String message) {
        if (held != null) held.release();
        state = State.DONE;
        byte[] text = (message + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] encoded;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            OutputStream enc = encoders(out);
            enc.write(text);
            enc.close();
            encoded = out.toByteArray();
        } catch (IOException | RuntimeException e) {
            // the compression settings themselves failed (bad level): send the message plainly
            contentEncoding = null;
            framed = false;
            encoded = text;
        }
        ErrorCode code = error.code();
        // 411 leaves the body unread and unframed: the connection cannot carry another request
        boolean keepAlive = keepAliveRequested && !code.equals(ErrorCode.HTTP_LENGTH_REQUIRED);
        int status = HttpStatusMapping.status(code);
        StringBuilder h = statusLine(status, keepAlive);
        commonHeaders(h, true);
        if (status == 401) h.append("WWW-Authenticate: Basic realm=\"ClickHouse server HTTP API\"\r\n");
        h.append("X-ClickHouse-Exception-Code: ").append(code.code()).append("\r\n");
        h.append("Content-Length: ").append(encoded.length).append("\r\n");
        h.append("X-ClickHouse-Summary: ").append(summary.get()).append("\r\n\r\n");
        ByteBuf buf = Unpooled.buffer(h.length() + encoded.length);
        buf.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
        buf.writeBytes(encoded);
        complete(wire.writeAndFlush(buf), !keepAlive);
    }

    private void failStarted(DbException error, String message) {
        try {
            if (state == State.HEAD_STARTED) {
                send(("X-ClickHouse-Exception-Code: " + error.code().code() + "\r\n").getBytes(StandardCharsets.UTF_8));
                beginBody();
            }
            state = State.DONE;
            encoder.write(exceptionBlock(message));
            encoder.flush();
            complete(body.cut(), true);
        } catch (IOException | RuntimeException e) {
            state = State.DONE;
            complete(channel.close(), true);
        }
    }

    /** ClickHouse's format-agnostic exception block, tagged so that no data can imitate it. */
    byte[] exceptionBlock(String message) {
        String text = message + "\n";
        int length = text.getBytes(StandardCharsets.UTF_8).length;
        return ("\r\n" + EXCEPTION_MARKER + "\r\n" + exceptionTag + "\r\n" + text + length + " " + exceptionTag + "\r\n"
                + EXCEPTION_MARKER + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The client went away: wake a writer waiting for writability; its next write fails. */
    void abandon() {
        stopProgress();
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

    private void stopProgress() {
        Thread t = progressTicker;
        if (t != null && t != Thread.currentThread()) t.interrupt();
    }

    private void complete(ChannelFuture done, boolean close) {
        if (channel.eventLoop().isShuttingDown()) {
            // the server is stopping: nobody is left to hear that the response is done
            channel.close();
            return;
        }
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
        if (state == State.DONE) throw new IOException("Response already finished");
        if (!channel.isActive()) throw clientGone();
    }

    private static IOException clientGone() {
        return new IOException("Client has gone away");
    }

    /** The body on the wire: HTTP chunks of up to {@link #CHUNK_SIZE} (raw bytes for HTTP/1.0). */
    private final class BodyWriter extends OutputStream {
        private ByteBuf pending = Unpooled.buffer(CHUNK_SIZE);

        @Override
        public void write(int b) throws IOException {
            pending.writeByte(b);
            if (pending.readableBytes() >= CHUNK_SIZE) sendChunk();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, CHUNK_SIZE - pending.readableBytes());
                pending.writeBytes(b, off, n);
                off += n;
                len -= n;
                if (pending.readableBytes() >= CHUNK_SIZE) sendChunk();
            }
        }

        @Override
        public void flush() throws IOException {
            if (pending.isReadable()) sendChunk();
        }

        private void sendChunk() throws IOException {
            if (!channel.isActive()) throw clientGone();
            awaitWritable();
            ByteBuf data = pending;
            pending = Unpooled.buffer(CHUNK_SIZE);
            if (chunked) {
                ByteBuf framed = Unpooled.wrappedBuffer(
                        Unpooled.wrappedBuffer((Integer.toHexString(data.readableBytes()) + "\r\n").getBytes(StandardCharsets.US_ASCII)),
                        data, Unpooled.wrappedBuffer(new byte[] {'\r', '\n'}));
                wire.writeAndFlush(framed);
            } else {
                wire.writeAndFlush(data);
            }
        }

        /** The last of the data and the terminating chunk. */
        ChannelFuture finish() throws IOException {
            flush();
            pending.release();
            return wire.writeAndFlush(chunked ? Unpooled.wrappedBuffer("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
                    : Unpooled.EMPTY_BUFFER);
        }

        /** The last of the data without the terminating chunk: the stream is cut on purpose. */
        ChannelFuture cut() throws IOException {
            flush();
            pending.release();
            return wire.writeAndFlush(Unpooled.EMPTY_BUFFER);
        }
    }

    /** Keeps a compressor's close() (which writes its trailer) from closing the body writer under it. */
    private static final class Unclosable extends OutputStream {
        private final OutputStream out;

        Unclosable(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
