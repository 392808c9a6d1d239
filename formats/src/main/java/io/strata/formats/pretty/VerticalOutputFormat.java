package io.strata.formats.pretty;

import io.strata.core.block.Header;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.core.settings.Settings;
import io.strata.formats.OutputFormat;
import io.strata.formats.OutputStatistics;
import io.strata.formats.OutputWriter;
import io.strata.formats.text.CellColumn;
import io.strata.formats.text.RowOutputWriter;
import java.io.OutputStream;

/**
 * Vertical: each row as a {@code Row N:} title over a rule, then one {@code name: value} line per
 * column with the values aligned; rows separated by an empty line. Values in plain text, NULL as
 * {@code ᴺᵁᴸᴸ}; at most output_format_pretty_max_rows rows.
 */
public final class VerticalOutputFormat implements OutputFormat {
    @Override public String name() { return "Vertical"; }
    @Override public String contentType() { return "text/plain; charset=UTF-8"; }

    @Override
    public OutputWriter create(OutputStream out, Header header, FormatSettings settings, Settings querySettings) {
        return new Writer(out, header, settings, querySettings.getLong("output_format_pretty_max_rows"));
    }

    private static final class Writer extends RowOutputWriter {
        private final long maxRows;
        private final byte[][] paddedNames; // "name:" plus spaces so that all values start in one column

        Writer(OutputStream stream, Header header, FormatSettings settings, long maxRows) {
            super(stream, header, settings);
            this.maxRows = maxRows;
            int width = 0;
            for (String n : header.names()) width = Math.max(width, PrettyCells.displayWidth(n));
            paddedNames = new byte[header.size()][];
            for (int i = 0; i < paddedNames.length; i++) {
                WriteBuffer b = new WriteBuffer();
                b.write(header.name(i)).write(':');
                PrettyCells.pad(b, ' ', width - PrettyCells.displayWidth(header.name(i)) + 1);
                paddedNames[i] = b.toByteArray();
            }
        }

        @Override
        protected void writeRow(CellColumn[] columns, int row) {
            long number = rowsWritten + 1;
            if (number > maxRows) return;
            out.write("Row ").writeLong(number).write(":\n");
            // ClickHouse sizes the rule by the digits of number + 1 (so row 9 gets one dash more).
            PrettyCells.pad(out, "─", Long.toString(number + 1).length() + 5);
            out.write('\n');
            writeFields(columns, row);
        }

        private void writeFields(CellColumn[] columns, int row) {
            for (int i = 0; i < columns.length; i++) {
                out.write(paddedNames[i]);
                CellColumn c = columns[i];
                if (c.isNull(row)) out.write(PrettyCells.NULL_TEXT);
                else c.text.writeText(c.values, row, out, settings);
                out.write('\n');
            }
        }

        @Override
        protected void writeRowBetween() {
            if (rowsWritten < maxRows) out.write('\n');
        }

        @Override
        protected void writeTotalsRow(CellColumn[] columns, int row) {
            out.write("\n\nTotals:\n");
            PrettyCells.pad(out, "─", "Totals:".length());
            out.write('\n');
            writeFields(columns, row);
        }

        @Override
        protected void writeSuffix(OutputStatistics stats) {
            if (rowsWritten > maxRows) {
                out.write("Showed first ").writeLong(maxRows).write(".\n");
            }
        }
    }
}
