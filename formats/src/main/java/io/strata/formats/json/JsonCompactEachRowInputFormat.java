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

/** JSONCompactEachRow input: one JSON array per row, values in column order, {@code null} for NULL. */
public final class JsonCompactEachRowInputFormat implements InputFormat {
    @Override public String name() { return "JSONCompactEachRow"; }

    @Override
    public InputReader create(InputStream in, Header header, FormatSettings settings, Settings querySettings) {
        return new Reader(in, header, settings);
    }

    private static final class Reader extends JsonInputReader {
        Reader(InputStream stream, Header header, FormatSettings settings) {
            super(stream, header, settings, false);
        }

        @Override
        protected boolean readRow(ColumnBuilder[] builders) {
            if (!nextRow()) return false;
            expect('[');
            int n = header.size();
            for (int i = 0; i < n; i++) {
                skipWhitespace();
                if (i > 0) {
                    if (in.peek() == ']') throw tooFew(i);
                    expect(',');
                }
                readValue();
                if (fieldIsNull()) decoder.appendNull(header.type(i), builders[i]);
                else decoder.decode(header.type(i), builders[i], field, 0, fieldLength, FieldDecoder.Style.JSON);
            }
            skipWhitespace();
            expect(']');
            return true;
        }

        private DbException tooFew(int got) {
            return new DbException(ErrorCode.INCORRECT_DATA,
                    "Expected " + header.size() + " values in a JSONCompactEachRow row, got " + got);
        }
    }
}
