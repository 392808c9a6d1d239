package io.strata.formats.values;

import io.strata.core.block.Header;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.formats.OutputFormat;
import io.strata.formats.OutputWriter;
import io.strata.formats.text.CellColumn;
import io.strata.formats.text.RowOutputWriter;
import java.io.OutputStream;

/** Values: {@code (1,'a'),(2,NULL)} with quoted literals, rows separated by commas, no trailing newline. */
public final class ValuesOutputFormat implements OutputFormat {
    @Override public String name() { return "Values"; }
    @Override public String contentType() { return "text/plain; charset=UTF-8"; }

    @Override
    public OutputWriter create(OutputStream out, Header header, FormatSettings settings, Settings querySettings) {
        return new Writer(out, header, settings);
    }

    private static final class Writer extends RowOutputWriter {
        Writer(OutputStream stream, Header header, FormatSettings settings) {
            super(stream, header, settings);
        }

        @Override
        protected void writeRow(CellColumn[] columns, int row) {
            out.write('(');
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) out.write(',');
                CellColumn c = columns[i];
                if (c.isNull(row)) out.write("NULL");
                else c.text.writeQuoted(c.values, row, out, settings);
            }
            out.write(')');
        }

        @Override
        protected void writeRowBetween() {
            out.write(',');
        }
    }
}
