package io.strata.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real headless Chromium (Debian's {@code chromium} package; .ci/run installs it) driven over
 * the DevTools protocol on a WebSocket, for tests of pages a person would use: open a page, type
 * into it, click, and read what it shows. One page per instance. Messages are parsed with
 * {@link Json}, a minimal reader sufficient for the protocol's answers.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final HttpClient http = HttpClient.newHttpClient();
    private final WebSocket socket;
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final List<String> output = new ArrayList<>();
    private String sessionId;

    private HeadlessChromium(Process process, Path profile, String browserUrl) throws Exception {
        this.process = process;
        this.profile = profile;
        this.socket = http.newWebSocketBuilder().buildAsync(URI.create(browserUrl), new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    messages.add(partial.toString());
                    partial.setLength(0);
                }
                ws.request(1);
                return null;
            }
        }).get(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** The browser's executable: chromium as Debian installs it, or another Chromium build on the PATH. */
    static String executable() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return p.toString();
            }
        }
        throw new AssertionError("no Chromium found on the PATH: install Debian's chromium package "
                + "(apt-get install chromium; .ci/run does this)");
    }

    /** Starts a headless browser with a fresh profile and opens {@code url} in its one page. */
    static HeadlessChromium open(String url) throws Exception {
        Path profile = Files.createTempDirectory("strata-chromium-");
        Process p = new ProcessBuilder(executable(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> early = new ArrayList<>();
        String line;
        String browserUrl = null;
        while ((line = r.readLine()) != null) {
            early.add(line);
            int at = line.indexOf("ws://");
            if (line.startsWith("DevTools listening on ") && at >= 0) {
                browserUrl = line.substring(at).strip();
                break;
            }
        }
        if (browserUrl == null) {
            p.destroyForcibly();
            throw new AssertionError("Chromium exited without a DevTools endpoint:\n" + String.join("\n", early));
        }
        HeadlessChromium browser = new HeadlessChromium(p, profile, browserUrl);
        browser.output.addAll(early);
        Thread drain = new Thread(() -> {
            try {
                String l;
                while ((l = r.readLine()) != null) {
                    synchronized (browser.output) {
                        if (browser.output.size() < 200) browser.output.add(l);
                    }
                }
            } catch (IOException ignored) {
                // the browser ended
            }
        }, "chromium-output");
        drain.setDaemon(true);
        drain.start();
        Map<?, ?> target = browser.call(null, "Target.createTarget", "{\"url\":" + Json.quote(url) + "}");
        Map<?, ?> attached = browser.call(null, "Target.attachToTarget",
                "{\"targetId\":" + Json.quote((String) target.get("targetId")) + ",\"flatten\":true}");
        browser.sessionId = (String) attached.get("sessionId");
        return browser;
    }

    /** The browser's own output (for failure messages). */
    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    /**
     * Sends one DevTools command (to the page's session, or the browser when {@code session} is
     * null) and returns its result object; a protocol error fails the test.
     */
    private Map<?, ?> call(String session, String method, String params) throws Exception {
        int id = ids.incrementAndGet();
        String message = "{\"id\":" + id + (session == null ? "" : ",\"sessionId\":" + Json.quote(session))
                + ",\"method\":" + Json.quote(method) + ",\"params\":" + params + "}";
        socket.sendText(message, true).get(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        long end = System.nanoTime() + ANSWER_TIMEOUT.toNanos();
        while (true) {
            String m = messages.poll(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (m == null) throw new AssertionError("no answer to " + method + " from Chromium\n" + output());
            Object parsed = Json.parse(m);
            if (!(parsed instanceof Map<?, ?> answer) || !Double.valueOf(id).equals(answer.get("id"))) continue; // events
            if (answer.get("error") != null) throw new AssertionError(method + " failed: " + m);
            return (Map<?, ?>) answer.get("result");
        }
    }

    /** Evaluates a JavaScript expression in the page (awaiting a promise) and returns its JSON value. */
    Object evaluate(String expression) throws Exception {
        Map<?, ?> result = call(sessionId, "Runtime.evaluate", "{\"expression\":" + Json.quote(expression)
                + ",\"returnByValue\":true,\"awaitPromise\":true}");
        if (result.get("exceptionDetails") != null) throw new AssertionError("script failed: " + result.get("exceptionDetails"));
        return ((Map<?, ?>) result.get("result")).get("value");
    }

    /** Types {@code text} into the focused element, as a keyboard (IME) would enter it. */
    void type(String text) throws Exception {
        call(sessionId, "Input.insertText", "{\"text\":" + Json.quote(text) + "}");
    }

    /** Clicks with the mouse in the middle of the element {@code selector} finds. */
    void click(String selector) throws Exception {
        Map<?, ?> box = (Map<?, ?>) evaluate("(() => { const r = document.querySelector(" + Json.quote(selector)
                + ").getBoundingClientRect(); return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()");
        String at = "\"x\":" + box.get("x") + ",\"y\":" + box.get("y");
        call(sessionId, "Input.dispatchMouseEvent", "{\"type\":\"mouseMoved\"," + at + "}");
        call(sessionId, "Input.dispatchMouseEvent", "{\"type\":\"mousePressed\",\"button\":\"left\",\"clickCount\":1," + at + "}");
        call(sessionId, "Input.dispatchMouseEvent", "{\"type\":\"mouseReleased\",\"button\":\"left\",\"clickCount\":1," + at + "}");
    }

    /** A PNG of what the page shows now (for a person to look at when a test fails). */
    byte[] screenshot() throws Exception {
        Map<?, ?> shot = call(sessionId, "Page.captureScreenshot", "{\"format\":\"png\"}");
        return java.util.Base64.getDecoder().decode((String) shot.get("data"));
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser is killed below either way
        }
        // the browser's helper processes (renderer, GPU, crash handler) write into the profile too
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        for (ProcessHandle h : helpers) {
            h.destroy();
            try {
                h.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
        http.shutdownNow();
        deleteTree(profile);
    }

    /** Removes the temporary profile; a file a late helper process still writes may be left in /tmp. */
    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // not this test's concern: the profile lives under the temporary directory
                }
            }
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // already gone, or unreadable: nothing more to clean
        }
    }

    /** Just enough JSON for the DevTools protocol: objects, arrays, strings, numbers (as Double), booleans, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            Object v = j.value();
            j.space();
            if (j.i != text.length()) throw new IllegalArgumentException("trailing text in JSON at " + j.i);
            return v;
        }

        static String quote(String v) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : v.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                        else b.append(c);
                    }
                }
            }
            return b.append('"').toString();
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    i++;
                    space();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        space();
                        String key = string();
                        space();
                        expect(':');
                        m.put(key, value());
                        space();
                        if (s.charAt(i) == ',') {
                            i++;
                            continue;
                        }
                        expect('}');
                        return m;
                    }
                }
                case '[' -> {
                    List<Object> l = new ArrayList<>();
                    i++;
                    space();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        space();
                        if (s.charAt(i) == ',') {
                            i++;
                            continue;
                        }
                        expect(']');
                        return l;
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    if (s.startsWith("true", i)) {
                        i += 4;
                        return Boolean.TRUE;
                    }
                    if (s.startsWith("false", i)) {
                        i += 5;
                        return Boolean.FALSE;
                    }
                    if (s.startsWith("null", i)) {
                        i += 4;
                        return null;
                    }
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
                    if (start == i) throw new IllegalArgumentException("bad JSON at " + i + ": " + s);
                    return Double.valueOf(s.substring(start, i));
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i) != c) throw new IllegalArgumentException("expected '" + c + "' at " + i + ": " + s);
            i++;
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') return b.toString();
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e); // \" \\ \/
                }
            }
        }
    }
}
