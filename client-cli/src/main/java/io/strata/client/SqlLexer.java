package io.strata.client;

import java.util.ArrayList;
import java.util.List;

/**
 * A lexical scanner for ClickHouse SQL as the client needs it: where statements end, which words
 * are keywords or functions (for colours and completion), where an INSERT's inline data starts.
 * It never fails: text it cannot make sense of becomes an operator token, and a string, quoted
 * name or comment left open runs to the end as an {@link Kind#UNTERMINATED} token. The server's
 * parser has the final word on the statement itself.
 */
public final class SqlLexer {
    private SqlLexer() {
    }

    public enum Kind {
        WHITESPACE, COMMENT, STRING, QUOTED_IDENTIFIER, NUMBER, WORD,
        /** A query parameter, {@code {name:Type}}. */
        PARAMETER, OPERATOR,
        /** A string, quoted identifier or block comment with no end. */
        UNTERMINATED
    }

    public record Token(Kind kind, int start, int end) {
        public String text(CharSequence s) {
            return s.subSequence(start, end).toString();
        }

        /** Whether this is the word {@code word}, case-insensitively. */
        public boolean isWord(CharSequence s, String word) {
            return kind == Kind.WORD && end - start == word.length() && s.subSequence(start, end).toString().equalsIgnoreCase(word);
        }

        public boolean isOperator(CharSequence s, String op) {
            return kind == Kind.OPERATOR && end - start == op.length() && s.subSequence(start, end).toString().equals(op);
        }

        /** Whitespace and comments, which carry no meaning for the statement. */
        public boolean insignificant() {
            return kind == Kind.WHITESPACE || kind == Kind.COMMENT;
        }
    }

    private static final String[] LONG_OPERATORS = {"::", "->", "<=", ">=", "!=", "<>", "==", "||", "\\G"};

    /** All tokens of {@code s}, covering it without gaps. */
    public static List<Token> tokenize(CharSequence s) {
        return tokenize(s, 0, s.length());
    }

    /** The tokens of {@code s[from, to)}. */
    public static List<Token> tokenize(CharSequence s, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int start = i;
            char c = s.charAt(i);
            Kind kind;
            if (Character.isWhitespace(c)) {
                while (i < to && Character.isWhitespace(s.charAt(i))) i++;
                kind = Kind.WHITESPACE;
            } else if (c == '-' && i + 1 < to && s.charAt(i + 1) == '-' || c == '#') {
                while (i < to && s.charAt(i) != '\n') i++;
                kind = Kind.COMMENT;
            } else if (c == '/' && i + 1 < to && s.charAt(i + 1) == '*') {
                int end = blockCommentEnd(s, i, to);
                kind = end < 0 ? Kind.UNTERMINATED : Kind.COMMENT;
                i = end < 0 ? to : end;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = quotedEnd(s, i, to, c);
                kind = end < 0 ? Kind.UNTERMINATED : c == '\'' ? Kind.STRING : Kind.QUOTED_IDENTIFIER;
                i = end < 0 ? to : end;
            } else if (isDigit(c) || c == '.' && i + 1 < to && isDigit(s.charAt(i + 1)) && !afterName(s, from, i)) {
                i = numberEnd(s, i, to);
                kind = Kind.NUMBER;
            } else if (isWordStart(c)) {
                while (i < to && isWordPart(s.charAt(i))) i++;
                kind = Kind.WORD;
            } else if (c == '{' && parameterEnd(s, i, to) > 0) {
                i = parameterEnd(s, i, to);
                kind = Kind.PARAMETER;
            } else {
                i += operatorLength(s, i, to);
                kind = Kind.OPERATOR;
            }
            out.add(new Token(kind, start, i));
        }
        return out;
    }

    public static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    public static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code t.1}: a dot right after a name or a closing bracket is tuple access, not a number. */
    private static boolean afterName(CharSequence s, int from, int i) {
        if (i == from) return false;
        char p = s.charAt(i - 1);
        return isWordPart(p) || p == ')' || p == ']' || p == '`' || p == '"';
    }

    private static int numberEnd(CharSequence s, int i, int to) {
        i++;
        while (i < to) {
            char c = s.charAt(i);
            char prev = s.charAt(i - 1);
            if (isWordPart(c) || c == '.') {
                i++;
            } else if ((c == '+' || c == '-') && (prev == 'e' || prev == 'E' || prev == 'p' || prev == 'P')
                    && !isHex(s, i)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** Whether the number that ends just before {@code at} is hexadecimal (there e is a digit, not an exponent). */
    private static boolean isHex(CharSequence s, int at) {
        int j = at - 1;
        while (j > 0 && isWordPart(s.charAt(j - 1))) j--;
        return at - j > 2 && s.charAt(j) == '0' && (s.charAt(j + 1) == 'x' || s.charAt(j + 1) == 'X')
                && s.charAt(at - 1) != 'p' && s.charAt(at - 1) != 'P';
    }

    /** Index just past the closing quote (backslash escapes and doubled quotes honoured), or -1. */
    static int quotedEnd(CharSequence s, int open, int to, char quote) {
        int i = open + 1;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < to && s.charAt(i + 1) == quote) {
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

    /** ClickHouse's block comments nest. */
    private static int blockCommentEnd(CharSequence s, int open, int to) {
        int depth = 0;
        int i = open;
        while (i + 1 < to) {
            if (s.charAt(i) == '/' && s.charAt(i + 1) == '*') {
                depth++;
                i += 2;
            } else if (s.charAt(i) == '*' && s.charAt(i + 1) == '/') {
                depth--;
                i += 2;
                if (depth == 0) return i;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** {@code {name:Type}}: the index past the brace, or -1 when this brace opens no parameter. */
    private static int parameterEnd(CharSequence s, int open, int to) {
        int i = open + 1;
        while (i < to && s.charAt(i) == ' ') i++;
        int nameStart = i;
        while (i < to && isWordPart(s.charAt(i))) i++;
        if (i == nameStart) return -1;
        while (i < to && s.charAt(i) == ' ') i++;
        if (i >= to || s.charAt(i) != ':') return -1;
        int depth = 0;
        for (i++; i < to; i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '\n') return -1;
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (c == '}' && depth == 0) return i + 1;
        }
        return -1;
    }

    private static int operatorLength(CharSequence s, int i, int to) {
        for (String op : LONG_OPERATORS) {
            if (i + op.length() <= to && s.subSequence(i, i + op.length()).toString().equals(op)) return op.length();
        }
        return 1;
    }
}
