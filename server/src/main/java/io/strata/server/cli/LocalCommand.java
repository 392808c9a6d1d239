package io.strata.server.cli;

import io.strata.client.ClientMain;
import io.strata.client.Repl;
import io.strata.core.error.DbException;
import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.server.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code strata local}: clickhouse-local's counterpart. Statements from {@code --query} or stdin run
 * on an embedded engine (in memory unless {@code --path}); the first error is printed to stderr as
 * {@code Code: N. DB::Exception: ... (NAME)} and becomes the exit status. With neither --query nor
 * piped input it opens the interactive prompt.
 */
public final class LocalCommand {
    private LocalCommand() {
    }

    public static int run(LocalOptions options, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        try (Engine engine = Engine.open(options.path() == null ? null : options.path().toAbsolutePath())) {
            QuerySession session = new QuerySession("default", "default", Settings.DEFAULTS);
            EngineStatementExecutor executor = new EngineStatementExecutor(engine.runner(), session, engine.timeZone());
            if (options.query() == null && terminal) {
                String format = options.format() != null ? options.format() : "PrettyCompact";
                executor.setTerminal(true);
                java.nio.file.Path history = java.nio.file.Path.of(System.getProperty("user.home"), ".strata-client-history");
                new Repl(executor, new Repl.Config("strata-local :) ", format, history, true, java.util.List.of())).run();
                return 0;
            }
            if (options.query() != null && !terminal) executor.setInsertData(in);
            String script = options.query() != null ? options.query() : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String format = options.format() != null ? options.format() : "TabSeparated";
            // the SQL front end splits, so inline INSERT data containing ';' stays with its statement
            return ClientMain.runStatements(executor, Engine.splitStatements(script), format, out, err);
        } catch (IOException e) {
            err.println("Cannot read input: " + e.getMessage());
            return 1;
        } catch (Throwable t) {
            DbException error = DbException.wrap(t);
            err.println(error.toClickHouseString());
            return ClientMain.exitCode(error.code().code());
        }
    }
}
