package io.strata.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.query.QueryRequest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How a request becomes a query: its text, settings, read-only rules, credentials and sessions. */
class HttpRequestTest {
    private static ProtocolRunner runner;
    private static HttpServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        runner = new ProtocolRunner();
        server = new HttpServer(runner, "127.0.0.1", 0, ZoneId.of("UTC"),
                HttpServerConfig.defaults("0.1.0").withDisplayName("strata-test").withSessionTimeouts(60, 600));
        server.start();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).GET();
        if (headers.length > 0) b.headers(headers);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String pathAndQuery, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) b.headers(headers);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String code(HttpResponse<?> r) {
        return r.headers().firstValue("X-ClickHouse-Exception-Code").orElse("");
    }

    @Test
    void replicasStatusAnswersOk() throws Exception {
        assertEquals("Ok.\n", get("/replicas_status").body());
    }

    @Test
    void queryParameterLineBreakAndBodyAreOneQuery() throws Exception {
        assertEquals("SEL\\nECT\n", post("/?query=SELECT%20ECHO%20SEL", "ECT").body(), "TSV escapes the line break");
        // a plus in the URL is a space, as in an HTML form
        assertEquals("a b\n", get("/?query=SELECT+ECHO+a+b").body());
    }

    @Test
    void insertDataInTheBodyReachesTheRunnerByteForByte() throws Exception {
        byte[] data = {(byte) 0xFF, 0, 1, (byte) 0xC3, '\n', (byte) 0x80};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("INSERT INTO t FORMAT RowBinary\n".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(data);
        RawHttp.Response r = RawHttp.exchange(server.port(), RawHttp.post("/", body.toByteArray()));
        assertEquals(200, r.status(), r.text());
        assertEquals("INSERT INTO t FORMAT RowBinary", runner.last().sql());
        assertArrayEquals(data, runner.committed.getLast());
    }

    @Test
    void urlSettingsLastWinsQueryParametersFirstWins() throws Exception {
        HttpResponse<String> r = get("/?query=" + enc("SELECT SETTING max_threads") + "&max_threads=3&max_threads=5"
                + "&param_id=1&param_id=2&param_s=a%09b");
        assertEquals("5\n", r.body());
        QueryRequest q = runner.last();
        assertEquals(Map.of("id", "1", "s", "a\tb"), q.parameters());
    }

    @Test
    void headersWinOverParametersForDatabaseAndFormat() throws Exception {
        HttpResponse<String> r = get("/?query=SELECT%20CURRENT%20DATABASE&database=fromurl&default_format=CSV",
                "X-ClickHouse-Database", "fromheader", "X-ClickHouse-Format", "TSV");
        assertEquals("fromheader\n", r.body());
        assertEquals("TSV", r.headers().firstValue("X-ClickHouse-Format").orElseThrow());
        assertEquals("\"fromurl\"\n", get("/?query=SELECT%20CURRENT%20DATABASE&database=fromurl&default_format=CSV").body());
    }

    @Test
    void queryIdComesFromTheParameterOrTheHeader() throws Exception {
        assertEquals("qid-1", get("/?query=SELECT%20ECHO%20x&query_id=qid-1").headers().firstValue("X-ClickHouse-Query-Id").orElseThrow());
        assertEquals("qid-2", get("/?query=SELECT%20ECHO%20x", "X-ClickHouse-Query-Id", "qid-2").headers()
                .firstValue("X-ClickHouse-Query-Id").orElseThrow());
        assertEquals("qid-2", runner.last().queryId());
    }

    @Test
    void getIsReadonlyTwo() throws Exception {
        HttpResponse<String> insert = get("/?query=" + enc("INSERT INTO t VALUES (1)"));
        assertEquals(500, insert.statusCode());
        assertEquals("164", code(insert));
        assertTrue(insert.body().startsWith("Code: 164. DB::Exception: Cannot execute query in readonly mode. For queries over HTTP, "
                + "method GET implies readonly. You should use method POST for modifying queries. (READONLY)"), insert.body());

        // readonly=2 lets a GET change settings and create temporary tables, but not readonly itself
        assertEquals("2\n", get("/?query=" + enc("SELECT SETTING readonly")).body());
        assertEquals("7\n", get("/?query=" + enc("SELECT SETTING max_threads") + "&max_threads=7").body());
        assertEquals(200, get("/?query=" + enc("CREATE TEMPORARY TABLE g")).statusCode());
        HttpResponse<String> stricter = get("/?query=" + enc("SELECT ECHO x") + "&readonly=1");
        assertEquals("164", code(stricter));
        assertTrue(stricter.body().startsWith("Code: 164. DB::Exception: Cannot modify 'readonly' setting in readonly mode."), stricter.body());
        assertEquals(200, get("/?query=" + enc("SELECT ECHO x") + "&readonly=2").statusCode(), "the same value is not a change");
    }

    @Test
    void readonlyOneForbidsLaterSettingChanges() throws Exception {
        HttpResponse<String> r = post("/?readonly=1&max_threads=2", "SELECT ECHO x");
        assertEquals("164", code(r));
        assertTrue(r.body().startsWith("Code: 164. DB::Exception: Cannot modify 'max_threads' setting in readonly mode."), r.body());
        assertEquals("x\n", post("/?max_threads=2&readonly=1", "SELECT ECHO x").body(), "settings before readonly=1 still apply");
        assertEquals("1\n", post("/?readonly=1", "SELECT SETTING readonly").body());
    }

    @Test
    void credentialsComeFromExactlyOnePlace() throws Exception {
        assertEquals(200, post("/?user=alice&password=pw", "SELECT ECHO x").statusCode());
        assertEquals("alice", runner.last().session().user());
        assertEquals(200, post("/", "SELECT ECHO x", "X-ClickHouse-User", "bob", "X-ClickHouse-Key", "k").statusCode());
        assertEquals("bob", runner.last().session().user());
        String basic = "Basic " + Base64.getEncoder().encodeToString("carol:p:w".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, post("/", "SELECT ECHO x", "Authorization", basic).statusCode());
        assertEquals("carol", runner.last().session().user());

        for (HttpResponse<String> r : new HttpResponse[] {
                post("/?user=alice", "SELECT ECHO x", "Authorization", basic),
                post("/?user=alice", "SELECT ECHO x", "X-ClickHouse-User", "bob"),
                post("/", "SELECT ECHO x", "X-ClickHouse-User", "bob", "Authorization", basic),
                post("/", "SELECT ECHO x", "Authorization", "Bearer abc"),
                post("/", "SELECT ECHO x", "Authorization", "Basic !!!")}) {
            assertEquals(403, r.statusCode(), r.body());
            assertEquals("516", code(r));
            assertTrue(r.body().startsWith("Code: 516. DB::Exception: Invalid authentication: "), r.body());
        }
    }

    @Test
    void sessionsKeepSettingsDatabaseAndTemporaryTables() throws Exception {
        String s = "/?session_id=keep&session_timeout=600";
        assertEquals(200, post(s, "SET max_threads = 9").statusCode());
        assertEquals(200, post(s, "USE analytics").statusCode());
        assertEquals(200, post(s, "CREATE TEMPORARY TABLE tmp").statusCode());
        assertEquals("9\n", post(s, "SELECT SETTING max_threads").body());
        assertEquals("analytics\n", post(s, "SELECT CURRENT DATABASE").body());
        assertEquals("tmp\n", post(s, "SHOW TEMPORARY TABLES").body());
        // a URL setting and `database` are for one request only
        assertEquals("4\n", post(s + "&max_threads=4", "SELECT SETTING max_threads").body());
        assertEquals("other\n", post(s + "&database=other", "SELECT CURRENT DATABASE").body());
        assertEquals("analytics\n", post(s, "SELECT CURRENT DATABASE").body());
        assertEquals("9\n", post(s, "SELECT SETTING max_threads").body());
        // another session, another user or no session sees none of it
        assertEquals("0\n", post("/?session_id=other", "SELECT SETTING max_threads").body());
        assertEquals("0\n", post("/?session_id=keep&user=someone", "SELECT SETTING max_threads").body());
        assertEquals("", post("/", "SHOW TEMPORARY TABLES").body());
    }

    @Test
    void aSessionWithoutIdEndsWithItsRequest() throws Exception {
        int closedBefore = runner.closedTables.size();
        assertEquals(200, post("/", "CREATE TEMPORARY TABLE once").statusCode());
        assertTrue(runner.closedTables.size() > closedBefore, "the request's temporary tables are dropped with it");
    }

    @Test
    void sessionCheckTimeoutAndEmptyIdErrors() throws Exception {
        HttpResponse<String> missing = post("/?session_id=never&session_check=1", "SELECT ECHO x");
        assertEquals(500, missing.statusCode());
        assertEquals("372", code(missing));
        assertTrue(missing.body().startsWith("Code: 372. DB::Exception: Session never not found. (SESSION_NOT_FOUND)"), missing.body());

        HttpResponse<String> tooLong = post("/?session_id=t&session_timeout=601", "SELECT ECHO x");
        assertEquals("374", code(tooLong));
        assertTrue(tooLong.body().contains("is larger than max_session_timeout: 600"), tooLong.body());
        assertEquals("374", code(post("/?session_id=t&session_timeout=abc", "SELECT ECHO x")));

        HttpResponse<String> empty = post("/?session_id=", "SELECT ECHO x");
        assertEquals("744", code(empty));
        assertTrue(empty.body().startsWith("Code: 744. DB::Exception: Session id query parameter was provided, but it was empty. (SESSION_ID_EMPTY)"),
                empty.body());
    }

    @Test
    void closeSessionEndsTheSession() throws Exception {
        assertEquals(200, post("/?session_id=bye", "CREATE TEMPORARY TABLE t1").statusCode());
        int closedBefore = runner.closedTables.size();
        assertEquals(200, post("/?session_id=bye&close_session=1", "SELECT ECHO x").statusCode());
        assertTrue(runner.closedTables.size() > closedBefore);
        assertEquals("372", code(post("/?session_id=bye&session_check=1", "SELECT ECHO x")));
    }

    @Test
    void aSessionServesOneRequestAtATime() throws Exception {
        CompletableFuture<HttpResponse<String>> first = client.sendAsync(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/?session_id=busy"))
                .POST(HttpRequest.BodyPublishers.ofString("BLOCK busy")).build(), HttpResponse.BodyHandlers.ofString());
        runner.awaitArrival("busy");
        HttpResponse<String> second = post("/?session_id=busy", "SELECT ECHO x");
        assertEquals(500, second.statusCode());
        assertEquals("373", code(second));
        assertTrue(second.body().startsWith("Code: 373. DB::Exception: Session busy is locked by a concurrent client. (SESSION_IS_LOCKED)"),
                second.body());
        runner.open("busy");
        assertEquals("0\n", first.get().body());
        // released before the first response's last byte: the next request finds it free
        assertEquals("x\n", post("/?session_id=busy", "SELECT ECHO x").body());
    }

    @Test
    void lockedAndMissingSessionsLeaveTheSessionUntouched() throws Exception {
        assertEquals(200, post("/?session_id=same", "SET max_threads = 3").statusCode());
        QueryRequest before = runner.last();
        assertEquals("3\n", post("/?session_id=same&session_check=1", "SELECT SETTING max_threads").body());
        assertSame(before.session(), runner.last().session());
    }

    @Test
    void emptyQueryIsASyntaxError() throws Exception {
        HttpResponse<String> r = post("/", "   \n");
        assertEquals(400, r.statusCode());
        assertEquals("62", code(r));
        assertTrue(r.body().startsWith("Code: 62. DB::Exception: Empty query. (SYNTAX_ERROR)"), r.body());
        assertNull(r.headers().firstValue("X-ClickHouse-Format").orElse(null));
    }
}
