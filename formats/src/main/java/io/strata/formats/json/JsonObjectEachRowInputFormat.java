package io.strata.formats.json;

import io.strata.core.block.Header;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.formats.InputFormat;
import io.strata.formats.InputReader;
import io.strata.formats.text.InputErrors;
import java.io.InputStream;
import io.strata.formats.text.FieldDecoder;
import java.util.Arrays;

/**
 * JSONObjectEachRow input: one JSON object whose members are rows,
 * {@code {"row_1": {"x": 1}, "row_2": {"x": 2}}}. Each member's value is read as a JSONEachRow
 * row; its name is kept in the column named by format_json_object_each_row_column_for_object_name
 * when set, and dropped otherwise.
 */
public final class JsonObjectEachRowInputFormat implements InputFormat {
    @Override public String name() { return "JSONObjectEachRow"; }

    @Override
    public InputReader create(InputStream in, Header header, FormatSettings settings, Settings querySettings) {
        return new Reader(in, header, settings, querySettings, JsonObjectEachRowOutputFormat.objectNameColumn(header, querySettings));
    }

    private static final class Reader extends JsonInputReader {
        private final int nameColumn;
        private boolean started;
        private boolean ended;

        Reader(InputStream stream, Header header, FormatSettings settings, Settings querySettings, int nameColumn) {
            super(stream, header, settings, querySettings, false);
            this.nameColumn = nameColumn;
        }

        @Override
        protected boolean readRow(ColumnBuilder[] builders) {
            skipWhitespace();
            if (!started) {
                if (in.eof()) return false;
                started = true;
                expect('{');
                skipWhitespace();
            }
            if (ended) return false;
            skipRowSeparators();
            if (in.tryRead('}')) {
                ended = true;
                skipWhitespace();
                if (!in.eof()) throw InputErrors.expected("<EOF>", in);
                return false;
            }
            readKey();
            byte[] objectName = Arrays.copyOf(field, fieldLength);
            skipWhitespace();
            expect(':');
            skipWhitespace();
            int before = nameColumn >= 0 ? builders[nameColumn].size() : 0;
            readObjectRow(builders, "JSONObjectEachRow");
            // the member name fills the name column unless the row object set that column itself
            if (nameColumn >= 0 && builders[nameColumn].size() == before) {
                decoder.decode(header.type(nameColumn), builders[nameColumn], objectName, 0, objectName.length,
                        FieldDecoder.Style.RAW);
            }
            return true;
        }
    }
}
