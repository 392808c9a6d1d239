package io.strata.formats.tsv;

import io.strata.core.block.Header;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.type.DataType;
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
 * TabSeparated input and its variants: fields separated by tabs, rows by newlines,
 * format_tsv_null_representation ({@code \N}) for NULL, an empty field as the column default with
 * input_format_tsv_empty_as_default. The Raw variants take field bytes literally; WithNames reads
 * a names row and matches columns by name (unknown ones skipped per
 * input_format_skip_unknown_fields, missing ones defaulted; positional with
 * input_format_with_names_use_header = 0); WithNamesAndTypes also skips a types row.
 */
public class TabSeparatedInputFormat implements InputFormat {
    private final String name;
    private final List<String> aliases;
    private final boolean raw;
    private final boolean withNames;
    private final boolean withTypes;

    public TabSeparatedInputFormat() {
        this("TabSeparated", List.of("TSV"), false, false, false);
    }

    protected TabSeparatedInputFormat(String name, List<String> aliases, boolean raw, boolean withNames, boolean withTypes) {
        this.name = name;
        this.aliases = aliases;
        this.raw = raw;
        this.withNames = withNames;
        this.withTypes = withTypes;
    }

    public static final class WithNames extends TabSeparatedInputFormat {
        public WithNames() { super("TabSeparatedWithNames", List.of("TSVWithNames"), false, true, false); }
    }

    public static final class WithNamesAndTypes extends TabSeparatedInputFormat {
        public WithNamesAndTypes() { super("TabSeparatedWithNamesAndTypes", List.of("TSVWithNamesAndTypes"), false, true, true); }
    }

    public static final class Raw extends TabSeparatedInputFormat {
        public Raw() { super("TabSeparatedRaw", List.of("TSVRaw", "Raw"), true, false, false); }
    }

    public static final class RawWithNames extends TabSeparatedInputFormat {
        public RawWithNames() { super("TabSeparatedRawWithNames", List.of("TSVRawWithNames", "RawWithNames"), true, true, false); }
    }

    public static final class RawWithNamesAndTypes extends TabSeparatedInputFormat {
        public RawWithNamesAndTypes() {
            super("TabSeparatedRawWithNamesAndTypes", List.of("TSVRawWithNamesAndTypes", "RawWithNamesAndTypes"), true, true, true);
        }
    }

    @Override public String name() { return name; }
    @Override public List<String> aliases() { return aliases; }

    /** Plain TabSeparated: no names or types row, and a backslash escapes (the Raw variants are not cut). */
    @Override public boolean rowsEndAtUnescapedNewlines() { return !raw && !withNames && !withTypes; }

    @Override
    public InputReader create(InputStream in, Header header, FormatSettings settings, Settings querySettings) {
        return new Reader(in, header, settings, querySettings, raw, withNames, withTypes);
    }

    private static final class Reader extends RowInputReader {
        private final boolean raw;
        private final boolean withNames;
        private final boolean withTypes;
        private final byte[] nullText;
        private final boolean emptyAsDefault;
        private final boolean useHeader;
        private int[] columnMap;

        Reader(InputStream stream, Header header, FormatSettings settings, Settings querySettings, boolean raw, boolean withNames,
               boolean withTypes) {
            super(stream, header, settings, querySettings);
            this.raw = raw;
            this.withNames = withNames;
            this.withTypes = withTypes;
            this.nullText = querySettings.getString("format_tsv_null_representation").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            this.emptyAsDefault = querySettings.getBool("input_format_tsv_empty_as_default");
            this.useHeader = querySettings.getBool("input_format_with_names_use_header");
        }

        @Override
        protected void readPrefix() {
            columnMap = identityMap();
            if (withNames && !in.eof()) {
                List<String> names = readLine();
                if (useHeader) columnMap = mapNames(names);
            }
            if (withTypes && !in.eof()) {
                readLine();
            }
            describeFields();
        }

        /** A names or types row, unescaped. */
        private List<String> readLine() {
            List<String> values = new ArrayList<>();
            while (true) {
                clearField();
                int c;
                while ((c = in.peek()) != -1 && c != '\t' && c != '\n') {
                    in.read();
                    if (c == '\\' && in.peek() != -1) c = unescape(in.read());
                    appendField(c);
                }
                values.add(fieldString());
                if (c == '\t') in.read();
                else {
                    in.tryRead('\n');
                    return values;
                }
            }
        }

        private static int unescape(int c) {
            return switch (c) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 'b' -> '\b';
                case 'f' -> '\f';
                case '0' -> 0;
                default -> c;
            };
        }

        @Override
        protected boolean readRow(ColumnBuilder[] builders) {
            if (in.eof()) return false;
            DataType[] types = fieldTypes;
            byte[] kinds = fieldKinds;
            for (int i = 0; i < columnMap.length; i++) {
                // the usual field lies whole in the input's window without a backslash: read it
                // where it is (no copy), and plain integers and strings straight into their builders
                byte[] bytes = in.buffer();
                int start = in.bufferPos(), limit = in.bufferLimit(), end = start;
                while (end < limit && bytes[end] != '\t' && bytes[end] != '\n' && bytes[end] != '\\') end++;
                boolean plain = end < limit && bytes[end] != '\\';
                int length;
                if (plain) {
                    length = end - start;
                    in.advance(length);
                } else {
                    readField();
                    bytes = field;
                    start = 0;
                    length = fieldLength;
                }
                int target = columnMap[i];
                if (target >= 0) {
                    if (length == nullText.length && java.util.Arrays.equals(bytes, start, start + length, nullText, 0, nullText.length)) {
                        decoder.appendNull(types[i], builders[target]);
                    } else if (length == 0 && emptyAsDefault) {
                        builders[target].appendDefault();
                    } else if (plain) {
                        decoder.decodeUnescaped(kinds[i], types[i], builders[target], bytes, start, length,
                                raw ? FieldDecoder.Style.RAW : FieldDecoder.Style.ESCAPED);
                    } else {
                        decoder.decode(types[i], builders[target], bytes, start, length,
                                raw ? FieldDecoder.Style.RAW : FieldDecoder.Style.ESCAPED);
                    }
                }
                if (i + 1 < columnMap.length) {
                    expect('\t');
                } else if (!in.tryRead('\n') && !in.eof()) {
                    throw InputErrors.expected("\\n", in);
                }
            }
            return true;
        }

        /** Per field of a row: its column's type (null when skipped) and decoding kind, worked out once from {@link #columnMap}. */
        private DataType[] fieldTypes;
        private byte[] fieldKinds;

        private void describeFields() {
            fieldTypes = new DataType[columnMap.length];
            fieldKinds = new byte[columnMap.length];
            for (int i = 0; i < columnMap.length; i++) {
                if (columnMap[i] < 0) continue;
                fieldTypes[i] = header.type(columnMap[i]);
                fieldKinds[i] = FieldDecoder.unescapedKind(fieldTypes[i]);
            }
        }

        /** Copies the escaped bytes of one field (up to an unescaped tab or newline) into {@link #field}. */
        private void readField() {
            clearField();
            while (true) {
                int c = in.peek();
                if (c == -1 || c == '\t' || c == '\n') return;
                in.read();
                appendField(c);
                if (c == '\\' && !raw) {
                    int next = in.read();
                    if (next != -1) appendField(next);
                }
            }
        }
    }
}
