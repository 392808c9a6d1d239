package io.strata.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs script steps with Debian's clickhouse-client (18.16), one process per step as a user's
 * shell script would: {@code --query} for statements and queries, INSERT rows on standard input
 * in TabSeparated, CSV or JSONEachRow.
 */
final class ClickHouseClientRunner implements ClientScript.Runner {
    static final String BINARY = "/usr/bin/clickhouse-client";

    private final String name;
    private final int port;
    private final String database;
    private final List<String> extraArgs;

    ClickHouseClientRunner(String name, int port, String database, List<String> extraArgs) {
        this.name = name;
        this.port = port;
        this.database = database;
        this.extraArgs = extraArgs;
    }

    /** Creates the runner's database afresh. */
    ClickHouseClientRunner prepare() throws Exception {
        run(null, List.of("--query", "DROP DATABASE IF EXISTS " + database));
        run(null, List.of("--query", "CREATE DATABASE " + database));
        return this;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void statement(String sql) throws Exception {
        run(database, List.of("--query", sql));
    }

    @Override
    public void insert(String table, List<String> rows, String as) throws Exception {
        String format = as == null ? "TabSeparated" : as;
        String data = switch (format) {
            case "CSV" -> ClientScript.toCsv(rows);
            case "JSONEachRow" -> {
                List<String> columns = new ArrayList<>();
                for (String line : query("DESCRIBE TABLE " + table).split("\n")) columns.add(line.split("\t")[0]);
                yield ClientScript.toJsonEachRow(rows, columns);
            }
            default -> String.join("\n", rows) + "\n";
        };
        run(database, List.of("--query", "INSERT INTO " + table + " FORMAT " + format), data);
    }

    @Override
    public String query(String sql) throws Exception {
        return run(database, List.of("--query", sql));
    }

    /** Runs clickhouse-client; returns its standard output, or throws with its error output. */
    String run(String db, List<String> args) throws Exception {
        return run(db, args, null);
    }

    String run(String db, List<String> args, String stdin) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(BINARY, "--host", "127.0.0.1", "--port", String.valueOf(port)));
        if (db != null) cmd.addAll(List.of("--database", db));
        cmd.addAll(extraArgs);
        cmd.addAll(args);
        Result r = exec(cmd, stdin);
        if (r.exit != 0) throw new IOException("clickhouse-client exited " + r.exit + ": " + r.stderr.strip());
        return r.stdout;
    }

    record Result(int exit, String stdout, String stderr) {
    }

    /** Runs a command with optional standard input and collects both outputs. */
    static Result exec(List<String> cmd, String stdin) throws Exception {
        Process p = new ProcessBuilder(cmd).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + cmd);
        }
        return new Result(p.exitValue(), out.get(), err.get());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
