package io.strata.client;

import java.util.List;

/**
 * An INSERT whose rows the client sends (not INSERT ... SELECT): the statement text the server
 * gets, which ends with {@code VALUES} or {@code FORMAT name}, the format the rows are in, and the
 * data written inline after it, if any. As in clickhouse-client, the client parses the rows itself
 * with the input format and sends them as native blocks under the columns the server announces.
 *
 * @param query  the statement up to the data ({@code INSERT INTO t (a, b) FORMAT CSV})
 * @param format the input format: {@code Values} for {@code VALUES}
 * @param data   the inline data (empty when the rows come from elsewhere, e.g. stdin)
 */
public record InsertStatement(String query, String format, String data) {
    public static final String VALUES = "Values";

    /** The INSERT in {@code sql} whose rows the client sends, or null for any other statement. */
    public static InsertStatement parse(String sql) {
        List<SqlLexer.Token> tokens = SqlLexer.tokenize(sql);
        int t = 0;
        while (t < tokens.size() && tokens.get(t).insignificant()) t++;
        if (t >= tokens.size() || !tokens.get(t).isWord(sql, "INSERT")) return null;
        int depth = 0;
        for (; t < tokens.size(); t++) {
            SqlLexer.Token token = tokens.get(t);
            if (token.isOperator(sql, "(")) depth++;
            if (token.isOperator(sql, ")")) depth--;
            if (depth != 0 || token.kind() != SqlLexer.Kind.WORD) {
                if (depth == 0 && token.isOperator(sql, ";")) return null;
                continue;
            }
            if (token.isWord(sql, "SELECT") || token.isWord(sql, "WITH")) return null;
            if (token.isWord(sql, "VALUES")) {
                return new InsertStatement(sql.substring(0, token.end()), VALUES, sql.substring(token.end()));
            }
            if (token.isWord(sql, "FORMAT")) {
                int name = nextSignificant(tokens, t + 1);
                if (name < 0 || tokens.get(name).kind() != SqlLexer.Kind.WORD) return null;
                SqlLexer.Token nameToken = tokens.get(name);
                String format = nameToken.text(sql);
                return new InsertStatement(sql.substring(0, nameToken.end()), format, sql.substring(dataStart(sql, nameToken.end())));
            }
        }
        return null;
    }

    /** Whether the rows follow in the statement itself. */
    public boolean hasInlineData() {
        return !data.isBlank();
    }

    /**
     * Where the inline data of an {@code INSERT ... FORMAT F} (F not Values) starting at token
     * {@code first} begins, or -1 when the statement is no such INSERT. Values data is SQL-like
     * (literals, parentheses) and ends at a semicolon like any statement; other formats' data runs
     * to the end of the script. A semicolon right after the format name, on its line, ends the
     * statement without data.
     */
    static int formatDataStart(String text, List<SqlLexer.Token> tokens, int first) {
        if (first >= tokens.size() || !tokens.get(first).isWord(text, "INSERT")) return -1;
        int depth = 0;
        for (int t = first; t < tokens.size(); t++) {
            SqlLexer.Token token = tokens.get(t);
            if (token.isOperator(text, "(")) depth++;
            if (token.isOperator(text, ")")) depth--;
            if (depth != 0) continue;
            if (token.isOperator(text, ";") || token.isOperator(text, "\\G")) return -1;
            if (token.isWord(text, "SELECT") || token.isWord(text, "WITH") || token.isWord(text, "VALUES")) return -1;
            if (token.isWord(text, "FORMAT")) {
                int name = nextSignificant(tokens, t + 1);
                if (name < 0 || tokens.get(name).kind() != SqlLexer.Kind.WORD || tokens.get(name).isWord(text, VALUES)) return -1;
                int after = nextSignificant(tokens, name + 1);
                // "FORMAT TSV;" ends the statement there: the rows come from elsewhere
                if (after >= 0 && tokens.get(after).isOperator(text, ";") && text.substring(tokens.get(name).end(),
                        tokens.get(after).start()).indexOf('\n') < 0) {
                    return -1;
                }
                return dataStart(text, tokens.get(name).end());
            }
        }
        return -1;
    }

    /**
     * ClickHouse's rule for where data after {@code FORMAT name} starts: after the spaces and tabs
     * that follow the name and then one line break, if there is one.
     */
    private static int dataStart(String text, int afterName) {
        int i = afterName;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) i++;
        if (i < text.length() && text.charAt(i) == '\r') i++;
        if (i < text.length() && text.charAt(i) == '\n') i++;
        return i;
    }

    private static int nextSignificant(List<SqlLexer.Token> tokens, int from) {
        for (int t = from; t < tokens.size(); t++) {
            if (!tokens.get(t).insignificant()) return t;
        }
        return -1;
    }
}
