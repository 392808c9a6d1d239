package io.strata.server.query;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.query.ClientInfo;
import io.strata.core.settings.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The queries running on this server (ClickHouse's ProcessList): every protocol's queries enter
 * it through the query runner, which is where the limits hold. A query is admitted or refused
 * with TOO_MANY_SIMULTANEOUS_QUERIES (max_concurrent_queries and the per-kind and per-user
 * limits, after waiting up to queue_max_wait_ms for a place), a second query with the id of a
 * running one is refused with QUERY_WITH_SAME_ID_IS_ALREADY_RUNNING unless replace_running_query
 * asks to cancel the first, and each admitted query is granted its worker threads from the
 * server's {@link CpuSlots}. system.processes lists it, KILL QUERY cancels it.
 */
public final class ProcessList {
    /**
     * Server-level limits (ClickHouse's config names). {@code 0} means unlimited, except for the
     * thread budget where 0 means {@code threadSlotsRatioToCores} times the cores.
     */
    public record Limits(int maxConcurrentQueries, int maxConcurrentSelectQueries, int maxConcurrentInsertQueries,
                         int threadSlots, double threadSlotsRatioToCores) {
        public static final Limits DEFAULTS = new Limits(100, 0, 0, 0, 2.0);

        int resolvedThreadSlots() {
            if (threadSlots > 0) return threadSlots;
            return (int) Math.max(1, Math.round(Runtime.getRuntime().availableProcessors() * threadSlotsRatioToCores));
        }
    }

    /** What cancelling a query by id found (ClickHouse's CancellationCode). */
    public enum CancelResult { NOT_FOUND, CANCEL_SENT }

    /** Kinds that the per-kind limits count (ClickHouse's IAST::QueryKind names). */
    static final String SELECT = "Select";
    static final String INSERT = "Insert";

    private final Map<String, RunningQuery> running = new LinkedHashMap<>(); // by query id, in start order
    private final CpuSlots slots;
    private Limits limits;

    public ProcessList(Limits limits) {
        this.limits = limits;
        this.slots = new CpuSlots(limits.resolvedThreadSlots());
    }

    /** Applies the server's limits (at start-up, from its configuration). */
    public synchronized void configure(Limits limits) {
        this.limits = limits;
        slots.resize(limits.resolvedThreadSlots());
        notifyAll();
    }

    public synchronized Limits limits() {
        return limits;
    }

    /**
     * Admits a query or throws. {@code unlimited} queries (KILL QUERY, reads of system.processes)
     * skip the concurrency limits so that an overloaded server can still be inspected and relieved.
     * {@code wantedThreads} is the query's max_threads when it may run parallel pipelines, else 1.
     */
    public RunningQuery start(String queryId, String user, ClientInfo client, String text, String kind, boolean unlimited,
                              Settings settings, String database, int wantedThreads) {
        RunningQuery replaced = null;
        synchronized (this) {
            if (!unlimited) awaitPlace(user, kind, settings);
            RunningQuery existing = running.get(queryId);
            if (existing != null) {
                if (!existing.user().equals(user)) {
                    throw new DbException(ErrorCode.QUERY_WITH_SAME_ID_IS_ALREADY_RUNNING,
                            "Query with id = " + queryId + " is already running by user " + existing.user());
                }
                if (!settings.getBool("replace_running_query")) {
                    throw new DbException(ErrorCode.QUERY_WITH_SAME_ID_IS_ALREADY_RUNNING,
                            "Query with id = " + queryId + " is already running");
                }
                replaced = existing;
            }
        }
        if (replaced != null) {
            // cancelled outside the lock: cancelling touches the query's own contexts only
            replaced.cancel();
            awaitReplaced(queryId, replaced, settings.getLong("replace_running_query_max_wait_ms"));
        }
        synchronized (this) {
            RunningQuery again = running.get(queryId);
            if (again != null) {
                throw new DbException(ErrorCode.QUERY_WITH_SAME_ID_IS_ALREADY_RUNNING,
                        "Query with id = " + queryId + " is already running");
            }
            RunningQuery q = new RunningQuery(this, queryId, user, client, text, kind, unlimited, settings.changed(),
                    database, slots.acquire(Math.max(1, wantedThreads)));
            running.put(queryId, q);
            return q;
        }
    }

    /** Waits (up to queue_max_wait_ms) until every limit has room for one more query; throws when not. */
    private void awaitPlace(String user, String kind, Settings settings) {
        long waitMillis = Math.max(0, settings.getLong("queue_max_wait_ms"));
        long deadline = System.nanoTime() + waitMillis * 1_000_000L;
        while (true) {
            DbException refusal = refusal(user, kind, settings);
            if (refusal == null) return;
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) throw refusal;
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw refusal;
            }
        }
    }

    /** Why one more query cannot start now (ClickHouse's messages), or null when it can. */
    private DbException refusal(String user, String kind, Settings settings) {
        int total = 0, sameKind = 0, sameUser = 0;
        for (RunningQuery q : running.values()) {
            // KILL QUERY and system.processes reads are not counted, as they are not limited
            if (q.unlimited()) continue;
            total++;
            if (q.kind().equals(kind)) sameKind++;
            if (q.user().equals(user)) sameUser++;
        }
        if (limits.maxConcurrentQueries() > 0 && total >= limits.maxConcurrentQueries()) {
            return tooMany("Too many simultaneous queries. Maximum: " + limits.maxConcurrentQueries());
        }
        if (kind.equals(INSERT) && limits.maxConcurrentInsertQueries() > 0 && sameKind >= limits.maxConcurrentInsertQueries()) {
            return tooMany("Too many simultaneous insert queries. Maximum: " + limits.maxConcurrentInsertQueries()
                    + ", current: " + sameKind);
        }
        if (kind.equals(SELECT) && limits.maxConcurrentSelectQueries() > 0 && sameKind >= limits.maxConcurrentSelectQueries()) {
            return tooMany("Too many simultaneous select queries. Maximum: " + limits.maxConcurrentSelectQueries()
                    + ", current: " + sameKind);
        }
        long forAll = settings.getLong("max_concurrent_queries_for_all_users");
        if (forAll > 0 && total >= forAll) {
            return tooMany("Too many simultaneous queries for all users. Current: " + total + ", maximum: " + forAll);
        }
        long forUser = settings.getLong("max_concurrent_queries_for_user");
        if (forUser > 0 && sameUser >= forUser) {
            return tooMany("Too many simultaneous queries for user " + user + ". Current: " + sameUser + ", maximum: " + forUser);
        }
        return null;
    }

    private static DbException tooMany(String message) {
        return new DbException(ErrorCode.TOO_MANY_SIMULTANEOUS_QUERIES, message);
    }

    private synchronized void awaitReplaced(String queryId, RunningQuery replaced, long waitMillis) {
        long deadline = System.nanoTime() + Math.max(0, waitMillis) * 1_000_000L;
        while (running.get(queryId) == replaced) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                throw new DbException(ErrorCode.QUERY_WITH_SAME_ID_IS_ALREADY_RUNNING,
                        "Query with id = " + queryId + " is already running and can't be stopped");
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DbException(ErrorCode.QUERY_WAS_CANCELLED, "Query was cancelled");
            }
        }
    }

    synchronized void remove(RunningQuery q) {
        if (!q.markFinished()) return;
        if (running.get(q.queryId()) == q) running.remove(q.queryId());
        slots.release(q.threads());
        notifyAll();
    }

    /** The running queries, oldest first. */
    public synchronized List<RunningQuery> list() {
        return new ArrayList<>(running.values());
    }

    /** Cancels the query with this id (KILL QUERY). */
    public CancelResult cancel(String queryId) {
        RunningQuery q;
        synchronized (this) {
            q = running.get(queryId);
        }
        if (q == null) return CancelResult.NOT_FOUND;
        q.cancel();
        return CancelResult.CANCEL_SENT;
    }

    /** Whether a query with this id is running now. */
    public synchronized boolean isRunning(String queryId) {
        return running.containsKey(queryId);
    }

    /** Waits up to {@code millis} for the query with this id to be gone; true when it is. */
    public synchronized boolean awaitGone(String queryId, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (running.containsKey(queryId)) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) return false;
            wait(left);
        }
        return true;
    }

    /** Worker-thread slots in use and in total (tests, diagnostics). */
    public int usedThreadSlots() {
        return slots.used();
    }
}
