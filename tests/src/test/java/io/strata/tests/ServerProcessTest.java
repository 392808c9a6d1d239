package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the real `bin/strata server` process over HTTP, stopped with SIGTERM and restarted. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ServerProcessTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The ready line of the last {@link #start}. */
    private static volatile String readyLine;

    /** Starts the server and waits for its one ready line. */
    private static Process start(Path data, int port) throws Exception {
        Process p = new ProcessBuilder(ROOT.resolve("bin/strata").toString(), "server", "--path", data.toString(),
                "--http-port", String.valueOf(port), "--tcp-port", String.valueOf(freePort()))
                .directory(ROOT.toFile()).redirectErrorStream(true).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.contains("ready: HTTP 127.0.0.1:" + port)) {
                readyLine = line;
                Thread drain = new Thread(() -> {
                    try {
                        while (r.readLine() != null) { }
                    } catch (Exception ignored) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return p;
            }
        }
        throw new AssertionError("server exited before it was ready, exit " + p.waitFor());
    }

    private HttpResponse<String> get(int port, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void stop(Process p) throws Exception {
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "server did not stop on SIGTERM");
    }

    @Test
    void servesQueriesAndKeepsTablesAcrossRestart(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        int port = freePort();
        Process p = start(data, port);
        try {
            // the default start-up warm-up ran every statement of its workload, and left nothing behind
            assertTrue(readyLine.matches(".*, warmed up in [0-9.]+ s"), readyLine);
            assertEquals("", get(port, "SHOW TABLES").body());
            assertEquals("0\n", get(port, "SELECT count() FROM system.processes WHERE query_id LIKE 'strata-warmup-%'").body());
            assertEquals("1\n", get(port, "SELECT 1").body());
            assertEquals("Ok.\n", http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ping")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertEquals(200, post(port, "CREATE TABLE visits (day Date, url String, hits UInt64) ENGINE = Memory").statusCode());
            HttpResponse<String> bad = get(port, "SELECT * FROM nope");
            assertEquals(404, bad.statusCode());
            assertEquals("60", bad.headers().firstValue("X-ClickHouse-Exception-Code").orElse(""));
            assertTrue(bad.body().matches("Code: 60\\. DB::Exception: Table default\\.nope does not exist\\. \\(UNKNOWN_TABLE\\)"
                    + " \\(version [^)]+\\)\n"), bad.body());
            assertEquals(400, post(port, "SELEC 1").statusCode());
            // the server keeps serving after bad input
            assertEquals("2\n", get(port, "SELECT 1 + 1").body());
        } finally {
            stop(p);
        }
        Process again = start(data, port);
        try {
            assertEquals("visits\n", get(port, "SHOW TABLES").body());
            assertEquals("day\tDate\nurl\tString\nhits\tUInt64\n",
                    get(port, "SELECT name, type FROM system.columns WHERE table = 'visits'").body());
        } finally {
            stop(again);
        }
    }
}
