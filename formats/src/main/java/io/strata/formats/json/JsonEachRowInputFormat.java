package io.strata.formats.json;

import io.strata.core.block.Header;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.formats.InputFormat;
import io.strata.formats.InputReader;
import io.strata.formats.text.InputErrors;
import java.io.InputStream;
import java.util.List;

/**
 * JSONEachRow input (aliases JSONLines, NDJSON) and JSONStringsEachRow: one object per row, keys
 * matched to columns by name in any order. Unknown keys are skipped when
 * input_format_skip_unknown_fields is on (an error otherwise), missing keys take the column
 * default, {@code null} is NULL (or the default for non-Nullable columns with
 * input_format_null_as_default). Rows may be separated by whitespace or commas, and the whole
 * input may be one JSON array. JSONStringsEachRow carries every value as a JSON string of its text.
 */
public class JsonEachRowInputFormat implements InputFormat {
    private final String name;
    private final List<String> aliases;
    private final boolean strings;

    public JsonEachRowInputFormat() {
        this("JSONEachRow", List.of("JSONLines", "NDJSON"), false);
    }

    protected JsonEachRowInputFormat(String name, List<String> aliases, boolean strings) {
        this.name = name;
        this.aliases = aliases;
        this.strings = strings;
    }

    public static final class Strings extends JsonEachRowInputFormat {
        public Strings() { super("JSONStringsEachRow", List.of(), true); }
    }

    @Override public String name() { return name; }
    @Override public List<String> aliases() { return aliases; }

    @Override
    public InputReader create(InputStream in, Header header, FormatSettings settings, Settings querySettings) {
        return new Reader(in, header, settings, querySettings, strings, name);
    }

    private static final class Reader extends JsonInputReader {
        private final String format;
        /** Whether the input is one JSON array of rows ({@code [{...}, {...}]}) rather than rows one after another. */
        private boolean arrayOfRows;
        private boolean started;

        Reader(InputStream stream, Header header, FormatSettings settings, Settings querySettings, boolean strings, String format) {
            super(stream, header, settings, querySettings, strings);
            this.format = format;
        }

        @Override
        protected boolean readRow(ColumnBuilder[] builders) {
            skipWhitespace();
            if (!started) {
                started = true;
                if (in.tryRead('[')) arrayOfRows = true;
            }
            skipRowSeparators();
            if (arrayOfRows && in.tryRead(']')) {
                skipWhitespace();
                while (in.tryRead(';')) skipWhitespace();
                if (!in.eof()) throw InputErrors.expected("<EOF>", in);
                return false;
            }
            if (in.eof()) return false;
            readObjectRow(builders, format);
            return true;
        }
    }
}
