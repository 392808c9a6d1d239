package io.strata.server;

import io.strata.core.block.Chunk;
import io.strata.core.error.DbException;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryRequest;
import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.formats.Formats;
import io.strata.formats.OutputStatistics;
import io.strata.formats.OutputWriter;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** The single binary's entry point: {@code strata local | server | client | --version}. */
public final class Main {
    static final String VERSION = "0.1.0";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            System.out.println("usage: strata local [--path DIR] [--query SQL] [--format F] | server [...] | client [...] | --version");
            return;
        }
        switch (args[0]) {
            case "--version", "version" -> System.out.println("Strata " + VERSION);
            case "local" -> System.exit(local(args));
            default -> {
                System.err.println("strata: '" + args[0] + "' is not available in this build yet");
                System.exit(2);
            }
        }
    }

    /** Like clickhouse-local: runs statements from --query or stdin; exits with the error code on failure. */
    static int local(String[] args) throws Exception {
        String path = null, query = null, format = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--path" -> path = args[++i];
                case "--query", "-q" -> query = args[++i];
                case "--format" -> format = args[++i];
                case "--multiquery", "-n" -> { }
                default -> {
                    System.err.println("strata local: unknown option " + args[i]);
                    return 2;
                }
            }
        }
        if (query == null) query = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        try (Engine engine = Engine.open(path == null ? null : Path.of(path))) {
            QuerySession session = new QuerySession("default", "default", Settings.DEFAULTS);
            for (String sql : Engine.splitStatements(query)) {
                try (QueryExecution x = engine.runner().execute(new QueryRequest(sql, session, Map.of(), Map.of(), null, null))) {
                    if (x.header().size() == 0) {
                        while (x.next() != null) { }
                        continue;
                    }
                    String f = x.outputFormat() != null ? x.outputFormat() : format != null ? format : "TabSeparated";
                    OutputWriter w = Formats.output(f).create(out, x.header(),
                            Formats.formatSettings(x.settings(), engine.timeZone()), x.settings());
                    long rows = 0;
                    Chunk c;
                    while ((c = x.next()) != null) {
                        w.writeChunk(c);
                        rows += c.rowCount();
                    }
                    Chunk totals = x.totals();
                    if (totals != null) w.writeTotals(totals);
                    w.finish(OutputStatistics.ofRows(rows));
                } catch (DbException e) {
                    out.flush();
                    System.err.println(e.toClickHouseString());
                    return e.code().code() % 256 == 0 ? 1 : e.code().code() % 256;
                } catch (RuntimeException e) {
                    out.flush();
                    System.err.println(DbException.wrap(e).toClickHouseString());
                    return 1;
                }
            }
        }
        out.flush();
        return 0;
    }
}
