package io.strata.sql.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a script into statements without tokenizing it, because INSERT data (VALUES or FORMAT) can be
 * huge and is not SQL. It knows just enough: quotes, comments, bracket depth, and where INSERT data
 * starts and ends. Rules for the end of data, as ClickHouse clients apply them:
 * VALUES data starts after the blanks that follow VALUES and ends at the first ';' outside quotes and brackets; FORMAT data ends at the first ';'
 * followed by nothing but whitespace up to a newline (or the end), else at the end of the text.
 */
final class StatementSplitter {
    /** A statement's place in the script; headerEnd is where the grammar stops reading (data start or end). */
    record Piece(int start, int end, int headerEnd) {
    }

    private final String s;
    private int pos;

    private StatementSplitter(String s) {
        this.s = s;
    }

    static List<Piece> split(String script) {
        StatementSplitter splitter = new StatementSplitter(script);
        List<Piece> pieces = new ArrayList<>();
        Piece p;
        while ((p = splitter.next()) != null) {
            pieces.add(p);
        }
        return pieces;
    }

    private Piece next() {
        skipBlanksAndSemicolons();
        if (pos >= s.length()) {
            return null;
        }
        int start = pos;
        String firstWord = null;
        String prevWord = null;
        boolean querySeen = false;
        int depth = 0;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '\'' || c == '"' || c == '`') {
                skipQuoted(c);
                if (c != '\'') {
                    // a quoted identifier is a word too: `INSERT INTO `t` VALUES` must see VALUES as the keyword
                    prevWord = "`";
                }
            } else if (startsComment()) {
                skipComment();
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                pos++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                pos++;
            } else if (c == ';') {
                int end = trimEnd(start, pos);
                pos++;
                return new Piece(start, end, end);
            } else if (isWordChar(c)) {
                int wordStart = pos;
                while (pos < s.length() && isWordChar(s.charAt(pos))) {
                    pos++;
                }
                String word = s.substring(wordStart, pos).toUpperCase(Locale.ROOT);
                if (firstWord == null) {
                    firstWord = word;
                } else if (firstWord.equals("INSERT") && depth == 0 && !querySeen) {
                    boolean isName = "INTO".equals(prevWord) || "TABLE".equals(prevWord);
                    if (!isName && (word.equals("SELECT") || word.equals("WITH"))) {
                        querySeen = true;
                    } else if (!isName && word.equals("VALUES")) {
                        pos = skipBlanks(s, pos);
                        return valuesData(start, pos);
                    } else if (!isName && word.equals("FORMAT")) {
                        return formatData(start);
                    }
                }
                prevWord = word;
            } else {
                pos++;
            }
        }
        int end = trimEnd(start, s.length());
        return new Piece(start, end, end);
    }

    private Piece valuesData(int start, int dataStart) {
        int depth = 0;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '\'' || c == '"' || c == '`') {
                skipQuoted(c);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ';' && depth <= 0) {
                int end = trimEnd(dataStart, pos);
                pos++;
                return new Piece(start, end, dataStart);
            }
            pos++;
        }
        return new Piece(start, trimEnd(dataStart, s.length()), dataStart);
    }

    private Piece formatData(int start) {
        // The format name: a word or a quoted identifier.
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
        if (pos < s.length() && (s.charAt(pos) == '`' || s.charAt(pos) == '"')) {
            skipQuoted(s.charAt(pos));
        } else {
            while (pos < s.length() && isWordChar(s.charAt(pos))) {
                pos++;
            }
        }
        int dataStart = skipToFormatData(s, pos);
        for (int i = dataStart; i < s.length(); i++) {
            if (s.charAt(i) == ';' && onlyBlanksToEndOfLine(i + 1)) {
                pos = i + 1;
                return new Piece(start, i, dataStart);
            }
        }
        pos = s.length();
        return new Piece(start, s.length(), dataStart);
    }

    /**
     * Where FORMAT data starts, given the end of the format name: after spaces and tabs and at most one
     * line break, so both {@code FORMAT CSV 1,2} and a data block on the next lines work.
     */
    static int skipToFormatData(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '\r') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    static int skipBlanks(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private boolean onlyBlanksToEndOfLine(int i) {
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private void skipBlanksAndSemicolons() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isWhitespace(c) || c == ';') {
                pos++;
            } else if (startsComment()) {
                skipComment();
            } else {
                return;
            }
        }
    }

    private boolean startsComment() {
        return pos + 1 < s.length() && ((s.charAt(pos) == '-' && s.charAt(pos + 1) == '-') || (s.charAt(pos) == '/' && s.charAt(pos + 1) == '*'));
    }

    private void skipComment() {
        if (s.charAt(pos) == '-') {
            while (pos < s.length() && s.charAt(pos) != '\n') {
                pos++;
            }
        } else {
            int close = s.indexOf("*/", pos + 2);
            pos = close < 0 ? s.length() : close + 2;
        }
    }

    /** Skips a quoted string or identifier; backslash escapes and doubled quotes stay inside. */
    private void skipQuoted(char quote) {
        pos++;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '\\') {
                pos += 2;
            } else if (c == quote) {
                if (pos + 1 < s.length() && s.charAt(pos + 1) == quote) {
                    pos += 2;
                } else {
                    pos++;
                    return;
                }
            } else {
                pos++;
            }
        }
        pos = Math.min(pos, s.length());
    }

    private int trimEnd(int start, int end) {
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
