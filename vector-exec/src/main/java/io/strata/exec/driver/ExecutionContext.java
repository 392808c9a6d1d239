package io.strata.exec.driver;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.query.QueryProgress;
import io.strata.core.settings.Settings;

/** What operators of one query share: settings, memory accounting, progress and cancellation. */
public final class ExecutionContext {
    private final Settings settings;
    private final FunctionContext functionContext;
    private final QueryProgress progress;
    private final MemoryTracker memory;
    private final long deadlineNanos; // 0 = none
    private volatile boolean cancelled;

    public ExecutionContext(Settings settings, FunctionContext functionContext, QueryProgress progress) {
        this.settings = settings;
        this.functionContext = functionContext;
        this.progress = progress;
        this.memory = new MemoryTracker(settings.getLong("max_memory_usage"));
        long maxSeconds = settings.getLong("max_execution_time");
        this.deadlineNanos = maxSeconds > 0 ? progress.startNanos + maxSeconds * 1_000_000_000L : 0;
    }

    public Settings settings() { return settings; }
    public FunctionContext functionContext() { return functionContext; }
    public QueryProgress progress() { return progress; }
    public MemoryTracker memory() { return memory; }
    public int maxThreads() { return settings.maxThreads(); }
    public int blockSize() { return settings.maxBlockSize(); }

    public void cancel() { cancelled = true; }
    public boolean isCancelled() { return cancelled; }

    /** Called by drivers between chunks: stops a cancelled or timed-out query promptly. */
    public void checkInterrupted() {
        if (cancelled) {
            throw new DbException(ErrorCode.QUERY_WAS_CANCELLED, "Query was cancelled");
        }
        if (deadlineNanos != 0 && System.nanoTime() > deadlineNanos) {
            throw new DbException(ErrorCode.TIMEOUT_EXCEEDED, "Timeout exceeded: elapsed "
                    + (System.nanoTime() - progress.startNanos) / 1e9 + " seconds, maximum: " + settings.getLong("max_execution_time"));
        }
    }
}
