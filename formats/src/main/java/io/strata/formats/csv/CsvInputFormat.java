package io.strata.formats.csv;

import io.strata.core.block.Header;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.core.type.DataType;
import io.strata.core.type.TupleType;
import io.strata.formats.InputFormat;
import io.strata.formats.InputReader;
import io.strata.formats.text.FieldDecoder;
import io.strata.formats.text.InputErrors;
import io.strata.formats.text.RowInputReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CSV input (CSVWithNames, CSVWithNamesAndTypes): fields separated by format_csv_delimiter, rows
 * by {@code \n} or {@code \r\n}, double-quoted fields with doubled quotes inside (single-quoted
 * ones too with format_csv_allow_single_quotes; with format_csv_allow_double_quotes = 0 a double
 * quote is an ordinary character). An unquoted format_csv_null_representation ({@code \N}) is
 * NULL; an empty unquoted field is the column default (input_format_csv_empty_as_default); spaces
 * and tabs around unquoted fields are trimmed. A Tuple column spans one field per element, as
 * ClickHouse writes tuples in CSV.
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
        return new Reader(in, header, settings, querySettings, withNames, withTypes);
    }

    /** How many CSV fields a value of {@code type} spans: one per (nested) tuple element, else one. */
    static int fieldCount(DataType type) {
        if (type instanceof TupleType t) {
            int n = 0;
            for (DataType e : t.elements()) n += fieldCount(e);
            return n;
        }
        return 1;
    }

    private static final class Reader extends RowInputReader {
        private final boolean withNames;
        private final boolean withTypes;
        private final char delimiter;
        private final boolean singleQuotes;
        private final boolean doubleQuotes;
        private final boolean emptyAsDefault;
        private final boolean useHeader;
        private final byte[] nullText;
        private final int[] fieldCounts;
        private int[] columnMap;
        /** The quote of the field just read, or 0 for an unquoted field. */
        private int quote;
        /** A tuple's fields joined back with the delimiter, for the tuple's CSV reader. */
        private byte[] joined = new byte[64];
        private int joinedLength;

        Reader(InputStream stream, Header header, FormatSettings settings, Settings querySettings, boolean withNames, boolean withTypes) {
            super(stream, header, settings, querySettings);
            this.withNames = withNames;
            this.withTypes = withTypes;
            this.delimiter = settings.csvDelimiter();
            this.singleQuotes = querySettings.getBool("format_csv_allow_single_quotes");
            this.doubleQuotes = querySettings.getBool("format_csv_allow_double_quotes");
            this.emptyAsDefault = querySettings.getBool("input_format_csv_empty_as_default");
            this.useHeader = querySettings.getBool("input_format_with_names_use_header");
            this.nullText = querySettings.getString("format_csv_null_representation").getBytes(StandardCharsets.UTF_8);
            this.fieldCounts = new int[header.size()];
            for (int i = 0; i < fieldCounts.length; i++) fieldCounts[i] = fieldCount(header.type(i));
        }

        @Override
        protected void readPrefix() {
            columnMap = identityMap();
            if (withNames && !in.eof()) {
                List<String> names = readLine();
                if (useHeader) columnMap = mapNames(names);
            }
            if (withTypes && !in.eof()) readLine();
        }

        private List<String> readLine() {
            List<String> values = new ArrayList<>();
            while (true) {
                readField();
                values.add(quote != 0 ? unquote() : fieldString());
                if (!in.tryRead(delimiter)) {
                    endOfRow();
                    return values;
                }
            }
        }

        /** The text of the quoted field in the buffer, quotes removed and doubled quotes undone. */
        private String unquote() {
            String q = String.valueOf((char) quote);
            return fieldString().substring(1, fieldLength - 1).replace(q + q, q);
        }

        @Override
        protected boolean readRow(ColumnBuilder[] builders) {
            if (in.eof()) return false;
            for (int i = 0; i < columnMap.length; i++) {
                int target = columnMap[i];
                if (target >= 0 && fieldCounts[target] > 1) {
                    readJoinedFields(fieldCounts[target]);
                    decoder.decode(header.type(target), builders[target], joined, 0, joinedLength, FieldDecoder.Style.CSV);
                } else {
                    readField();
                    if (target >= 0) decodeField(target, builders[target]);
                }
                if (i + 1 < columnMap.length) {
                    if (!in.tryRead(delimiter)) throw InputErrors.expected(String.valueOf(delimiter), in);
                } else {
                    endOfRow();
                }
            }
            return true;
        }

        private void decodeField(int target, ColumnBuilder builder) {
            DataType type = header.type(target);
            if (quote == 0 && fieldLength == nullText.length && Arrays.equals(field, 0, fieldLength, nullText, 0, nullText.length)) {
                decoder.appendNull(type, builder);
            } else if (quote == 0 && fieldLength == 0) {
                if (emptyAsDefault) builder.appendDefault();
                else decoder.decode(type, builder, field, 0, 0, FieldDecoder.Style.RAW);
            } else if (quote == '\'') {
                // the type's CSV reader knows double quotes only: hand it the value re-quoted
                byte[] requoted = requote();
                decoder.decode(type, builder, requoted, 0, requoted.length, FieldDecoder.Style.CSV);
            } else if (quote == 0 && !doubleQuotes && fieldLength > 0 && field[0] == '"') {
                // quotes are ordinary characters here, so the value is the text as it stands
                decoder.decode(type, builder, field, 0, fieldLength, FieldDecoder.Style.RAW);
            } else {
                decoder.decode(type, builder, field, 0, fieldLength, FieldDecoder.Style.CSV);
            }
        }

        /** A single-quoted field as the equivalent double-quoted one. */
        private byte[] requote() {
            byte[] s = unquote().getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[s.length * 2 + 2];
            int n = 0;
            out[n++] = '"';
            for (byte b : s) {
                if (b == '"') out[n++] = '"';
                out[n++] = b;
            }
            out[n++] = '"';
            return Arrays.copyOf(out, n);
        }

        /** Reads {@code count} fields into {@link #joined}, separated by the delimiter as they were. */
        private void readJoinedFields(int count) {
            joinedLength = 0;
            for (int k = 0; k < count; k++) {
                if (k > 0) {
                    if (!in.tryRead(delimiter)) throw InputErrors.expected(String.valueOf(delimiter), in);
                    appendJoined((byte) delimiter);
                }
                readField();
                for (int b = 0; b < fieldLength; b++) appendJoined(field[b]);
            }
        }

        private void appendJoined(byte b) {
            if (joinedLength == joined.length) joined = Arrays.copyOf(joined, joined.length * 2);
            joined[joinedLength++] = b;
        }

        private void endOfRow() {
            in.tryRead('\r');
            if (!in.tryRead('\n') && !in.eof()) throw InputErrors.expected("\\n", in);
        }

        /** Copies one field into {@link #field}: a quoted field with its quotes, an unquoted one trimmed. */
        private void readField() {
            clearField();
            while ((in.peek() == ' ' || in.peek() == '\t') && in.peek() != delimiter) in.read();
            int c0 = in.peek();
            quote = (c0 == '"' && doubleQuotes) || (c0 == '\'' && singleQuotes) ? c0 : 0;
            if (quote != 0) {
                appendField(in.read());
                while (true) {
                    int c = in.read();
                    if (c == -1) {
                        throw new DbException(ErrorCode.CANNOT_PARSE_QUOTED_STRING, "Cannot parse quoted string: expected closing quote");
                    }
                    appendField(c);
                    if (c == quote) {
                        if (in.peek() == quote) appendField(in.read());
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
