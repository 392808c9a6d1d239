package io.strata.nativeproto.server;

import io.strata.core.block.Chunk;
import io.strata.core.error.DbException;
import io.strata.core.query.QueryExecution;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

/**
 * Pulls a query's chunks on a virtual thread and hands them over one at a time, so that the
 * connection's thread, which alone writes packets, can wait for the next chunk a bounded time and
 * meanwhile send Progress packets (every interactive_delay, as ClickHouse's TCPHandler does) and
 * see a Cancel. Without it an aggregation, which returns its only chunk at the very end, would
 * leave the client with no progress at all until it is done.
 *
 * <p>The hand-over is synchronous: the puller computes at most one chunk ahead of the packets
 * sent, so memory use is what it was with the connection pulling itself.
 */
final class ChunkPuller implements AutoCloseable {
    /** {@link #poll} found nothing within its time. */
    static final Object TIMEOUT = new Object();
    private static final Object END = new Object();

    private record Failure(Throwable error) {
    }

    private final QueryExecution execution;
    private final SynchronousQueue<Object> handoff = new SynchronousQueue<>();
    private final Thread thread;
    private volatile boolean finished;

    ChunkPuller(QueryExecution execution, String name) {
        this.execution = execution;
        this.thread = Thread.ofVirtual().name(name).start(this::pull);
    }

    private void pull() {
        Object last = END;
        try {
            Chunk c;
            while ((c = execution.next()) != null) handoff.put(c);
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
     * The next chunk, null at the end of the result, or {@link #TIMEOUT} when none came within
     * {@code nanos}; the query's own failure is thrown as it was raised.
     */
    Object poll(long nanos) throws InterruptedException {
        Object got = handoff.poll(nanos, TimeUnit.NANOSECONDS);
        if (got == null) return TIMEOUT;
        if (got == END) return null;
        if (got instanceof Failure f) {
            if (f.error() instanceof RuntimeException r) throw r;
            if (f.error() instanceof Error e) throw e;
            throw DbException.wrap(f.error());
        }
        return got;
    }

    /**
     * Stops the puller when the connection leaves before the end (a Cancel, a lost client): the
     * query is cancelled so that an engine busy on the next chunk stops, and the thread is waited
     * for, so the execution is never closed while it still runs.
     */
    @Override
    public void close() throws InterruptedException {
        if (!finished) execution.cancel();
        thread.interrupt();
        thread.join();
    }
}
