package io.strata.formats.raw;

import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.StringColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.core.type.DataType;
import io.strata.core.type.binary.NativeSerialization;
import io.strata.formats.OutputFormat;
import io.strata.formats.OutputWriter;
import io.strata.formats.text.CellColumn;
import io.strata.formats.text.RowOutputWriter;
import java.io.OutputStream;

/**
 * RawBLOB: every value's bytes back to back, with no separators, quoting or newline. As in
 * ClickHouse (which writes {@code IColumn::getDataAt}), a String is its bytes and a fixed-width
 * value its little-endian memory image (a UInt32 is four bytes, not digits); NULL writes nothing;
 * types without a single memory image (arrays, tuples, maps) are refused.
 */
public final class RawBlobOutputFormat implements OutputFormat {
    @Override public String name() { return "RawBLOB"; }
    @Override public String contentType() { return "application/octet-stream"; }

    @Override
    public OutputWriter create(OutputStream out, Header header, FormatSettings settings, Settings querySettings) {
        for (DataType t : header.types()) {
            DataType inner = t.unwrap();
            if (!inner.isString() && inner.fixedWidth() < 0) {
                throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Method getDataAt is not supported for " + t + " (format RawBLOB)");
            }
        }
        return new RowOutputWriter(out, header, settings) {
            @Override
            protected void writeRow(CellColumn[] columns, int row) {
                for (CellColumn c : columns) {
                    if (c.isNull(row)) continue;
                    Column v = c.values;
                    if (v instanceof StringColumn s) {
                        this.out.write(s.bytes(), s.start(row), s.length(row));
                    } else {
                        // the native layout of one fixed-width value is its little-endian memory image
                        NativeSerialization.write(v.type(), v, row, row + 1, this.out);
                    }
                }
            }
        };
    }
}
