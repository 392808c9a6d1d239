package io.strata.client;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion of keywords, functions, databases, tables and columns. After FROM, JOIN, INTO,
 * TABLE and the like only tables and databases are offered; after {@code db.} the tables of that
 * database; elsewhere everything. Functions complete without a trailing space (a parenthesis
 * follows), the rest with one.
 */
final class SqlCompleter implements Completer {
    private static final Set<String> TABLE_CONTEXT = Set.of("FROM", "JOIN", "INTO", "TABLE", "UPDATE", "DESCRIBE", "DESC",
            "TRUNCATE", "OPTIMIZE", "EXISTS", "RENAME", "TO");
    private static final Set<String> DATABASE_CONTEXT = Set.of("USE", "DATABASE");

    private final CompletionCatalog catalog;

    SqlCompleter(CompletionCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word();
        String before = line.line().substring(0, line.cursor() - line.wordCursor());
        String previous = previousWord(before);
        CompletionCatalog.Names names = catalog.names();
        if (word.contains(".")) {
            for (String t : names.qualifiedTables()) candidates.add(candidate(t, "tables", true));
            return;
        }
        if (DATABASE_CONTEXT.contains(previous)) {
            for (String d : names.databases()) candidates.add(candidate(d, "databases", true));
            return;
        }
        boolean tablesOnly = TABLE_CONTEXT.contains(previous);
        for (String t : names.tables()) candidates.add(candidate(t, "tables", true));
        for (String d : names.databases()) candidates.add(candidate(d + ".", "databases", false));
        if (tablesOnly) return;
        for (String k : SqlKeywords.ALL) candidates.add(candidate(k, "keywords", true));
        for (String f : names.functions()) candidates.add(candidate(f, "functions", false));
        for (String c : names.columns()) candidates.add(candidate(c, "columns", true));
    }

    private static Candidate candidate(String value, String group, boolean complete) {
        return new Candidate(value, value, group, null, null, null, complete);
    }

    /** The last word before the one being completed, in upper case ("" when there is none). */
    private static String previousWord(String before) {
        List<SqlLexer.Token> tokens = SqlLexer.tokenize(before);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            SqlLexer.Token t = tokens.get(i);
            if (t.insignificant()) continue;
            return t.kind() == SqlLexer.Kind.WORD ? t.text(before).toUpperCase(Locale.ROOT) : "";
        }
        return "";
    }
}
