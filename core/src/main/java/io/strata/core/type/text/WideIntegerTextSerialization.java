package io.strata.core.type.text;

import io.strata.core.column.BigColumn;
import io.strata.core.column.BigColumnBuilder;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.WideIntegerType;
import java.math.BigInteger;

/**
 * Int128/UInt128/Int256/UInt256: plain decimal digits. Parsing accepts an optionally signed digit
 * string; a value beyond the type's bit width (in either signedness, as for the narrow integers)
 * is an error, one within it wraps ({@code -1} read as UInt128 is 2^128 - 1). JSON quotes them
 * with output_format_json_quote_64bit_integers, like every integer wider than 32 bits.
 */
public final class WideIntegerTextSerialization extends ScalarTextSerialization {
    private final WideIntegerType wide;
    private final BigInteger lowest;
    private final BigInteger highest;

    public WideIntegerTextSerialization(WideIntegerType type) {
        super(type, false);
        this.wide = type;
        this.lowest = BigInteger.ONE.shiftLeft(type.bits() - 1).negate();
        this.highest = BigInteger.ONE.shiftLeft(type.bits()).subtract(BigInteger.ONE);
    }

    @Override
    protected void text(Column c, int row, WriteBuffer out, FormatSettings s) {
        out.write(((BigColumn) c).get(row).toString());
    }

    @Override
    protected void json(Column c, int row, WriteBuffer out, FormatSettings s) {
        if (s.jsonQuote64bitIntegers()) {
            out.write('"');
            text(c, row, out, s);
            out.write('"');
        } else {
            text(c, row, out, s);
        }
    }

    @Override
    protected void parse(TextInput.Field f, ColumnBuilder b, FormatSettings s) {
        ((BigColumnBuilder) b).append(parse(f.array, f.off, f.len, f));
    }

    private BigInteger parse(byte[] a, int off, int len, TextInput.Field f) {
        int i = off, end = off + len;
        boolean negative = false;
        if (i < end && (a[i] == '-' || a[i] == '+')) {
            negative = a[i] == '-';
            i++;
        }
        int digitsStart = i;
        while (i < end && a[i] >= '0' && a[i] <= '9') i++;
        if (i == digitsStart || i < end) {
            throw TextInput.cannotParse(ErrorCode.CANNOT_PARSE_TEXT, f, type.name(), i == digitsStart ? 0 : i - f.off);
        }
        // 78 digits already exceed 2^256; checking the length first keeps BigInteger off huge input.
        if (i - digitsStart > 80) throw tooLarge(f);
        BigInteger v = new BigInteger(new String(a, digitsStart, i - digitsStart, java.nio.charset.StandardCharsets.US_ASCII));
        if (negative) v = v.negate();
        if (v.compareTo(lowest) < 0 || v.compareTo(highest) > 0) throw tooLarge(f);
        return wide.wrap(v);
    }

    private DbException tooLarge(TextInput.Field f) {
        return new DbException(ErrorCode.CANNOT_PARSE_NUMBER, "Cannot parse string '" + f + "' as " + type.name() + ": number is too large");
    }
}
