package io.strata.client;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * How the prompt reads statements: Enter runs the buffer when it is a finished statement (it ends
 * with {@code ;} or {@code \G}, or is an exit command), else it starts a new line of the same
 * statement, so a statement is edited, highlighted and kept in the history as a whole. For
 * completion the word under the cursor is the name being typed, dots included ({@code db.ta}).
 */
final class StatementParser implements Parser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !Repl.isExitCommand(line) && !line.isBlank()
                && !Statements.endsStatement(line)) {
            throw new EOFError(-1, -1, "the statement goes on (it ends with ';')", ";");
        }
        int start = cursor;
        while (start > 0 && isNamePart(line.charAt(start - 1))) start--;
        int end = cursor;
        while (end < line.length() && isNamePart(line.charAt(end))) end++;
        return new Word(line, cursor, line.substring(start, end), cursor - start);
    }

    private static boolean isNamePart(char c) {
        return SqlLexer.isWordPart(c) || c == '.';
    }

    /** The line and the one word that completion works on. */
    private record Word(String line, int cursor, String word, int wordCursor) implements CompletingParsedLine {
        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor;
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }
    }
}
