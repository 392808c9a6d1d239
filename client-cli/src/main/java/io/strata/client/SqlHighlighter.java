package io.strata.client;

import java.util.List;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the statement being typed: keywords bold, function calls yellow, string literals green,
 * numbers cyan, query parameters magenta, comments dim, and a string, quoted name or comment left
 * open red. The inline data of an {@code INSERT ... FORMAT} is not SQL and stays plain.
 */
final class SqlHighlighter implements Highlighter {
    static final AttributedStyle KEYWORD = AttributedStyle.BOLD;
    static final AttributedStyle FUNCTION = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle PARAMETER = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.faint();
    static final AttributedStyle UNTERMINATED = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    static AttributedString highlight(String buffer) {
        AttributedStringBuilder sb = new AttributedStringBuilder(buffer.length() + 16);
        List<SqlLexer.Token> tokens = SqlLexer.tokenize(buffer);
        int first = 0;
        while (first < tokens.size() && tokens.get(first).insignificant()) first++;
        int dataStart = InsertStatement.formatDataStart(buffer, tokens, first);
        for (int i = 0; i < tokens.size(); i++) {
            SqlLexer.Token t = tokens.get(i);
            if (dataStart >= 0 && t.end() > dataStart) {
                // the data after FORMAT name is the format's, not SQL
                if (t.start() < dataStart) sb.append(buffer.substring(t.start(), dataStart));
                sb.append(buffer.substring(Math.max(t.start(), dataStart)));
                break;
            }
            AttributedStyle style = style(buffer, tokens, i);
            if (style == null) {
                sb.append(t.text(buffer));
            } else {
                sb.styled(style, t.text(buffer));
            }
        }
        return sb.toAttributedString();
    }

    private static AttributedStyle style(String buffer, List<SqlLexer.Token> tokens, int i) {
        SqlLexer.Token t = tokens.get(i);
        return switch (t.kind()) {
            case STRING -> STRING;
            case NUMBER -> NUMBER;
            case PARAMETER -> PARAMETER;
            case COMMENT -> COMMENT;
            case UNTERMINATED -> UNTERMINATED;
            case WORD -> {
                String word = t.text(buffer);
                boolean call = nextIsParenthesis(buffer, tokens, i);
                boolean keyword = SqlKeywords.isKeyword(word);
                if (call && !(keyword && SqlKeywords.takesParentheses(word))) yield FUNCTION;
                yield keyword ? KEYWORD : null;
            }
            default -> null;
        };
    }

    private static boolean nextIsParenthesis(String buffer, List<SqlLexer.Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            if (tokens.get(j).kind() == SqlLexer.Kind.WHITESPACE) continue;
            return tokens.get(j).isOperator(buffer, "(");
        }
        return false;
    }
}
