package io.strata.client;

import io.strata.core.query.ServerVersion;
import io.strata.nativeproto.ClientPackets;
import io.strata.nativeproto.client.NativeClient;
import io.strata.nativeproto.client.ServerInfo;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code strata client}: clickhouse-client's counterpart over the native protocol. Statements come
 * from {@code --query}, {@code --queries-file} or stdin (when it is not a terminal) and run one
 * after another; the first error stops the run and its code is the exit status. With none of
 * these and a terminal it opens the interactive prompt ({@link Repl}).
 */
public final class ClientMain {
    /** clickhouse-client's connect_timeout and receive_timeout defaults. */
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    private static final int RECEIVE_TIMEOUT_SECONDS = 300;
    private static final String HISTORY_ENV = "STRATA_CLIENT_HISTORY_FILE";

    private ClientMain() {
    }

    /** How a non-interactive run reports (clickhouse-client's --time, --echo, --ignore-error). */
    public record RunOptions(boolean time, boolean echo, boolean ignoreError, boolean showQueryOnError) {
        public static final RunOptions PLAIN = new RunOptions(false, false, false, false);
    }

    /** Runs the client on the process's standard streams; returns the process exit code. */
    public static int run(List<String> args) {
        return run(args, System.in, System.out, System.err, isTerminal(0), isTerminal(1));
    }

