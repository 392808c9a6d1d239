package io.strata.formats.raw;

import io.strata.core.block.Header;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.formats.InputFormat;
import io.strata.formats.InputReader;
import io.strata.formats.text.FieldDecoder;
import io.strata.formats.text.RowInputReader;
import java.io.InputStream;

/** LineAsString input: every line (without its {@code \n}) is one value of the single String column. */
public final class LineAsStringInputFormat implements InputFormat {
    @Override public String name() { return "LineAsString"; }

    @Override
    public InputReader create(InputStream in, Header header, FormatSettings settings, Settings querySettings) {
        requireOneStringColumn(header, name());
        return new RowInputReader(in, header, settings) {
            @Override
            protected boolean readRow(ColumnBuilder[] builders) {
                if (in.eof()) return false;
                clearField();
                int c;
                while ((c = in.read()) != -1 && c != '\n') appendField(c);
                decoder.decode(header.type(0), builders[0], field, 0, fieldLength, FieldDecoder.Style.RAW);
                return true;
            }
        };
    }

    static void requireOneStringColumn(Header header, String format) {
        if (header.size() != 1 || !header.type(0).unwrap().isString()) {
            throw new DbException(ErrorCode.BAD_ARGUMENTS,
                    "This input format is only suitable for tables with a single column of type String but the number of columns is "
                            + header.size() + " (format " + format + ")");
        }
    }
}
