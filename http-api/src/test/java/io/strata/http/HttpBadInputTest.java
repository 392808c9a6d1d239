package io.strata.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input is harmless: each malformed request gets a clear 4xx/5xx where an answer is possible,
 * nothing of a failed INSERT is committed, and the server goes on serving everyone else.
 */
class HttpBadInputTest {
    private static ProtocolRunner runner;
    private static HttpServer server;

    @BeforeAll
    static void start() {
        runner = new ProtocolRunner();
        server = new HttpServer(runner, "127.0.0.1", 0, ZoneId.of("UTC"), HttpServerConfig.defaults("0.1.0"));
        server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RawHttp.Response raw(String request) throws IOException {
        return RawHttp.exchange(server.port(), request);
    }

    @Test
    void malformedPercentEncodingAndInvalidUtf8InTheUrl() throws IOException {
        for (String target : List.of("/?query=SELECT%201%ZZ", "/?query=SELECT%201%", "/?query=SELECT%20%27%FF%FE%27",
                "/?query=SELECT+1&param_x=%C3")) {
            RawHttp.Response r = raw("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertEquals(400, r.status(), target);
            assertEquals("36", r.header("X-ClickHouse-Exception-Code"), target);
            assertTrue(r.text().startsWith("Code: 36. DB::Exception: "), r.text());
        }
    }

    @Test
    void invalidUtf8InTheQueryBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("SELECT ECHO ".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0xC3, 0x28});
        RawHttp.Response r = RawHttp.exchange(server.port(), RawHttp.post("/", body.toByteArray()));
        assertEquals(400, r.status());
        assertTrue(r.text().startsWith("Code: 36. DB::Exception: The query is not valid UTF-8: invalid byte 0xC3 at offset 12."), r.text());
    }

    @Test
    void oversizedUrlAndHeadersAndGarbage() throws IOException {
        RawHttp.Response longUrl = raw("GET /?query=SELECT%201" + "%20".repeat(400_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals(414, longUrl.status());
        RawHttp.Response bigHeader = raw("GET /ping HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(1_100_000) + "\r\n\r\n");
        assertEquals(431, bigHeader.status());
        StringBuilder many = new StringBuilder("GET /ping HTTP/1.1\r\nHost: x\r\n");
        for (int i = 0; i < 100_000; i++) many.append("X-H").append(i).append(": v\r\n");
        assertEquals(431, raw(many.append("\r\n").toString()).status());
        assertEquals(400, raw("HELLO\r\n\r\n").status());
        assertEquals(400, raw("GET / HTTP/1.1\r\nHost x\r\n\r\n").status());
    }

    @Test
    void postWithoutLengthIsRefusedAndTheConnectionClosed() throws IOException {
        RawHttp.Response r = raw("POST / HTTP/1.1\r\nHost: x\r\n\r\nSELECT ECHO x");
        assertEquals(411, r.status());
        assertEquals("381", r.header("X-ClickHouse-Exception-Code"));
        assertEquals("Close", r.header("Connection"));
        assertTrue(r.text().startsWith("Code: 381. DB::Exception: The Transfer-Encoding is not chunked and there is no Content-Length header "
                + "for POST request. (HTTP_LENGTH_REQUIRED)"), r.text());
    }

    @Test
    void unknownFormatAndHttp10() throws IOException {
        RawHttp.Response unknown = RawHttp.exchange(server.port(), RawHttp.post("/?default_format=NoSuchFormat",
                "SELECT ECHO x".getBytes(StandardCharsets.UTF_8)));
        assertEquals(404, unknown.status());
        assertEquals("73", unknown.header("X-ClickHouse-Exception-Code"));
        RawHttp.Response old = raw("GET /?query=SELECT%20ECHO%20x HTTP/1.0\r\n\r\n");
        assertEquals(200, old.status());
        assertEquals("x\n", old.text());
        assertEquals("2", old.header("Content-Length"));
    }

    @Test
    void aMalformedChunkedBodyFailsTheInsertAndCommitsNothing() throws IOException {
        int committed = runner.committed.size();
        int failed = runner.failedInserts.get();
        RawHttp.Response r = raw("POST /?query=INSERT%20INTO%20t%20FORMAT%20TSV HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4\r\n1\n2\n\r\nzz\r\n3\n\r\n0\r\n\r\n");
        assertEquals(500, r.status(), r.text());
        assertEquals("33", r.header("X-ClickHouse-Exception-Code"));
        assertTrue(r.text().contains("the request body is incomplete or malformed: Invalid character in chunk size"), r.text());
        assertEquals(committed, runner.committed.size());
        assertEquals(failed + 1, runner.failedInserts.get());
    }

    @Test
    void aClientGoneMidBodyCommitsNothing() throws Exception {
        int committed = runner.committed.size();
        int failed = runner.failedInserts.get();
        int requests = runner.requests.size();
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            RawHttp.send(out, ("POST /?query=INSERT%20INTO%20t%20FORMAT%20TSV HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n1\n2\n3\n")
                    .getBytes(StandardCharsets.US_ASCII));
            // the insert has started reading the body when the client goes
            awaitTrue(() -> runner.requests.size() > requests);
        }
        awaitCount(failed + 1, runner.failedInserts::get);
        assertEquals(committed, runner.committed.size());
        // a truncated Content-Length body: the client says it is done (half-close) after 4 of 100 bytes
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            RawHttp.send(s.getOutputStream(), ("POST /?query=INSERT%20INTO%20t%20FORMAT%20TSV HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n"
                    + "1\n2\n").getBytes(StandardCharsets.US_ASCII));
            s.shutdownOutput();
            s.setSoTimeout(30_000);
            s.getInputStream().readAllBytes();
        }
        awaitCount(failed + 2, runner.failedInserts::get);
        assertEquals(committed, runner.committed.size());
    }

    private static void awaitCount(int expected, java.util.function.IntSupplier actual) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (actual.getAsInt() < expected) {
            if (System.nanoTime() > deadline) throw new AssertionError("expected " + expected + ", still " + actual.getAsInt());
            Thread.sleep(10);
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("condition never held");
            Thread.sleep(10);
        }
    }

