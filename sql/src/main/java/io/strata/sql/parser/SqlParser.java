package io.strata.sql.parser;

import io.strata.sql.ast.Expr;
import io.strata.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Entry point of the SQL front end: text in, immutable AST out. Nothing of ANTLR escapes this package.
 *
 * <p>Parsing runs in SLL prediction mode first, which is much faster and right for almost every query;
 * only when it fails is the statement parsed again with full LL, so a real syntax error costs two parses
 * and a valid query one. The first error throws: there is no recovery, a half-understood query must
 * never run.
 */
public final class SqlParser {
    private static final int MAX_QUERY_IN_MESSAGE = 100;
    private static final int MAX_EXPECTED = 12;

    private SqlParser() {}

    /** Parses a script of statements separated by ';'. Error positions are relative to the whole script. */
    public static List<ParsedStatement> parseStatements(String sql) {
        List<ParsedStatement> result = new ArrayList<>();
        for (StatementSplitter.Piece piece : StatementSplitter.split(sql)) {
            result.add(parsePiece(sql, piece));
        }
        return result;
    }

    /**
     * Splits a script into statement texts without parsing them, so one bad statement does
     * not stop the others (clients run them one by one and report each error).
     */
    public static List<String> splitStatements(String sql) {
        List<String> out = new ArrayList<>();
        for (StatementSplitter.Piece piece : StatementSplitter.split(sql)) out.add(sql.substring(piece.start(), piece.end()));
        return out;
    }

    /** Parses exactly one statement, optionally followed by ';'. */
    public static Statement parseStatement(String sql) {
        return parseSingle(sql).statement();
    }

    /** Like {@link #parseStatement} but also returns the statement's text and extent. */
    public static ParsedStatement parseSingle(String sql) {
        List<StatementSplitter.Piece> pieces = StatementSplitter.split(sql);
        if (pieces.isEmpty()) {
            throw error(sql, sql.length(), null, "Empty query");
        }
        if (pieces.size() > 1) {
            int second = pieces.get(1).start();
            throw error(sql, second, nearWord(sql, second), "Multi-statements are not allowed");
        }
        return parsePiece(sql, pieces.get(0));
    }

    /** Parses one expression, e.g. a stored DEFAULT expression. */
    public static Expr parseExpression(String text) {
        return parse(text, text, 0, ClickHouseParser::singleExpression, (builder, tree) -> builder.expression(tree));
    }

    private static ParsedStatement parsePiece(String sql, StatementSplitter.Piece piece) {
        String text = sql.substring(piece.start(), piece.end());
        String header = sql.substring(piece.start(), piece.headerEnd());
        Statement statement = parse(sql, header, piece.start(), ClickHouseParser::singleStatement,
                (builder, tree) -> builder.singleStatement(tree));
        return new ParsedStatement(statement, text, piece.start(), piece.end());
    }

    private interface TreeConverter<T, R> {
        R convert(AstBuilder builder, T tree);
    }

    private static <T, R> R parse(String fullText, String text, int offset, Function<ClickHouseParser, T> rule,
                                  TreeConverter<T, R> converter) {
        ClickHouseLexer lexer = new ClickHouseLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String msg,
                                    RecognitionException e) {
                int index = lexer._tokenStartCharIndex;
                throw error(fullText, offset + index, nearWord(text, index), null);
            }
        });
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        ClickHouseParser parser = new ClickHouseParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        T tree;
        try {
            tree = rule.apply(parser);
        } catch (ParseCancellationException sllFailure) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                tree = rule.apply(parser);
            } catch (ParseCancellationException e) {
                throw syntaxError(fullText, text.length(), offset, parser, e);
            }
        }
        try {
            return converter.convert(new AstBuilder(text), tree);
        } catch (TreeShapeException e) {
            throw error(fullText, offset + e.token.getStartIndex(), e.token.getText(), e.getMessage());
        }
    }

    private static SyntaxErrorException syntaxError(String fullText, int textLength, int offset, ClickHouseParser parser,
                                                    ParseCancellationException e) {
        Token token = parser.getCurrentToken();
        IntervalSet expected = null;
        if (e.getCause() instanceof RecognitionException re) {
            if (re.getOffendingToken() != null) {
                token = re.getOffendingToken();
            }
            expected = re.getExpectedTokens();
        }
        String near = token.getType() == Token.EOF ? null : token.getText();
        int index = token.getType() == Token.EOF ? textLength : token.getStartIndex();
        return error(fullText, offset + index, near, expected == null ? null : expected(expected));
    }

    /** "Expected one of: ..." listing; every keyword collapses into "identifier" where one is allowed. */
    private static String expected(IntervalSet set) {
        TreeSet<String> names = new TreeSet<>();
        boolean identifier = set.contains(ClickHouseLexer.IDENTIFIER);
        for (int type : set.toList()) {
            String name = ClickHouseLexer.VOCABULARY.getLiteralName(type);
            boolean keyword = name != null && Character.isLetter(name.charAt(1));
            if (identifier && keyword) {
                continue;
            }
            names.add(name != null ? name.substring(1, name.length() - 1) : switch (type) {
                case ClickHouseLexer.IDENTIFIER, ClickHouseLexer.BACKQUOTED_IDENTIFIER, ClickHouseLexer.DOUBLE_QUOTED_IDENTIFIER -> "identifier";
                case ClickHouseLexer.STRING_LITERAL -> "string literal";
                case ClickHouseLexer.DECIMAL_LITERAL, ClickHouseLexer.FLOATING_LITERAL, ClickHouseLexer.HEXADECIMAL_LITERAL,
                     ClickHouseLexer.BINARY_LITERAL -> "number";
                case Token.EOF -> "end of query";
                default -> String.valueOf(ClickHouseLexer.VOCABULARY.getDisplayName(type));
            });
        }
        if (names.isEmpty() || names.size() > MAX_EXPECTED) {
            return null;
        }
        StringJoiner joiner = new StringJoiner(", ", names.size() == 1 ? "Expected " : "Expected one of: ", "");
        names.forEach(joiner::add);
        return joiner.toString();
    }

    private static String nearWord(String text, int index) {
        if (index >= text.length()) {
            return null;
        }
        int end = index + 1;
        while (end < text.length() && end - index < 20 && Character.isLetterOrDigit(text.charAt(end))
                && Character.isLetterOrDigit(text.charAt(index))) {
            end++;
        }
        return text.substring(index, end);
    }

    /** Builds the ClickHouse-shaped message; index is 0-based in fullText, near null means end of query. */
    private static SyntaxErrorException error(String fullText, int index, String near, String detail) {
        String query = fullText.length() > MAX_QUERY_IN_MESSAGE ? fullText.substring(0, MAX_QUERY_IN_MESSAGE) + "..." : fullText;
        StringBuilder message = new StringBuilder("Syntax error: failed at position ").append(index + 1)
                .append(near == null ? " (near end of query)" : " (near '" + near + "')")
                .append(": ").append(query);
        if (detail != null) {
            message.append(". ").append(detail);
        }
        return new SyntaxErrorException(index + 1, message.toString());
    }
}
