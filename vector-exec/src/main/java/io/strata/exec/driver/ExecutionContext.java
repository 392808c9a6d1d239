package io.strata.exec.driver;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.query.QueryProgress;
import io.strata.core.settings.Settings;

/** What operators of one query share: settings, memory accounting, progress and cancellation. */
public final class ExecutionContext {
    /**
     * The running query a context belongs to. The query runner binds {@link #OWNER} while it works
     * on a query, and every context created meanwhile (the main pipeline, subqueries run at plan
     * time, the SELECT of an INSERT) is handed to it: that is how a KILL QUERY, a client that went
     * away or the server's thread budget reaches all of a query's work without each call site
     * passing the query along.
     */
    public interface Owner {
        /** Called at the end of the constructor of each context created while this owner is bound. */
        void adopt(ExecutionContext context);
    }

    public static final ScopedValue<Owner> OWNER = ScopedValue.newInstance();

    private final Settings settings;
    private final FunctionContext functionContext;
    private final QueryProgress progress;
    private final MemoryTracker memory;
    private final long maxExecutionNanos; // 0 = none
    private final boolean breakOnTimeout; // timeout_overflow_mode = 'break'
    private volatile long startNanos;     // max_execution_time counts from here
    private volatile int threadLimit = Integer.MAX_VALUE;
    private volatile boolean cancelled;

    public ExecutionContext(Settings settings, FunctionContext functionContext, QueryProgress progress) {
        this.settings = settings;
        this.functionContext = functionContext;
        this.progress = progress;
        this.memory = new MemoryTracker(settings.getLong("max_memory_usage"));
        double maxSeconds = settings.getDouble("max_execution_time");
        this.maxExecutionNanos = maxSeconds > 0 ? Math.max(1, (long) (maxSeconds * 1e9)) : 0;
        this.breakOnTimeout = settings.getString("timeout_overflow_mode").trim().equalsIgnoreCase("break");
        this.startNanos = progress.startNanos;
        if (OWNER.isBound()) OWNER.get().adopt(this);
    }

    public Settings settings() { return settings; }
    public FunctionContext functionContext() { return functionContext; }
    public QueryProgress progress() { return progress; }
    public MemoryTracker memory() { return memory; }
    /** Threads this query may use: max_threads, capped by what the server granted it. */
    public int maxThreads() { return Math.min(settings.maxThreads(), threadLimit); }
    public int blockSize() { return settings.maxBlockSize(); }

    /** Caps {@link #maxThreads()} (the server's share of worker threads for this query; at least 1). */
    public void limitThreads(int threads) {
        this.threadLimit = Math.max(1, threads);
    }

    /** Counts max_execution_time from {@code nanos} (System.nanoTime()): the query's start, not this context's. */
    public void startedAt(long nanos) {
        this.startNanos = nanos;
    }

    public void cancel() { cancelled = true; }
    public boolean isCancelled() { return cancelled; }

    /**
     * With {@code timeout_overflow_mode = 'break'}: whether max_execution_time has passed, so
     * sources should end as if their data ran out and the query return what it has.
     */
    public boolean timeLimitReached() {
        return breakOnTimeout && maxExecutionNanos != 0 && System.nanoTime() - startNanos > maxExecutionNanos;
    }

    /** Called by drivers between chunks: stops a cancelled or timed-out query promptly. */
    public void checkInterrupted() {
        if (cancelled) {
            throw new DbException(ErrorCode.QUERY_WAS_CANCELLED, "Query was cancelled");
        }
        if (maxExecutionNanos != 0 && !breakOnTimeout) {
            long elapsed = System.nanoTime() - startNanos;
            if (elapsed > maxExecutionNanos) {
                throw new DbException(ErrorCode.TIMEOUT_EXCEEDED, "Timeout exceeded: elapsed " + elapsed / 1e9
                        + " seconds, maximum: " + seconds(maxExecutionNanos));
            }
        }
    }

    /** A limit in seconds as ClickHouse prints it: 1, 0.5. */
    private static String seconds(long nanos) {
        double s = nanos / 1e9;
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }
}
