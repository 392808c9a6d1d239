package io.strata.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.LongColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.query.ClientInfo;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryProgress;
import io.strata.core.query.QueryRequest;
import io.strata.core.query.QueryRunner;
import io.strata.core.settings.Settings;
import io.strata.core.type.DataTypes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP interface over real loopback sockets, against a small scripted runner. */
class HttpServerTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static ScriptedRunner runner;
    private static HttpServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        runner = new ScriptedRunner();
        server = new HttpServer(runner, "127.0.0.1", 0, ZONE);
        server.start();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String pathAndQuery, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pingAndRootAnswerOk() throws Exception {
        assertEquals("Ok.\n", get("/ping").body());
        assertEquals("Ok.\n", get("/").body());
        HttpResponse<String> head = client.send(HttpRequest.newBuilder(uri("/ping")).method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(404, get("/nowhere").statusCode());
    }

    @Test
    void getRunsQueryAndSendsClickHouseHeaders() throws Exception {
        HttpResponse<String> r = get("/?query=" + enc("SELECT number FROM numbers(3)"));
        assertEquals(200, r.statusCode());
        assertEquals("0\n1\n2\n", r.body());
        assertEquals("TabSeparated", r.headers().firstValue("X-ClickHouse-Format").orElseThrow());
        assertEquals("Europe/Amsterdam", r.headers().firstValue("X-ClickHouse-Timezone").orElseThrow());
        assertEquals("text/tab-separated-values; charset=UTF-8", r.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(r.headers().firstValue("X-ClickHouse-Query-Id").orElseThrow().isEmpty());
        String summary = r.headers().firstValue("X-ClickHouse-Summary").orElseThrow();
        assertTrue(summary.startsWith("{\"read_rows\":\"3\",\"read_bytes\":\"24\""), summary);
        assertEquals("2", runner.last.settings().get("readonly"), "GET implies readonly=2");
    }

    @Test
    void postBodyIsTheQuery() throws Exception {
        HttpResponse<String> r = post("/", "SELECT number FROM numbers(2)");
        assertEquals(200, r.statusCode());
        assertEquals("0\n1\n", r.body());
        assertNull(runner.last.settings().get("readonly"));
        assertNull(runner.last.data());
    }

    @Test
    void postWithQueryInUrlPassesBodyAsInsertData() throws Exception {
        String data = "1,a\n2,b\n";
        HttpResponse<String> r = post("/?query=" + enc("INSERT INTO t FORMAT CSV"), data);
        assertEquals(200, r.statusCode());
        assertEquals("", r.body());
        assertEquals("INSERT INTO t FORMAT CSV", runner.last.sql());
        assertEquals(data, runner.lastInsertedData);
    }

    @Test
    void postWithQueryInUrlAndBodyConcatenatesForNonInsert() throws Exception {
        HttpResponse<String> r = post("/?query=" + enc("SELECT number FROM"), "numbers(1)");
        assertEquals("0\n", r.body());
        assertEquals("SELECT number FROM\nnumbers(1)", runner.last.sql());
    }

    @Test
    void largeUploadStreamsThroughToTheRunner() throws Exception {
        byte[] big = new byte[24 << 20];
        for (int i = 0; i < big.length; i++) big[i] = (byte) ('a' + i % 26);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/?query=" + enc("INSERT INTO counted FORMAT TSV")))
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(big.length, runner.countedBytes.get());
    }

    @Test
    void getRefusesModifyingQueries() throws Exception {
        HttpResponse<String> r = get("/?query=" + enc("INSERT INTO t VALUES (1)"));
        assertEquals(500, r.statusCode());
        assertEquals("164", r.headers().firstValue("X-ClickHouse-Exception-Code").orElseThrow());
        assertTrue(r.body().startsWith("Code: 164. DB::Exception: Cannot execute query in readonly mode"), r.body());
        assertTrue(r.body().endsWith("(READONLY) (version 0.1.0)\n"), r.body());
    }

    @Test
    void errorsBeforeTheFirstByteGetStatusHeaderAndBody() throws Exception {
        HttpResponse<String> r = post("/", "SELECT * FROM missing");
        assertEquals(404, r.statusCode());
        assertEquals("60", r.headers().firstValue("X-ClickHouse-Exception-Code").orElseThrow());
        assertEquals("Code: 60. DB::Exception: Table default.missing does not exist. (UNKNOWN_TABLE) (version 0.1.0)\n", r.body());

        HttpResponse<String> syntax = post("/", "SELEC 1");
        assertEquals(400, syntax.statusCode());
        assertEquals("62", syntax.headers().firstValue("X-ClickHouse-Exception-Code").orElseThrow());

        HttpResponse<String> empty = post("/", "");
        assertEquals(400, empty.statusCode());
    }

    @Test
    void runnerBugsBecomeErrorsAndTheServerKeepsServing() throws Exception {
        HttpResponse<String> r = post("/", "CRASH");
        assertEquals(500, r.statusCode());
        assertEquals("1002", r.headers().firstValue("X-ClickHouse-Exception-Code").orElseThrow());
        assertTrue(r.body().contains("NullPointerException"), r.body());
        assertEquals("Ok.\n", get("/ping").body());
    }

    @Test
    void urlParametersBecomeSettingsAndQueryParameters() throws Exception {
        HttpResponse<String> r = get("/?query=" + enc("SELECT number FROM numbers(1)")
                + "&max_threads=3&param_id=42&database=db1&query_id=q-123&default_format=JSON&user=alice&password=secret");
        assertEquals(200, r.statusCode(), r.body());
        QueryRequest q = runner.last;
        assertEquals("3", q.settings().get("max_threads"));
        assertEquals(Map.of("id", "42"), q.parameters());
        assertEquals("db1", q.session().database());
        assertEquals("alice", q.session().user());
        assertEquals("q-123", q.queryId());
        assertEquals("q-123", r.headers().firstValue("X-ClickHouse-Query-Id").orElseThrow());
        assertEquals("JSON", r.headers().firstValue("X-ClickHouse-Format").orElseThrow());
        assertEquals("application/json; charset=UTF-8", r.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(q.settings().containsKey("user") || q.settings().containsKey("password"));
    }

    @Test
    void unknownSettingIsRefused() throws Exception {
        HttpResponse<String> r = get("/?query=" + enc("SELECT number FROM numbers(1)") + "&no_such_setting=1");
        assertEquals(404, r.statusCode());
        assertEquals("115", r.headers().firstValue("X-ClickHouse-Exception-Code").orElseThrow());
        assertTrue(r.body().startsWith("Code: 115. DB::Exception: Setting no_such_setting is neither a builtin setting"), r.body());
        assertTrue(r.body().endsWith("(UNKNOWN_SETTING) (version 0.1.0)\n"), r.body());
    }

    @Test
    void bigResultsStreamInChunksOverAKeptAliveConnection() throws Exception {
        HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(uri("/?query=" + enc("SELECT number FROM numbers(2000000)")))
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Length").isEmpty(), "a big result is chunked");
        long lines = 0;
        long sum = 0;
        try (InputStream in = r.body()) {
            byte[] buf = new byte[65536];
            long value = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                        sum += value;
                        value = 0;
                    } else {
                        value = value * 10 + (buf[i] - '0');
                    }
                }
            }
        }
        assertEquals(2_000_000, lines);
        assertEquals(1_999_999L * 2_000_000L / 2, sum);
        assertEquals("0\n", get("/?query=" + enc("SELECT number FROM numbers(1)")).body());
    }

    @Test
    void errorAfterStreamingBeganIsAppendedAndTheStreamIsCut() throws Exception {
        RawHttp.Response r = RawHttp.exchange(server.port(), "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 9\r\n\r\nFAIL LATE");
        assertEquals(200, r.status());
        String tag = r.header("X-ClickHouse-Exception-Tag");
        String message = "Code: 395. DB::Exception: Value passed to 'throwIf' function is non-zero. (FUNCTION_THROW_IF_VALUE_IS_NON_ZERO)"
                + " (version 0.1.0)\n";
        assertTrue(r.text().endsWith("\r\n__exception__\r\n" + tag + "\r\n" + message + message.length() + " " + tag
                + "\r\n__exception__\r\n"), r.text().substring(Math.max(0, r.text().length() - 300)));
        assertFalse(r.terminated(), "no terminating chunk after an error");
    }

    @Test
    void keepAliveServesSeveralRequestsOnOneSocket() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            for (int i = 0; i < 3; i++) {
                out.write("GET /ping HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String response = readResponse(in);
                assertTrue(response.startsWith("HTTP/1.1 200 OK"), response);
                assertTrue(response.endsWith("Ok.\n"), response);
            }
            String body = "SELECT number FROM numbers(2)";
            out.write(("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertTrue(readResponse(in).endsWith("\r\n\r\n0\n1\n"));
        }
    }

    @Test
    void aClientThatHangsUpCancelsItsRunningQuery() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write("POST /?query_id=hang-up HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nWAIT"
                    .getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            awaitTrue(() -> runner.last != null && "hang-up".equals(runner.last.queryId()), "the query never started");
        }
        QueryRequest hungUp = runner.last;
        awaitTrue(() -> hungUp.cancellation().isRequested(), "the query was not cancelled when its client went away");
    }

    @Test
    void aPipelinedRequestIsAnsweredAfterTheRunningOne() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10000);
            String body = "SELECT number FROM numbers(2)";
            s.getOutputStream().write(("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length() + "\r\n\r\n" + body
                    + "GET /ping HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            assertTrue(readResponse(in).endsWith("\r\n\r\n0\n1\n"));
            assertTrue(readResponse(in).endsWith("\r\n\r\nOk.\n"));
        }
    }

    @Test
    void theClientIsDescribedToTheRunner() throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/?query_id=described&quota_key=k1"))
                .header("User-Agent", "strata-test/1").POST(HttpRequest.BodyPublishers.ofString("SELECT number FROM numbers(1)"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        ClientInfo c = runner.last.client();
        assertEquals(ClientInfo.HTTP, c.interfaceKind());
        assertEquals("127.0.0.1", c.address());
        assertTrue(c.port() > 0);
        assertEquals(ClientInfo.HTTP_POST, c.httpMethod());
        assertEquals("strata-test/1", c.httpUserAgent());
        assertEquals("k1", c.quotaKey());
        assertEquals(200, get("/?query=" + enc("SELECT number FROM numbers(1)")).statusCode());
        assertEquals(ClientInfo.HTTP_GET, runner.last.client().httpMethod());
    }

    @Test
    void tooManySimultaneousQueriesIsServiceUnavailable() throws Exception {
        HttpResponse<String> r = post("/", "BUSY");
        assertEquals(503, r.statusCode());
        assertEquals("202", r.headers().firstValue("X-ClickHouse-Exception-Code").orElse(""));
    }

    @Test
    void playPageIsServed() throws Exception {
        HttpResponse<String> r = get("/play");
        assertEquals(200, r.statusCode());
        assertEquals("text/html; charset=UTF-8", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.body().contains("<title>Strata play</title>") && r.body().contains("id=\"run\""), r.body());
        HttpResponse<String> head = client.send(HttpRequest.newBuilder(uri("/play")).method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(404, post("/play", "SELECT 1").statusCode());
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String message) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, message);
            Thread.sleep(5);
        }
    }

    /** Reads one response with a Content-Length body from a kept-alive socket. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) throw new IOException("connection closed");
            head.write(b);
        }
        String h = head.toString(StandardCharsets.US_ASCII);
        Matcher m = Pattern.compile("(?i)content-length: (\\d+)").matcher(h);
        assertTrue(m.find(), h);
        byte[] body = in.readNBytes(Integer.parseInt(m.group(1)));
        return h + new String(body, StandardCharsets.UTF_8);
    }

    /**
     * A hand-written runner that understands a handful of fixed queries. It records the last
     * request so tests can check what the protocol passed on.
     */
    static final class ScriptedRunner implements QueryRunner {
        volatile QueryRequest last;
        volatile String lastInsertedData;
        final AtomicLong countedBytes = new AtomicLong();

        @Override
        public QueryExecution execute(QueryRequest request) {
            last = request;
            Settings settings = Settings.DEFAULTS.withAll(request.settings());
            String sql = request.sql().trim();
            Matcher numbers = Pattern.compile("SELECT number FROM\\s+numbers\\((\\d+)\\)").matcher(sql);
            if (numbers.matches()) {
                return new Numbers(request.queryId(), settings, Long.parseLong(numbers.group(1)), -1);
            }
            if (sql.equals("FAIL LATE")) {
                return new Numbers(request.queryId(), settings, 3_000_000, 2_000_000);
            }
            if (sql.startsWith("INSERT")) {
                try (InputStream data = request.data()) {
                    if (sql.contains("counted")) {
                        long total = 0;
                        byte[] buf = new byte[8192];
                        int n;
                        while ((n = data.read(buf)) > 0) total += n;
                        countedBytes.set(total);
                    } else {
                        lastInsertedData = new String(data.readAllBytes(), StandardCharsets.UTF_8);
                    }
                } catch (IOException e) {
                    throw new DbException(ErrorCode.CANNOT_READ_ALL_DATA, e.getMessage());
                }
                return new Numbers(request.queryId(), settings, 0, -1) {
                    @Override
                    public Header header() {
                        return Header.EMPTY;
                    }
                };
            }
            if (sql.equals("WAIT")) {
                // runs until the protocol cancels it, as a long query would
                return new Numbers(request.queryId(), settings, 1, -1) {
                    @Override
                    public Chunk next() {
                        while (!request.cancellation().isRequested()) {
                            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                        }
                        throw new DbException(ErrorCode.QUERY_WAS_CANCELLED, "Query was cancelled");
                    }
                };
            }
            if (sql.equals("BUSY")) {
                throw new DbException(ErrorCode.TOO_MANY_SIMULTANEOUS_QUERIES, "Too many simultaneous queries. Maximum: 1");
            }
            if (sql.equals("SELECT * FROM missing")) {
                throw new DbException(ErrorCode.UNKNOWN_TABLE, "Table default.missing does not exist");
            }
            if (sql.equals("CRASH")) {
                Object nothing = null;
                nothing.hashCode();
            }
            throw new DbException(ErrorCode.SYNTAX_ERROR, "Syntax error: failed at position 1 (" + sql + ")");
        }
    }

    /** numbers(N) as UInt64 chunks of 65536 rows; optionally fails when reaching row failAt. */
    static class Numbers implements QueryExecution {
        private final String queryId;
        private final Settings settings;
        private final long count;
        private final long failAt;
        private final QueryProgress progress = new QueryProgress();
        private long next;

        Numbers(String queryId, Settings settings, long count, long failAt) {
            this.queryId = queryId;
            this.settings = settings;
            this.count = count;
            this.failAt = failAt;
        }

        @Override
        public Header header() {
            return new Header(List.of("number"), List.of(DataTypes.UINT64));
        }

        @Override
        public Chunk next() {
            if (failAt >= 0 && next >= failAt) {
                throw new DbException(ErrorCode.FUNCTION_THROW_IF_VALUE_IS_NON_ZERO, "Value passed to 'throwIf' function is non-zero");
            }
            if (next >= count) return null;
            int n = (int) Math.min(65536, count - next);
            long[] values = new long[n];
            for (int i = 0; i < n; i++) values[i] = next + i;
            next += n;
            progress.readRows.addAndGet(n);
            progress.readBytes.addAndGet(8L * n);
            return new Chunk(new io.strata.core.column.Column[] {new LongColumn(DataTypes.UINT64, values)}, n);
        }

        @Override
        public String outputFormat() {
            return null;
        }

        @Override
        public Settings settings() {
            return settings;
        }

        @Override
        public QueryProgress progress() {
            return progress;
        }

        @Override
        public String queryId() {
            return queryId;
        }

        @Override
        public void cancel() {
        }

        @Override
        public void close() {
        }
    }
}
