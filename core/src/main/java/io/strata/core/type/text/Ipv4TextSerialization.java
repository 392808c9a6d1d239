package io.strata.core.type.text;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LongColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;

/** IPv4 (the address as an unsigned 32-bit value) as dotted quad {@code 127.0.0.1}, quoted like a string. */
public final class Ipv4TextSerialization extends ScalarTextSerialization {
    public Ipv4TextSerialization(DataType type) {
        super(type, true);
    }

    @Override
    protected void text(Column c, int row, WriteBuffer out, FormatSettings s) {
        writeIpv4(out, ((LongColumn) c).get(row));
    }

    static void writeIpv4(WriteBuffer out, long v) {
        out.writeLong(v >>> 24 & 0xFF);
        out.write('.');
        out.writeLong(v >>> 16 & 0xFF);
        out.write('.');
        out.writeLong(v >>> 8 & 0xFF);
        out.write('.');
        out.writeLong(v & 0xFF);
    }

    @Override
    protected void parse(TextInput.Field f, ColumnBuilder b, FormatSettings s) {
        long v = parseIpv4(f.array, f.off, f.off + f.len);
        if (v < 0) throw new DbException(ErrorCode.CANNOT_PARSE_DOMAIN_VALUE_FROM_STRING, "Invalid IPv4 value: " + f);
        ((LongColumnBuilder) b).append(v);
    }

    /** The address of {@code a.b.c.d} in {@code [from, end)}, or -1 when it is not one. */
    static long parseIpv4(byte[] a, int from, int end) {
        long v = 0;
        int p = from;
        for (int part = 0; part < 4; part++) {
            if (part > 0) {
                if (p >= end || a[p] != '.') return -1;
                p++;
            }
            int start = p, octet = 0;
            while (p < end && a[p] >= '0' && a[p] <= '9' && p - start < 3) octet = octet * 10 + (a[p++] - '0');
            if (p == start || octet > 255) return -1;
            v = v << 8 | octet;
        }
        return p == end ? v : -1;
    }
}
