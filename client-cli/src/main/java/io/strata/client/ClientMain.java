package io.strata.client;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code strata client}: runs statements given with {@code --query} or piped on stdin, or opens the
 * interactive prompt. Non-interactive runs stop at the first error and exit with its code, as
 * clickhouse-client does.
 */
public final class ClientMain {
    private ClientMain() {
    }

    /** Runs the client; returns the process exit code. */
    public static int run(List<String> args) {
        ClientOptions options;
        try {
            options = ClientOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        if (options.help()) {
            System.out.print(ClientOptions.usage());
            return 0;
        }
        HttpStatementExecutor executor = new HttpStatementExecutor(options.host(), options.port(), options.user(),
                options.password(), options.database());
        boolean interactive = options.query() == null && isTerminal();
        String format = options.format() != null ? options.format() : isTerminal() ? "PrettyCompact" : "TabSeparated";
        if (interactive) {
            try {
                new Repl(executor, format, options.host() + " :) ").run();
                return 0;
            } catch (IOException e) {
                System.err.println("Cannot open the terminal: " + e.getMessage());
                return 1;
            }
        }
        String script;
        try {
            script = options.query() != null ? options.query() : new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Cannot read stdin: " + e.getMessage());
            return 1;
        }
        return runScript(executor, script, format, System.out, System.err);
    }

    /** Runs every statement of {@code script}, stopping at the first error; returns the exit code. */
    public static int runScript(StatementExecutor executor, String script, String format, PrintStream out, PrintStream err) {
        return runStatements(executor, Statements.split(script), format, out, err);
    }

    /** Runs statements already split (e.g. by the SQL front end); stops at the first error. */
    public static int runStatements(StatementExecutor executor, java.util.List<String> statements, String format,
                                    PrintStream out, PrintStream err) {
        OutputStream sink = new BufferedOutputStream(out, 1 << 16);
        for (String sql : statements) {
            try {
                executor.execute(sql, format, sink);
                sink.flush();
            } catch (StatementException e) {
                try {
                    sink.flush();
                } catch (IOException ignored) {
                    // stdout is gone; the error still goes to stderr
                }
                err.println(e.getMessage());
                return exitCode(e.code());
            } catch (IOException e) {
                err.println("Cannot write the result: " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    /** The process exit status for an error code: the code itself, never 0 (exit statuses are 8 bits). */
    public static int exitCode(int errorCode) {
        int status = errorCode & 0xFF;
        return status == 0 ? 1 : errorCode;
    }

    static boolean isTerminal() {
        var console = System.console();
        return console != null && console.isTerminal();
    }
}
