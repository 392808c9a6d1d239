package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Strata server in a child process on free loopback ports, for end-to-end tests that stop,
 * kill and restart it on one data directory. The first start in a test JVM goes through
 * {@code bin/strata server} as a user runs it (the launcher rebuilds server/target/strata.jar when
 * the sources are newer, then execs the JVM, so the child's PID is the JVM's); later starts run
 * that JVM's own command line again, which skips the launcher's JDK probing on every restart and
 * keeps the JVM flags in one place (bin/strata).
 */
final class ServerProcess implements AutoCloseable {
    static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    /** How many of the server's last output lines a failure message shows. */
    private static final int KEPT_LINES = 40;
    /** java, its flags, -jar and the jar, as bin/strata ran them; null until the first start. */
    private static volatile List<String> jvmCommand;

    private final Process process;
    private final int httpPort;
    private final int tcpPort;
    private final Deque<String> lastLines = new ArrayDeque<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    /** An HTTP answer: status, body and the X-ClickHouse-Exception-Code header ("" when absent). */
    record Response(int status, String body, String exceptionCode) {
        boolean ok() {
            return status == 200;
        }
    }

    private ServerProcess(Process process, int httpPort, int tcpPort) {
        this.process = process;
        this.httpPort = httpPort;
        this.tcpPort = tcpPort;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * Starts a server on {@code data} and waits for its ready line. Fresh ports each time: the
     * ports of a killed server may still have connections in TIME_WAIT.
     */
    static ServerProcess start(Path data) throws IOException, InterruptedException {
        return start(data, List.of(), "");
    }

    /** As {@link #start(Path)}, with more {@code strata server} options (limits...). */
    static ServerProcess start(Path data, List<String> options) throws IOException, InterruptedException {
        return start(data, options, "");
    }

    /** As {@link #start(Path)}, with extra JVM options for the server (e.g. a small heap). */
    static ServerProcess start(Path data, String javaOptions) throws IOException, InterruptedException {
        return start(data, List.of(), javaOptions);
    }

    /** As {@link #start(Path)}, with more server options and extra JVM options. */
    static ServerProcess start(Path data, List<String> options, String javaOptions) throws IOException, InterruptedException {
        // A port found free can be taken before the server binds it: the kernel may hand it to a
        // client connection of this JVM as its local port (seen in CrashRecoveryTest, whose
        // writers connect all the time). Then the server says so and exits; start again on
        // other ports, as an operator would.
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnFreePorts(data, options, javaOptions);
            } catch (PortTakenError e) {
                if (attempt == 5) throw e;
            }
        }
    }

    /** The server could not bind a port that was free a moment before. */
    private static final class PortTakenError extends AssertionError {
        PortTakenError(String message) {
            super(message);
        }
    }

    private static ServerProcess startOnFreePorts(Path data, List<String> options, String javaOptions) throws IOException, InterruptedException {
        int port = freePort();
        int tcpPort = freePort();
        List<String> cmd = new ArrayList<>();
        List<String> jvm = jvmCommand;
        if (jvm == null) {
            cmd.addAll(List.of(ROOT.resolve("bin/strata").toString()));
        } else {
            cmd.addAll(jvm);
            // later JVM flags win over the cached ones; they go before -jar
            if (!javaOptions.isBlank()) cmd.addAll(cmd.indexOf("-jar"), List.of(javaOptions.strip().split("\\s+")));
        }
        cmd.addAll(List.of("server", "--path", data.toString(), "--http-port", String.valueOf(port),
                "--tcp-port", String.valueOf(tcpPort)));
        // no start-up warm-up unless a test asks for one: seconds per server on a 2-core machine
        if (!options.contains("--warmup-rows")) cmd.addAll(List.of("--warmup-rows", "0"));
        cmd.addAll(options);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true);
        // C1 only: these servers live for seconds on a 2-core machine, where C2's compiler threads
        // would take the cores from the work under test (start-up is ~30% faster this way); and
        // no touching of the whole young generation at start (1 GB resident per server)
        String opts = pb.environment().getOrDefault("STRATA_JAVA_OPTS", "");
        pb.environment().put("STRATA_JAVA_OPTS", (opts + " -XX:TieredStopAtLevel=1 -XX:-AlwaysPreTouch " + javaOptions).strip());
        Process p = pb.start();
        ServerProcess server = new ServerProcess(p, port, tcpPort);
        server.awaitReady();
        // a kill must hit the JVM itself, not a wrapper that would leave the server running
        String command = p.info().command().orElse("");
        assertTrue(command.endsWith("/java"), "the child process " + p.pid() + " is not the JVM: " + command);
        if (jvm == null && javaOptions.isBlank()) jvmCommand = jvmPrefix(p.info());
        return server;
    }

    /** The JVM's command line up to and including {@code -jar <jar>}, or null if the OS does not show it. */
    private static List<String> jvmPrefix(ProcessHandle.Info info) {
        String[] args = info.arguments().orElse(null);
        if (args == null || info.command().isEmpty()) return null;
        int jar = Arrays.asList(args).indexOf("-jar");
        if (jar < 0 || jar + 1 >= args.length) return null;
        List<String> out = new ArrayList<>();
        out.add(info.command().get());
        out.addAll(Arrays.asList(args).subList(0, jar + 2));
        return List.copyOf(out);
    }

    private void awaitReady() throws IOException, InterruptedException {
        BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String ready = "ready: HTTP 127.0.0.1:" + httpPort;
        String line;
        while ((line = r.readLine()) != null) {
            keep(line);
            if (line.contains(ready)) {
                Thread drain = new Thread(() -> {
                    try {
                        String l;
                        while ((l = r.readLine()) != null) keep(l);
                    } catch (IOException ignored) {
                        // the process ended
                    }
                }, "server-output-" + process.pid());
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        String message = "server exited before it was ready, exit " + process.waitFor() + ":\n" + output();
        if (output().contains("Address already in use")) throw new PortTakenError(message);
        throw new AssertionError(message);
    }

    private void keep(String line) {
        synchronized (lastLines) {
            if (lastLines.size() == KEPT_LINES) lastLines.removeFirst();
            lastLines.addLast(line);
        }
    }

    /** The server's last output lines (stdout and stderr), for failure messages. */
    String output() {
        synchronized (lastLines) {
            return String.join("\n", lastLines);
        }
    }

    /** The native protocol's port (--tcp-port). */
    int tcpPort() {
        return tcpPort;
    }

    int httpPort() {
        return httpPort;
    }

    long pid() {
        return process.pid();
    }

    /**
     * POSTs {@code body} with the given URL parameters (query, settings). Throws IOException
     * when no answer came (connection refused or reset: the server is gone).
     */
    Response post(Map<String, String> params, String body) throws IOException, InterruptedException {
        StringBuilder url = new StringBuilder("http://127.0.0.1:").append(httpPort).append('/');
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            url.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url.toString()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body(), r.headers().firstValue("X-ClickHouse-Exception-Code").orElse(""));
    }

    /** Runs a statement that must succeed and returns its TabSeparated output. */
    String query(String sql) throws IOException, InterruptedException {
        Response r = post(Map.of(), sql);
        if (!r.ok()) throw new AssertionError("HTTP " + r.status() + " for " + sql + ": " + r.body());
        return r.body();
    }

    /** SIGKILL to the JVM: no shutdown hook, no flush, as a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: the orderly shutdown. */
    void stop() throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "server did not stop on SIGTERM");
    }

    /** Kills the server if it still runs and releases the HTTP client (call after the clients are done). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
        http.shutdownNow();
    }
}
