package io.strata.client;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements at semicolons (and at {@code \G}, ClickHouse's "end the
 * statement and show the result vertically") outside string literals, quoted identifiers and
 * comments. An {@code INSERT ... FORMAT F} followed by data keeps everything after it as its data,
 * as clickhouse-client does: the data is the format's, not SQL, so a semicolon in it ends nothing
 * (a last {@code ;} is dropped). Used by the client (scripts, the prompt) and by
 * {@code strata local}; it is lexical only, the server's parser has the final word.
 */
public final class Statements {
    private Statements() {
    }

    /**
     * The non-blank statements of {@code script}, without their terminating semicolons; a
     * statement ended by {@code \G} keeps it (see {@link #isVertical}).
     */
    public static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        List<SqlLexer.Token> tokens = SqlLexer.tokenize(script);
        int start = 0;
        int statementStart = 0;
        for (int t = 0; t < tokens.size(); t++) {
            SqlLexer.Token token = tokens.get(t);
            if (t == statementStart) {
                int dataAt = InsertStatement.formatDataStart(script, tokens, t);
                if (dataAt >= 0 && !script.substring(dataAt).isBlank()) {
                    addIfNotBlank(out, dropLastSemicolon(script.substring(start)));
                    return out;
                }
            }
            if (token.isOperator(script, ";")) {
                addIfNotBlank(out, script.substring(start, token.start()));
                start = token.end();
                statementStart = t + 1;
            } else if (token.isOperator(script, "\\G")) {
                addIfNotBlank(out, script.substring(start, token.end()));
                start = token.end();
                statementStart = t + 1;
            } else if (token.insignificant() && t == statementStart) {
                statementStart = t + 1;
            }
        }
        addIfNotBlank(out, script.substring(start));
        return out;
    }

    /**
     * Whether {@code text} is a finished statement for the prompt: it ends with {@code ;} or
     * {@code \G} outside quotes and comments, or it is an INSERT with inline data whose text ends
     * with {@code ;}.
     */
    public static boolean endsStatement(String text) {
        List<SqlLexer.Token> tokens = SqlLexer.tokenize(text);
        int first = 0;
        while (first < tokens.size() && tokens.get(first).insignificant()) first++;
        if (first < tokens.size() && InsertStatement.formatDataStart(text, tokens, first) >= 0) {
            return text.strip().endsWith(";");
        }
        for (int t = tokens.size() - 1; t >= 0; t--) {
            SqlLexer.Token token = tokens.get(t);
            if (token.insignificant()) continue;
            return token.isOperator(text, ";") || token.isOperator(text, "\\G");
        }
        return false;
    }

    /** Whether the statement ends with {@code \G}: its result is shown in the Vertical format. */
    public static boolean isVertical(String statement) {
        return statement.stripTrailing().endsWith("\\G") && endsWithVerticalToken(statement);
    }

    /** The statement without its {@code \G}. */
    public static String withoutVertical(String statement) {
        if (!isVertical(statement)) return statement;
        String s = statement.stripTrailing();
        return s.substring(0, s.length() - 2).stripTrailing();
    }

    private static boolean endsWithVerticalToken(String statement) {
        List<SqlLexer.Token> tokens = SqlLexer.tokenize(statement);
        for (int t = tokens.size() - 1; t >= 0; t--) {
            if (tokens.get(t).insignificant()) continue;
            return tokens.get(t).isOperator(statement, "\\G");
        }
        return false;
    }

    private static String dropLastSemicolon(String s) {
        String t = s.stripTrailing();
        return t.endsWith(";") ? t.substring(0, t.length() - 1) : s;
    }

    private static void addIfNotBlank(List<String> out, String statement) {
        String s = statement.strip();
        if (!s.isEmpty()) out.add(s);
    }
}
