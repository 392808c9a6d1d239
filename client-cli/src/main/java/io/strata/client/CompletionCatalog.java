package io.strata.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names the prompt completes and colours: functions, databases, tables and columns, read
 * from the server's system tables ({@code system.functions}, {@code system.databases},
 * {@code system.tables}, {@code system.columns}) when the prompt opens and after each statement
 * that may change them. A list that cannot be read (an old server, no access) stays empty.
 */
final class CompletionCatalog {
    /** At most this many tables and columns, like clickhouse-client's suggestion_limit. */
    private static final int LIMIT = 10_000;

    /** One consistent set of names; replaced as a whole on reload, so readers never see half of one. */
    record Names(Set<String> functions, Set<String> lowerCaseFunctions, Set<String> databases, Set<String> tables,
                 Set<String> qualifiedTables, Set<String> columns) {
        static final Names EMPTY = new Names(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    private volatile Names names = Names.EMPTY;

    Names names() {
        return names;
    }

    boolean isFunction(String word) {
        Names n = names;
        return n.functions().contains(word) || n.lowerCaseFunctions().contains(word.toLowerCase(Locale.ROOT));
    }

    /** Reads the names again through {@code executor}. */
    void reload(StatementExecutor executor) {
        Set<String> functions = new TreeSet<>();
        Set<String> lower = new TreeSet<>();
        for (List<String> row : rows(executor, "SELECT name FROM system.functions")) {
            functions.add(row.get(0));
            lower.add(row.get(0).toLowerCase(Locale.ROOT));
        }
        Set<String> databases = new TreeSet<>();
        for (List<String> row : rows(executor, "SELECT name FROM system.databases")) databases.add(row.get(0));
        Set<String> tables = new TreeSet<>();
        Set<String> qualified = new TreeSet<>();
        for (List<String> row : rows(executor, "SELECT database, name FROM system.tables LIMIT " + LIMIT)) {
            if (row.size() < 2) continue;
            tables.add(row.get(1));
            qualified.add(row.get(0) + "." + row.get(1));
        }
        Set<String> columns = new TreeSet<>();
        for (List<String> row : rows(executor, "SELECT DISTINCT name FROM system.columns LIMIT " + LIMIT)) columns.add(row.get(0));
        names = new Names(Set.copyOf(functions), Set.copyOf(lower), Set.copyOf(databases), Set.copyOf(tables),
                Set.copyOf(qualified), Set.copyOf(columns));
    }

    /** The rows of a query as TabSeparated fields; none when it fails. */
    private static List<List<String>> rows(StatementExecutor executor, String sql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            executor.execute(sql, "TabSeparated", out, ProgressListener.NONE);
        } catch (StatementException e) {
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.isEmpty()) continue;
            List<String> fields = new ArrayList<>();
            for (String f : line.split("\t", -1)) fields.add(unescape(f));
            rows.add(fields);
        }
        return rows;
    }

    private static String unescape(String field) {
        if (field.indexOf('\\') < 0) return field;
        StringBuilder sb = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char e = field.charAt(++i);
                sb.append(switch (e) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    default -> e;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
