package io.strata.core.type.text;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;

/**
 * UUID: 16 bytes in display order as {@code 61f0c404-5cb3-11e7-907b-a6006ad3dba0} (lower-case,
 * quoted in the quoted, CSV and JSON forms). Parsing takes the 36-character form or 32 hex digits.
 */
public final class UuidTextSerialization extends ScalarTextSerialization {
    public UuidTextSerialization(DataType type) {
        super(type, true);
    }

    @Override
    protected void text(Column c, int row, WriteBuffer out, FormatSettings s) {
        StringColumn sc = (StringColumn) c;
        byte[] b = sc.bytes();
        int o = sc.start(row);
        for (int i = 0; i < 16; i++) {
            if (i == 4 || i == 6 || i == 8 || i == 10) out.write('-');
            TextOutput.writeHex2(out, b[o + i]);
        }
    }

    @Override
    protected void parse(TextInput.Field f, ColumnBuilder b, FormatSettings s) {
        byte[] out = new byte[16];
        int n = f.len;
        boolean dashed = n == 36;
        if (n != 36 && n != 32) throw error(f);
        int p = f.off;
        for (int i = 0; i < 16; i++) {
            if (dashed && (i == 4 || i == 6 || i == 8 || i == 10)) {
                if (f.array[p++] != '-') throw error(f);
            }
            int h = TextInput.hexValue(f.array[p++]), l = TextInput.hexValue(f.array[p++]);
            if (h < 0 || l < 0) throw error(f);
            out[i] = (byte) (h << 4 | l);
        }
        ((StringColumnBuilder) b).append(out, 0, 16);
    }

    private static DbException error(TextInput.Field f) {
        return new DbException(ErrorCode.CANNOT_PARSE_UUID, "Cannot parse uuid " + f);
    }
}
