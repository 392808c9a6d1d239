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
import java.util.List;

/**
 * TabSeparated and its variants: values separated by tabs, rows ended by a newline, NULL as
 * {@code \N}; the Raw variants write values without escaping; WithNames/WithNamesAndTypes start
 * with a names row (and a types row). Totals follow the rows after an empty line.
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

    /** LineAsString output: each row's values written raw, one row per line. */
    public static final class LineAsString extends TabSeparatedOutputFormat {
        public LineAsString() { super("LineAsString", List.of(), true, false, false); }
    }

    @Override public String name() { return name; }
    @Override public List<String> aliases() { return aliases; }
    @Override public String contentType() { return "text/tab-separated-values; charset=UTF-8"; }

    @Override
    public OutputWriter create(OutputStream out, Header header, FormatSettings settings, Settings querySettings) {
        return new Writer(out, header, settings, raw, withNames, withTypes);
    }

    private static final class Writer extends RowOutputWriter {
        private final boolean raw;
        private final boolean withNames;
        private final boolean withTypes;

        Writer(OutputStream stream, Header header, FormatSettings settings, boolean raw, boolean withNames, boolean withTypes) {
            super(stream, header, settings);
            this.raw = raw;
            this.withNames = withNames;
            this.withTypes = withTypes;
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
            out.write('\n');
        }

        @Override
        protected void writeRow(CellColumn[] columns, int row) {
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) out.write('\t');
                CellColumn c = columns[i];
                if (c.isNull(row)) {
                    out.write('\\').write('N');
                } else if (raw) {
                    c.text.writeText(c.values, row, out, settings);
                } else {
                    c.text.writeEscaped(c.values, row, out, settings);
                }
            }
            out.write('\n');
        }

        @Override
        protected void writeTotalsRow(CellColumn[] columns, int row) {
            out.write('\n');
            writeRow(columns, row);
        }
    }
}
