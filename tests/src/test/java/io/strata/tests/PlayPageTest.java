package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The /play page as a person uses it, in a real headless Chromium against a real server: type
 * the user and a query, click Run, and read the rendered table, the bar chart of a two-column
 * result, and an error; click Cancel on a slow query and see the server stop it. Each wait polls
 * with a generous deadline.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class PlayPageTest {
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    /** What the page shows, read in one evaluation. */
    private static final String SNAPSHOT = """
            JSON.stringify({
              heads: [...document.querySelectorAll('#result th')].map(th => th.firstChild.textContent),
              cells: [...document.querySelectorAll('#result td')].map(td => td.textContent),
              bars: document.querySelectorAll('#chart svg rect').length,
              labels: [...document.querySelectorAll('#chart svg text')].map(t => t.textContent),
              error: document.getElementById('error').textContent,
              stats: document.getElementById('stats').textContent
            })""";

    @TempDir
    Path data;

    @Test
    void aQueryTypedAndRunShowsItsTableAndChart() throws Exception {
        try (ServerProcess server = ServerProcess.start(data)) {
            String page = "http://127.0.0.1:" + server.httpPort() + "/play";
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> html = http.send(HttpRequest.newBuilder(URI.create(page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            http.shutdownNow();
            assertEquals(200, html.statusCode());
            assertEquals("text/html; charset=UTF-8", html.headers().firstValue("Content-Type").orElse(""));
            // self-contained: the machine running the server may have no internet (the SVG namespace is a name, not a load)
            String elsewhere = html.body().replace("http://www.w3.org/2000/svg", "");
            assertTrue(!elsewhere.contains("http://") && !elsewhere.contains("https://") && !elsewhere.contains("src="),
                    "the page loads nothing from elsewhere");

            try (HeadlessChromium browser = HeadlessChromium.open(page)) {
                try {
                    useThePage(browser, server);
                } catch (AssertionError e) {
                    // what the page showed, for a person to look at
                    Path shot = Path.of("target", "play-page-failure.png").toAbsolutePath();
                    java.nio.file.Files.write(shot, browser.screenshot());
                    throw new AssertionError(e.getMessage() + "\n(screenshot: " + shot + ")", e);
                }
            }
        }
    }

    private static void useThePage(HeadlessChromium browser, ServerProcess server) throws Exception {
        await(browser, "document.readyState === 'complete' && document.getElementById('run') !== null");

        // the user field's name goes with the query: system.processes shows it as the query's user
        replaceText(browser, "#user", "alice");
        replaceText(browser, "#query", "SELECT user, count() AS queries FROM system.processes"
                + " WHERE query LIKE '%play-marker%' GROUP BY user -- play-marker");
        browser.click("#run");
        Map<?, ?> shown = awaitResult(browser, null);
        assertEquals(List.of("user", "queries"), shown.get("heads"), shown::toString);
        assertEquals(List.of("alice", "1"), shown.get("cells"), shown::toString);
        assertEquals(1.0, shown.get("bars"), "a two-column label/number result is charted: " + shown);

        replaceText(browser, "#query", "SELECT concat('item ', toString(number)) AS category, number * 10 AS value"
                + " FROM numbers(4)");
        browser.click("#run");
        shown = awaitResult(browser, shown);
        assertEquals(List.of("category", "value"), shown.get("heads"), shown::toString);
        assertEquals(List.of("item 0", "0", "item 1", "10", "item 2", "20", "item 3", "30"), shown.get("cells"),
                shown::toString);
        assertEquals(4.0, shown.get("bars"), shown::toString);
        assertTrue(((List<?>) shown.get("labels")).containsAll(List.of("item 3", "30")), shown::toString);
        assertEquals("4 rows in", ((String) shown.get("stats")).substring(0, 9), shown::toString);

        replaceText(browser, "#query", "SELECT * FROM no_such_table");
        browser.click("#run");
        shown = awaitResult(browser, shown);
        assertTrue(((String) shown.get("error")).contains("UNKNOWN_TABLE"), shown::toString);
        assertEquals(List.of(), shown.get("cells"), shown::toString);
        assertEquals(0.0, shown.get("bars"), shown::toString);

        // Cancel drops the request; the server sees its client go and stops the query
        replaceText(browser, "#query", "SELECT sleepEachRow(1) FROM numbers(1000) SETTINGS max_block_size = 1 -- play-cancel");
        browser.click("#run");
        // (the pattern is spelled apart so that this query does not find itself)
        String running = "SELECT count() FROM system.processes WHERE query LIKE concat('%play', '-cancel%')";
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!server.query(running).equals("1\n")) {
            assertTrue(System.nanoTime() < end, "the slow query never started");
            Thread.sleep(50);
        }
        browser.click("#cancel");
        shown = awaitResult(browser, shown);
        assertEquals("Cancelled.", shown.get("error"), shown::toString);
        while (!server.query(running).equals("0\n")) {
            assertTrue(System.nanoTime() < end, "the cancelled query is still running");
            Thread.sleep(50);
        }
    }

    /** Focuses the field, selects what it holds and types {@code text} over it. */
    private static void replaceText(HeadlessChromium browser, String selector, String text) throws Exception {
        browser.evaluate("(() => { const e = document.querySelector('" + selector + "'); e.focus(); e.select(); return true; })()");
        browser.type(text);
        assertEquals(text, browser.evaluate("document.querySelector('" + selector + "').value"));
    }

    /**
     * Waits for the page to show a finished query (a table, an error or an "Ok.") other than
     * {@code previous}, what it showed for the query before.
     */
    private static Map<?, ?> awaitResult(HeadlessChromium browser, Map<?, ?> previous) throws Exception {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            Map<?, ?> shown = (Map<?, ?>) HeadlessChromium.Json.parse((String) browser.evaluate(SNAPSHOT));
            String stats = (String) shown.get("stats");
            boolean done = !((List<?>) shown.get("heads")).isEmpty() || !((String) shown.get("error")).isEmpty()
                    || stats.startsWith("Ok.");
            if (done && !stats.equals("Running...") && !shown.equals(previous)) return shown;
            assertTrue(System.nanoTime() < end, "the page showed no result: " + shown + "\n" + browser.output());
            Thread.sleep(50);
        }
    }

    private static void await(HeadlessChromium browser, String condition) throws Exception {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!Boolean.TRUE.equals(browser.evaluate(condition))) {
            assertTrue(System.nanoTime() < end, "the page never satisfied " + condition + "\n" + browser.output());
            Thread.sleep(50);
        }
    }
}
