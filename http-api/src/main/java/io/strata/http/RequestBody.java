package io.strata.http;

import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The body of one HTTP request as a blocking InputStream, fed by the event loop as content arrives
 * and read by the query's thread. Flow control: when more than {@link #HIGH_WATER} bytes wait
 * unread, the event loop stops asking the socket for more (the connection runs with autoRead off)
 * and resumes, through {@code demand}, once the reader has drained below {@link #LOW_WATER}; a
 * large INSERT therefore never sits in memory whole.
 */
final class RequestBody extends InputStream {
    static final int HIGH_WATER = 4 << 20;
    static final int LOW_WATER = 1 << 20;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private final ArrayDeque<ByteBuf> buffers = new ArrayDeque<>();
    private final Runnable demand;
    private long buffered;
    private boolean complete;
    private boolean closed;
    private boolean paused;
    private IOException failure;

    /** @param demand asks the event loop to read more from the socket; called from the reader's thread */
    RequestBody(Runnable demand) {
        this.demand = demand;
    }

    /** Event loop: adds content (takes ownership); returns whether the socket may be read again now. */
    boolean offer(ByteBuf content) {
        lock.lock();
        try {
            if (closed || !content.isReadable()) {
                content.release();
                return true;
            }
            buffers.add(content);
            buffered += content.readableBytes();
            readable.signalAll();
            if (buffered >= HIGH_WATER) {
                paused = true;
                return false;
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Event loop: the last content has arrived. */
    void complete() {
        lock.lock();
        try {
            complete = true;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Event loop: the connection closed before the body was complete. */
    void fail(IOException e) {
        lock.lock();
        try {
            if (!complete) failure = e;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the event loop should hold off reading until the consumer drains some content. */
    boolean isPaused() {
        lock.lock();
        try {
            return paused;
        } finally {
            lock.unlock();
        }
    }

    boolean isComplete() {
        lock.lock();
        try {
            return complete;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        boolean resume = false;
        int n;
        lock.lock();
        try {
            while (buffers.isEmpty()) {
                if (closed) throw new IOException("Request body is closed");
                if (failure != null) throw failure;
                if (complete) return -1;
                readable.await(1, TimeUnit.SECONDS);
            }
            ByteBuf head = buffers.peek();
            n = Math.min(len, head.readableBytes());
            head.readBytes(b, off, n);
            if (!head.isReadable()) {
                buffers.poll().release();
            }
            buffered -= n;
            if (paused && buffered < LOW_WATER) {
                paused = false;
                resume = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while reading the request body", e);
        } finally {
            lock.unlock();
        }
        if (resume) demand.run();
        return n;
    }

    @Override
    public int available() {
        lock.lock();
        try {
            return (int) Math.min(Integer.MAX_VALUE, buffered);
        } finally {
            lock.unlock();
        }
    }

    /** Releases buffered content; later content is dropped. Safe from any thread, idempotent. */
    /**
     * The body ended before its framing said it would (a truncated Content-Length or chunked
     * body, a client that went away): whatever the query did with the part it read is abandoned.
     */
    static final class Truncated extends IOException {
        Truncated(String message) {
            super(message);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            ByteBuf b;
            while ((b = buffers.poll()) != null) b.release();
            buffered = 0;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
