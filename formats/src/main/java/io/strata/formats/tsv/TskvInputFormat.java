package io.strata.formats.tsv;

import io.strata.core.block.Header;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.formats.InputFormat;
import io.strata.formats.InputReader;
import io.strata.formats.text.FieldDecoder;
import io.strata.formats.text.RowInputReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * TSKV input: one row per line, {@code name=value} fields separated by tabs in any order, names
 * and values TabSeparated-escaped ({@code \=} inside names), {@code \N} for NULL. Missing fields
 * take the column default (an empty line is a row of defaults); unknown names are skipped when
 * input_format_skip_unknown_fields is on and an error otherwise; a bare {@code tskv} field (the
 * marker some logs start lines with) is ignored, as in ClickHouse.
 */
public final class TskvInputFormat implements InputFormat {
    @Override public String name() { return "TSKV"; }

    @Override
    public InputReader create(InputStream in, Header header, FormatSettings settings, Settings querySettings) {
        return new Reader(in, header, settings, querySettings);
    }

    private static final class Reader extends RowInputReader {
        private final Map<String, Integer> positions = new HashMap<>();
        private final boolean[] seen;
        private final byte[] nullText;

        Reader(InputStream stream, Header header, FormatSettings settings, Settings querySettings) {
            super(stream, header, settings, querySettings);
            for (int i = 0; i < header.size(); i++) positions.put(header.name(i), i);
            seen = new boolean[header.size()];
            nullText = querySettings.getString("format_tsv_null_representation").getBytes(StandardCharsets.UTF_8);
        }

        @Override
        protected boolean readRow(ColumnBuilder[] builders) {
            if (in.eof()) return false;
            Arrays.fill(seen, false);
            if (in.tryRead('\n')) return true;
            while (true) {
                String name = readName();
                if (in.peek() == '=') {
                    in.read();
                    Integer target = positions.get(name);
                    if (target == null) {
                        if (!settings.skipUnknownFields()) {
                            throw new DbException(ErrorCode.INCORRECT_DATA, "Unknown field found while parsing TSKV format: " + name);
                        }
                        readValue();
                    } else {
                        if (seen[target]) {
                            throw new DbException(ErrorCode.INCORRECT_DATA, "Duplicate field found while parsing TSKV format: " + name);
                        }
                        seen[target] = true;
                        readValue();
                        if (fieldLength == nullText.length && Arrays.equals(field, 0, fieldLength, nullText, 0, nullText.length)) {
                            decoder.appendNull(header.type(target), builders[target]);
                        } else {
                            decoder.decode(header.type(target), builders[target], field, 0, fieldLength, FieldDecoder.Style.ESCAPED);
                        }
                    }
                } else if (!name.equals("tskv")) {
                    throw new DbException(ErrorCode.CANNOT_PARSE_INPUT_ASSERTION_FAILED,
                            "Found field without value while parsing TSKV format: " + name);
                }
                int c = in.read();
                if (c == '\t') continue;
                if (c == '\n' || c == -1) return true;
                throw new DbException(ErrorCode.CANNOT_PARSE_INPUT_ASSERTION_FAILED, "Cannot parse input: expected '\\t' or '\\n' in TSKV row");
            }
        }

        /** A field name up to an unescaped '=', tab or newline, unescaped. */
        private String readName() {
            clearField();
            while (true) {
                int c = in.peek();
                if (c == -1 || c == '=' || c == '\t' || c == '\n') break;
                in.read();
                if (c == '\\' && in.peek() != -1) c = unescape(in.read());
                appendField(c);
            }
            return fieldString();
        }

        /** The escaped bytes of a value up to an unescaped tab or newline, for the column to unescape. */
        private void readValue() {
            clearField();
            while (true) {
                int c = in.peek();
                if (c == -1 || c == '\t' || c == '\n') return;
                in.read();
                appendField(c);
                if (c == '\\' && in.peek() != -1) appendField(in.read());
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
    }
}
