package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.server.Engine;
import io.strata.server.cli.EngineStatementExecutor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every output format, byte for byte against ClickHouse, over a corpus of types and values
 * (resources/format-corpus, see its README): each case of cases.tsv runs through {@code strata
 * local}'s statement executor with the case's settings, once per format that has an expected
 * file. The expected bytes are modern/CASE/FORMAT.out where present (derived for ClickHouse
 * 24.x, where 18.16 lacks the format or type or differs) and otherwise the verbatim capture of
 * ClickHouse 18.16 in clickhouse-18.16/CASE/FORMAT.out. The JSON statistics (elapsed seconds,
 * bytes read) are timings and storage accounting, so they are masked on both sides;
 * rows_read and rows_before_limit_at_least are compared.
 */
class FormatCorpusTest {
    private static final Path CORPUS;

    static {
        try {
            CORPUS = Path.of(FormatCorpusTest.class.getResource("/format-corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Engine engine;
    private static EngineStatementExecutor executor;
    private static io.strata.http.HttpServer http;

    record Case(String name, Map<String, String> settings, String query) {
    }

    @BeforeAll
    static void loadCorpus() throws IOException {
        engine = Engine.open(null);
        QuerySession session = new QuerySession("default", "default", Settings.DEFAULTS.with("session_timezone", "UTC"));
        executor = new EngineStatementExecutor(engine.runner(), session, engine.timeZone());
        for (String script : List.of("corpus.sql", "corpus-modern.sql")) {
            for (String statement : Engine.splitStatements(Files.readString(CORPUS.resolve(script)))) {
                if (!statement.isBlank()) run(statement);
            }
        }
    }

    @AfterAll
    static void close() {
        if (http != null) http.close();
        if (engine != null) engine.close();
    }

    /** The same engine over HTTP on a free loopback port, as the expected files were captured from ClickHouse. */
    static synchronized java.net.URI http(String parameters) {
        if (http == null) {
            http = new io.strata.http.HttpServer(engine.runner(), "127.0.0.1", 0, java.time.ZoneId.of("UTC"));
            http.start();
        }
        return java.net.URI.create("http://127.0.0.1:" + http.port() + "/?session_timezone=UTC" + (parameters.isEmpty() ? "" : "&" + parameters));
    }

    static java.net.http.HttpResponse<byte[]> post(String parameters, String sql) throws IOException, InterruptedException {
        try (java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient()) {
            return client.send(java.net.http.HttpRequest.newBuilder(http(parameters))
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(sql)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    static byte[] run(String sql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            executor.execute(sql, "TabSeparated", out);
        } catch (Exception e) {
            throw new AssertionError(sql + "\n" + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\t", 4); // case, settings, formats (for generate.sh), query
            Map<String, String> settings = new LinkedHashMap<>();
            if (!parts[1].equals("-")) {
                for (String kv : parts[1].split("&")) {
                    int eq = kv.indexOf('=');
                    settings.put(kv.substring(0, eq), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            cases.add(new Case(parts[0], settings, parts[3]));
        }
        return cases;
    }

    /** The query of a case in a format, its settings as a SETTINGS clause. */
    static String sql(Case c, String format) {
        StringBuilder sb = new StringBuilder(c.query());
        if (!c.settings().isEmpty()) {
            sb.append(" SETTINGS ");
            int i = 0;
            for (var e : c.settings().entrySet()) {
                if (i++ > 0) sb.append(", ");
                sb.append(e.getKey()).append(" = '").append(e.getValue().replace("\\", "\\\\").replace("'", "\\'")).append('\'');
            }
        }
        return sb.append(" FORMAT ").append(format).toString();
    }

    /** Masks the values of "elapsed" and "bytes_read" in a JSON statistics section. */
    static String maskStatistics(String s) {
        return s.replaceAll("(\"elapsed\": )[0-9.e-]+", "$1<elapsed>").replaceAll("(\"bytes_read\": )[0-9]+", "$1<bytes>");
    }

    @TestFactory
    Stream<DynamicTest> everyFormatMatchesClickHouse() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            TreeSet<String> formats = new TreeSet<>();
            for (String dir : List.of("clickhouse-18.16", "modern")) {
                Path d = CORPUS.resolve(dir).resolve(c.name());
                if (!Files.isDirectory(d)) continue;
                try (Stream<Path> files = Files.list(d)) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".out"))
                            .forEach(n -> formats.add(n.substring(0, n.length() - 4)));
                }
            }
            for (String format : formats) {
                tests.add(DynamicTest.dynamicTest(c.name() + " " + format, () -> {
                    Path modern = CORPUS.resolve("modern").resolve(c.name()).resolve(format + ".out");
                    Path expectedFile = Files.exists(modern) ? modern : CORPUS.resolve("clickhouse-18.16").resolve(c.name()).resolve(format + ".out");
                    String expected = new String(Files.readAllBytes(expectedFile), StandardCharsets.UTF_8);
                    String actual = new String(run(sql(c, format)), StandardCharsets.UTF_8);
                    assertEquals(maskStatistics(expected), maskStatistics(actual), expectedFile.toString());
                }));
            }
        }
        return tests.stream();
    }

    /**
     * The corpus, totals and LIMIT cases over HTTP, settings as URL parameters, exactly as the
     * ClickHouse 18.16 files were captured: Pretty output has no colours there (not a terminal).
     */
    @TestFactory
    Stream<DynamicTest> everyFormatMatchesClickHouseOverHttp() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            if (!List.of("corpus", "totals", "limit", "limit_group").contains(c.name())) continue;
            Path dir = CORPUS.resolve("clickhouse-18.16").resolve(c.name());
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String format = f.getFileName().toString().replace(".out", "");
                    tests.add(DynamicTest.dynamicTest(c.name() + " " + format, () -> {
                        StringBuilder params = new StringBuilder();
                        for (var e : c.settings().entrySet()) {
                            if (!params.isEmpty()) params.append('&');
                            params.append(e.getKey()).append('=').append(java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
                        }
                        var response = post(params.toString(), c.query() + " FORMAT " + format);
                        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
                        assertEquals(format, response.headers().firstValue("X-ClickHouse-Format").orElse(""));
                        assertEquals(maskStatistics(new String(expected(c.name(), format), StandardCharsets.UTF_8)),
                                maskStatistics(new String(response.body(), StandardCharsets.UTF_8)), c.name() + "/" + format);
                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void prettyColoursOnlyWhenAsked() throws Exception {
        String sql = "SELECT number AS n, 'a' AS s FROM numbers(2) FORMAT PrettyCompact";
        String plain = new String(post("", sql).body(), StandardCharsets.UTF_8);
        assertEquals("┌─n─┬─s─┐\n│ 0 │ a │\n│ 1 │ a │\n└───┴───┘\n", plain);
        String coloured = new String(post("output_format_pretty_color=1", sql).body(), StandardCharsets.UTF_8);
        assertEquals("┌─\033[1mn\033[0m─┬─\033[1ms\033[0m─┐\n│ 0 │ a │\n│ 1 │ a │\n└───┴───┘\n", coloured);
        assertEquals(plain, new String(post("output_format_pretty_color=1", sql.replace("PrettyCompact", "PrettyCompactNoEscapes"))
                .body(), StandardCharsets.UTF_8));
    }

    @Test
    void systemFormatsListsEveryFormatWithClickHouseColumns() throws Exception {
        String out = new String(post("", "SELECT name, is_input, is_output, is_tty_friendly, content_type FROM system.formats "
                + "WHERE name IN ('TSV', 'CSVWithNames', 'Pretty', 'TSKV', 'JSONObjectEachRow', 'LineAsString', 'Null', 'RawBLOB') "
                + "ORDER BY name FORMAT TSV").body(), StandardCharsets.UTF_8);
        assertEquals("""
                CSVWithNames\t1\t1\t1\ttext/csv; charset=UTF-8; header=present
                JSONObjectEachRow\t1\t1\t1\tapplication/json; charset=UTF-8
                LineAsString\t1\t1\t1\ttext/tab-separated-values; charset=UTF-8
                Null\t0\t1\t1\ttext/plain; charset=UTF-8
                Pretty\t0\t1\t1\ttext/plain; charset=UTF-8
                RawBLOB\t1\t1\t0\tapplication/octet-stream
                TSKV\t1\t1\t1\ttext/tab-separated-values; charset=UTF-8
                TSV\t1\t1\t1\ttext/tab-separated-values; charset=UTF-8
                """, out);
        String columns = new String(post("", "SELECT name FROM system.columns WHERE database = 'system' AND table = 'formats' FORMAT TSV")
                .body(), StandardCharsets.UTF_8);
        assertEquals(List.of("name", "is_input", "is_output", "supports_parallel_parsing", "supports_parallel_formatting",
                "is_tty_friendly", "content_type", "supports_random_access", "has_schema_inference", "has_external_schema",
                "prefers_large_blocks", "supports_append", "supports_subsets_of_columns"), List.of(columns.strip().split("\n")));
    }

    /**
     * An INSERT with malformed rows: without input_format_allow_errors_* it fails naming the row and
     * the column; with them the good rows land and the skipped ones are counted in the query's progress.
     */
    @Test
    void insertSkipsAndCountsMalformedRows() throws Exception {
        run("DROP TABLE IF EXISTS bad_rows");
        run("CREATE TABLE bad_rows (a UInt32, s String) ENGINE = Memory");
        byte[] data = "1\tx\nbad\ty\n3\tz\nworse\tw\n".getBytes(StandardCharsets.UTF_8);
        QuerySession session = new QuerySession("default", "default", Settings.DEFAULTS);
        var failure = org.junit.jupiter.api.Assertions.assertThrows(io.strata.core.error.DbException.class, () -> {
            try (var e = engine.runner().execute(new io.strata.core.query.QueryRequest("INSERT INTO bad_rows FORMAT TSV", session,
                    Map.of(), Map.of(), new java.io.ByteArrayInputStream(data), "q-bad-1"))) {
                while (e.next() != null) {
                    // the insert works while pulled
                }
            }
        });
        assertTrue(failure.getMessage().contains("(at row 2)") && failure.getMessage().contains("Column 0, name: a, type: UInt32"),
                failure.getMessage());
        assertEquals("", new String(run("SELECT * FROM bad_rows FORMAT TSV"), StandardCharsets.UTF_8));
        try (var e = engine.runner().execute(new io.strata.core.query.QueryRequest("INSERT INTO bad_rows FORMAT TSV", session,
                Map.of("input_format_allow_errors_num", "2"), Map.of(), new java.io.ByteArrayInputStream(data), "q-bad-2"))) {
            while (e.next() != null) {
                // the insert works while pulled
            }
            assertEquals(2, e.progress().skippedInputRows.get());
        }
        assertEquals("1\tx\n3\tz\n", new String(run("SELECT * FROM bad_rows ORDER BY a FORMAT TSV"), StandardCharsets.UTF_8));
    }

    /** The expected output of a case in a format (modern/ over clickhouse-18.16/). */
    static byte[] expected(String caseName, String format) throws IOException {
        Path modern = CORPUS.resolve("modern").resolve(caseName).resolve(format + ".out");
        return Files.readAllBytes(Files.exists(modern) ? modern : CORPUS.resolve("clickhouse-18.16").resolve(caseName).resolve(format + ".out"));
    }

    /** Inserts {@code data} into {@code table} through {@code INSERT ... FORMAT format}, as strata local reads stdin. */
    static void insert(String table, String format, byte[] data) {
        executor.setInsertData(new java.io.ByteArrayInputStream(data));
        try {
            run("INSERT INTO " + table + " FORMAT " + format);
        } finally {
            executor.setInsertData(null);
        }
    }

    /** A new empty table with the corpus' columns. */
    static String copyOfCorpus(String name) throws IOException {
        String ddl = Files.readString(CORPUS.resolve("corpus.sql"));
        ddl = ddl.substring(0, ddl.indexOf(';')).replace("CREATE TABLE corpus", "CREATE TABLE " + name);
        run("DROP TABLE IF EXISTS " + name);
        run(ddl);
        return name;
    }

    // JSON without output_format_json_quote_denormals writes nan and inf as null, which reads back as
    // 0 (input_format_null_as_default), as in ClickHouse; the comparison maps them alike on both sides.
    private static final String COMPARABLE = "SELECT id, i64, u64, if(isFinite(f32), f32, 0) AS f32, if(isFinite(f64), f64, 0) AS f64, "
            + "dec, s, fs, d, dt, n, ns, arr, arrs, arrn, tup, e FROM %s ORDER BY id FORMAT TabSeparated";

    // The Strings formats carry a NULL as its text form, so a Nullable(String) holding the text
    // 'NULL' reads back as NULL, in ClickHouse as here (deserializeWholeText).
    private static final String STRINGS_COMPARABLE = "SELECT id, i64, u64, f32, f64, dec, s, fs, d, dt, n, nullIf(ns, 'NULL') AS ns, "
            + "arr, arrs, arrn, tup, e FROM %s ORDER BY id FORMAT TabSeparated";

    /**
     * Each input format reads back the corpus as the output format of the same name wrote it: the
     * table it fills holds the corpus' values.
     */
    @TestFactory
    Stream<DynamicTest> everyInputFormatReadsBackItsOutput() {
        List<String> lossless = List.of("TabSeparated", "TSV", "TabSeparatedWithNames", "TSVWithNames", "TabSeparatedWithNamesAndTypes",
                "TSVWithNamesAndTypes", "CSV", "CSVWithNames", "CSVWithNamesAndTypes", "Values", "TSKV");
        List<String> strings = List.of("JSONStringsEachRow", "JSONCompactStringsEachRow", "JSONCompactStringsEachRowWithNames",
                "JSONCompactStringsEachRowWithNamesAndTypes", "JSONStrings", "JSONCompactStrings");
        List<String> json = List.of("JSONEachRow", "JSONCompactEachRow", "JSONCompactEachRowWithNames",
                "JSONCompactEachRowWithNamesAndTypes", "JSONObjectEachRow", "JSON", "JSONCompact");
        List<DynamicTest> tests = new ArrayList<>();
        for (String format : concat(concat(lossless, strings), json)) {
            tests.add(DynamicTest.dynamicTest(format, () -> {
                String table = copyOfCorpus("round_trip");
                insert(table, format, expected("corpus", format));
                String query = json.contains(format) ? COMPARABLE
                        : strings.contains(format) ? STRINGS_COMPARABLE : "SELECT * FROM %s ORDER BY id FORMAT TabSeparated";
                assertEquals(new String(run(query.formatted("corpus")), StandardCharsets.UTF_8),
                        new String(run(query.formatted(table)), StandardCharsets.UTF_8), format);
            }));
        }
        // the Raw formats and LineAsString take lines literally, so their data must hold no tab or newline
        for (String format : List.of("TabSeparatedRaw", "TSVRaw", "TabSeparatedRawWithNames", "TabSeparatedRawWithNamesAndTypes")) {
            tests.add(DynamicTest.dynamicTest(format, () -> {
                run("DROP TABLE IF EXISTS raw_trip");
                run("CREATE TABLE raw_trip (id UInt8, i64 Int64, u64 UInt64, f32 Float32, f64 Float64, dec Decimal(18, 4), arr Array(Int32)) ENGINE = Memory");
                insert("raw_trip", format, expected("json_settings", format));
                assertEquals(new String(expected("json_settings", "TabSeparated"), StandardCharsets.UTF_8),
                        new String(run("SELECT * FROM raw_trip ORDER BY id FORMAT TabSeparated"), StandardCharsets.UTF_8), format);
            }));
        }
        tests.add(DynamicTest.dynamicTest("LineAsString", () -> {
            run("DROP TABLE IF EXISTS lines");
            run("CREATE TABLE lines (line String) ENGINE = Memory");
            byte[] text = expected("json_settings", "TabSeparated");
            insert("lines", "LineAsString", text);
            assertEquals(new String(text, StandardCharsets.UTF_8), new String(run("SELECT * FROM lines FORMAT TabSeparatedRaw"),
                    StandardCharsets.UTF_8));
        }));
        tests.add(DynamicTest.dynamicTest("RawBLOB", () -> {
            run("DROP TABLE IF EXISTS blobs");
            run("CREATE TABLE blobs (b String) ENGINE = Memory");
            byte[] blob = expected("blob", "RawBLOB");
            insert("blobs", "RawBLOB", blob);
            assertEquals(new String(blob, StandardCharsets.UTF_8), new String(run("SELECT b FROM blobs FORMAT RawBLOB"), StandardCharsets.UTF_8));
        }));
        return tests.stream();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The corpus covers what the acceptance names: every text output format, and the hard values. */
    @Test
    void corpusCoversEveryTextFormatAndTheHardValues() throws IOException {
        TreeSet<String> covered = new TreeSet<>();
        for (String dir : List.of("clickhouse-18.16/corpus", "modern/corpus")) {
            try (Stream<Path> files = Files.list(CORPUS.resolve(dir))) {
                files.forEach(p -> covered.add(p.getFileName().toString().replace(".out", "")));
            }
        }
        for (String f : List.of("TabSeparated", "TabSeparatedRaw", "TabSeparatedWithNames", "TabSeparatedWithNamesAndTypes",
                "TabSeparatedRawWithNames", "TabSeparatedRawWithNamesAndTypes", "CSV", "CSVWithNames", "CSVWithNamesAndTypes",
                "JSON", "JSONCompact", "JSONStrings", "JSONCompactStrings", "JSONEachRow", "JSONStringsEachRow",
                "JSONCompactEachRow", "JSONCompactEachRowWithNames", "JSONCompactEachRowWithNamesAndTypes",
                "JSONCompactStringsEachRow", "JSONObjectEachRow", "Values", "Pretty", "PrettyCompact", "PrettySpace",
                "PrettyMonoBlock", "PrettyCompactMonoBlock", "PrettySpaceMonoBlock", "PrettyNoEscapes", "PrettyCompactNoEscapes",
                "PrettySpaceNoEscapes", "Vertical", "Markdown", "TSKV", "LineAsString", "Null")) {
            assertTrue(covered.contains(f), "no expected output of " + f);
        }
        String tsv = Files.readString(CORPUS.resolve("clickhouse-18.16/corpus/TabSeparated.out"));
        for (String value : List.of("nan", "-inf", "inf", "\t-0\t", "\\t", "\\n", "\\\\", "\\'", "\"", "世界", "🙂", "\\0", "\u0001",
                "\\N", "[NULL,'z']", "(1,'t\\tu')", "-12345.6789", "18446744073709551615")) {
            assertTrue(tsv.contains(value), "corpus lacks " + value);
        }
        String modern = Files.readString(CORPUS.resolve("modern/modern/TabSeparated.out"));
        for (String value : List.of("{'a':1,", "03:04:05.123", "true", "0.5")) {
            assertTrue(modern.contains(value), "modern corpus lacks " + value);
        }
        assertFalse(covered.isEmpty());
    }
}
