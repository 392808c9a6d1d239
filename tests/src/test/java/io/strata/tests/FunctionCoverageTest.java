package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.server.Engine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every function in system.functions — aliases included — is called by at least one SQL corpus
 * file, so that each has a reference output ClickHouse agrees with.
 *
 * <p>A call is the name followed by an opening parenthesis outside comments and string literals.
 * Names registered case-insensitively (ClickHouse's {@code case_insensitive = 1}: {@code SUBSTRING},
 * {@code BIT_AND}) match in any case; the others only as spelled. system.functions lists
 * aggregate functions by their base names, not the names combinators make of them, so an
 * aggregate also counts as called through a combinator ({@code sumIf(...)} calls {@code sum}).
 */
class FunctionCoverageTest {

    /** ClickHouse's aggregate function combinators (system.aggregate_function_combinators), longest first. */
    private static final List<String> COMBINATORS = List.of("SimpleState", "OrDefault", "Resample", "Distinct", "ForEach",
            "ArgMin", "ArgMax", "OrNull", "Array", "State", "Merge", "Null", "Map", "If");

    private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");

    @Test
    void everyFunctionIsCalledByTheCorpus() throws IOException {
        List<String[]> functions = systemFunctions();
        assertTrue(functions.size() > 100, "system.functions lists only " + functions.size() + " names");
        // names as called, and the aggregate names combinators were applied to
        Set<String> called = new HashSet<>();
        Set<String> combined = new HashSet<>();
        for (String text : corpusTexts()) {
            Matcher m = CALL.matcher(SqlScript.stripComments(withoutStrings(text)));
            while (m.find()) {
                List<String> names = withoutCombinators(m.group(1));
                called.add(names.getFirst());
                combined.addAll(names.subList(1, names.size()));
            }
        }
        Set<String> calledLower = lower(called);
        Set<String> combinedLower = lower(combined);
        Set<String> missing = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String[] f : functions) {
            String name = f[0];
            boolean caseInsensitive = f[2].equals("1");
            boolean aggregate = f[1].equals("1");
            boolean used = caseInsensitive ? calledLower.contains(name.toLowerCase(Locale.ROOT)) : called.contains(name);
            if (!used && aggregate) {
                used = caseInsensitive ? combinedLower.contains(name.toLowerCase(Locale.ROOT)) : combined.contains(name);
            }
            if (!used) missing.add(f[3].isEmpty() ? name : name + " (alias of " + f[3] + ")");
        }
        if (!missing.isEmpty()) {
            fail(missing.size() + " of " + functions.size() + " names in system.functions are called by no file in tests/queries"
                    + " (write a corpus file that calls each, with a reference from ClickHouse):\n  "
                    + String.join("\n  ", missing));
        }
    }

    private static Set<String> lower(Set<String> names) {
        Set<String> out = new HashSet<>();
        for (String n : names) out.add(n.toLowerCase(Locale.ROOT));
        return out;
    }

    /** name, is_aggregate, case_insensitive, alias_to of every row of system.functions. */
    private static List<String[]> systemFunctions() {
        try (Engine engine = Engine.open(null)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            EngineConnection.run(engine, new QuerySession("default", "default", Settings.DEFAULTS),
                    "SELECT name, is_aggregate, case_insensitive, alias_to FROM system.functions ORDER BY name", Map.of(), out);
            List<String[]> rows = new ArrayList<>();
            for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) rows.add(line.split("\t", -1));
            }
            return rows;
        }
    }

    /** The name itself and, when it ends with combinators, the names without them ({@code sumArrayIf}: sumArray, sum). */
    static List<String> withoutCombinators(String name) {
        List<String> out = new ArrayList<>();
        out.add(name);
        String rest = name;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String c : COMBINATORS) {
                if (rest.length() > c.length() && rest.endsWith(c)) {
                    rest = rest.substring(0, rest.length() - c.length());
                    out.add(rest);
                    stripped = true;
                    break;
                }
            }
        }
        return out;
    }

    /** The text with single-quoted literals blanked out (a name inside a string is not a call). */
    static String withoutStrings(String sql) {
        StringBuilder sb = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int j = i + 1;
                while (j < sql.length()) {
                    char d = sql.charAt(j);
                    if (d == '\\') {
                        j += 2;
                    } else if (d == '\'' && j + 1 < sql.length() && sql.charAt(j + 1) == '\'') {
                        j += 2;
                    } else if (d == '\'') {
                        break;
                    } else {
                        j++;
                    }
                }
                sb.append("''");
                i = Math.min(sql.length(), j + 1);
            } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                // a comment may hold an apostrophe: keep it whole for stripComments
                int eol = sql.indexOf('\n', i);
                eol = eol < 0 ? sql.length() : eol;
                sb.append(sql, i, eol);
                i = eol;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static List<String> corpusTexts() throws IOException {
        Path dir = Files.isDirectory(Path.of("queries")) ? Path.of("queries") : Path.of("tests", "queries");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }
}