    /**
     * Runs the client on the given streams ({@code stdinTerminal}: whether the input is a person
     * at a terminal, which opens the prompt when no statements were given).
     */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err, boolean stdinTerminal,
                          boolean stdoutTerminal) {
        ClientOptions options;
        try {
            options = ClientOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
        if (options.help()) {
            out.print(ClientOptions.usage());
            return 0;
        }
        if (options.version()) {
            out.println("Strata client version " + ServerVersion.STRATA + ".");
            return 0;
        }
        boolean interactive = !options.hasQueries() && stdinTerminal;
        String format = options.format() != null ? options.format()
                : options.vertical() ? "Vertical" : interactive || stdoutTerminal ? "PrettyCompact" : "TabSeparated";
        NativeClient.Options connection = connectionOptions(options);
        try (NativeStatementExecutor executor = new NativeStatementExecutor(() -> NativeClient.connect(connection),
                options.settings(), options.parameters(), err, options.stacktrace())) {
            executor.setNextQueryId(options.queryId());
            if (interactive) return interactive(executor, options, format, out, err);
            List<String> scripts = new ArrayList<>();
            try {
                if (options.query() != null) scripts.add(options.query());
                for (Path f : options.queriesFiles()) scripts.add(Files.readString(f));
                if (scripts.isEmpty()) scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("Cannot read the queries: " + e.getMessage());
                return 1;
            }
            // with statements on the command line, stdin holds the rows of an INSERT (as in clickhouse-client)
            if (options.hasQueries() && !stdinTerminal) executor.setInsertData(in);
            RunOptions run = new RunOptions(options.time(), options.echo(), options.ignoreError(), true);
            OutputStream sink = stdoutTerminal ? new io.strata.formats.TerminalOutputStream(out) : out;
            int status = 0;
            for (String script : scripts) {
                status = runStatements(executor, Statements.split(script), format, new PrintStream(sink, true, StandardCharsets.UTF_8), err, run);
                if (status != 0 && !options.ignoreError()) return status;
            }
            return status;
        }
    }

    private static int interactive(NativeStatementExecutor executor, ClientOptions options, String format, PrintStream out,
                                   PrintStream err) {
        List<String> banner = new ArrayList<>();
        banner.add("Strata client version " + ServerVersion.STRATA + ".");
        banner.add("Connecting to " + options.host() + ":" + options.port() + " as user " + options.user() + ".");
        ServerInfo server;
        try {
            server = executor.server();
        } catch (StatementException e) {
            for (String line : banner) out.println(line);
            err.println(e.getMessage());
            return exitCode(e.code());
        }
        banner.add("Connected to " + server.name() + " server version " + server.version() + " revision " + server.revision() + ".");
        String name = server.displayName().isEmpty() ? options.host() : server.displayName();
        Path history = options.historyFile() != null ? options.historyFile()
                : System.getenv(HISTORY_ENV) != null ? Path.of(System.getenv(HISTORY_ENV))
                : Path.of(System.getProperty("user.home"), ".strata-client-history");
        try {
            new Repl(executor, new Repl.Config(name + " :) ", format, history, options.highlight(), banner)).run();
            return 0;
        } catch (IOException e) {
            err.println("Cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }

    private static NativeClient.Options connectionOptions(ClientOptions o) {
        boolean compression = o.compression() == null || o.compression();
        String hostname;
        try {
            hostname = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            hostname = "localhost";
        }
        String[] version = ServerVersion.STRATA.split("\\.");
        ClientPackets.Identity identity = new ClientPackets.Identity("Strata client", Integer.parseInt(version[0]),
                Integer.parseInt(version[1]), Integer.parseInt(version[2]), System.getProperty("user.name", ""), hostname);
        int connectTimeout = seconds(o.settings().get("connect_timeout"), CONNECT_TIMEOUT_SECONDS);
        int receiveTimeout = seconds(o.settings().get("receive_timeout"), RECEIVE_TIMEOUT_SECONDS);
        return new NativeClient.Options(o.host(), o.port(), o.user(), o.password(), o.database(), compression, identity,
                connectTimeout * 1000, receiveTimeout * 1000);
    }

    private static int seconds(String value, int otherwise) {
        if (value == null) return otherwise;
        try {
            return Math.max(1, (int) Math.min(Double.parseDouble(value.strip()), Integer.MAX_VALUE / 1000));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** Runs statements already split; stops at the first error. */
    public static int runStatements(StatementExecutor executor, List<String> statements, String format, PrintStream out,
                                    PrintStream err) {
        return runStatements(executor, statements, format, out, err, RunOptions.PLAIN);
    }

    /**
     * Runs statements one after another, results to {@code out}, errors to {@code err}; stops at
     * the first error unless told to ignore errors. Returns the exit code: the code of the first
     * error that stopped the run, else 0.
     */
    public static int runStatements(StatementExecutor executor, List<String> statements, String format, PrintStream out,
                                    PrintStream err, RunOptions run) {
        OutputStream sink = new BufferedOutputStream(out, 1 << 16);
        for (String sql : statements) {
            long start = System.nanoTime();
            try {
                if (run.echo()) {
                    sink.write((sql + "\n").getBytes(StandardCharsets.UTF_8));
                }
                executor.execute(sql, format, sink, ProgressListener.NONE);
                sink.flush();
                if (run.time()) err.println(ReadableNumbers.seconds((System.nanoTime() - start) / 1e9));
            } catch (StatementException e) {
                try {
                    sink.flush();
                } catch (IOException ignored) {
                    // stdout is gone; the error still goes to stderr
                }
                err.println(e.getMessage());
                if (run.showQueryOnError()) err.println("(query: " + sql + ")");
                if (!run.ignoreError()) return exitCode(e.code());
            } catch (IOException e) {
                err.println("Cannot write the result: " + e.getMessage());
                return 1;
            }
        }
        try {
            sink.flush();
        } catch (IOException e) {
            err.println("Cannot write the result: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /** The process exit status for an error code: the code itself, never 0 (exit statuses are 8 bits). */
    public static int exitCode(int errorCode) {
        int status = errorCode & 0xFF;
        return status == 0 ? 1 : errorCode;
    }

    /**
     * Whether standard input (0) or output (1) is a terminal. The JVM tells only for both at once
     * (System.console()); on Linux /proc tells for each.
     */
    static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            var console = System.console();
            return console != null && console.isTerminal();
        }
    }
}
