package io.strata.server.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.query.ClientInfo;
import io.strata.core.query.QueryCancellation;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryProgress;
import io.strata.core.query.QueryRequest;
import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.exec.driver.ExecutionContext;
import io.strata.server.Engine;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The process list's rules in-process: the concurrency limits and their messages, waiting for a
 * place, duplicate query ids, the worker-thread budget, and cancellation reaching work that runs
 * inside the runner's execute (a subquery at plan time, an INSERT ... SELECT).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ProcessListTest {
    private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(60);

    private static RunningQuery start(ProcessList list, String id, String kind, Settings settings, int threads) {
        return list.start(id, "default", ClientInfo.IN_PROCESS, "SELECT " + id, kind, false, settings, "default", threads);
    }

    private static RunningQuery start(ProcessList list, String id) {
        return start(list, id, ProcessList.SELECT, Settings.DEFAULTS, 1);
    }

    private static DbException refused(Runnable r) {
        return assertThrows(DbException.class, r::run);
    }

    @Test
    void maxConcurrentQueriesRefusesTheNextQueryAndAdmitsItOnceOneEnds() {
        ProcessList list = new ProcessList(new ProcessList.Limits(2, 0, 0, 4, 1));
        RunningQuery a = start(list, "a");
        start(list, "b");
        DbException e = refused(() -> start(list, "c"));
        assertEquals(ErrorCode.TOO_MANY_SIMULTANEOUS_QUERIES, e.code());
        assertEquals("Too many simultaneous queries. Maximum: 2", e.getMessage());
        // KILL QUERY and reads of system.processes are not refused
        list.start("k", "default", ClientInfo.IN_PROCESS, "KILL QUERY WHERE 1", "KillQuery", true, Settings.DEFAULTS, "default", 1);
        a.finish();
        a.finish(); // idempotent: one place freed, not two
        start(list, "c");
        assertEquals(ErrorCode.TOO_MANY_SIMULTANEOUS_QUERIES, refused(() -> start(list, "d")).code());
    }

    @Test
    void perKindAndPerUserLimits() {
        ProcessList list = new ProcessList(new ProcessList.Limits(0, 1, 1, 4, 1));
        start(list, "s1");
        assertEquals("Too many simultaneous select queries. Maximum: 1, current: 1",
                refused(() -> start(list, "s2")).getMessage());
        start(list, "i1", ProcessList.INSERT, Settings.DEFAULTS, 1);
        assertEquals("Too many simultaneous insert queries. Maximum: 1, current: 1",
                refused(() -> start(list, "i2", ProcessList.INSERT, Settings.DEFAULTS, 1)).getMessage());
        start(list, "c1", "Create", Settings.DEFAULTS, 1);

        Settings perUser = Settings.DEFAULTS.with("max_concurrent_queries_for_user", "3");
        assertEquals("Too many simultaneous queries for user default. Current: 3, maximum: 3",
                refused(() -> start(list, "c2", "Create", perUser, 1)).getMessage());
        Settings forAll = Settings.DEFAULTS.with("max_concurrent_queries_for_all_users", "2");
        assertEquals("Too many simultaneous queries for all users. Current: 3, maximum: 2",
                refused(() -> start(list, "c3", "Create", forAll, 1)).getMessage());
    }

    @Test
    void queueMaxWaitMsWaitsForAPlace() throws Exception {
        ProcessList list = new ProcessList(new ProcessList.Limits(1, 0, 0, 4, 1));
        RunningQuery first = start(list, "first");
        Settings patient = Settings.DEFAULTS.with("queue_max_wait_ms", "60000");
        CompletableFuture<RunningQuery> second = new CompletableFuture<>();
        Thread waiter = Thread.ofPlatform().start(() -> {
            try {
                second.complete(start(list, "second", ProcessList.SELECT, patient, 1));
            } catch (Throwable t) {
                second.completeExceptionally(t);
            }
        });
        long end = System.nanoTime() + DEADLINE_NANOS;
        while (waiter.getState() != Thread.State.TIMED_WAITING) {
            assertTrue(System.nanoTime() < end, "the second query never waited");
            Thread.sleep(5);
        }
        assertFalse(second.isDone());
        first.finish();
        assertEquals("second", second.get(60, TimeUnit.SECONDS).queryId());
    }

    @Test
    void aRunningQueryIdIsRefusedOrReplaced() throws Exception {
        ProcessList list = new ProcessList(ProcessList.Limits.DEFAULTS);
        RunningQuery first = start(list, "same");
        DbException e = refused(() -> start(list, "same"));
        assertEquals(ErrorCode.QUERY_WITH_SAME_ID_IS_ALREADY_RUNNING, e.code());
        assertEquals("Query with id = same is already running", e.getMessage());
        DbException other = refused(() -> list.start("same", "bob", ClientInfo.IN_PROCESS, "SELECT 1", ProcessList.SELECT,
                false, Settings.DEFAULTS.with("replace_running_query", "1"), "default", 1));
        assertEquals("Query with id = same is already running by user default", other.getMessage());

        // replace_running_query cancels the running one and waits for it to end
        Settings replace = Settings.DEFAULTS.with("replace_running_query", "1").with("replace_running_query_max_wait_ms", "60000");
        CompletableFuture<RunningQuery> replacing = CompletableFuture.supplyAsync(
                () -> start(list, "same", ProcessList.SELECT, replace, 1));
        long end = System.nanoTime() + DEADLINE_NANOS;
        while (!first.isCancelled()) {
            assertTrue(System.nanoTime() < end, "the running query was never cancelled");
            Thread.sleep(5);
        }
        first.finish();
        RunningQuery second = replacing.get(60, TimeUnit.SECONDS);
        assertTrue(second != first && !second.isCancelled());

        // a query that does not stop in time is not replaced
        Settings impatient = Settings.DEFAULTS.with("replace_running_query", "1").with("replace_running_query_max_wait_ms", "1");
        assertEquals("Query with id = same is already running and can't be stopped",
                refused(() -> start(list, "same", ProcessList.SELECT, impatient, 1)).getMessage());
    }

    @Test
    void queriesShareTheThreadBudgetAndEachGetsAtLeastOne() {
        ProcessList list = new ProcessList(new ProcessList.Limits(0, 0, 0, 3, 1));
        RunningQuery a = start(list, "a", ProcessList.SELECT, Settings.DEFAULTS, 2);
        RunningQuery b = start(list, "b", ProcessList.SELECT, Settings.DEFAULTS, 2);
        RunningQuery c = start(list, "c", ProcessList.SELECT, Settings.DEFAULTS, 2);
        assertEquals(2, a.threads());
        assertEquals(1, b.threads());
        assertEquals(1, c.threads());
        assertEquals(4, list.usedThreadSlots());
        a.finish();
        assertEquals(2, list.usedThreadSlots());
        assertEquals(1, start(list, "d", ProcessList.SELECT, Settings.DEFAULTS, 2).threads());

        // a context created for the query is held to its share and counts time from the query's start
        Settings settings = Settings.DEFAULTS.with("max_threads", "8");
        ExecutionContext ctx = ScopedValue.where(ExecutionContext.OWNER, b).call(() ->
                new ExecutionContext(settings, new FunctionContext(ZoneId.of("UTC"), Instant.now(), settings), new QueryProgress()));
        assertEquals(1, ctx.maxThreads());
        b.cancel();
        assertTrue(ctx.isCancelled());
        ExecutionContext late = ScopedValue.where(ExecutionContext.OWNER, b).call(() ->
                new ExecutionContext(settings, new FunctionContext(ZoneId.of("UTC"), Instant.now(), settings), new QueryProgress()));
        assertTrue(late.isCancelled(), "a context created after the cancellation starts cancelled");
    }

    /** Runs {@code sql} on its own thread; the future completes with the error that stopped it. */
    private static CompletableFuture<Void> runAsync(Engine engine, String sql, String id, QueryCancellation cancellation) {
        QuerySession session = new QuerySession("default", "default", Settings.DEFAULTS);
        return CompletableFuture.runAsync(() -> {
            try (QueryExecution e = engine.runner().execute(new QueryRequest(sql, session, Map.of(), Map.of(), null, id,
                    null, cancellation))) {
                while (e.next() != null) {
                    // pull to the end
                }
            }
        });
    }

    private static void awaitRunning(Engine engine, String id) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE_NANOS;
        while (engine.processes().list().stream().noneMatch(q -> q.queryId().equals(id))) {
            assertTrue(System.nanoTime() < end, "query " + id + " never started");
            Thread.sleep(5);
        }
    }

    private static ErrorCode failure(CompletableFuture<Void> f) throws Exception {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(60, TimeUnit.SECONDS));
        return DbException.wrap(e.getCause()).code();
    }

    @Test
    void cancellationReachesWorkDoneInsideExecute() throws Exception {
        try (Engine engine = Engine.open(null)) {
            // an IN subquery runs to completion at plan time, inside execute(): KILL reaches it
            CompletableFuture<Void> subquery = runAsync(engine, "SELECT 1 WHERE 1 IN (SELECT sleepEachRow(0.5) FROM numbers(1000)"
                    + " SETTINGS max_block_size = 1)", "in-subquery", null);
            awaitRunning(engine, "in-subquery");
            assertEquals(ProcessList.CancelResult.CANCEL_SENT, engine.processes().cancel("in-subquery"));
            assertEquals(ErrorCode.QUERY_WAS_CANCELLED, failure(subquery));

            // an INSERT ... SELECT writes inside execute(): the protocol's cancellation stops it, nothing is committed
            QuerySession session = new QuerySession("default", "default", Settings.DEFAULTS);
            engine.runner().execute(new QueryRequest("CREATE TABLE t (x UInt8) ENGINE = MergeTree ORDER BY x", session,
                    Map.of(), Map.of(), null, "create")).close();
            QueryCancellation hangUp = new QueryCancellation();
            CompletableFuture<Void> insert = runAsync(engine, "INSERT INTO t SELECT sleepEachRow(0.5) FROM numbers(1000)"
                    + " SETTINGS max_block_size = 1", "insert-select", hangUp);
            awaitRunning(engine, "insert-select");
            hangUp.cancel();
            assertEquals(ErrorCode.QUERY_WAS_CANCELLED, failure(insert));
            assertTrue(engine.processes().list().isEmpty(), "every query left the list");
            try (QueryExecution count = engine.runner().execute(new QueryRequest("SELECT count() FROM t", session, Map.of(),
                    Map.of(), null, "count"))) {
                assertEquals(0L, count.next().column(0).getObject(0));
            }
        }
    }
}
