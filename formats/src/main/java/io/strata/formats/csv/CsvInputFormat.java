package io.strata.formats.csv;

import io.strata.core.block.Header;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.formats.InputFormat;
import io.strata.formats.InputReader;
import io.strata.formats.text.FieldDecoder;
import io.strata.formats.text.InputErrors;
import io.strata.formats.text.RowInputReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV input (CSVWithNames, CSVWithNamesAndTypes): fields separated by format_csv_delimiter, rows
 * by {@code \n} or {@code \r\n}, double-quoted fields with doubled quotes inside. An unquoted
 * {@code \N} is NULL; an empty unquoted field is the column's default (as with
 * input_format_csv_empty_as_default); spaces and tabs around unquoted fields are trimmed.
 */
public class CsvInputFormat implements InputFormat {
    private final String name;
    private final boolean withNames;
    private final boolean withTypes;

    public CsvInputFormat() {
        this("CSV", false, false);
    }

    protected CsvInputFormat(String name, boolean withNames, boolean withTypes) {
        this.name = name;
        this.withNames = withNames;
        this.withTypes = withTypes;
    }

    public static final class WithNames extends CsvInputFormat {
        public WithNames() { super("CSVWithNames", true, false); }
    }

    public static final class WithNamesAndTypes extends CsvInputFormat {
        public WithNamesAndTypes() { super("CSVWithNamesAndTypes", true, true); }
    }

    @Override public String name() { return name; }

    @Override
    public InputReader create(InputStream in, Header header, FormatSettings settings, Settings querySettings) {
        return new Reader(in, header, settings, withNames, withTypes);
    }

    private static final class Reader extends RowInputReader {
        private final boolean withNames;
        private final boolean withTypes;
        private final char delimiter;
        private int[] columnMap;
        private boolean quoted;

        Reader(InputStream stream, Header header, FormatSettings settings, boolean withNames, boolean withTypes) {
            super(stream, header, settings);
            this.withNames = withNames;
            this.withTypes = withTypes;
            this.delimiter = settings.csvDelimiter();
        }

        @Override
        protected void readPrefix() {
            columnMap = identityMap();
            if (withNames && !in.eof()) columnMap = mapNames(readLine());
            if (withTypes && !in.eof()) readLine();
        }

        private List<String> readLine() {
            List<String> values = new ArrayList<>();
            while (true) {
                readField();
                String s = fieldString();
                if (quoted) s = unquote(s);
                values.add(s);
                if (!in.tryRead(delimiter)) {
                    endOfRow();
                    return values;
                }
            }
        }

        private static String unquote(String s) {
            return s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }

        @Override
        protected boolean readRow(ColumnBuilder[] builders) {
            if (in.eof()) return false;
            for (int i = 0; i < columnMap.length; i++) {
                readField();
                int target = columnMap[i];
                if (target >= 0) {
                    if (!quoted && fieldEquals("\\N")) {
                        decoder.appendNull(header.type(target), builders[target]);
                    } else if (!quoted && fieldLength == 0) {
                        builders[target].appendDefault();
                    } else {
                        decoder.decode(header.type(target), builders[target], field, 0, fieldLength, FieldDecoder.Style.CSV);
                    }
                }
                if (i + 1 < columnMap.length) {
                    if (!in.tryRead(delimiter)) throw InputErrors.expected(String.valueOf(delimiter), in);
                } else {
                    endOfRow();
                }
            }
            return true;
        }

        private void endOfRow() {
            in.tryRead('\r');
            if (!in.tryRead('\n') && !in.eof()) throw InputErrors.expected("\\n", in);
        }

        /** Copies one field into {@link #field}: a quoted field with its quotes, an unquoted one trimmed. */
        private void readField() {
            clearField();
            while (in.peek() == ' ' || in.peek() == '\t') {
                if (in.peek() == delimiter) break;
                in.read();
            }
            quoted = in.peek() == '"';
            if (quoted) {
                appendField(in.read());
                while (true) {
                    int c = in.read();
                    if (c == -1) {
                        throw new io.strata.core.error.DbException(io.strata.core.error.ErrorCode.CANNOT_PARSE_QUOTED_STRING,
                                "Cannot parse quoted string: expected closing quote");
                    }
                    appendField(c);
                    if (c == '"') {
                        if (in.peek() == '"') appendField(in.read());
                        else break;
                    }
                }
                while ((in.peek() == ' ' || in.peek() == '\t') && in.peek() != delimiter) in.read();
                return;
            }
            while (true) {
                int c = in.peek();
                if (c == -1 || c == delimiter || c == '\n' || c == '\r') break;
                appendField(in.read());
            }
            while (fieldLength > 0 && (field[fieldLength - 1] == ' ' || field[fieldLength - 1] == '\t')
                    && field[fieldLength - 1] != delimiter) {
                fieldLength--;
            }
        }
    }
}
