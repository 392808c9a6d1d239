package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The shared script of {@code native/client-script.sql} (see its header for the format): DDL,
 * inserts of TabSeparated rows and queries with their expected TabSeparated output, run the same
 * way by every client through a {@link Runner}.
 */
final class ClientScript {
    enum Kind { STATEMENT, INSERT, QUERY }

    /** One section; for an insert, {@code text} is the table and {@code rows} the TSV rows. */
    record Step(Kind kind, String text, List<String> rows, String as, Set<String> skip, String expected, int line) {
    }

    /** How one client runs the steps. */
    interface Runner {
        /** The runner's name, as skip= lists name it. */
        String name();

        /** Every name skip= lists may give it: a client against ClickHouse 18.16 is also clickhouse18. */
        default Set<String> names() {
            return Set.of(name());
        }

        void statement(String sql) throws Exception;

        /** Inserts TabSeparated rows ({@code as}: the text format clickhouse-client sends them in, or null for TSV). */
        void insert(String table, List<String> rows, String as) throws Exception;

        /** The query's result as TabSeparated text, every row ending with a line break. */
        String query(String sql) throws Exception;
    }

    final List<Step> steps;

    private ClientScript(List<Step> steps) {
        this.steps = steps;
    }

    static ClientScript load() throws IOException {
        try (InputStream in = ClientScript.class.getResourceAsStream("/native/client-script.sql")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static ClientScript parse(String text) {
        List<Step> steps = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (!line.startsWith("-- statement") && !line.startsWith("-- insert") && !line.startsWith("-- query")) {
                i++;
                continue;
            }
            int at = i + 1;
            String[] words = line.substring(3).strip().split("\\s+");
            Set<String> skip = new LinkedHashSet<>();
            String as = null;
            String table = null;
            for (String w : Arrays.asList(words).subList(1, words.length)) {
                if (w.startsWith("skip=")) skip.addAll(List.of(w.substring(5).split(",")));
                else if (w.startsWith("as=")) as = w.substring(3);
                else table = w;
            }
            List<String> body = new ArrayList<>();
            i++;
            while (i < lines.length && !lines[i].startsWith("-- ") && !(lines[i].isEmpty() && !words[0].equals("insert"))) body.add(lines[i++]);
            while (!body.isEmpty() && body.getLast().isEmpty()) body.removeLast();
            switch (words[0]) {
                case "statement" -> steps.add(new Step(Kind.STATEMENT, String.join("\n", body), List.of(), null, skip, null, at));
                case "insert" -> steps.add(new Step(Kind.INSERT, table, body, as, skip, null, at));
                case "query" -> {
                    if (i >= lines.length || !lines[i].startsWith("-- result")) throw new IllegalArgumentException("line " + at + ": query without -- result");
                    i++;
                    List<String> result = new ArrayList<>();
                    while (i < lines.length && !lines[i].startsWith("-- ") && !lines[i].isEmpty()) result.add(lines[i++]);
                    StringBuilder expected = new StringBuilder();
                    for (String r : result) expected.append(r).append('\n');
                    steps.add(new Step(Kind.QUERY, String.join("\n", body), List.of(), null, skip, expected.toString(), at));
                }
                default -> throw new IllegalArgumentException("line " + at + ": " + line);
            }
        }
        return new ClientScript(steps);
    }

    /** Runs every step the runner does not skip; a query's output must be its expected result. */
    void runWith(Runner runner) throws Exception {
        for (Step s : steps) {
            if (!java.util.Collections.disjoint(s.skip(), runner.names())) continue;
            String where = String.join("/", runner.names()) + ", script line " + s.line();
            try {
                switch (s.kind()) {
                    case STATEMENT -> runner.statement(s.text());
                    case INSERT -> runner.insert(s.text(), s.rows(), s.as());
                    case QUERY -> assertEquals(s.expected(), runner.query(s.text()), where + ": " + s.text());
                }
            } catch (AssertionError e) {
                throw e;
            } catch (Exception e) {
                throw new AssertionError(where + ": " + e.getMessage(), e);
            }
        }
    }

    // ---- TabSeparated fields, for runners that send the rows in another form ----------------

    /** The fields of a TSV row, unescaped; \N becomes null. */
    static List<String> fields(String row) {
        List<String> out = new ArrayList<>();
        for (String f : rawFields(row)) out.add(f == null ? null : unescape(f));
        return out;
    }

    /**
     * The fields of a TSV row as written: an array, tuple or map is written with its inner
     * strings quoted and escaped once ({@code ['it\'s']}), which a client parses as a literal
     * rather than unescaping as TSV first. \N becomes null.
     */
    static List<String> rawFields(String row) {
        List<String> out = new ArrayList<>();
        for (String f : row.split("\t", -1)) out.add(f.equals("\\N") ? null : f);
        return out;
    }

    static String unescape(String f) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != '\\' || i + 1 == f.length()) {
                sb.append(c);
                continue;
            }
            char e = f.charAt(++i);
            sb.append(switch (e) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case '0' -> '\0';
                case 'b' -> '\b';
                case 'f' -> '\f';
                default -> e;
            });
        }
        return sb.toString();
    }

    /** TSV rows as CSV (every value quoted, \N kept as the NULL marker). */
    static String toCsv(List<String> rows) {
        StringBuilder sb = new StringBuilder();
        for (String row : rows) {
            List<String> f = fields(row);
            for (int i = 0; i < f.size(); i++) {
                if (i > 0) sb.append(',');
                sb.append(f.get(i) == null ? "\\N" : "\"" + f.get(i).replace("\"", "\"\"") + "\"");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** TSV rows as JSONEachRow with the given column names (numbers bare, NULL as null). */
    static String toJsonEachRow(List<String> rows, List<String> columns) {
        StringBuilder sb = new StringBuilder();
        for (String row : rows) {
            List<String> f = fields(row);
            sb.append('{');
            for (int i = 0; i < f.size(); i++) {
                if (i > 0) sb.append(',');
                sb.append('"').append(columns.get(i)).append("\":");
                String v = f.get(i);
                if (v == null) sb.append("null");
                else if (v.matches("-?\\d+(\\.\\d+)?")) sb.append(v);
                else sb.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\n", "\\n")).append('"');
            }
            sb.append("}\n");
        }
        return sb.toString();
    }
}
