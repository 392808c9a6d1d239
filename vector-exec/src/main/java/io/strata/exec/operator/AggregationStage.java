package io.strata.exec.operator;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.table.ChunkSource;
import io.strata.exec.driver.Driver;
import io.strata.exec.driver.ExecutionContext;
import io.strata.exec.driver.ParallelPipeline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Parallel hash aggregation: each worker takes morsels from a shared queue, runs them through its
 * own pre-aggregation operators (filter, project) into a thread-local {@link GroupedAggregation},
 * then the thread-local states are merged into one and emitted. The work starts on the first
 * {@link ChunkSource#next()} of the returned source.
 */
public final class AggregationStage {
    private AggregationStage() {
    }

    /** The aggregation's result rows, and (once they were read, before close) its totals. */
    public interface Result extends ChunkSource {
        /** Aggregates over the result rows flagged in {@code include} (all when null), one row; see GroupedAggregation#totals. */
        Column[] totals(byte[] include);
    }

    /** As {@link #run(ExecutionContext, List, Supplier, int[], List, boolean)} with the ClickHouse default: one row without GROUP BY. */
    public static Result run(ExecutionContext ctx, List<ChunkSource> morsels, Supplier<List<Operator>> preAggregation,
                                  int[] groupChannels, List<AggregateCall> aggregates) {
        return run(ctx, morsels, preAggregation, groupChannels, aggregates, false);
    }

    /**
     * Output columns: the group keys (in {@code groupChannels} order, input types) then one per
     * aggregate, in chunks of at most {@code ctx.blockSize()} rows. Without GROUP BY the result is
     * one row even for empty input (count() = 0...), unless {@code emptyResultForNoGroups} asks
     * for no row when nothing was aggregated.
     */
    public static Result run(ExecutionContext ctx, List<ChunkSource> morsels, Supplier<List<Operator>> preAggregation,
                                  int[] groupChannels, List<AggregateCall> aggregates, boolean emptyResultForNoGroups) {
        int[] keys = groupChannels.clone();
        List<AggregateCall> calls = List.copyOf(aggregates);
        return new Result() {
            @Override
            public Column[] totals(byte[] include) {
                if (state == null) throw new IllegalStateException("totals before the result was read");
                return state.totals(include);
            }

            private Iterator<Chunk> result;
            private GroupedAggregation state;
            private boolean closed;
            private boolean started;

            @Override
            public Chunk next() {
                if (result == null) {
                    started = true;
                    state = aggregate(ctx, morsels, preAggregation, keys, calls);
                    result = keys.length == 0 && emptyResultForNoGroups && state.rowsAdded() == 0
                            ? Collections.emptyIterator() : state.result(ctx.blockSize());
                }
                ctx.checkInterrupted();
                return result.hasNext() ? result.next() : null;
            }

            @Override
            public void close() {
                if (closed) return;
                closed = true;
                if (state != null) state.close();
                // Morsels taken by workers were closed by them; close only the ones never started.
                if (!started) for (ChunkSource m : morsels) m.close();
            }
        };
    }

    private static GroupedAggregation aggregate(ExecutionContext ctx, List<ChunkSource> morsels,
                                                Supplier<List<Operator>> preAggregation, int[] keys, List<AggregateCall> calls) {
        ConcurrentLinkedQueue<ChunkSource> queue = new ConcurrentLinkedQueue<>(morsels);
        try {
            return aggregate(ctx, queue, morsels.size(), preAggregation, keys, calls);
        } finally {
            // After an error or cancellation some morsels were never taken.
            ChunkSource m;
            while ((m = queue.poll()) != null) m.close();
        }
    }

    private static GroupedAggregation aggregate(ExecutionContext ctx, ConcurrentLinkedQueue<ChunkSource> queue, int morselCount,
                                                Supplier<List<Operator>> preAggregation, int[] keys, List<AggregateCall> calls) {
        int workers = Math.max(1, Math.min(ctx.maxThreads(), morselCount));
        if (workers == 1) {
            GroupedAggregation state = new GroupedAggregation(ctx, keys, calls);
            try {
                work(ctx, queue, preAggregation, state, () -> false);
                return state;
            } catch (RuntimeException e) {
                state.close();
                throw e;
            }
        }
        List<GroupedAggregation> states = new ArrayList<>(workers);
        for (int i = 0; i < workers; i++) states.add(new GroupedAggregation(ctx, keys, calls));
        AtomicReference<Throwable> error = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(workers);
        for (int i = 0; i < workers; i++) {
            GroupedAggregation state = states.get(i);
            ParallelPipeline.executor().execute(() -> {
                try {
                    work(ctx, queue, preAggregation, state, () -> error.get() != null);
                } catch (Throwable t) {
                    error.compareAndSet(null, t);
                } finally {
                    done.countDown();
                }
            });
        }
        try {
            // Workers check cancellation themselves between chunks.
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ctx.cancel();
            error.compareAndSet(null, e);
            awaitQuietly(done);
        }
        try {
            if (error.get() != null) throw DbException.wrap(error.get());
            ctx.checkInterrupted();
            // Merge into the largest state: fewer inserts into the final table.
            GroupedAggregation target = states.getFirst();
            for (GroupedAggregation s : states) if (s.groupCount() > target.groupCount()) target = s;
            for (GroupedAggregation s : states) {
                if (s == target) continue;
                ctx.checkInterrupted();
                target.mergeFrom(s);
            }
            return target;
        } catch (RuntimeException e) {
            for (GroupedAggregation s : states) s.close();
            throw e;
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private static void work(ExecutionContext ctx, ConcurrentLinkedQueue<ChunkSource> queue, Supplier<List<Operator>> preAggregation,
                             GroupedAggregation state, java.util.function.BooleanSupplier stop) {
        try (Driver driver = new Driver(ctx, preAggregation.get(), state::add)) {
            ChunkSource morsel;
            while (!driver.isDone() && !stop.getAsBoolean() && (morsel = queue.poll()) != null) {
                try {
                    Chunk chunk;
                    while (!driver.isDone() && !stop.getAsBoolean()) {
                        ctx.checkInterrupted();
                        if ((chunk = morsel.next()) == null) break;
                        driver.process(chunk);
                    }
                } finally {
                    morsel.close();
                }
            }
            if (!stop.getAsBoolean()) driver.finish();
        }
    }
}