    /** Every kind of bad request, as bytes on a fresh connection. */
    private static List<byte[]> badRequests() {
        List<byte[]> out = new ArrayList<>();
        for (String s : List.of("HELLO\r\n\r\n", "GET /?query=%ZZ HTTP/1.1\r\nHost: x\r\n\r\n",
                "POST / HTTP/1.1\r\nHost: x\r\n\r\nSELECT 1",
                "POST /?query=INSERT%20INTO%20t%20FORMAT%20TSV HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n1\n\r\nqq\r\n",
                "POST /?query=INSERT%20INTO%20t%20FORMAT%20TSV HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n1\n",
                "POST /?decompress=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 40\r\n\r\n" + "x".repeat(40),
                "POST / HTTP/1.1\r\nHost: x\r\nContent-Encoding: gzip\r\nContent-Length: 10\r\n\r\nnot gzip!!",
                "GET /?query=SELECT%201&no_such_setting=1 HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(1_100_000) + "\r\n\r\n",
                "GET /?query=SELECT%20number%20FROM%20numbers(100000) HTTP/1.1\r\nHost: x\r\n\r\n")) {
            out.add(s.getBytes(StandardCharsets.ISO_8859_1));
        }
        return out;
    }

    @Test
    void theServerKeepsServingWhileBadRequestsArrive() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger ok = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Thread> loops = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            loops.add(Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                                .POST(HttpRequest.BodyPublishers.ofString("SELECT number FROM numbers(1000)")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200 && r.body().endsWith("999\n")) ok.incrementAndGet();
                        else failures.add(r.statusCode() + ": " + r.body());
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
            }));
        }
        for (int round = 0; round < 3; round++) {
            for (byte[] bad : badRequests()) {
                // the client may vanish without reading: the server must cope either way
                try (Socket s = new Socket("127.0.0.1", server.port())) {
                    s.setSoTimeout(30_000);
                    s.getOutputStream().write(bad);
                    s.getOutputStream().flush();
                    if (round == 1) continue;
                    s.shutdownOutput();
                    s.getInputStream().readAllBytes();
                } catch (IOException ignored) {
                    // a reset is an acceptable end for a bad request
                }
            }
        }
        stop.set(true);
        for (Thread t : loops) t.join();
        assertTrue(failures.isEmpty(), failures.toString());
        assertTrue(ok.get() > 0);
        assertEquals("Ok.\n", RawHttp.exchange(server.port(), "GET /ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").text());
    }
}
