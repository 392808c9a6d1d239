package io.strata.formats.json;

import io.strata.core.block.Header;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.formats.OutputFormat;
import io.strata.formats.OutputWriter;
import io.strata.formats.text.CellColumn;
import io.strata.formats.text.RowOutputWriter;
import java.io.OutputStream;
import java.util.List;

/**
 * One JSON value per line: JSONEachRow (alias JSONLines, NDJSON) writes {@code {"x":1,"s":"a"}}
 * (all rows as one array with output_format_json_array_of_rows), the Compact variants
 * {@code [1, "a"]} (optionally after a names and a types line; totals follow after an empty line),
 * the Strings variants quote every value's text form.
 */
public class JsonEachRowOutputFormat implements OutputFormat {
    private final String name;
    private final List<String> aliases;
    private final boolean compact;
    private final boolean strings;
    private final boolean withNames;
    private final boolean withTypes;

    public JsonEachRowOutputFormat() {
        this("JSONEachRow", List.of("JSONLines", "NDJSON"), false, false, false, false);
    }

    protected JsonEachRowOutputFormat(String name, List<String> aliases, boolean compact, boolean strings,
                                      boolean withNames, boolean withTypes) {
        this.name = name;
        this.aliases = aliases;
        this.compact = compact;
        this.strings = strings;
        this.withNames = withNames;
        this.withTypes = withTypes;
    }

    public static final class Strings extends JsonEachRowOutputFormat {
        public Strings() { super("JSONStringsEachRow", List.of(), false, true, false, false); }
    }

    public static final class Compact extends JsonEachRowOutputFormat {
        public Compact() { super("JSONCompactEachRow", List.of(), true, false, false, false); }
    }

    public static final class CompactWithNames extends JsonEachRowOutputFormat {
        public CompactWithNames() { super("JSONCompactEachRowWithNames", List.of(), true, false, true, false); }
    }

    public static final class CompactWithNamesAndTypes extends JsonEachRowOutputFormat {
        public CompactWithNamesAndTypes() { super("JSONCompactEachRowWithNamesAndTypes", List.of(), true, false, true, true); }
    }

    public static final class CompactStrings extends JsonEachRowOutputFormat {
        public CompactStrings() { super("JSONCompactStringsEachRow", List.of(), true, true, false, false); }
    }

    public static final class CompactStringsWithNames extends JsonEachRowOutputFormat {
        public CompactStringsWithNames() { super("JSONCompactStringsEachRowWithNames", List.of(), true, true, true, false); }
    }

    public static final class CompactStringsWithNamesAndTypes extends JsonEachRowOutputFormat {
        public CompactStringsWithNamesAndTypes() {
            super("JSONCompactStringsEachRowWithNamesAndTypes", List.of(), true, true, true, true);
        }
    }

    @Override public String name() { return name; }
    @Override public List<String> aliases() { return aliases; }
    @Override public String contentType() { return "application/x-ndjson; charset=UTF-8"; }

    @Override
    public OutputWriter create(OutputStream out, Header header, FormatSettings settings, Settings querySettings) {
        return new Writer(out, header, settings, this, !compact && querySettings.getBool("output_format_json_array_of_rows"));
    }

    private static final class Writer extends RowOutputWriter {
        private final JsonEachRowOutputFormat format;
        private final JsonValueWriter values;
        private final byte[][] names;
        private final boolean arrayOfRows;

        Writer(OutputStream stream, Header header, FormatSettings settings, JsonEachRowOutputFormat format, boolean arrayOfRows) {
            super(stream, header, settings);
            this.format = format;
            this.arrayOfRows = arrayOfRows;
            this.values = new JsonValueWriter(format.strings, settings);
            this.names = new byte[header.size()][];
            for (int i = 0; i < names.length; i++) names[i] = JsonValueWriter.quoted(header.name(i));
        }

        @Override
        protected void writePrefix() {
            if (arrayOfRows) out.write("[\n");
            if (format.withNames) writeLine(names);
            if (format.withTypes) {
                byte[][] types = new byte[header.size()][];
                for (int i = 0; i < types.length; i++) types[i] = JsonValueWriter.quoted(header.type(i).name());
                writeLine(types);
            }
        }

        private void writeLine(byte[][] quoted) {
            out.write('[');
            for (int i = 0; i < quoted.length; i++) {
                if (i > 0) out.write(", ");
                out.write(quoted[i]);
            }
            out.write("]\n");
        }

        @Override
        protected void writeRow(CellColumn[] columns, int row) {
            if (format.compact) {
                out.write('[');
                for (int i = 0; i < columns.length; i++) {
                    if (i > 0) out.write(", ");
                    values.write(out, columns[i], row);
                }
                out.write("]\n");
            } else {
                out.write('{');
                for (int i = 0; i < columns.length; i++) {
                    if (i > 0) out.write(',');
                    out.write(names[i]).write(':');
                    values.write(out, columns[i], row);
                }
                out.write(arrayOfRows ? "}" : "}\n");
            }
        }

        @Override
        protected void writeRowBetween() {
            if (arrayOfRows) out.write(",\n");
        }

        @Override
        protected void writeSuffix() {
            if (arrayOfRows) out.write("\n]\n");
        }

        // ClickHouse writes the totals of the Compact variants as one more row after an empty line;
        // JSONEachRow has no totals, and none of them has extremes.
        @Override protected boolean supportsTotals() { return format.compact; }
        @Override protected boolean supportsExtremes() { return false; }
        @Override protected void writeBeforeTotals() { out.write('\n'); }
    }
}
