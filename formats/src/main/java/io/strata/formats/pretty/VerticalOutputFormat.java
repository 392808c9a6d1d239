package io.strata.formats.pretty;

import io.strata.core.block.Header;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.core.settings.Settings;
import io.strata.formats.OutputFormat;
import io.strata.formats.OutputWriter;
import io.strata.formats.text.CellColumn;
import io.strata.formats.text.RowOutputWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Vertical: each row as a {@code Row N:} title over a rule, then one {@code name: value} line per
 * column with the values aligned (names bold when coloured); rows separated by an empty line.
 * Values in plain text, NULL as {@code ᴺᵁᴸᴸ}; at most output_format_pretty_max_rows rows, then
 * "Showed first N."; totals and the extremes follow as "Totals:", "Min:" and "Max:" sections, as
 * ClickHouse writes them.
 */
public final class VerticalOutputFormat implements OutputFormat {
    @Override public String name() { return "Vertical"; }
    @Override public String contentType() { return "text/plain; charset=UTF-8"; }

    @Override
    public OutputWriter create(OutputStream out, Header header, FormatSettings settings, Settings querySettings) {
        return new Writer(out, header, settings, PrettySettings.of(querySettings, out, false));
    }

    private static final class Writer extends RowOutputWriter {
        private final PrettySettings pretty;
        private final byte[][] paddedNames; // "name: " plus spaces so that all values start in one column
        private final byte[] nullText;
        private long rowNumber; // ClickHouse's row_number: reset by the totals and extremes sections

        Writer(OutputStream stream, Header header, FormatSettings settings, PrettySettings pretty) {
            super(stream, header, settings);
            this.pretty = pretty;
            this.nullText = pretty.nullText().getBytes(StandardCharsets.UTF_8);
            int width = 0;
            for (String n : header.names()) width = Math.max(width, DisplayWidth.width(n));
            paddedNames = new byte[header.size()][];
            for (int i = 0; i < paddedNames.length; i++) {
                WriteBuffer b = new WriteBuffer();
                if (pretty.color()) b.write("\033[1m").write(header.name(i)).write(":\033[0m ");
                else b.write(header.name(i)).write(": ");
                PrettyTable.pad(b, " ", width - DisplayWidth.width(header.name(i)));
                paddedNames[i] = b.toByteArray();
            }
        }

        @Override
        protected void writeRow(CellColumn[] columns, int row) {
            rowNumber++;
            if (rowNumber > pretty.maxRows()) return;
            out.write("Row ").writeLong(rowNumber).write(":\n");
            // ClickHouse sizes the rule by the digits of number + 1 (so row 9 gets one dash more).
            PrettyTable.pad(out, "─", Long.toString(rowNumber + 1).length() + 5);
            out.write('\n');
            writeFields(columns, row);
        }

        private void writeFields(CellColumn[] columns, int row) {
            for (int i = 0; i < columns.length; i++) {
                out.write(paddedNames[i]);
                CellColumn c = columns[i];
                if (c.isNull(row)) out.write(nullText);
                else c.text.writeText(c.values, row, out, settings);
                out.write('\n');
            }
        }

        // As in ClickHouse, the separator after the last shown row is still written,
        // so the "Showed first" note follows an empty line.
        @Override
        protected void writeRowBetween() {
            if (rowNumber <= pretty.maxRows()) out.write('\n');
        }

        @Override
        protected void writeSuffix() {
            if (rowNumber > pretty.maxRows()) {
                out.write("Showed first ").writeLong(pretty.maxRows()).write(".\n");
            }
        }

        @Override protected boolean supportsTotals() { return true; }

        @Override
        protected void writeBeforeTotals() {
            out.write("\n\n");
        }

        @Override
        protected void writeTotalsRow(CellColumn[] columns, int row) {
            writeSpecialRow("Totals", columns, row);
        }

        @Override
        protected void writeBeforeExtremes() {
            out.write(totalsWritten ? "\n" : "\n\n");
        }

        @Override
        protected void writeMinExtreme(CellColumn[] columns, int row) {
            writeSpecialRow("Min", columns, row);
        }

        @Override
        protected void writeMaxExtreme(CellColumn[] columns, int row) {
            writeSpecialRow("Max", columns, row);
        }

        private void writeSpecialRow(String title, CellColumn[] columns, int row) {
            rowNumber = 0;
            out.write(title).write(":\n");
            PrettyTable.pad(out, "─", title.length() + 1);
            out.write('\n');
            writeFields(columns, row);
        }
    }
}
