package io.strata.client;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements at semicolons that are outside string literals, quoted
 * identifiers and comments. Used by the client's REPL (a statement ends with {@code ;}) and by
 * {@code strata local}; it is lexical only, the engine's parser has the final word.
 */
public final class Statements {
    private Statements() {
    }

    /** The non-blank statements of {@code script}, without their terminating semicolons. */
    public static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = skipQuoted(script, i, c);
                i = end < 0 ? n : end;
            } else if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-' || c == '#') {
                while (i < n && script.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == ';') {
                addIfNotBlank(out, script.substring(start, i));
                start = ++i;
            } else {
                i++;
            }
        }
        addIfNotBlank(out, script.substring(start));
        return out;
    }

    /** Whether {@code text} ends with a semicolon outside quotes and comments (the REPL's "run it now"). */
    public static boolean endsStatement(String text) {
        int i = 0;
        int n = text.length();
        int lastSemicolon = -1;
        int lastSignificant = -1;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = skipQuoted(text, i, c);
                if (end < 0) return false; // inside a literal: the semicolon is data
                lastSignificant = end - 1;
                i = end;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-' || c == '#') {
                while (i < n && text.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) return false;
                i = end + 2;
            } else {
                if (c == ';') lastSemicolon = i;
                if (!Character.isWhitespace(c)) lastSignificant = i;
                i++;
            }
        }
        return lastSemicolon >= 0 && lastSemicolon == lastSignificant;
    }

    /** Index just past the closing quote (backslash escapes and doubled quotes honoured), or -1 if unterminated. */
    private static int skipQuoted(String s, int open, char quote) {
        int i = open + 1;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < n && s.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return -1;
    }

    private static void addIfNotBlank(List<String> out, String statement) {
        String s = statement.strip();
        if (!s.isEmpty()) out.add(s);
    }
}
