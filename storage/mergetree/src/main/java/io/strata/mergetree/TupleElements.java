package io.strata.mergetree;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a key clause as written in CREATE TABLE ({@code (a, toDate(ts))}, {@code tuple()},
 * {@code a}) into its element expressions, respecting parentheses, brackets and quotes.
 */
final class TupleElements {
    private TupleElements() {
    }

    static List<String> split(String sql) {
        List<String> out = new ArrayList<>();
        if (sql == null) return out;
        String s = sql.strip();
        if (s.isEmpty()) return out;
        String inner = null;
        if (s.regionMatches(true, 0, "tuple(", 0, 6) && closesAtEnd(s, 5)) inner = s.substring(6, s.length() - 1);
        else if (s.startsWith("(") && closesAtEnd(s, 0)) inner = s.substring(1, s.length() - 1);
        if (inner == null) {
            out.add(s);
            return out;
        }
        int depth = 0;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(inner.substring(start, i).strip());
                start = i + 1;
            }
        }
        String last = inner.substring(start).strip();
        if (!last.isEmpty()) out.add(last);
        return out;
    }

    /** Whether the parenthesis at {@code open} closes at the last character. */
    private static boolean closesAtEnd(String s, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) return i == s.length() - 1;
            }
        }
        return false;
    }

    /** Identifiers (outside quotes) appearing in an expression, unquoted. */
    static List<String> identifiers(String sql) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                i++;
                while (i < sql.length() && sql.charAt(i) != '\'') i += sql.charAt(i) == '\\' ? 2 : 1;
                i++;
            } else if (c == '`' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                if (end < 0) end = sql.length();
                out.add(sql.substring(i + 1, end));
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int s = i;
                while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '.')) i++;
                out.add(sql.substring(s, i));
            } else if (Character.isDigit(c)) {
                while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) i++;
            } else {
                i++;
            }
        }
        return out;
    }
}
