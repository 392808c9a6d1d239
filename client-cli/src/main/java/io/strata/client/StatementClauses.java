package io.strata.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of a statement the client acts on itself, found lexically: its first keyword, the
 * output format it names ({@code ... FORMAT JSON}: the client renders results), the database of a
 * {@code USE}, the settings of a {@code SET} (they also change how the client renders), and query
 * parameters, which the client substitutes itself for a server too old to take them.
 */
final class StatementClauses {
    private StatementClauses() {
    }

    /** The statement's first word in upper case ({@code SELECT}, {@code INSERT}...), or "" when it has none. */
    static String firstKeyword(String sql) {
        for (SqlLexer.Token t : SqlLexer.tokenize(sql)) {
            if (t.insignificant() || t.isOperator(sql, "(")) continue;
            return t.kind() == SqlLexer.Kind.WORD ? t.text(sql).toUpperCase(Locale.ROOT) : "";
        }
        return "";
    }

    /** The format of the statement's last top-level {@code FORMAT name} clause, or null. */
    static String outputFormat(String sql) {
        List<SqlLexer.Token> tokens = SqlLexer.tokenize(sql);
        String format = null;
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlLexer.Token t = tokens.get(i);
            if (t.isOperator(sql, "(")) depth++;
            if (t.isOperator(sql, ")")) depth--;
            if (depth == 0 && t.isWord(sql, "FORMAT")) {
                int n = next(tokens, i + 1);
                if (n >= 0 && tokens.get(n).kind() == SqlLexer.Kind.WORD) format = tokens.get(n).text(sql);
            }
        }
        return format;
    }

    /** The database of {@code USE db}, unquoted, or null for any other statement. */
    static String useDatabase(String sql) {
        List<SqlLexer.Token> tokens = SqlLexer.tokenize(sql);
        int i = next(tokens, 0);
        if (i < 0 || !tokens.get(i).isWord(sql, "USE")) return null;
        int n = next(tokens, i + 1);
        if (n < 0) return null;
        SqlLexer.Token t = tokens.get(n);
        if (t.kind() == SqlLexer.Kind.WORD) return t.text(sql);
        if (t.kind() == SqlLexer.Kind.QUOTED_IDENTIFIER) return unquote(t.text(sql));
        return null;
    }

    /** The changes of {@code SET a = 1, b = 'x'} (values unquoted), or an empty map for any other statement. */
    static Map<String, String> setChanges(String sql) {
        Map<String, String> out = new LinkedHashMap<>();
        List<SqlLexer.Token> tokens = SqlLexer.tokenize(sql);
        int i = next(tokens, 0);
        if (i < 0 || !tokens.get(i).isWord(sql, "SET")) return out;
        i = next(tokens, i + 1);
        while (i >= 0) {
            SqlLexer.Token name = tokens.get(i);
            int eq = next(tokens, i + 1);
            if (name.kind() != SqlLexer.Kind.WORD || eq < 0 || !tokens.get(eq).isOperator(sql, "=")) return Map.of();
            int v = next(tokens, eq + 1);
            if (v < 0) return Map.of();
            StringBuilder value = new StringBuilder();
            int j = v;
            // a value is one literal, possibly signed (-1); anything else is left to the server
            if (tokens.get(j).isOperator(sql, "-")) {
                value.append('-');
                j = next(tokens, j + 1);
                if (j < 0) return Map.of();
            }
            SqlLexer.Token lit = tokens.get(j);
            switch (lit.kind()) {
                case STRING -> value.append(unquote(lit.text(sql)));
                case NUMBER, WORD -> value.append(lit.text(sql));
                default -> {
                    return Map.of();
                }
            }
            out.put(name.text(sql), value.toString());
            int comma = next(tokens, j + 1);
            if (comma < 0) return out;
            if (!tokens.get(comma).isOperator(sql, ",")) return Map.of();
            i = next(tokens, comma + 1);
        }
        return out;
    }

    /**
     * {@code sql} with every {@code {name:Type}} replaced by the value of {@code name} as a typed
     * literal ({@code CAST('v' AS Type)}, a quoted name for {@code Identifier}), for servers below
     * revision 54459, as clickhouse-client did before parameters travelled in the Query packet.
     */
    static String substituteParameters(String sql, Map<String, String> parameters) {
        if (parameters.isEmpty()) return sql;
        StringBuilder out = new StringBuilder(sql.length());
        for (SqlLexer.Token t : SqlLexer.tokenize(sql)) {
            if (t.kind() != SqlLexer.Kind.PARAMETER) {
                out.append(sql, t.start(), t.end());
                continue;
            }
            String body = sql.substring(t.start() + 1, t.end() - 1);
            int colon = body.indexOf(':');
            String name = body.substring(0, colon).strip();
            String type = body.substring(colon + 1).strip();
            String value = parameters.get(name);
            if (value == null) {
                out.append(sql, t.start(), t.end()); // the server reports the missing substitution
            } else if (type.equals("Identifier")) {
                out.append('`').append(value.replace("\\", "\\\\").replace("`", "\\`")).append('`');
            } else {
                out.append("CAST(").append(quote(value)).append(" AS ").append(type).append(')');
            }
        }
        return out.toString();
    }

    static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** The text of a quoted literal or name without its quotes and escapes. */
    static String unquote(String quoted) {
        if (quoted.length() < 2) return quoted;
        char q = quoted.charAt(0);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < quoted.length() - 1; i++) {
            char c = quoted.charAt(i);
            if (c == '\\' && i + 1 < quoted.length() - 1) {
                char e = quoted.charAt(++i);
                sb.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    default -> e;
                });
            } else if (c == q && i + 1 < quoted.length() - 1 && quoted.charAt(i + 1) == q) {
                sb.append(q);
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int next(List<SqlLexer.Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (!tokens.get(i).insignificant()) return i;
        }
        return -1;
    }
}
