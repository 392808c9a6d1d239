package io.strata.client;

import java.util.Locale;
import java.util.Set;

/**
 * ClickHouse's SQL keywords, for highlighting and completion. Some are also function names
 * ({@code if}, {@code in}, {@code not}); {@link #takesParentheses} tells which keep the keyword
 * colour when a parenthesis follows them.
 */
final class SqlKeywords {
    private SqlKeywords() {
    }

    static final Set<String> ALL = Set.of(
            "ADD", "AFTER", "ALIAS", "ALL", "ALTER", "AND", "ANTI", "ANY", "ARRAY", "AS", "ASC", "ASCENDING", "ASOF", "ATTACH",
            "BETWEEN", "BOTH", "BY", "CASE", "CAST", "CHECK", "CLEAR", "CLUSTER", "CODEC", "COLLATE", "COLUMN", "COLUMNS",
            "COMMENT", "CONSTRAINT", "CREATE", "CROSS", "CUBE", "DATABASE", "DATABASES", "DEDUPLICATE", "DEFAULT", "DELETE",
            "DESC", "DESCENDING", "DESCRIBE", "DETACH", "DICTIONARY", "DISTINCT", "DROP", "ELSE", "END", "ENGINE", "EVENTS",
            "EXCEPT", "EXCHANGE", "EXISTS", "EXPLAIN", "EXTREMES", "FETCH", "FILL", "FINAL", "FIRST", "FOR", "FORMAT", "FREEZE",
            "FROM", "FULL", "FUNCTION", "GLOBAL", "GRANULARITY", "GROUP", "HAVING", "IF", "ILIKE", "IN", "INDEX", "INNER",
            "INSERT", "INTERSECT", "INTERVAL", "INTO", "IS", "JOIN", "KEY", "KILL", "LAST", "LEADING", "LEFT", "LIKE",
            "LIMIT", "LIVE", "LOCAL", "MATERIALIZE", "MATERIALIZED", "MODIFY", "MUTATION", "NOT", "NULL", "NULLS", "OFFSET",
            "ON", "OPTIMIZE", "OR", "ORDER", "OUTER", "OUTFILE", "OVER", "PARTITION", "PASTE", "POPULATE", "PREWHERE",
            "PRIMARY", "PROCESSLIST", "PROJECTION", "QUERY", "RANGE", "RENAME", "REPLACE", "RIGHT", "ROLLUP", "ROW", "ROWS",
            "SAMPLE", "SELECT", "SEMI", "SET", "SETTINGS", "SHOW", "STEP", "SYNC", "SYSTEM", "TABLE", "TABLES", "TEMPORARY",
            "THEN", "TIES", "TO", "TOP", "TOTALS", "TRAILING", "TRUNCATE", "TTL", "TYPE", "UNION", "UPDATE", "USE", "USING",
            "VALUES", "VIEW", "WATCH", "WHEN", "WHERE", "WINDOW", "WITH", "FALSE", "TRUE");

    /** Keywords that a parenthesis may follow without making them a function call ({@code IN (1, 2)}). */
    private static final Set<String> PARENTHESES = Set.of(
            "AND", "AS", "BY", "EXISTS", "FROM", "IN", "INTO", "JOIN", "NOT", "ON", "OR", "OVER", "SELECT", "SETTINGS",
            "TABLE", "USING", "VALUES", "WHERE", "WITH", "ALL", "ANY", "UNION", "EXCEPT", "INTERSECT", "KEY", "INDEX",
            "PARTITION", "DISTINCT", "THEN", "ELSE", "WHEN", "HAVING", "PREWHERE", "LIMIT", "OFFSET", "IS", "CODEC", "TTL",
            "ENGINE", "PROJECTION", "RANGE", "ROWS", "INTERVAL", "CREATE", "FUNCTION");

    static boolean isKeyword(String word) {
        return ALL.contains(word.toUpperCase(Locale.ROOT));
    }

    static boolean takesParentheses(String word) {
        return PARENTHESES.contains(word.toUpperCase(Locale.ROOT));
    }
}
