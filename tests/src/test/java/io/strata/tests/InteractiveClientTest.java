package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The acceptance test of the interactive client (issue 5): {@code bin/strata client} in a real
 * terminal (tmux) against a real server. A multi-line statement is typed and shown highlighted,
 * a table name is completed with Tab, a long query shows the live progress bar, Ctrl-C cancels it,
 * and the next statement runs in the same session. Every wait polls the screen up to a deadline.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class InteractiveClientTest {
    private static final String TABLE = "client_completion_target";
    private static ServerProcess server;

    @BeforeAll
    static void start() throws Exception {
        server = ServerProcess.start(Files.createTempDirectory("strata-interactive"));
        server.query("CREATE TABLE " + TABLE + " (x UInt64) ENGINE = MergeTree ORDER BY x");
        server.query("INSERT INTO " + TABLE + " SELECT number FROM numbers(1000000)");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    @Test
    void typeCompleteWatchProgressCancelAndGoOn() throws Exception {
        Path history = Files.createTempDirectory("strata-history").resolve("history");
        String command = "STRATA_CLIENT_HISTORY_FILE=" + history + " " + ServerProcess.ROOT.resolve("bin/strata")
                + " client --port " + server.tcpPort();
        try (TmuxTerminal t = TmuxTerminal.start(command, 160, 48)) {
            t.awaitText("Connected to Strata server version", 180);
            // (capture-pane drops the spaces that end a line)
            t.await("the prompt", 60, s -> Pattern.compile("(?m) :\\)$").matcher(s).find());

            // a statement over two lines, highlighted as it is typed
            t.type("SELECT x, 'multi' AS s, count()");
            t.press("Enter");
            t.awaitText(":-]", 30);
            String colours = t.await("highlighting", 30, s -> s.contains("\033[1mSELECT") && s.contains("\033[32m'multi'")
                    && s.contains("\033[33mcount"));
            assertTrue(colours.contains("\033[1mAS"), colours);

            // Tab completes the table name
            t.type("FROM client_compl");
            t.press("Tab");
            t.awaitText("FROM " + TABLE, 30);
            t.type(" GROUP BY x ORDER BY x LIMIT 2;");
            t.press("Enter");
            String result = t.awaitText("2 rows in set. Elapsed:", 60);
            assertTrue(Pattern.compile("│ +1 │ multi │ +1 │").matcher(result).find(), result);

            // a long query shows its progress, and Ctrl-C cancels it
            t.type("SELECT count() FROM " + TABLE + " WHERE sleepEachRow(0.0001 + x * 0) = 0;");
            t.press("Enter");
            String progress = t.await("the progress bar", 120, s -> {
                String plain = s.replaceAll("\033\\[[0-9;?]*[A-Za-z]", "");
                return plain.contains("Progress: ") && Pattern.compile("rows/s\\., [0-9.]+ [KMG]?B/s\\.\\) [0-9.]+ s .*[█▏▎▍▌▋▊▉].* [0-9]+%")
                        .matcher(plain).find();
            });
            assertTrue(progress.contains("\033[32m█") || progress.contains("\033[32m▏") || progress.contains("\033[32m"), progress);
            t.press("C-c");
            t.awaitText("Query was cancelled.", 60);
            String cancelled = t.awaitText("0 rows in set. Elapsed:", 30);
            assertTrue(cancelled.contains("Cancelling query."), cancelled);

            // the session goes on
            t.type("SELECT 40 + 2 AS answer;");
            t.press("Enter");
            String next = t.awaitText("1 row in set. Elapsed:", 60);
            assertTrue(Pattern.compile("│ +42 │").matcher(next.replaceAll("\033\\[[0-9;?]*[A-Za-z]", "")).find(), next);
            t.type("exit");
            t.press("Enter");
            t.awaitText("Bye.", 30);
        }
        String saved = Files.readString(history);
        assertTrue(saved.contains("SELECT 40 + 2 AS answer;"), saved);
    }
}
