package io.strata.formats.json;

import io.strata.core.block.Header;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.formats.InputFormat;
import io.strata.formats.InputReader;
import java.io.InputStream;

/**
 * JSONCompactEachRow and JSONCompactStringsEachRow input, each also WithNames and
 * WithNamesAndTypes: one JSON array per row, values in column order, {@code null} for NULL. The
 * WithNames variants start with a {@code ["a", "b"]} names line matched to the columns by name
 * (input_format_with_names_use_header; unknown names per input_format_skip_unknown_fields), the
 * WithNamesAndTypes variants with a types line after it.
 */
public class JsonCompactEachRowInputFormat implements InputFormat {
    private final String name;
    private final boolean strings;
    private final boolean withNames;
    private final boolean withTypes;

    public JsonCompactEachRowInputFormat() {
        this("JSONCompactEachRow", false, false, false);
    }

    protected JsonCompactEachRowInputFormat(String name, boolean strings, boolean withNames, boolean withTypes) {
        this.name = name;
        this.strings = strings;
        this.withNames = withNames;
        this.withTypes = withTypes;
    }

    public static final class WithNames extends JsonCompactEachRowInputFormat {
        public WithNames() { super("JSONCompactEachRowWithNames", false, true, false); }
    }

    public static final class WithNamesAndTypes extends JsonCompactEachRowInputFormat {
        public WithNamesAndTypes() { super("JSONCompactEachRowWithNamesAndTypes", false, true, true); }
    }

    public static final class Strings extends JsonCompactEachRowInputFormat {
        public Strings() { super("JSONCompactStringsEachRow", true, false, false); }
    }

    public static final class StringsWithNames extends JsonCompactEachRowInputFormat {
        public StringsWithNames() { super("JSONCompactStringsEachRowWithNames", true, true, false); }
    }

    public static final class StringsWithNamesAndTypes extends JsonCompactEachRowInputFormat {
        public StringsWithNamesAndTypes() { super("JSONCompactStringsEachRowWithNamesAndTypes", true, true, true); }
    }

    @Override public String name() { return name; }

    @Override
    public InputReader create(InputStream in, Header header, FormatSettings settings, Settings querySettings) {
        return new Reader(in, header, settings, querySettings, this);
    }

    private static final class Reader extends JsonInputReader {
        private final JsonCompactEachRowInputFormat format;
        private final boolean useHeader;
        private int[] columnMap;

        Reader(InputStream stream, Header header, FormatSettings settings, Settings querySettings, JsonCompactEachRowInputFormat format) {
            super(stream, header, settings, querySettings, format.strings);
            this.format = format;
            this.useHeader = querySettings.getBool("input_format_with_names_use_header");
        }

        @Override
        protected void readPrefix() {
            columnMap = identityMap();
            skipWhitespace();
            if (format.withNames && !in.eof()) {
                var names = readStringArray();
                if (useHeader) columnMap = mapNames(names);
            }
            skipWhitespace();
            if (format.withTypes && !in.eof()) readStringArray();
        }

        @Override
        protected boolean readRow(ColumnBuilder[] builders) {
            skipRowSeparators();
            if (in.eof()) return false;
            readArrayRow(builders, columnMap, format.name);
            return true;
        }
    }
}
