package io.strata.client;

import io.strata.formats.TerminalOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive prompt, as clickhouse-client's: a statement is typed over as many lines as
 * needed and runs when it ends with {@code ;} (or {@code \G}, for a vertical result), with syntax
 * highlighting, Tab completion of keywords, functions and the server's databases, tables and
 * columns, and a history kept across runs. A running statement shows a live progress line;
 * Ctrl-C cancels it and the session goes on. Each statement ends with clickhouse-client's summary,
 * {@code 3 rows in set. Elapsed: 0.012 sec. Processed ...}, and an error is printed without ending
 * the session. Ctrl-C at the prompt clears the statement being typed; Ctrl-D or {@code exit} leave.
 */
public final class Repl {
    private static final Set<String> EXIT_WORDS = Set.of("exit", "quit", "logout", "q", "\\q", "bye", ":q");
    /** Statements after which the tables and databases to complete may have changed. */
    private static final Set<String> CATALOG_CHANGES = Set.of("CREATE", "DROP", "ALTER", "RENAME", "ATTACH", "DETACH",
            "EXCHANGE", "USE");

    /**
     * @param prompt      the primary prompt ({@code host :) })
     * @param format      the output format of statements without a FORMAT clause
     * @param historyFile where the history is kept
     * @param highlight   colour the statement being typed
     * @param banner      lines printed when the prompt opens (may be empty)
     */
    public record Config(String prompt, String format, Path historyFile, boolean highlight, List<String> banner) {
    }

    private final StatementExecutor executor;
    private final Config config;
    private final Object screen = new Object();
    private volatile boolean running;

    public Repl(StatementExecutor executor, Config config) {
        this.executor = executor;
        this.config = config;
    }

    /** Whether {@code line} leaves the prompt. */
    static boolean isExitCommand(String line) {
        String s = line.strip();
        if (s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
        return EXIT_WORDS.contains(s.toLowerCase(Locale.ROOT));
    }

    public void run() throws IOException {
        // no grapheme-cluster probing: its test output (flag emoji and mode queries) crashes some terminals (tmux 3.3a)
        try (Terminal terminal = TerminalBuilder.builder().system(true).graphemeCluster(false).build()) {
            PrintStream out = new PrintStream(terminal.output(), true, terminal.encoding());
            for (String line : config.banner()) out.println(line);
            if (!config.banner().isEmpty()) out.println();
            CompletionCatalog catalog = new CompletionCatalog();
            catalog.reload(executor);
            LineReaderBuilder builder = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("strata")
                    .parser(new StatementParser())
                    .completer(new SqlCompleter(catalog))
                    .variable(LineReader.HISTORY_FILE, config.historyFile())
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, ":-] ")
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.CASE_INSENSITIVE, true);
            if (config.highlight()) builder.highlighter(new SqlHighlighter());
            LineReader reader = builder.build();
            ProgressBar bar = new ProgressBar(out, terminal::getWidth, screen);
            terminal.handle(Terminal.Signal.INT, signal -> interrupt(out, bar));
            while (true) {
                String line;
                try {
                    line = reader.readLine(config.prompt());
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C drops the statement being typed
                } catch (EndOfFileException e) {
                    out.println("Bye.");
                    return;
                }
                if (isExitCommand(line)) {
                    out.println("Bye.");
                    return;
                }
                boolean catalogChanged = false;
                for (String sql : Statements.split(line)) {
                    runOne(sql, terminal, out, bar);
                    catalogChanged |= CATALOG_CHANGES.contains(StatementClauses.firstKeyword(sql));
                }
                if (catalogChanged) catalog.reload(executor);
            }
        }
    }

    /** Ctrl-C while a statement runs: ask the server to stop it (its end is still read). */
    private void interrupt(PrintStream out, ProgressBar bar) {
        if (!running) return;
        if (executor.cancel()) {
            synchronized (screen) {
                bar.clear();
                out.println("Cancelling query.");
            }
        }
    }

    private void runOne(String sql, Terminal terminal, PrintStream out, ProgressBar bar) {
        long start = System.nanoTime();
        bar.start();
        running = true;
        StatementResult result = null;
        StatementException error = null;
        // keys typed while the statement runs (Ctrl-C's "^C" above all) must not break into the progress line
        boolean echo = terminal.echo(false);
        try {
            result = executor.execute(sql, config.format(), new TerminalOutputStream(new ScreenOutput(out, bar)), bar);
        } catch (StatementException e) {
            error = e;
        } finally {
            running = false;
            terminal.echo(echo);
        }
        synchronized (screen) {
            bar.clear();
            long clientNanos = System.nanoTime() - start;
            if (error != null) {
                out.println();
                out.print("Elapsed: " + ReadableNumbers.seconds(clientNanos / 1e9) + " sec. ");
                out.println();
                out.println();
                out.println(error.getMessage());
                out.println();
                return;
            }
            if (result.cancelled()) {
                out.println("Query was cancelled.");
            } else if (!result.wroteRows()) {
                out.println("Ok.");
            }
            out.println();
            QueryStats stats = result.stats();
            long elapsed = stats.serverElapsedNanos() > 0 ? stats.serverElapsedNanos() : clientNanos;
            out.print(result.rows() + " row" + (result.rows() == 1 ? "" : "s") + " in set. Elapsed: "
                    + ReadableNumbers.seconds(elapsed / 1e9) + " sec. " + stats.processedText(elapsed));
            out.println();
            out.println();
        }
    }

    /** The result's bytes on the terminal: the progress line is cleared before any of them. */
    private final class ScreenOutput extends OutputStream {
        private final PrintStream out;
        private final ProgressBar bar;

        ScreenOutput(PrintStream out, ProgressBar bar) {
            this.out = out;
            this.bar = bar;
        }

        @Override
        public void write(int b) {
            synchronized (screen) {
                bar.clear();
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (screen) {
                bar.clear();
                out.write(b, off, len);
            }
        }

        @Override
        public void flush() {
            out.flush();
        }
    }
}
