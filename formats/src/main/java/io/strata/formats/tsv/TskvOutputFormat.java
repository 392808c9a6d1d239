package io.strata.formats.tsv;

import io.strata.core.block.Header;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.core.settings.Settings;
import io.strata.formats.OutputFormat;
import io.strata.formats.OutputWriter;
import io.strata.formats.text.CellColumn;
import io.strata.formats.text.RowOutputWriter;
import io.strata.formats.text.TextEscaping;
import java.io.OutputStream;

/**
 * TSKV: {@code name=value} pairs separated by tabs, values TabSeparated-escaped, one row per line.
 * Like ClickHouse (whose TSKV writer extends its TabSeparated one), totals and extremes follow
 * after an empty line.
 */
public final class TskvOutputFormat implements OutputFormat {
    @Override public String name() { return "TSKV"; }
    @Override public String contentType() { return "text/tab-separated-values; charset=UTF-8"; }

    @Override
    public OutputWriter create(OutputStream out, Header header, FormatSettings settings, Settings querySettings) {
        return new Writer(out, header, settings);
    }

    private static final class Writer extends RowOutputWriter {
        // Keys are escaped once ("name=" as bytes), not per row.
        private final byte[][] keys;

        Writer(OutputStream stream, Header header, FormatSettings settings) {
            super(stream, header, settings);
            keys = new byte[header.size()][];
            for (int i = 0; i < keys.length; i++) {
                WriteBuffer b = new WriteBuffer();
                TextEscaping.writeTskvKey(b, header.name(i));
                b.write('=');
                keys[i] = b.toByteArray();
            }
        }

        @Override
        protected void writeRow(CellColumn[] columns, int row) {
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) out.write('\t');
                out.write(keys[i]);
                CellColumn c = columns[i];
                if (c.isNull(row)) out.write('\\').write('N');
                else c.text.writeEscaped(c.values, row, out, settings);
            }
            out.write('\n');
        }

        @Override protected boolean supportsTotals() { return true; }
        @Override protected void writeBeforeTotals() { out.write('\n'); }
        @Override protected void writeBeforeExtremes() { out.write('\n'); }
    }
}
