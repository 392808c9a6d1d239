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
import io.strata.core.type.IntegerType;

/**
 * UInt8..UInt64, Int8..Int64 and the Interval types: decimal digits. Parsing wraps a value that
 * does not fit the type's width, as modern ClickHouse does ({@code toUInt8('300')} is 44,
 * {@code toUInt8('-1')} is 255); only values beyond 64 bits are an error. In JSON, 64-bit values
 * are quoted with output_format_json_quote_64bit_integers.
 */
public final class IntegerTextSerialization extends ScalarTextSerialization {
    private final boolean unsigned;
    private final int bits;
    private final boolean quote64;

    public IntegerTextSerialization(DataType type) {
        super(type, false);
        if (type instanceof IntegerType it) {
            this.unsigned = !it.signed();
            this.bits = it.bits();
        } else {
            this.unsigned = false;
            this.bits = type.fixedWidth() * 8;
        }
        this.quote64 = bits == 64;
    }

    @Override
    protected void text(Column c, int row, WriteBuffer out, FormatSettings s) {
        long v = ((LongColumn) c).get(row);
        if (unsigned) out.writeUnsignedLong(v);
        else out.writeLong(v);
    }

    @Override
    protected void json(Column c, int row, WriteBuffer out, FormatSettings s) {
        if (quote64 && s.jsonQuote64bitIntegers()) {
            out.write('"');
            text(c, row, out, s);
            out.write('"');
        } else {
            text(c, row, out, s);
        }
    }

    @Override
    protected void parse(TextInput.Field f, ColumnBuilder b, FormatSettings s) {
        ((LongColumnBuilder) b).append(wrap(parseLong(f, type.name())));
    }

    private long wrap(long v) {
        return switch (bits) {
            case 8 -> unsigned ? v & 0xFFL : (byte) v;
            case 16 -> unsigned ? v & 0xFFFFL : (short) v;
            case 32 -> unsigned ? v & 0xFFFF_FFFFL : (int) v;
            default -> v;
        };
    }

    /**
     * An optionally signed decimal integer filling the whole field, as 64 bits of two's
     * complement (so both Int64 and UInt64 ranges parse); more than 64 bits is an error.
     */
    static long parseLong(TextInput.Field f, String typeName) {
        byte[] a = f.array;
        int i = f.off, end = f.off + f.len;
        boolean negative = false;
        if (i < end && (a[i] == '-' || a[i] == '+')) {
            negative = a[i] == '-';
            i++;
        }
        int digitsStart = i;
        long v = 0;
        for (; i < end; i++) {
            int d = a[i] - '0';
            if (d < 0 || d > 9) break;
            if (Long.compareUnsigned(v, 0x1999_9999_9999_9999L) > 0) throw tooLarge(f, typeName);
            long next = v * 10 + d;
            if (Long.compareUnsigned(next, v * 10) < 0) throw tooLarge(f, typeName);
            v = next;
        }
        if (i == digitsStart || i < end) {
            throw TextInput.cannotParse(ErrorCode.CANNOT_PARSE_TEXT, f, typeName, i == digitsStart ? 0 : i - f.off);
        }
        return negative ? -v : v;
    }

    private static DbException tooLarge(TextInput.Field f, String typeName) {
        return new DbException(ErrorCode.CANNOT_PARSE_NUMBER, "Cannot parse string '" + f + "' as " + typeName + ": number is too large");
    }
}
