package io.strata.nativeproto.server;

import io.strata.core.block.Chunk;
import io.strata.core.error.DbException;
import io.strata.core.query.QueryExecution;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Pulls a query's chunks on a virtual thread and hands them over one at a time, so that the
 * connection's thread, which alone writes packets, can wait for the next chunk a bounded time and
 * meanwhile send Progress packets (every interactive_delay, as ClickHouse's TCPHandler does) and
 * see a Cancel. Without it an aggregation, which returns its only chunk at the very end, would
 * leave the client with no progress at all until it is done.
 *
 * <p>Without an encoder the hand-over is synchronous: the puller computes at most one chunk ahead
 * of the packets sent. With one (a function turning a chunk into its ready packet), each chunk is
 * encoded on a shared pool of encoder threads, several at once, and handed over in the query's
 * order: serializing and compressing wide blocks is as much work as reading them, and on the
 * connection's thread alone it would be the slowest step of the stream. At most {@link #AHEAD}
 * chunks are in flight.
 */
final class ChunkPuller implements AutoCloseable {
    /** {@link #poll} found nothing within its time. */
    static final Object TIMEOUT = new Object();
    private static final Object END = new Object();
    /** Encoded chunks that may wait for the connection, besides the one it writes. */
    private static final int AHEAD = 3;
    /** One encoder thread per core, shared by every connection; daemon threads, idle when nothing streams. */
    private static final ExecutorService ENCODERS = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().name("native-encoder-", 0).daemon(true).factory());

    private record Failure(Throwable error) {
    }

    private final QueryExecution execution;
    private final Function<Chunk, Object> encoder;
    private final BlockingQueue<Object> handoff;
    private final Thread thread;
    private volatile boolean finished;
    /** An encoding the connection is waiting for (it timed out waiting before). */
    private Future<?> pending;

    ChunkPuller(QueryExecution execution, String name) {
        this(execution, name, null);
    }

    /** {@code encoder}: run on the encoder pool for each chunk; {@link #poll} then returns its results, in order. */
    ChunkPuller(QueryExecution execution, String name, Function<Chunk, Object> encoder) {
        this.execution = execution;
        this.encoder = encoder;
        this.handoff = encoder == null ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(AHEAD);
        this.thread = Thread.ofVirtual().name(name).start(this::pull);
    }

    private void pull() {
        Object last = END;
        try {
            Chunk c;
            while ((c = execution.next()) != null) {
                Chunk chunk = c;
                handoff.put(encoder == null ? chunk : ENCODERS.submit(() -> encoder.apply(chunk)));
            }
        } catch (InterruptedException e) {
            return; // the connection stopped taking chunks
        } catch (Throwable t) {
            last = new Failure(t);
        } finally {
            finished = true;
        }
        try {
            handoff.put(last);
        } catch (InterruptedException ignored) {
            // the connection stopped taking chunks
        }
    }

    /**
     * The next chunk (or its encoding), null at the end of the result, or {@link #TIMEOUT} when
     * none came within {@code nanos}; the query's own failure is thrown as it was raised.
     */
    Object poll(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        if (pending == null) {
            Object got = handoff.poll(nanos, TimeUnit.NANOSECONDS);
            if (got == null) return TIMEOUT;
            if (got == END) return null;
            if (got instanceof Failure f) throw rethrow(f.error());
            if (!(got instanceof Future<?> future)) return got;
            pending = future;
        }
        try {
            Object done = pending.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            pending = null;
            return done;
        } catch (TimeoutException e) {
            return TIMEOUT;
        } catch (ExecutionException e) {
            pending = null;
            throw rethrow(e.getCause());
        }
    }

    private static RuntimeException rethrow(Throwable error) {
        if (error instanceof RuntimeException r) throw r;
        // a block too large for the memory left (heap or native) fails its query, not the connection
        if (error instanceof OutOfMemoryError) throw DbException.wrap(error);
        if (error instanceof Error e) throw e;
        throw DbException.wrap(error);
    }

    /**
     * Stops the puller when the connection leaves before the end (a Cancel, a lost client): the
     * query is cancelled so that an engine busy on the next chunk stops, and the thread is waited
     * for, so the execution is never closed while it still runs; encodings not taken are dropped.
     */
    @Override
    public void close() throws InterruptedException {
        if (!finished) execution.cancel();
        thread.interrupt();
        thread.join();
        if (pending != null) pending.cancel(false);
        for (Object o : handoff) {
            if (o instanceof Future<?> f) f.cancel(false);
        }
        handoff.clear();
    }
}
