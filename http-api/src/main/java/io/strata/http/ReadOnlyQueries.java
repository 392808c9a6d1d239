package io.strata.http;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a query may run from a GET request. ClickHouse runs GET queries with
 * {@code readonly=2}: read queries, USE, SET and CREATE TEMPORARY TABLE only, so that a crawler or
 * a prefetching browser following a link can never modify data. The engine enforces
 * {@code readonly} too; this check on the leading keywords makes the HTTP guarantee hold
 * regardless, without parsing SQL here.
 */
final class ReadOnlyQueries {
    private static final Set<String> READ_KEYWORDS = Set.of("SELECT", "WITH", "SHOW", "DESCRIBE", "DESC", "EXISTS",
            "EXPLAIN", "SET", "USE", "VALUES");

    private ReadOnlyQueries() {
    }

    static boolean isReadOnly(String sql) {
        int[] at = {0};
        String keyword = word(sql, at);
        if (keyword == null) return false;
        String upper = keyword.toUpperCase(Locale.ROOT);
        if (upper.equals("CREATE")) {
            String next = word(sql, at);
            return next != null && next.equalsIgnoreCase("TEMPORARY");
        }
        return READ_KEYWORDS.contains(upper);
    }

    /** The first word of the query after whitespace, comments and opening parentheses, or null. */
    static String leadingKeyword(String sql) {
        return word(sql, new int[] {0});
    }

    /** The next word from {@code at[0]} on, skipping whitespace, comments and '('; advances {@code at[0]}. */
    private static String word(String sql, int[] at) {
        int i = at[0];
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' || c == '#') {
                while (i < n && sql.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                break;
            }
        }
        int start = i;
        while (i < n && (Character.isLetter(sql.charAt(i)) || sql.charAt(i) == '_')) i++;
        at[0] = i;
        return i > start ? sql.substring(start, i) : null;
    }
}
