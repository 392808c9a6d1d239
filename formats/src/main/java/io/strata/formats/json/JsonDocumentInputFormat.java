package io.strata.formats.json;

import io.strata.core.block.Header;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.formats.InputFormat;
import io.strata.formats.InputReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON, JSONCompact, JSONStrings and JSONCompactStrings input: the document the output formats of
 * the same names write. Rows come from its "data" array (objects matched by name, or arrays in
 * the Compact variants, matched through the names of "meta" when it comes first and
 * input_format_with_names_use_header is on); every other member (totals, extremes, rows,
 * statistics) is skipped.
 */
public class JsonDocumentInputFormat implements InputFormat {
    private final String name;
    private final boolean compact;
    private final boolean strings;

    public JsonDocumentInputFormat() {
        this("JSON", false, false);
    }

    protected JsonDocumentInputFormat(String name, boolean compact, boolean strings) {
        this.name = name;
        this.compact = compact;
        this.strings = strings;
    }

    public static final class Compact extends JsonDocumentInputFormat {
        public Compact() { super("JSONCompact", true, false); }
    }

    public static final class Strings extends JsonDocumentInputFormat {
        public Strings() { super("JSONStrings", false, true); }
    }

    public static final class CompactStrings extends JsonDocumentInputFormat {
        public CompactStrings() { super("JSONCompactStrings", true, true); }
    }

    @Override public String name() { return name; }

    @Override
    public InputReader create(InputStream in, Header header, FormatSettings settings, Settings querySettings) {
        return new Reader(in, header, settings, querySettings, this);
    }

    private static final class Reader extends JsonInputReader {
        private final JsonDocumentInputFormat format;
        private final boolean useHeader;
        private int[] columnMap;
        private boolean inData;
        private boolean firstRow = true;

        Reader(InputStream stream, Header header, FormatSettings settings, Settings querySettings, JsonDocumentInputFormat format) {
            super(stream, header, settings, querySettings, format.strings);
            this.format = format;
            this.useHeader = querySettings.getBool("input_format_with_names_use_header");
        }

        /** Reads up to the opening bracket of "data", taking the column names from "meta" on the way. */
        @Override
        protected void readPrefix() {
            columnMap = identityMap();
            skipWhitespace();
            if (in.eof()) return;
            expect('{');
            while (true) {
                skipWhitespace();
                if (in.tryRead('}')) return;
                readKey();
                String key = fieldString();
                skipWhitespace();
                expect(':');
                skipWhitespace();
                if (key.equals("data")) {
                    expect('[');
                    inData = true;
                    return;
                } else if (key.equals("meta")) {
                    List<String> names = readMeta();
                    if (format.compact && useHeader) columnMap = mapNames(names);
                } else {
                    skipValue();
                }
                skipWhitespace();
                if (!in.tryRead(',')) {
                    expect('}');
                    return;
                }
            }
        }

        /** The names of {@code [{"name": "x", "type": "UInt8"}, ...]}. */
        private List<String> readMeta() {
            List<String> names = new ArrayList<>();
            expect('[');
            skipWhitespace();
            if (in.tryRead(']')) return names;
            while (true) {
                skipWhitespace();
                expect('{');
                while (true) {
                    readKey();
                    String key = fieldString();
                    skipWhitespace();
                    expect(':');
                    skipWhitespace();
                    if (key.equals("name")) {
                        readKey();
                        names.add(fieldString());
                    } else {
                        skipValue();
                    }
                    skipWhitespace();
                    if (!in.tryRead(',')) break;
                }
                expect('}');
                skipWhitespace();
                if (in.tryRead(']')) return names;
                expect(',');
            }
        }

        @Override
        protected boolean readRow(ColumnBuilder[] builders) {
            if (!inData) return false;
            skipWhitespace();
            if (in.tryRead(']')) {
                inData = false;
                skipRest();
                return false;
            }
            if (!firstRow) {
                expect(',');
                skipWhitespace();
            }
            firstRow = false;
            if (format.compact) readArrayRow(builders, columnMap, format.name);
            else readObjectRow(builders, format.name);
            return true;
        }

        /** Skips the members after "data" (totals, extremes, rows, statistics) and the closing brace. */
        private void skipRest() {
            while (true) {
                skipWhitespace();
                if (in.tryRead('}') || in.eof()) return;
                expect(',');
                readKey();
                skipWhitespace();
                expect(':');
                skipValue();
            }
        }

        // Within one document there is no line to resynchronise on: a malformed row is fatal.
        @Override
        protected boolean allowSyncAfterError() {
            return false;
        }
    }
}
