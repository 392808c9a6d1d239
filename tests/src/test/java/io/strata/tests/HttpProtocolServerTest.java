package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.compression.CompressedBlocks;
import io.strata.compression.CompressedInputStream;
import io.strata.compression.Codecs;
import java.io.ByteArrayInputStream;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP interface of a real {@code strata server} process as ClickHouse clients use it: plain
 * curl for sessions and content codings, java.net.http and raw sockets for the rest, with the
 * real query runner behind (temporary tables, inserts that must stay atomic).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class HttpProtocolServerTest {
    @TempDir
    static Path dir;
    private static ServerProcess server;
    private static String base;
    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    @BeforeAll
    static void start() throws Exception {
        server = ServerProcess.start(dir.resolve("data"));
        base = "http://127.0.0.1:" + server.httpPort() + "/";
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static HttpResponse<String> post(String params, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + params)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String params, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + params)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String ok(String params, String body) throws Exception {
        HttpResponse<String> r = post(params, body);
        assertEquals(200, r.statusCode(), body + " -> " + r.body());
        return r.body();
    }

    private static String code(HttpResponse<?> r) {
        return r.headers().firstValue("X-ClickHouse-Exception-Code").orElse("");
    }

    /** Output of a shell pipeline (bash -c), which must succeed. */
    private static byte[] shell(String command) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", "set -o pipefail; " + command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command);
        assertEquals(0, p.exitValue(), command);
        return out;
    }

    private static String curl(String args) throws Exception {
        return new String(shell("curl -sS " + args), StandardCharsets.UTF_8);
    }

    @Test
    void sessionsKeepSettingsDatabaseAndTemporaryTables() throws Exception {
        ok("", "CREATE DATABASE IF NOT EXISTS sdb");
        String s = "'" + base + "?session_id=e2e&session_timeout=600'";
        curl("-d 'SET max_threads = 3' " + s);
        curl("-d 'USE sdb' " + s);
        curl("-d 'CREATE TEMPORARY TABLE tm (x UInt64)' " + s);
        curl("-d 'CREATE TEMPORARY TABLE tt (x UInt64) ENGINE = MergeTree ORDER BY x' " + s);
        curl("-d 'INSERT INTO tm VALUES (1), (2)' " + s);
        curl("-d 'INSERT INTO tt SELECT number FROM numbers(10)' " + s);
        assertEquals("3\tsdb\t3\t45\n", curl("-d \"SELECT getSetting('max_threads'), currentDatabase(), (SELECT sum(x) FROM tm), "
                + "(SELECT sum(x) FROM tt)\" " + s));
        assertEquals("tm\ntt\n", curl("-d 'SHOW TEMPORARY TABLES' " + s));
        // GET runs with readonly=2 in the session: it may read the temporary table but not write it
        assertEquals("3\n", curl("'" + base + "?session_id=e2e&query=" + enc("SELECT sum(x) FROM tm") + "'"));
        assertTrue(curl("'" + base + "?session_id=e2e&query=" + enc("INSERT INTO tm VALUES (9)") + "'").startsWith("Code: 164."));
        // nothing of it outside the session
        HttpResponse<String> other = post("?session_id=e2e-other", "SELECT sum(x) FROM tm");
        assertEquals("60", code(other));
        assertEquals("default\n", ok("", "SELECT currentDatabase()"));
        // the session ends: its temporary tables with it
        ok("?session_id=e2e&close_session=1", "SELECT 1");
        assertEquals("372", code(post("?session_id=e2e&session_check=1", "SELECT 1")));
        assertEquals("60", code(post("?session_id=e2e", "SELECT sum(x) FROM tm")));
    }

    @Test
    void anIdleSessionExpires() throws Exception {
        ok("?session_id=short&session_timeout=1", "CREATE TEMPORARY TABLE t (x UInt8) ENGINE = MergeTree ORDER BY x");
        ok("?session_id=short", "INSERT INTO t VALUES (1)");
        // every request restarts the timeout, so look less and less often: the reaper (once a
        // second) ends the session in one of the quiet spells
        long pause = 2500;
        while (!code(post("?session_id=short&session_check=1", "SELECT 1")).equals("372")) {
            assertTrue(pause <= 20_000, "the session never expired");
            Thread.sleep(pause);
            pause *= 2;
        }
        assertEquals("60", code(post("?session_id=short", "SELECT * FROM t")), "a new session has none of the old tables");
    }

    @Test
    void aSessionBusyReadingABodyIsLocked() throws Exception {
        ok("", "CREATE TABLE locked_rows (x UInt64) ENGINE = MergeTree ORDER BY x");
        for (int attempt = 0; ; attempt++) {
            assertTrue(attempt < 5, "the insert never held its session");
            String id = "busy" + attempt;
            try (Socket s = new Socket("127.0.0.1", server.httpPort())) {
                s.setSoTimeout(60_000);
                OutputStream out = s.getOutputStream();
                String q = "?session_id=" + id + "&query=" + enc("INSERT INTO locked_rows FORMAT TSV");
                out.write(("POST /" + q + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 6\r\n\r\n1\n2\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // the insert holds the session while it waits for the rest of its body; a probe
                // that came first just ran (and could, rarely, have made the insert itself fail)
                HttpResponse<String> probe = null;
                for (int i = 0; i < 100 && (probe = post("?session_id=" + id, "SELECT 1")).statusCode() != 500; i++) {
                    Thread.sleep(20);
                }
                if (!"373".equals(code(probe))) {
                    s.setSoTimeout(5_000);
                    String lost = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                    assertTrue(lost.contains("X-ClickHouse-Exception-Code: 373"), lost);
                    continue;
                }
                assertTrue(probe.body().startsWith("Code: 373. DB::Exception: Session " + id + " is locked by a concurrent client."),
                        probe.body());
                out.write("3\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                assertTrue(response.startsWith("HTTP/1.1 200 OK"), response);
            }
            assertEquals("3\t6\n", ok("?session_id=" + id, "SELECT count(), sum(x) FROM locked_rows"));
            return;
        }
    }

    @Test
    void responsesInEveryContentCodingCurlKnows() throws Exception {
        String expected = "0\n1\n2\n3\n4\n";
        for (String coding : List.of("gzip", "deflate", "zstd")) {
            Path headers = dir.resolve("h-" + coding);
            String out = curl("--compressed -H 'Accept-Encoding: " + coding + "' -D " + headers + " '" + base
                    + "?enable_http_compression=1' -d 'SELECT number FROM numbers(5)'");
            assertEquals(expected, out, coding);
            assertTrue(Files.readString(headers).toLowerCase().contains("content-encoding: " + coding), Files.readString(headers));
        }
        assertEquals(expected, new String(shell("curl -sS -H 'Accept-Encoding: lz4' '" + base
                + "?enable_http_compression=1' -d 'SELECT number FROM numbers(5)' | lz4 -dc"), StandardCharsets.UTF_8));
        // without enable_http_compression the body is plain whatever the client accepts
        assertEquals(expected, curl("-H 'Accept-Encoding: gzip' '" + base + "' -d 'SELECT number FROM numbers(5)'"));
    }

    @Test
    void requestBodiesInEveryContentCoding() throws Exception {
        ok("", "CREATE TABLE coded (x UInt64) ENGINE = MergeTree ORDER BY x");
        for (String tool : List.of("gzip -c", "zstd -c -q", "lz4 -c -q")) {
            String coding = tool.split(" ")[0];
            assertEquals("42\n", curl("--data-binary @- -H 'Content-Encoding: " + coding + "' '" + base + "' < <(printf 'SELECT 42' | "
                    + tool + ")"), coding);
            curl("--data-binary @- -H 'Content-Encoding: " + coding + "' '" + base + "?query=" + enc("INSERT INTO coded FORMAT TSV")
                    + "' < <(seq 1 1000 | " + tool + ")");
        }
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(deflated)) {
            d.write("SELECT 43".getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve("deflated.bin");
        Files.write(file, deflated.toByteArray());
        assertEquals("43\n", curl("--data-binary @" + file + " -H 'Content-Encoding: deflate' '" + base + "'"));
        assertEquals("3000\t1501500\n", ok("", "SELECT count(), sum(x) FROM coded"));
        // corrupt gzip: a clear error, nothing inserted
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(base + "?query=" + enc("INSERT INTO coded FORMAT TSV")))
                .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofString("definitely not gzip")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("354", code(bad), bad.body());
        assertEquals("3000\t1501500\n", ok("", "SELECT count(), sum(x) FROM coded"));
    }

    private static byte[] framed(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // two blocks, so that a corrupt second block comes after a good first one
        int half = plain.length / 2;
        CompressedBlocks.write(Codecs.defaultCodec(), plain, 0, half, out);
        CompressedBlocks.write(Codecs.defaultCodec(), plain, half, plain.length - half, out);
        return out.toByteArray();
    }

    @Test
    void clickHouseCompressedBlocksBothWays() throws Exception {
        ok("", "CREATE TABLE framed (x UInt64) ENGINE = MergeTree ORDER BY x");
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 20000; i++) rows.append(i).append('\n');
        byte[] data = rows.toString().getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> in = post("?decompress=1&query=" + enc("INSERT INTO framed FORMAT TSV"), framed(data));
        assertEquals(200, in.statusCode(), in.body());
        assertEquals("20000\t200010000\n", ok("", "SELECT count(), sum(x) FROM framed"));

        byte[] corrupt = framed(data);
        corrupt[corrupt.length - 1] ^= 0x40; // the last block's payload no longer fits its checksum
        HttpResponse<String> bad = post("?decompress=1&query=" + enc("INSERT INTO framed FORMAT TSV"), corrupt);
        assertEquals("40", code(bad), bad.body());
        assertTrue(bad.body().startsWith("Code: 40. DB::Exception: Checksum doesn't match: corrupted data."), bad.body());
        assertEquals("20000\t200010000\n", ok("", "SELECT count(), sum(x) FROM framed"), "nothing of the failed insert is visible");

        HttpResponse<byte[]> out = http.send(HttpRequest.newBuilder(URI.create(base + "?compress=1"))
                .POST(HttpRequest.BodyPublishers.ofString("SELECT x FROM framed ORDER BY x")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertArrayEquals(data, new CompressedInputStream(new ByteArrayInputStream(out.body()), "response").readAllBytes());
    }

    @Test
    void anErrorAfterTheFirstBytesEndsTheStreamWithTheTaggedBlock() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.httpPort())) {
            s.setSoTimeout(60_000);
            byte[] body = "SELECT number, throwIf(number = 300000) FROM numbers(400000)".getBytes(StandardCharsets.UTF_8);
            s.getOutputStream().write(("POST /?buffer_size=0&max_threads=1&max_block_size=1000 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().write(body);
            s.getOutputStream().flush();
            String raw = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(raw.startsWith("HTTP/1.1 200 OK\r\n"), raw.substring(0, 80));
            String head = raw.substring(0, raw.indexOf("\r\n\r\n"));
            String tag = head.lines().filter(l -> l.startsWith("X-ClickHouse-Exception-Tag: ")).findFirst().orElseThrow().substring(28);
            String message = "Code: 395. DB::Exception: Value passed to 'throwIf' function is non-zero. (FUNCTION_THROW_IF_VALUE_IS_NON_ZERO)";
            String dechunked = dechunk(raw.substring(head.length() + 4));
            int marker = dechunked.indexOf("\r\n__exception__\r\n" + tag + "\r\n" + message + " (version ");
            assertTrue(marker > 0, dechunked.substring(Math.max(0, dechunked.length() - 300)));
            assertTrue(dechunked.substring(0, marker).endsWith("\t0\n"), "whole rows before the block");
            assertTrue(dechunked.endsWith(" " + tag + "\r\n__exception__\r\n"));
            assertFalse(raw.endsWith("0\r\n\r\n"), "no terminating chunk");
        }
    }

    /** The data of a chunked body, as far as it goes (the stream may be cut). */
    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int eol = body.indexOf("\r\n", i);
            if (eol < 0) break;
            int size = Integer.parseInt(body.substring(i, eol).trim(), 16);
            if (size == 0) break;
            out.append(body, eol + 2, Math.min(body.length(), eol + 2 + size));
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }

    @Test
    void queryParametersAreReadInTheEscapedForm() throws Exception {
        assertEquals("abc\\t123\t7\n", ok("?param_s=" + enc("abc\\\t123"), "SELECT {s:String} AS v, length(v)"));
        HttpResponse<String> raw = post("?param_s=" + enc("abc\t123"), "SELECT {s:String}");
        assertEquals("457", code(raw));
        assertTrue(raw.body().contains("because it isn't parsed completely: only 3 of 7 bytes was parsed: abc."), raw.body());
        assertEquals("\\N\n", ok("?param_n=" + enc("\\N"), "SELECT {n:Nullable(UInt8)}"));
        assertEquals("[1,2]\t2024-01-02 03:04:05\n", ok("?param_a=" + enc("[1,2]") + "&param_d=" + enc("2024-01-02 03:04:05"),
                "SELECT {a:Array(UInt8)}, {d:DateTime('UTC')}"));
    }

    @Test
    void badRequestsDoNotDisturbOtherClients() throws Exception {
        ok("", "CREATE TABLE steady (x UInt64) ENGINE = MergeTree ORDER BY x");
        ok("", "INSERT INTO steady SELECT number FROM numbers(1000)");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger good = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Thread> loops = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            loops.add(Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<String> r = post("", "SELECT count(), sum(x) FROM steady");
                        if (r.statusCode() == 200 && r.body().equals("1000\t499500\n")) good.incrementAndGet();
                        else failures.add(r.statusCode() + " " + r.body());
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
            }));
        }
        List<String> bad = List.of("GARBAGE\r\n\r\n", "GET /?query=%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n",
                "POST / HTTP/1.1\r\nHost: x\r\n\r\nSELECT 1",
                "POST /?query=INSERT%20INTO%20steady%20FORMAT%20TSV HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n7\n8\n\r\nxx\r\n",
                "POST /?query=INSERT%20INTO%20steady%20FORMAT%20TSV HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n5\n6\n",
                "POST /?decompress=1&query=INSERT%20INTO%20steady%20FORMAT%20TSV HTTP/1.1\r\nHost: x\r\nContent-Length: 30\r\n\r\n"
                        + "z".repeat(30),
                "POST /?query=INSERT%20INTO%20steady%20FORMAT%20TSV HTTP/1.1\r\nHost: x\r\nContent-Length: 6\r\n\r\n1\nxx\n",
                "GET /?query=SELECT%201&unknown_setting_x=1 HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "q".repeat(1_200_000) + "\r\n\r\n",
                "GET /?query=SELECT%201" + "%20".repeat(600_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        for (int round = 0; round < 2; round++) {
            for (String b : bad) {
                try (Socket s = new Socket("127.0.0.1", server.httpPort())) {
                    s.setSoTimeout(60_000);
                    s.getOutputStream().write(b.getBytes(StandardCharsets.ISO_8859_1));
                    s.getOutputStream().flush();
                    if (round == 1) continue; // vanish without reading the answer
                    s.shutdownOutput();
                    InputStream in = s.getInputStream();
                    String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                    if (!answer.isEmpty()) assertTrue(answer.matches("(?s)HTTP/1\\.[01] [45]\\d\\d .*"), b.substring(0, Math.min(40, b.length())) + " -> " + answer.substring(0, Math.min(300, answer.length())));
                } catch (IOException ignored) {
                    // a reset is an acceptable end for a bad request
                }
            }
        }
        stop.set(true);
        for (Thread t : loops) t.join();
        assertTrue(failures.isEmpty(), failures.toString());
        assertTrue(good.get() > 0);
        assertEquals("1000\t499500\n", ok("", "SELECT count(), sum(x) FROM steady"), "no bad insert left a row");
    }
}
