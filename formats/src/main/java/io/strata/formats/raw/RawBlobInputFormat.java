package io.strata.formats.raw;

import io.strata.core.block.Header;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.format.FormatSettings;
import io.strata.core.settings.Settings;
import io.strata.formats.InputFormat;
import io.strata.formats.InputReader;
import io.strata.formats.text.FieldDecoder;
import io.strata.formats.text.RowInputReader;
import java.io.InputStream;

/** RawBLOB input: the whole input is one value of the single String column (one row, even when empty). */
public final class RawBlobInputFormat implements InputFormat {
    @Override public String name() { return "RawBLOB"; }

    @Override
    public InputReader create(InputStream in, Header header, FormatSettings settings, Settings querySettings) {
        LineAsStringInputFormat.requireOneStringColumn(header, name());
        return new RowInputReader(in, header, settings) {
            private boolean done;

            @Override
            protected boolean readRow(ColumnBuilder[] builders) {
                if (done) return false;
                done = true;
                byte[] all = in.readAll();
                decoder.decode(header.type(0), builders[0], all, 0, all.length, FieldDecoder.Style.RAW);
                return true;
            }
        };
    }
}
