package io.strata.formats.values;

import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.type.DataType;
import io.strata.core.settings.Settings;
import io.strata.formats.InputFormat;
import io.strata.formats.InputReader;
import io.strata.formats.text.FieldDecoder;
import io.strata.formats.text.InputErrors;
import io.strata.formats.text.RowInputReader;
import java.io.InputStream;

/**
 * Values input: {@code (1,'a'),(2,NULL)} with quoted literals (strings, numbers including
 * negative ones, arrays, tuples, NULL), optional whitespace and commas between rows and an
 * optional trailing {@code ;}. A value that is not a literal of its column's type raises
 * {@link ValuesExpressionException}, so the caller may evaluate it as an expression; a reader made
 * with a {@link ValuesExpressionEvaluator} evaluates such fields itself, one by one, while the
 * other fields of the row keep their exact literal values (a Decimal literal next to a function
 * call is not rounded through Float64).
 */
public final class ValuesInputFormat implements InputFormat {
    @Override public String name() { return "Values"; }

    @Override
    public InputReader create(InputStream in, Header header, FormatSettings settings, Settings querySettings) {
        return new Reader(in, header, settings, null);
    }

    /** A reader that evaluates the fields that are not literals with {@code evaluator} instead of throwing. */
    public InputReader create(InputStream in, Header header, FormatSettings settings, ValuesExpressionEvaluator evaluator) {
        return new Reader(in, header, settings, evaluator);
    }

    private static final class Reader extends RowInputReader {
        private final ValuesExpressionEvaluator evaluator;

        Reader(InputStream stream, Header header, FormatSettings settings, ValuesExpressionEvaluator evaluator) {
            super(stream, header, settings);
            this.evaluator = evaluator;
        }

        @Override
        protected boolean readRow(ColumnBuilder[] builders) {
            skipWhitespace();
            if (rowNumber > 1 && in.tryRead(',')) skipWhitespace();
            if (in.eof()) return false;
            if (in.tryRead(';')) {
                skipWhitespace();
                if (!in.eof()) throw InputErrors.expected("<EOF>", in);
                return false;
            }
            expect('(');
            int n = header.size();
            for (int i = 0; i < n; i++) {
                skipWhitespace();
                readValue();
                if (isNullLiteral()) {
                    decoder.appendNull(header.type(i), builders[i]);
                } else if (evaluator != null) {
                    decodeOrEvaluate(i, builders[i]);
                } else {
                    decodeLiteral(i, builders[i]);
                }
                skipWhitespace();
                if (i + 1 < n) {
                    if (in.peek() == ')') {
                        throw new DbException(ErrorCode.INCORRECT_DATA, "Expected " + n + " values in a row of Values, got " + (i + 1));
                    }
                    expect(',');
                }
            }
            expect(')');
            return true;
        }

        // The exception for an expression already names its row and must keep its type for the caller.
        @Override
        protected DbException withRow(DbException e) {
            return e instanceof ValuesExpressionException ? e : super.withRow(e);
        }

        private void decodeLiteral(int column, ColumnBuilder builder) {
            try {
                if (fieldLength == 0) throw InputErrors.expected("value", in);
                decoder.decode(header.type(column), builder, field, 0, fieldLength, FieldDecoder.Style.QUOTED);
            } catch (DbException e) {
                String text = fieldString();
                throw new ValuesExpressionException(e.code(), "Cannot parse expression of type " + header.type(column)
                        + " here: " + InputErrors.excerpt(field, 0, fieldLength) + ": " + e.getMessage() + ": (at row " + rowNumber + ")",
                        rowNumber, column, text, e);
            }
        }

        /**
         * Decodes into a one-row builder first, so that a literal that fails half-way (an array
         * with an expression inside) leaves nothing behind before the field is evaluated instead.
         */
        private void decodeOrEvaluate(int column, ColumnBuilder builder) {
            if (fieldLength == 0) throw InputErrors.expected("value", in);
            DataType type = header.type(column);
            Column value;
            try {
                ColumnBuilder one = type.createBuilder(1);
                decoder.decode(type, one, field, 0, fieldLength, FieldDecoder.Style.QUOTED);
                value = one.build();
            } catch (DbException notLiteral) {
                value = evaluator.evaluate(fieldString(), type);
            }
            builder.append(value, 0);
        }

        private boolean isNullLiteral() {
            if (fieldLength != 4) return false;
            return fieldString().equalsIgnoreCase("NULL");
        }

        /**
         * Copies one value up to the ',' or ')' that ends it at nesting depth zero, skipping over
         * quoted strings (with backslash escapes and doubled quotes) and bracketed arrays/tuples.
         */
        private void readValue() {
            clearField();
            int depth = 0;
            while (true) {
                int c = in.peek();
                if (c == -1) return;
                if (depth == 0 && (c == ',' || c == ')')) break;
                in.read();
                appendField(c);
                if (c == '\'' || c == '"' || c == '`') {
                    copyQuoted(c);
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                }
            }
            while (fieldLength > 0 && isSpace(field[fieldLength - 1])) fieldLength--;
        }

        private void copyQuoted(int quote) {
            while (true) {
                int c = in.read();
                if (c == -1) {
                    throw new DbException(ErrorCode.CANNOT_PARSE_QUOTED_STRING,
                            "Cannot parse quoted string: expected closing quote");
                }
                appendField(c);
                if (c == '\\') {
                    int next = in.read();
                    if (next != -1) appendField(next);
                } else if (c == quote) {
                    if (in.peek() == quote) appendField(in.read());
                    else return;
                }
            }
        }

        private static boolean isSpace(byte b) {
            return b == ' ' || b == '\t' || b == '\n' || b == '\r';
        }
    }
}
