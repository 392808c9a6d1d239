package io.strata.tests;

import java.util.ArrayList;
import java.util.List;

/** ClickHouse's text literals of arrays and tuples ({@code [1,'a']}, {@code (5,'q')}), for test clients that bind values. */
final class LiteralParser {
    private LiteralParser() {
    }

    /** The top-level elements of {@code [..]} or {@code (..)}, as written (strings still quoted). */
    static List<String> elements(String literal) {
        return split(literal.strip().substring(1, literal.strip().length() - 1));
    }

    /** Splits at top-level commas, respecting quotes and brackets. */
    static List<String> split(String inner) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (quoted) {
                cur.append(c);
                if (c == '\\' && i + 1 < inner.length()) cur.append(inner.charAt(++i));
                else if (c == '\'') quoted = false;
                continue;
            }
            if (c == '\'') quoted = true;
            else if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') depth--;
            else if (c == ',' && depth == 0) {
                parts.add(cur.toString().strip());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        if (!cur.toString().isBlank()) parts.add(cur.toString().strip());
        return parts;
    }

    /** A quoted string's text ({@code 'it\'s'} is {@code it's}); anything else as it is. */
    static String unquote(String s) {
        if (s.length() < 2 || s.charAt(0) != '\'') return s;
        return ClientScript.unescape(s.substring(1, s.length() - 1));
    }

    static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    static String escapeTsv(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\'' -> sb.append("\\'");
                case '\r' -> sb.append("\\r");
                case '\0' -> sb.append("\\0");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
