package io.strata.client;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive prompt: reads lines until a statement ends with {@code ;}, runs it, prints the
 * result and ClickHouse's {@code N rows in set. Elapsed: 0.012 sec.} line. History persists
 * across runs. Errors are printed and the prompt continues.
 */
public final class Repl {
    private static final Set<String> EXIT_WORDS = Set.of("exit", "quit", "logout", "q", "\\q", "bye");

    private final StatementExecutor executor;
    private final String format;
    private final String prompt;

    public Repl(StatementExecutor executor, String format, String prompt) {
        this.executor = executor;
        this.format = format;
        this.prompt = prompt;
    }

    public void run() throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("strata")
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".strata-client-history"))
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, ":-] ")
                    .build();
            PrintStream out = new PrintStream(terminal.output(), true, terminal.encoding());
            StringBuilder statement = new StringBuilder();
            while (true) {
                String line;
                try {
                    line = reader.readLine(statement.isEmpty() ? prompt : ":-] ");
                } catch (UserInterruptException e) {
                    statement.setLength(0); // Ctrl-C drops the statement being typed
                    continue;
                } catch (EndOfFileException e) {
                    out.println("Bye.");
                    return;
                }
                if (statement.isEmpty() && EXIT_WORDS.contains(line.strip().toLowerCase(Locale.ROOT).replaceAll(";$", ""))) {
                    out.println("Bye.");
                    return;
                }
                if (!statement.isEmpty()) statement.append('\n');
                statement.append(line);
                if (statement.toString().isBlank()) {
                    statement.setLength(0);
                    continue;
                }
                if (!Statements.endsStatement(statement.toString())) continue;
                for (String sql : Statements.split(statement.toString())) {
                    runOne(sql, out);
                }
                statement.setLength(0);
            }
        }
    }

    private void runOne(String sql, PrintStream out) {
        long start = System.nanoTime();
        try {
            long rows = executor.execute(sql, format, nonClosing(out));
            double elapsed = (System.nanoTime() - start) / 1e9;
            out.println();
            if (rows < 0) {
                out.printf(Locale.ROOT, "Ok. Elapsed: %.3f sec.%n%n", elapsed);
            } else {
                out.printf(Locale.ROOT, "%d %s in set. Elapsed: %.3f sec.%n%n", rows, rows == 1 ? "row" : "rows", elapsed);
            }
        } catch (StatementException e) {
            out.println();
            out.println(e.getMessage());
            out.println();
        }
    }

    private static OutputStream nonClosing(PrintStream out) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                out.write(b, off, len);
            }

            @Override
            public void flush() {
                out.flush();
            }
        };
    }
}
