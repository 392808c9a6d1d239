package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end against a real server process limited to two simultaneous queries: running queries
 * show in system.processes, KILL QUERY stops them (their client gets QUERY_WAS_CANCELLED), a
 * client that hangs up cancels its query, a third query beyond the limit gets 503 with
 * TOO_MANY_SIMULTANEOUS_QUERIES, max_execution_time stops a query with TIMEOUT_EXCEEDED, and a
 * running query id cannot be reused unless replace_running_query asks for it.
 *
 * <p>The slow queries would run for many minutes (sleepEachRow on one-row blocks), far longer than
 * any deadline here, so a query that is gone within a deadline was stopped, not finished.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class RunningQueriesServerTest {
    /** Runs for 500 s or more (1000 one-row blocks of 1 s over at most 2 threads) unless stopped. */
    private static final String SLOW = "SELECT sleepEachRow(1) FROM numbers(1000) SETTINGS max_block_size = 1";
    /** How long a test waits for something that should happen within a second or two. */
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    static Path data;
    private static ServerProcess server;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    @BeforeAll
    static void start() throws Exception {
        server = ServerProcess.start(data, List.of("--max-concurrent-queries", "2"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
        http.shutdownNow();
    }

    private static URI uri(Map<String, String> params) {
        StringBuilder url = new StringBuilder("http://127.0.0.1:").append(server.httpPort()).append('/');
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            url.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return URI.create(url.toString());
    }

    /** Sends a query without waiting for its answer. */
    private static CompletableFuture<HttpResponse<String>> startQuery(String sql, Map<String, String> params) {
        return http.sendAsync(HttpRequest.newBuilder(uri(params)).POST(HttpRequest.BodyPublishers.ofString(sql)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> query(String sql, Map<String, String> params) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(params)).POST(HttpRequest.BodyPublishers.ofString(sql)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String ok(String sql) throws Exception {
        HttpResponse<String> r = query(sql, Map.of());
        assertEquals(200, r.statusCode(), () -> sql + " -> " + r.body() + "\nserver output:\n" + server.output());
        return r.body();
    }

    private static String exceptionCode(HttpResponse<String> r) {
        return r.headers().firstValue("X-ClickHouse-Exception-Code").orElse("");
    }

    private static boolean running(String queryId) throws Exception {
        return ok("SELECT count() FROM system.processes WHERE query_id = '" + queryId + "'").strip().equals("1");
    }

    private static void awaitRunning(String queryId) throws Exception {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!running(queryId)) {
            assertTrue(System.nanoTime() < end, "query " + queryId + " never showed in system.processes");
            Thread.sleep(50);
        }
    }

    private static void awaitGone(String queryId) throws Exception {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (running(queryId)) {
            assertTrue(System.nanoTime() < end, "query " + queryId + " is still running:\n"
                    + ok("SELECT query_id, elapsed, is_cancelled, query FROM system.processes"));
            Thread.sleep(50);
        }
    }

    private static HttpResponse<String> await(CompletableFuture<HttpResponse<String>> f) throws Exception {
        return f.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void killQueryStopsARunningQueryAndItsClientIsTold() throws Exception {
        CompletableFuture<HttpResponse<String>> slow = startQuery(SLOW, Map.of("query_id", "kill-me"));
        awaitRunning("kill-me");
        assertEquals("default\tkill-me\t::ffff:127.0.0.1\t2\t2\tSelect\t0\t1\t" + SLOW + "\n",
                ok("SELECT user, query_id, address, interface, http_method, query_kind, is_cancelled, elapsed > 0, query"
                        + " FROM system.processes WHERE query_id = 'kill-me'"));
        // the reading query sees itself, as in ClickHouse
        assertEquals("1\n", ok("SELECT count() FROM system.processes WHERE query LIKE '%see myself%' -- see myself"));

        assertEquals("finished\tkill-me\tdefault\t" + SLOW + "\n", ok("KILL QUERY WHERE query_id = 'kill-me' SYNC"));
        assertTrue(!running("kill-me"), "SYNC returns once the query has stopped");
        HttpResponse<String> killed = await(slow);
        assertEquals(500, killed.statusCode(), killed::body);
        assertEquals("394", exceptionCode(killed), killed::body);
        assertTrue(killed.body().contains("Query was cancelled") && killed.body().contains("QUERY_WAS_CANCELLED"), killed::body);

        // ASYNC (the default) answers at once with 'waiting'; a condition matching nothing answers nothing
        CompletableFuture<HttpResponse<String>> other = startQuery(SLOW, Map.of("query_id", "kill-me-too"));
        awaitRunning("kill-me-too");
        assertEquals("waiting\tkill-me-too\tdefault\t" + SLOW + "\n",
                ok("KILL QUERY WHERE query_id = 'kill-me-too' AND user = 'default'"));
        assertEquals("394", exceptionCode(await(other)));
        awaitGone("kill-me-too");
        assertEquals("", ok("KILL QUERY WHERE query_id = 'no-such-query'"));
    }

    @Test
    void aClientThatHangsUpCancelsItsQuery() throws Exception {
        byte[] sql = SLOW.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", server.httpPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /?query_id=hang-up HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + sql.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(sql);
            out.flush();
            awaitRunning("hang-up");
        }
        awaitGone("hang-up");
    }

    @Test
    void aQueryBeyondMaxConcurrentQueriesGets503() throws Exception {
        CompletableFuture<HttpResponse<String>> first = startQuery(SLOW, Map.of("query_id", "busy-1"));
        CompletableFuture<HttpResponse<String>> second = startQuery(SLOW, Map.of("query_id", "busy-2"));
        awaitRunning("busy-1");
        awaitRunning("busy-2");
        HttpResponse<String> third = query(SLOW, Map.of("query_id", "busy-3"));
        assertEquals(503, third.statusCode(), third::body);
        assertEquals("202", exceptionCode(third), third::body);
        assertEquals("Code: 202. DB::Exception: Too many simultaneous queries. Maximum: 2. (TOO_MANY_SIMULTANEOUS_QUERIES) (version 0.1.0)\n",
                third.body());

        // KILL QUERY is not limited: an overloaded server can still be relieved
        List<String> killed = ok("KILL QUERY WHERE query_id LIKE 'busy-%' SYNC").lines().sorted().toList();
        assertEquals(List.of("finished\tbusy-1\tdefault\t" + SLOW, "finished\tbusy-2\tdefault\t" + SLOW), killed);
        assertEquals("394", exceptionCode(await(first)));
        assertEquals("394", exceptionCode(await(second)));
        assertEquals("1\n", ok("SELECT 1"));
    }

    @Test
    void maxExecutionTimeStopsAQuery() throws Exception {
        HttpResponse<String> r = query(SLOW, Map.of("max_execution_time", "1"));
        assertEquals("159", exceptionCode(r), r::body);
        assertTrue(r.body().startsWith("Code: 159. DB::Exception: Timeout exceeded: elapsed "), r::body);
        assertTrue(r.body().contains(" seconds, maximum: 1. (TIMEOUT_EXCEEDED)"), r::body);

        // with timeout_overflow_mode = 'break' the query ends normally with what it had
        Map<String, String> breakMode = new LinkedHashMap<>();
        breakMode.put("max_execution_time", "1");
        breakMode.put("timeout_overflow_mode", "break");
        HttpResponse<String> partial = query(SLOW, breakMode);
        assertEquals(200, partial.statusCode(), partial::body);
        long rows = partial.body().lines().count();
        assertTrue(rows > 0 && rows < 1000, "partial result of " + rows + " rows");
    }

    @Test
    void aRunningQueryIdIsRefusedUnlessReplaceRunningQuery() throws Exception {
        CompletableFuture<HttpResponse<String>> first = startQuery(SLOW, Map.of("query_id", "same-id"));
        awaitRunning("same-id");
        HttpResponse<String> again = query("SELECT 1", Map.of("query_id", "same-id"));
        assertEquals("216", exceptionCode(again), again::body);
        assertTrue(again.body().contains("Query with id = same-id is already running"), again::body);

        Map<String, String> replace = new LinkedHashMap<>();
        replace.put("query_id", "same-id");
        replace.put("replace_running_query", "1");
        HttpResponse<String> replaced = query("SELECT 42", replace);
        assertEquals(200, replaced.statusCode(), replaced::body);
        assertEquals("42\n", replaced.body());
        assertEquals("394", exceptionCode(await(first)));
        awaitGone("same-id");
    }

    @Test
    void nativeProtocolQueriesShareTheProcessListAndKillQuery() throws Exception {
        try (NativeTestClient client = NativeTestClient.connect(server.tcpPort())) {
            client.query(SLOW);
            long end = System.nanoTime() + DEADLINE.toNanos();
            while (!ok("SELECT count() FROM system.processes WHERE interface = 1").strip().equals("1")) {
                assertTrue(System.nanoTime() < end, "the native query never showed in system.processes");
                Thread.sleep(50);
            }
            assertEquals("default\t::ffff:127.0.0.1\t1\t0\tstrata-test\tSelect\t" + SLOW + "\n",
                    ok("SELECT user, address, interface, http_method, client_name, query_kind, query"
                            + " FROM system.processes WHERE interface = 1"));
            assertTrue(ok("KILL QUERY WHERE interface = 1 SYNC").startsWith("finished\t"));
            List<NativeTestClient.Packet> packets = client.readToEnd();
            NativeTestClient.Packet last = packets.getLast();
            assertTrue(last.is(io.strata.nativeproto.Protocol.SERVER_EXCEPTION), () -> "the client was not told: " + packets);
            assertEquals(394, last.error().code(), last.error()::toString);
            // the connection carries on
            assertEquals("1\n", client.select("SELECT 1"));
        }
        // a native client that hangs up mid-query cancels it, as an HTTP client does
        NativeTestClient gone = NativeTestClient.connect(server.tcpPort());
        gone.query(SLOW);
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!ok("SELECT count() FROM system.processes WHERE interface = 1").strip().equals("1")) {
            assertTrue(System.nanoTime() < end, "the native query never showed in system.processes");
            Thread.sleep(50);
        }
        gone.close();
        while (!ok("SELECT count() FROM system.processes WHERE interface = 1").strip().equals("0")) {
            assertTrue(System.nanoTime() < end, "the query of a client that hung up is still running");
            Thread.sleep(50);
        }
    }
}
