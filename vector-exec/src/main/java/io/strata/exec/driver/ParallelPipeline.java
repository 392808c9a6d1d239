package io.strata.exec.driver;

import io.strata.core.block.Chunk;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.ChunkSource;
import io.strata.exec.operator.Operator;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a pipeline over many morsels in parallel: N drivers, each with its own operator instances,
 * take morsels from a shared queue and put their output into a bounded queue (backpressure), which
 * the caller drains through the returned {@link ChunkSource}. Workers stop promptly when the query
 * is cancelled, when one of them fails (the first error is rethrown to the consumer), or when the
 * consumer closes the source early (e.g. once a LIMIT is satisfied downstream).
 */
public final class ParallelPipeline {
    private ParallelPipeline() {
    }

    /** The shared pool of query worker threads: daemon platform threads, created on demand and reused. */
    static final ExecutorService WORKERS = Executors.newCachedThreadPool(new java.util.concurrent.ThreadFactory() {
        private final AtomicInteger counter = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "strata-query-worker-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    /** The shared executor for query work (other stages, e.g. aggregation, run their workers on it too). */
    public static java.util.concurrent.Executor executor() {
        return WORKERS;
    }

    /** Runs {@code operators} (a fresh list per call) over the morsels on up to {@code threads} threads. */
    public static ChunkSource run(ExecutionContext ctx, List<ChunkSource> morsels, Supplier<List<Operator>> operators, int threads) {
        int workers = Math.max(1, Math.min(threads, morsels.size()));
        if (workers == 1) {
            return pipe(ctx, concat(morsels), operators.get());
        }
        return new ParallelSource(ctx, morsels, operators, workers);
    }

    /** Runs {@code operators} over {@code source} on the caller's thread, one output chunk per {@link ChunkSource#next()}. */
    public static ChunkSource pipe(ExecutionContext ctx, ChunkSource source, List<Operator> operators) {
        if (operators.isEmpty()) return new CheckedSource(ctx, source);
        return new PipeSource(ctx, source, operators);
    }

    /** The morsels one after another, as one source. */
    public static ChunkSource concat(List<ChunkSource> morsels) {
        if (morsels.size() == 1) return morsels.getFirst();
        return new ChunkSource() {
            private int index;

            @Override
            public Chunk next() {
                while (index < morsels.size()) {
                    Chunk c = morsels.get(index).next();
                    if (c != null) return c;
                    morsels.get(index++).close();
                }
                return null;
            }

            @Override
            public void close() {
                while (index < morsels.size()) morsels.get(index++).close();
            }
        };
    }

    private static final class CheckedSource implements ChunkSource {
        private final ExecutionContext ctx;
        private final ChunkSource source;

        CheckedSource(ExecutionContext ctx, ChunkSource source) {
            this.ctx = ctx;
            this.source = source;
        }

        @Override
        public Chunk next() {
            ctx.checkInterrupted();
            return source.next();
        }

        @Override
        public void close() {
            source.close();
        }
    }

    private static final class PipeSource implements ChunkSource {
        private final ExecutionContext ctx;
        private final ChunkSource source;
        private final ArrayDeque<Chunk> ready = new ArrayDeque<>();
        private final Driver driver;
        private boolean closed;

        PipeSource(ExecutionContext ctx, ChunkSource source, List<Operator> operators) {
            this.ctx = ctx;
            this.source = source;
            this.driver = new Driver(ctx, operators, ready::add);
        }

        @Override
        public Chunk next() {
            while (ready.isEmpty() && !driver.isDone()) {
                ctx.checkInterrupted();
                Chunk in = source.next();
                if (in == null) {
                    driver.finish();
                } else {
                    driver.process(in);
                }
            }
            return ready.poll();
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            try {
                driver.close();
            } finally {
                source.close();
            }
        }
    }

    private static final Object END = new Object();

    private static final class ParallelSource implements ChunkSource {
        private final ExecutionContext ctx;
        private final ConcurrentLinkedQueue<ChunkSource> pending;
        private final BlockingQueue<Object> output;
        private final AtomicReference<Throwable> error = new AtomicReference<>();
        private final CountDownLatch stopped;
        private final int workers;
        private final Supplier<List<Operator>> operators;
        private volatile boolean closed;
        private boolean started;
        private int ended;

        ParallelSource(ExecutionContext ctx, List<ChunkSource> morsels, Supplier<List<Operator>> operators, int workers) {
            this.ctx = ctx;
            this.pending = new ConcurrentLinkedQueue<>(morsels);
            this.output = new ArrayBlockingQueue<>(workers * 2 + 2);
            this.workers = workers;
            this.stopped = new CountDownLatch(workers);
            this.operators = operators;
        }

        /** Workers start on the first pull, so building a plan that is never run costs no threads. */
        private void start() {
            started = true;
            for (int i = 0; i < workers; i++) {
                WORKERS.execute(() -> work(operators));
            }
        }

        private boolean stopping() {
            return closed || error.get() != null || ctx.isCancelled();
        }

        private void work(Supplier<List<Operator>> operators) {
            Driver driver = null;
            try {
                driver = new Driver(ctx, operators.get(), this::emit);
                ChunkSource morsel;
                while (!driver.isDone() && !stopping() && (morsel = pending.poll()) != null) {
                    try {
                        driver.run(morsel);
                    } finally {
                        morsel.close();
                    }
                }
                if (!stopping()) driver.finish();
            } catch (Throwable t) {
                if (!(t instanceof Stopped)) error.compareAndSet(null, t);
            } finally {
                try {
                    if (driver != null) driver.close();
                } catch (Throwable t) {
                    error.compareAndSet(null, t);
                }
                stopped.countDown();
                put(END);
            }
        }

        /** Hands a chunk to the consumer, waiting while the queue is full; gives up when the query stops. */
        private void emit(Chunk chunk) {
            if (!put(chunk)) throw new Stopped();
        }

        private boolean put(Object item) {
            try {
                while (!output.offer(item, 20, TimeUnit.MILLISECONDS)) {
                    if (stopping()) return false;
                }
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public Chunk next() {
            if (!started) {
                ctx.checkInterrupted();
                start();
            }
            while (true) {
                rethrow();
                ctx.checkInterrupted();
                if (ended == workers) {
                    rethrow();
                    return null;
                }
                Object item;
                try {
                    item = output.poll(20, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    ctx.cancel();
                    throw new DbException(ErrorCode.QUERY_WAS_CANCELLED, "Query was cancelled");
                }
                if (item == null) continue;
                if (item == END) {
                    ended++;
                    continue;
                }
                return (Chunk) item;
            }
        }

        private void rethrow() {
            Throwable t = error.get();
            if (t != null) {
                DbException e = DbException.wrap(t);
                throw e;
            }
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            output.clear();
            if (!started) {
                for (ChunkSource m : pending) m.close();
                pending.clear();
                return;
            }
            try {
                // Workers notice `closed` between chunks; wait so no operator outlives the query.
                while (!stopped.await(20, TimeUnit.MILLISECONDS)) output.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ChunkSource m;
            while ((m = pending.poll()) != null) m.close();
        }
    }

    /** Unwinds a worker whose consumer went away. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
