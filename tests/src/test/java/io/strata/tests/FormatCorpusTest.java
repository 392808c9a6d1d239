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
        if (engine != null) engine.close();
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
