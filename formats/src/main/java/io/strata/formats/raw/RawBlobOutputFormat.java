package io.strata.formats.raw;

import io.strata.core.block.Header;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.formats.OutputFormat;
import io.strata.formats.OutputWriter;
import io.strata.formats.text.CellColumn;
import io.strata.formats.text.RowOutputWriter;
import java.io.OutputStream;

/** RawBLOB: the plain text of every value back to back, with no separators, quoting or newline. */
public final class RawBlobOutputFormat implements OutputFormat {
    @Override public String name() { return "RawBLOB"; }
    @Override public String contentType() { return "application/octet-stream"; }

    @Override
    public OutputWriter create(OutputStream out, Header header, FormatSettings settings, Settings querySettings) {
        return new RowOutputWriter(out, header, settings) {
            @Override
            protected void writeRow(CellColumn[] columns, int row) {
                for (CellColumn c : columns) {
                    if (!c.isNull(row)) c.text.writeText(c.values, row, out, settings);
                }
            }
        };
    }
}
