package io.strata.formats.tsv;

import io.strata.core.block.Header;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.formats.OutputFormat;
import io.strata.formats.OutputWriter;
import io.strata.formats.text.CellColumn;
import io.strata.formats.text.RowOutputWriter;
import io.strata.formats.text.TextEscaping;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * TabSeparated and its variants: values separated by tabs, rows ended by a newline
 * ({@code \r\n} with output_format_tsv_crlf_end_of_line), NULL as format_tsv_null_representation
 * ({@code \N}); the Raw variants (and LineAsString, which ClickHouse writes the same way) write
 * values without escaping; WithNames/WithNamesAndTypes start with a names row (and a types row).
 * Totals and extremes follow the rows, each section after an empty line.
 */
public class TabSeparatedOutputFormat implements OutputFormat {
    private final String name;
    private final List<String> aliases;
    private final boolean raw;
    private final boolean withNames;
    private final boolean withTypes;

    public TabSeparatedOutputFormat() {
        this("TabSeparated", List.of("TSV"), false, false, false);
    }

    protected TabSeparatedOutputFormat(String name, List<String> aliases, boolean raw, boolean withNames, boolean withTypes) {
        this.name = name;
        this.aliases = aliases;
        this.raw = raw;
        this.withNames = withNames;
        this.withTypes = withTypes;
    }

    public static final class WithNames extends TabSeparatedOutputFormat {
        public WithNames() { super("TabSeparatedWithNames", List.of("TSVWithNames"), false, true, false); }
    }

    public static final class WithNamesAndTypes extends TabSeparatedOutputFormat {
        public WithNamesAndTypes() { super("TabSeparatedWithNamesAndTypes", List.of("TSVWithNamesAndTypes"), false, true, true); }
    }

    public static final class Raw extends TabSeparatedOutputFormat {
        public Raw() { super("TabSeparatedRaw", List.of("TSVRaw", "Raw"), true, false, false); }
    }

    public static final class RawWithNames extends TabSeparatedOutputFormat {
        public RawWithNames() { super("TabSeparatedRawWithNames", List.of("TSVRawWithNames", "RawWithNames"), true, true, false); }
    }

    public static final class RawWithNamesAndTypes extends TabSeparatedOutputFormat {
        public RawWithNamesAndTypes() {
            super("TabSeparatedRawWithNamesAndTypes", List.of("TSVRawWithNamesAndTypes", "RawWithNamesAndTypes"), true, true, true);
        }
    }

    /** LineAsString output: each row's values written raw, tab-separated, one row per line. */
    public static final class LineAsString extends TabSeparatedOutputFormat {
        public LineAsString() { super("LineAsString", List.of(), true, false, false); }
    }

    public static final class LineAsStringWithNames extends TabSeparatedOutputFormat {
        public LineAsStringWithNames() { super("LineAsStringWithNames", List.of(), true, true, false); }
    }

    public static final class LineAsStringWithNamesAndTypes extends TabSeparatedOutputFormat {
        public LineAsStringWithNamesAndTypes() { super("LineAsStringWithNamesAndTypes", List.of(), true, true, true); }
    }

    @Override public String name() { return name; }
    @Override public List<String> aliases() { return aliases; }
    @Override public String contentType() { return "text/tab-separated-values; charset=UTF-8"; }

    @Override
    public OutputWriter create(OutputStream out, Header header, FormatSettings settings, Settings querySettings) {
        return new Writer(out, header, settings, raw, withNames, withTypes,
                querySettings.getBool("output_format_tsv_crlf_end_of_line"),
                querySettings.getString("format_tsv_null_representation"));
    }

    private static final class Writer extends RowOutputWriter {
        private final boolean raw;
        private final boolean withNames;
        private final boolean withTypes;
        private final byte[] lineEnd;
        private final byte[] nullText;

        Writer(OutputStream stream, Header header, FormatSettings settings, boolean raw, boolean withNames, boolean withTypes,
               boolean crlf, String nullRepresentation) {
            super(stream, header, settings);
            this.raw = raw;
            this.withNames = withNames;
            this.withTypes = withTypes;
            this.lineEnd = crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'};
            this.nullText = nullRepresentation.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        protected void writePrefix() {
            if (withNames) writeLine(header.names());
            if (withTypes) writeLine(header.types().stream().map(Object::toString).toList());
        }

        private void writeLine(List<String> values) {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) out.write('\t');
                TextEscaping.writeEscaped(out, values.get(i));
            }
            out.write(lineEnd);
        }

        @Override
        protected void writeRow(CellColumn[] columns, int row) {
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) out.write('\t');
                CellColumn c = columns[i];
                if (c.isNull(row)) {
                    out.write(nullText);
                } else if (raw) {
                    c.text.writeText(c.values, row, out, settings);
                } else {
                    c.text.writeEscaped(c.values, row, out, settings);
                }
            }
            out.write(lineEnd);
        }

        @Override protected boolean supportsTotals() { return true; }
        @Override protected void writeBeforeTotals() { out.write('\n'); }
        @Override protected void writeBeforeExtremes() { out.write('\n'); }
    }
}
