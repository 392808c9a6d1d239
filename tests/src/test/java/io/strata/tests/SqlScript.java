package io.strata.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a corpus file into statements and reads the expected-error hints written after them.
 *
 * <p>The hint convention is ClickHouse's test-hint comment: {@code SELECT ...; -- { serverError NAME }}.
 * The comment follows the statement's semicolon on the same line (as clickhouse-client reads it) or
 * sits inside the statement's own text; {@code clientError} is accepted as a synonym because
 * Strata parses on the server.
 *
 * <p>This is the corpus runner's own splitter: the engine's statement splitter may strip comments,
 * and the hints live in comments.
 */
final class SqlScript {
    private SqlScript() {
    }

    /** One statement, without its terminating semicolon, and the error name it must fail with (or null). */
    record Statement(String sql, String expectedError, int line) {
    }

    private static final Pattern HINT = Pattern.compile("--\\s*\\{\\s*(?:serverError|clientError)\\s+([A-Za-z0-9_]+)\\s*}");

    static List<Statement> parse(String script) {
        List<Statement> out = new ArrayList<>();
        int n = script.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = script.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(script, i, c);
            } else if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                i = endOfLine(script, i);
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == ';') {
                // The rest of the semicolon's line belongs to this statement when it is a hint comment.
                int eol = endOfLine(script, i + 1);
                String trailing = script.substring(i + 1, eol);
                String hint = hintIn(trailing);
                add(out, script, start, i, hint);
                if (hint != null || trailing.isBlank() || trailing.strip().startsWith("--")) {
                    i = eol;
                } else {
                    i = i + 1;
                }
                start = i;
                continue;
            } else {
                i++;
            }
        }
        add(out, script, start, n, null);
        return out;
    }

    private static void add(List<Statement> out, String script, int from, int to, String trailingHint) {
        String text = script.substring(from, to);
        if (stripComments(text).isBlank()) {
            return;
        }
        String hint = trailingHint != null ? trailingHint : hintIn(text);
        int line = 1;
        for (int k = 0; k < from; k++) {
            if (script.charAt(k) == '\n') line++;
        }
        // Report the line of the statement's first non-blank character, not of the previous newline.
        int k = from;
        while (k < to && Character.isWhitespace(script.charAt(k))) {
            if (script.charAt(k) == '\n') line++;
            k++;
        }
        out.add(new Statement(text.strip(), hint, line));
    }

    private static String hintIn(String text) {
        Matcher m = HINT.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static int endOfLine(String s, int from) {
        int eol = s.indexOf('\n', from);
        return eol < 0 ? s.length() : eol;
    }

    // Backslash escapes and doubled quotes both keep a quoted token open, as in ClickHouse's lexer.
    private static int skipQuoted(String s, int open, char quote) {
        int i = open + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return s.length();
    }

    static String stripComments(String text) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = skipQuoted(text, i, c);
                sb.append(text, i, end);
                i = end;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                i = endOfLine(text, i);
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }
}
