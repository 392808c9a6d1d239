package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.server.Engine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The SQL corpus: every {@code tests/queries/NNNNN_name.sql} runs in a fresh database, and the
 * TabSeparated output of its statements, concatenated, must equal the file's {@code .reference}
 * (what ClickHouse prints for the same file with clickhouse-client --multiquery). A statement
 * followed by {@code -- { serverError NAME }} must fail with that error code and prints nothing.
 *
 * <p>Each file runs three ways (DESIGN.md §6): in an engine in this JVM, where every SELECT is
 * also rerun in the {@link VerificationModes} (one-row blocks, optimizer off) and must print the
 * same; and through one shared server process over HTTP and over the native protocol.
 *
 * <p>System properties: {@code corpus.filter} (substring of the file name, e.g. {@code 00042}),
 * {@code corpus.dir} (the queries directory), {@code corpus.timeout.seconds} (per file and way,
 * default 60), {@code corpus.verify=false} (no verification reruns), {@code corpus.protocols}
 * ({@code http,native} by default; empty: in-process only).
 */
class SqlCorpusTest {

    private static Engine engine;
    private static RuntimeException engineFailure;
    private static ServerProcess server;
    private static Path serverData;
    private static Throwable serverFailure;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        boolean verify = !"false".equals(System.getProperty("corpus.verify"));
        return tests("", file -> runFile(file, EngineConnection::new, true, verify));
    }

    @TestFactory
    Stream<DynamicTest> corpusOverHttp() throws IOException {
        if (!protocols().contains("http")) return Stream.empty();
        return tests(" [http]", file -> runFile(file, (e, db) -> new HttpCorpusConnection(HTTP, server().httpPort(), db), false, false));
    }

    @TestFactory
    Stream<DynamicTest> corpusOverNative() throws IOException {
        if (!protocols().contains("native")) return Stream.empty();
        return tests(" [native]", file -> runFile(file, (e, db) -> new NativeCorpusConnection(server().tcpPort(), db), false, false));
    }

    private interface FileRun {
        void run(Path file) throws Exception;
    }

    private interface Connector {
        CorpusConnection open(Engine e, String database) throws CorpusConnection.Failure;
    }

    private static List<String> protocols() {
        return List.of(System.getProperty("corpus.protocols", "http,native").split("\\s*,\\s*"));
    }

    private static Stream<DynamicTest> tests(String suffix, FileRun run) throws IOException {
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
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString() + suffix, file.toUri(),
                () -> assertTimeoutPreemptively(Duration.ofSeconds(timeout), () -> run.run(file),
                        () -> "timed out after " + timeout + " s; rerun: " + rerunCommand(file))));
    }

    @AfterAll
    static void close() throws Exception {
        if (engine != null) {
            engine.close();
            engine = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
        if (serverData != null) {
            try (Stream<Path> walk = Files.walk(serverData)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            serverData = null;
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

    /** The server process all files share over HTTP and native, each file in its own database. */
    private static synchronized ServerProcess server() {
        if (serverFailure != null) throw new AssertionError("the corpus server did not start", serverFailure);
        if (server == null) {
            try {
                serverData = Files.createTempDirectory("strata-corpus-server");
                // the files file() reads in the corpus: the same ones the in-JVM engine sees
                Path userFiles = Files.createDirectories(serverData.resolve("user_files"));
                try (var fixtures = Files.list(Path.of("user_files"))) {
                    for (Path f : (Iterable<Path>) fixtures::iterator) {
                        Files.copy(f, userFiles.resolve(f.getFileName()));
                    }
                }
                server = ServerProcess.start(serverData);
            } catch (Exception | AssertionError e) {
                serverFailure = e;
                throw new AssertionError("the corpus server did not start", e);
            }
        }
        return server;
    }

    private static void runFile(Path file, Connector connector, boolean inProcess, boolean verify) throws Exception {
        String name = file.getFileName().toString();
        String number = name.substring(0, name.indexOf('_') > 0 ? name.indexOf('_') : name.length() - 4);
        String database = "test_" + number;
        Path referenceFile = file.resolveSibling(name.substring(0, name.length() - 4) + ".reference");
        String expected = Files.exists(referenceFile) ? Files.readString(referenceFile, StandardCharsets.UTF_8) : null;
        List<SqlScript.Statement> statements = SqlScript.parse(Files.readString(file, StandardCharsets.UTF_8));

        Engine e = inProcess ? engine() : null;
        Function<String, Object> admin = adminFor(e);
        admin.apply("DROP DATABASE IF EXISTS " + database);
        admin.apply("CREATE DATABASE " + database);

        ByteArrayOutputStream output = new ByteArrayOutputStream();
        List<String> mismatches = new ArrayList<>();
        try (CorpusConnection c = connector.open(e, database)) {
            for (SqlScript.Statement st : statements) {
                runStatement(c, st, output, file, verify, mismatches);
            }
        } finally {
            try {
                admin.apply("DROP DATABASE IF EXISTS " + database);
            } catch (RuntimeException | AssertionError ignored) {
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
        if (!mismatches.isEmpty()) {
            fail(name + ": " + mismatches.size() + " statement(s) print differently in a verification mode\n"
                    + String.join("\n", mismatches) + "\nrerun: " + rerunCommand(file));
        }
    }

    /** Runs DDL for the file's database where the file runs: in this JVM or on the shared server. */
    private static Function<String, Object> adminFor(Engine e) {
        return sql -> {
            if (e != null) {
                EngineConnection.run(e, new QuerySession("default", "default", Settings.DEFAULTS), sql, Map.of(),
                        new ByteArrayOutputStream());
                return null;
            }
            try {
                return server().query(sql);
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        };
    }

    private static void runStatement(CorpusConnection c, SqlScript.Statement st, ByteArrayOutputStream output, Path file,
                                     boolean verify, List<String> mismatches) {
        String where = file.getFileName() + ":" + st.line() + ": ";
        if (st.expectedError() == null) {
            ByteArrayOutputStream own = new ByteArrayOutputStream();
            try {
                c.execute(st.sql(), Map.of(), own);
            } catch (CorpusConnection.Failure ex) {
                throw new AssertionError(where + "unexpected error " + ex.codeName() + " (" + ex.getMessage()
                        + ") in:\n" + st.sql() + "\nrerun: " + rerunCommand(file), ex);
            }
            output.writeBytes(own.toByteArray());
            if (verify) verify(c, st, own.toString(StandardCharsets.UTF_8), where, mismatches);
            return;
        }
        // An expected error prints nothing, even if some rows were produced before the failure.
        try {
            c.execute(st.sql(), Map.of(), new ByteArrayOutputStream());
        } catch (CorpusConnection.Failure ex) {
            if (!ex.codeName().equals(st.expectedError())) {
                throw new AssertionError(where + "expected error " + st.expectedError() + " but got "
                        + ex.codeName() + " (" + ex.getMessage() + ") in:\n" + st.sql()
                        + "\nrerun: " + rerunCommand(file), ex);
            }
            return;
        }
        throw new AssertionError(where + "expected error " + st.expectedError() + " but the statement succeeded:\n"
                + st.sql() + "\nrerun: " + rerunCommand(file));
    }

    /** Reruns a SELECT in each verification mode; a different output or an error is a mismatch. */
    private static void verify(CorpusConnection c, SqlScript.Statement st, String normal, String where, List<String> mismatches) {
        String text = SqlScript.stripComments(st.sql());
        if (!VerificationModes.isSelect(text)) return;
        for (VerificationModes.Mode mode : VerificationModes.ALL) {
            if (!VerificationModes.applies(mode, text)) continue;
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            String got;
            try {
                c.execute(st.sql(), mode.settings(), again);
                got = again.toString(StandardCharsets.UTF_8);
            } catch (CorpusConnection.Failure ex) {
                got = "error " + ex.codeName() + " (" + ex.getMessage() + ")\n";
            }
            if (!VerificationModes.samePrinted(normal, got)) {
                mismatches.add(where + "[" + mode.name() + " " + mode.settings() + "] " + st.sql() + "\n"
                        + LineDiff.unified(normal, got));
            }
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
