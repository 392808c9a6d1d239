package io.strata.formats.json;

import io.strata.core.block.Header;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.formats.InputFormat;
import io.strata.formats.InputReader;
import io.strata.formats.text.FieldDecoder;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSONEachRow input (aliases JSONLines, NDJSON): one object per row, keys matched to columns by
 * name in any order. Unknown keys are skipped when input_format_skip_unknown_fields is on (an
 * error otherwise), missing keys take the column default, {@code null} is NULL (or the default
 * for non-Nullable columns with input_format_null_as_default). Rows may be separated by
 * whitespace or commas, and the whole input may be one JSON array.
 */
public final class JsonEachRowInputFormat implements InputFormat {
    @Override public String name() { return "JSONEachRow"; }
    @Override public List<String> aliases() { return List.of("JSONLines", "NDJSON"); }

    @Override
    public InputReader create(InputStream in, Header header, FormatSettings settings, Settings querySettings) {
        return new Reader(in, header, settings);
    }

    private static final class Reader extends JsonInputReader {
        private final Map<String, Integer> positions = new HashMap<>();
        private final byte[][] names;
        private final boolean[] seen;
        private int nextExpected;

        Reader(InputStream stream, Header header, FormatSettings settings) {
            super(stream, header, settings, true);
            names = new byte[header.size()][];
            for (int i = 0; i < header.size(); i++) {
                positions.put(header.name(i), i);
                names[i] = header.name(i).getBytes(StandardCharsets.UTF_8);
            }
            seen = new boolean[header.size()];
        }

        /**
         * The column of the key in the field buffer, or -1. Keys usually come in column order, so
         * the column after the previous key is tried first, without building a String.
         */
        private int columnOfKey() {
            int n = names.length;
            if (n == 0) return -1;
            int guess = nextExpected < n ? nextExpected : 0;
            if (Arrays.equals(field, 0, fieldLength, names[guess], 0, names[guess].length)) return guess;
            Integer index = positions.get(fieldString());
            return index == null ? -1 : index;
        }

        @Override
        protected boolean readRow(ColumnBuilder[] builders) {
            if (!nextRow()) return false;
            expect('{');
            Arrays.fill(seen, false);
            nextExpected = 0;
            skipWhitespace();
            if (in.tryRead('}')) return true;
            while (true) {
                readKey();
                int i = columnOfKey();
                if (i < 0 && !settings.skipUnknownFields()) {
                    throw new DbException(ErrorCode.INCORRECT_DATA,
                            "Unknown field found while parsing JSONEachRow format: " + fieldString());
                }
                if (i >= 0 && seen[i]) {
                    throw new DbException(ErrorCode.INCORRECT_DATA,
                            "Duplicate field found while parsing JSONEachRow format: " + fieldString());
                }
                skipWhitespace();
                expect(':');
                readValue();
                if (i >= 0) {
                    seen[i] = true;
                    nextExpected = i + 1;
                    if (fieldIsNull()) decoder.appendNull(header.type(i), builders[i]);
                    else decoder.decode(header.type(i), builders[i], field, 0, fieldLength, FieldDecoder.Style.JSON);
                }
                skipWhitespace();
                if (in.tryRead(',')) continue;
                expect('}');
                return true;
            }
        }
    }
}
