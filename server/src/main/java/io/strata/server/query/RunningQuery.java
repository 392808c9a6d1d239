package io.strata.server.query;

import io.strata.core.query.ClientInfo;
import io.strata.core.query.QueryProgress;
import io.strata.exec.driver.ExecutionContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One query in the {@link ProcessList} (ClickHouse's QueryStatus): who runs it, its text, and the
 * execution contexts it has created, which is what cancelling it stops and what system.processes
 * sums for rows read and memory. Contexts join it through {@link ExecutionContext#OWNER} while
 * the runner works on the query.
 */
public final class RunningQuery implements ExecutionContext.Owner {
    private final ProcessList list;
    private final String queryId;
    private final String user;
    private final ClientInfo client;
    private final String text;
    private final String kind;
    private final boolean unlimited;
    private final Map<String, String> settings;
    private final String database;
    private final int threads;
    private final long startNanos = System.nanoTime();
    private final List<ExecutionContext> contexts = new ArrayList<>();
    private volatile boolean cancelled;
    private boolean finished; // guarded by list

    RunningQuery(ProcessList list, String queryId, String user, ClientInfo client, String text, String kind,
                 boolean unlimited, Map<String, String> settings, String database, int threads) {
        this.list = list;
        this.queryId = queryId;
        this.user = user;
        this.client = client;
        this.text = text;
        this.kind = kind;
        this.unlimited = unlimited;
        this.settings = Map.copyOf(settings);
        this.database = database;
        this.threads = threads;
    }

    public String queryId() { return queryId; }
    public String user() { return user; }
    public ClientInfo client() { return client; }
    /** The query text as system.processes shows it (an INSERT without its inline data). */
    public String text() { return text; }
    /** ClickHouse's query kind name: Select, Insert, Create, Alter, KillQuery... */
    public String kind() { return kind; }
    /** KILL QUERY and reads of system.processes: they run even when the limits are reached. */
    boolean unlimited() { return unlimited; }
    /** The settings changed for this query (session, request and SETTINGS clause). */
    public Map<String, String> settings() { return settings; }
    public String database() { return database; }
    /** Worker threads the server granted this query (at most its max_threads). */
    public int threads() { return threads; }
    public boolean isCancelled() { return cancelled; }

    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    @Override
    public void adopt(ExecutionContext context) {
        context.limitThreads(threads);
        context.startedAt(startNanos);
        synchronized (contexts) {
            contexts.add(context);
        }
        if (cancelled) context.cancel();
    }

    /** Stops the query: every context it has, and every one it creates from now on, is cancelled. */
    public void cancel() {
        cancelled = true;
        for (ExecutionContext c : contexts()) c.cancel();
    }

    /** Leaves the process list (idempotent): the query is done, failed or was closed. */
    public void finish() {
        list.remove(this);
    }

    /** Called by the list under its lock: true the first time. */
    boolean markFinished() {
        if (finished) return false;
        finished = true;
        return true;
    }

    private List<ExecutionContext> contexts() {
        synchronized (contexts) {
            return List.copyOf(contexts);
        }
    }

    /** The progress counters of the query's contexts, each once (contexts may share one). */
    private List<QueryProgress> progresses() {
        Set<QueryProgress> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<QueryProgress> out = new ArrayList<>();
        for (ExecutionContext c : contexts()) if (seen.add(c.progress())) out.add(c.progress());
        return out;
    }

    public long readRows() {
        long n = 0;
        for (QueryProgress p : progresses()) n += p.readRows.get();
        return n;
    }

    public long readBytes() {
        long n = 0;
        for (QueryProgress p : progresses()) n += p.readBytes.get();
        return n;
    }

    public long totalRowsApprox() {
        long n = 0;
        for (QueryProgress p : progresses()) n += p.totalRowsToRead.get();
        return n;
    }

    public long writtenRows() {
        long n = 0;
        for (QueryProgress p : progresses()) n += p.writtenRows.get();
        return n;
    }

    public long writtenBytes() {
        long n = 0;
        for (QueryProgress p : progresses()) n += p.writtenBytes.get();
        return n;
    }

    /** Bytes the query's tracked structures (hash tables, sort buffers) hold now. */
    public long memoryUsage() {
        long n = 0;
        for (ExecutionContext c : contexts()) n += c.memory().used();
        return n;
    }

    /**
     * The peak of {@link #memoryUsage()}, as the sum of each context's own peak: exact for the
     * usual single context, an upper bound when subqueries had their own.
     */
    public long peakMemoryUsage() {
        long n = 0;
        for (ExecutionContext c : contexts()) n += c.memory().peak();
        return n;
    }
}
