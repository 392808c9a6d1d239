package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A program running in a real terminal: a detached tmux session of a fixed size on its own tmux
 * server (its own socket in a temporary directory, so a user's tmux is never touched). Keys go in with
 * {@code tmux send-keys}; the screen comes back with {@code tmux capture-pane -p -e}, escape
 * sequences (colours, bold) included.
 */
final class TmuxTerminal implements AutoCloseable {
    private final Path socket;
    private final String session = "strata";

    private TmuxTerminal(Path socket) {
        this.socket = socket;
    }

    /**
     * Starts {@code command} (run by the shell) in a new {@code columns} x {@code rows} terminal.
     * When the command ends, the terminal shows {@code [exited with N]} and stays, so that a
     * failure still has the screen to show.
     */
    static TmuxTerminal start(String command, int columns, int rows) throws IOException, InterruptedException {
        TmuxTerminal t = new TmuxTerminal(Files.createTempDirectory("tmux").resolve("socket"));
        t.tmux("new-session", "-d", "-s", t.session, "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                command + "; echo \"[exited with $?]\"; exec sleep 3600");
        return t;
    }

    /** Types {@code text} literally (a ';' too: tmux would read a trailing one as its command separator). */
    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", session, "-l", text.replace(";", "\\;"));
    }

    /** Presses keys by tmux's names: Enter, Tab, C-c, BSpace... */
    void press(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** The visible screen, with escape sequences. */
    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-e", "-t", session);
    }

    /** The visible screen as text (escape sequences removed). */
    String text() throws IOException, InterruptedException {
        return screen().replaceAll("\033\\[[0-9;?]*[A-Za-z]", "");
    }

    /**
     * Waits until the screen satisfies {@code condition}, polling, for at most {@code seconds};
     * returns the screen, or fails with what the screen showed last.
     */
    String await(String what, long seconds, Predicate<String> condition) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String screen = screen();
        while (!condition.test(screen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the terminal never showed " + what + "; the screen is:\n" + screen);
            }
            Thread.sleep(50);
            screen = screen();
        }
        return screen;
    }

    /** Waits until the plain text of the screen contains {@code text}. */
    String awaitText(String text, long seconds) throws IOException, InterruptedException {
        return await("'" + text + "'", seconds, s -> s.replaceAll("\033\\[[0-9;?]*[A-Za-z]", "").contains(text));
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-S", socket.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        assertEquals(0, p.exitValue(), "tmux " + String.join(" ", args) + ": " + out);
        return out;
    }

    /** Ends the session's programs and this tmux server (only ours: it has its own socket). */
    @Override
    public void close() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("tmux", "-S", socket.toString(), "kill-server").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor();
        Files.deleteIfExists(socket);
        Files.deleteIfExists(socket.getParent());
    }
}
