package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import io.strata.core.block.Chunk;
import io.strata.core.error.DbException;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryRequest;
import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.formats.Formats;
import io.strata.formats.OutputStatistics;
import io.strata.formats.OutputWriter;
import io.strata.server.Engine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The SQL corpus: every {@code tests/queries/NNNNN_name.sql} runs in a fresh database of an
 * in-memory engine, and the TabSeparated output of its statements, concatenated, must equal the
 * file's {@code .reference} (what ClickHouse prints for the same file with clickhouse-client
 * --multiquery). A statement followed by {@code -- { serverError NAME }} must fail with that
 * error code and prints nothing.
 *
 * <p>System properties: {@code corpus.filter} (substring of the file name, e.g. {@code 00042}),
 * {@code corpus.dir} (the queries directory), {@code corpus.timeout.seconds} (per file, default 60).
 */
class SqlCorpusTest {

    private static Engine engine;
    private static RuntimeException engineFailure;

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        Path dir = queriesDir();
        String filter = System.getProperty("corpus.filter", "").trim();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".sql"))
                    .filter(p -> filter.isEmpty() || p.getFileName().toString().contains(filter))
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            fail("no .sql file in " + dir.toAbsolutePath() + (filter.isEmpty() ? "" : " matches corpus.filter=" + filter));
        }
        long timeout = Long.getLong("corpus.timeout.seconds", 60);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(),
                () -> assertTimeoutPreemptively(Duration.ofSeconds(timeout), () -> runFile(file),
                        () -> "timed out after " + timeout + " s; rerun: " + rerunCommand(file))));
    }


    @AfterAll
    static void closeEngine() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    private static synchronized Engine engine() {
        if (engineFailure != null) {
            throw engineFailure;
        }
        if (engine == null) {
            try {
                engine = Engine.open(null);
            } catch (RuntimeException e) {
                engineFailure = e;
                throw e;
            }
        }
        return engine;
    }

    private static void runFile(Path file) throws IOException {
        String name = file.getFileName().toString();
        String number = name.substring(0, name.indexOf('_') > 0 ? name.indexOf('_') : name.length() - 4);
        String database = "test_" + number;
        Path referenceFile = file.resolveSibling(name.substring(0, name.length() - 4) + ".reference");
        String expected = Files.exists(referenceFile) ? Files.readString(referenceFile, StandardCharsets.UTF_8) : null;
        List<SqlScript.Statement> statements = SqlScript.parse(Files.readString(file, StandardCharsets.UTF_8));

        Engine e = engine();
        QuerySession admin = new QuerySession("default", "default", Settings.DEFAULTS);
        execute(e, admin, "DROP DATABASE IF EXISTS " + database, new ByteArrayOutputStream());
        execute(e, admin, "CREATE DATABASE " + database, new ByteArrayOutputStream());
        QuerySession session = new QuerySession("default", database, Settings.DEFAULTS);

        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            for (SqlScript.Statement st : statements) {
                runStatement(e, session, st, output, file);
            }
        } finally {
            try {
                execute(e, admin, "DROP DATABASE IF EXISTS " + database, new ByteArrayOutputStream());
            } catch (DbException ignored) {
                // A failed cleanup must not hide the file's own result; the next run drops it first anyway.
            }
        }
        String actual = output.toString(StandardCharsets.UTF_8);
        if (expected == null) {
            fail(name + ": missing " + referenceFile.getFileName() + "; actual output:\n" + actual
                    + "\nrerun: " + rerunCommand(file));
        }
        if (!expected.equals(actual)) {
            fail(name + ": output differs from " + referenceFile.getFileName() + " (--- expected, +++ actual)\n"
                    + LineDiff.unified(expected, actual) + "rerun: " + rerunCommand(file));
        }
    }

    private static void runStatement(Engine e, QuerySession session, SqlScript.Statement st,
                                     ByteArrayOutputStream output, Path file) {
        String where = file.getFileName() + ":" + st.line() + ": ";
        if (st.expectedError() == null) {
            try {
                execute(e, session, st.sql(), output);
            } catch (DbException ex) {
                throw new AssertionError(where + "unexpected error " + ex.code().name() + " (" + ex.getMessage()
                        + ") in:\n" + st.sql() + "\nrerun: " + rerunCommand(file), ex);
            }
            return;
        }
        // An expected error prints nothing, even if some rows were produced before the failure.
        try {
            execute(e, session, st.sql(), new ByteArrayOutputStream());
        } catch (DbException ex) {
            if (!ex.code().name().equals(st.expectedError())) {
                throw new AssertionError(where + "expected error " + st.expectedError() + " but got "
                        + ex.code().name() + " (" + ex.getMessage() + ") in:\n" + st.sql()
                        + "\nrerun: " + rerunCommand(file), ex);
            }
            return;
        }
        throw new AssertionError(where + "expected error " + st.expectedError() + " but the statement succeeded:\n"
                + st.sql() + "\nrerun: " + rerunCommand(file));
    }

    /** Runs one statement and appends its output in its FORMAT (TabSeparated by default). */
    private static void execute(Engine e, QuerySession session, String sql, ByteArrayOutputStream output) {
        String queryId = "corpus-" + System.nanoTime();
        try (QueryExecution ex = e.runner().execute(
                new QueryRequest(sql, session, Map.of(), Map.of(), null, queryId))) {
            List<Chunk> chunks = new ArrayList<>();
            for (Chunk c = ex.next(); c != null; c = ex.next()) {
                chunks.add(c);
            }
            Chunk totals = ex.totals();
            // Statements without a result (DDL, INSERT, SET) print nothing, as clickhouse-client.
            if (ex.header().size() == 0 && ex.outputFormat() == null) {
                return;
            }
            String format = ex.outputFormat() != null ? ex.outputFormat() : "TabSeparated";
            Settings settings = ex.settings() != null ? ex.settings() : session.settings();
            OutputWriter writer = Formats.output(format).create(output, ex.header(),
                    Formats.formatSettings(settings, e.timeZone()), settings);
            long rows = 0;
            for (Chunk c : chunks) {
                writer.writeChunk(c);
                rows += c.rowCount();
            }
            if (totals != null) {
                writer.writeTotals(totals);
            }
            writer.finish(OutputStatistics.ofRows(rows));
        } catch (UncheckedIOException io) {
            throw new AssertionError("output failed", io);
        } catch (RuntimeException re) {
            throw DbException.wrap(re);
        }
    }

    private static Path queriesDir() {
        String configured = System.getProperty("corpus.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        // Surefire runs in the module directory; an IDE may run from the repository root.
        for (Path p : List.of(Path.of("queries"), Path.of("tests", "queries"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("tests/queries not found from " + Path.of("").toAbsolutePath());
    }

    private static String rerunCommand(Path file) {
        String name = file.getFileName().toString();
        String number = name.contains("_") ? name.substring(0, name.indexOf('_')) : name;
        return "mvn -q -o -pl tests test -Dtest=SqlCorpusTest -Dcorpus.filter=" + number;
    }
}
