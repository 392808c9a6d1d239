package io.strata.core.type.text;

import io.strata.core.column.BigColumn;
import io.strata.core.column.BigColumnBuilder;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LongColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DecimalType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Decimal(P, S) from its unscaled value. Trailing fractional zeros are not printed
 * ({@code toDecimal32(1.5, 3)} is {@code 1.5}, {@code toDecimal32(1, 2)} is {@code 1}): ClickHouse
 * dropped them in 21.9 (setting output_format_decimal_trailing_zeros, off by default). Parsing
 * truncates digits beyond the scale and rejects values with more than P - S integer digits.
 * JSON writes a bare number unless output_format_json_quote_decimals.
 */
public final class DecimalTextSerialization extends ScalarTextSerialization {
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
    }

    private final int precision;
    private final int scale;
    private final BigInteger limit;

    public DecimalTextSerialization(DecimalType type) {
        super(type, false);
        this.precision = type.precision();
        this.scale = type.scale();
        this.limit = BigInteger.TEN.pow(precision);
    }

    @Override
    protected void text(Column c, int row, WriteBuffer out, FormatSettings s) {
        if (c instanceof LongColumn l) {
            writeDecimal(out, l.get(row), scale);
        } else {
            writeDecimal(out, ((BigColumn) c).get(row), scale);
        }
    }

    @Override
    protected void json(Column c, int row, WriteBuffer out, FormatSettings s) {
        if (s.jsonQuoteDecimals()) out.write('"');
        text(c, row, out, s);
        if (s.jsonQuoteDecimals()) out.write('"');
    }

    /** Writes an unscaled 64-bit decimal without trailing fractional zeros. */
    public static void writeDecimal(WriteBuffer out, long unscaled, int scale) {
        if (scale == 0) {
            out.writeLong(unscaled);
            return;
        }
        if (unscaled < 0) {
            out.write('-');
            if (unscaled == Long.MIN_VALUE) { // not reachable for precision <= 18, kept for safety
                writeDecimal(out, BigInteger.valueOf(unscaled).negate(), scale);
                return;
            }
            unscaled = -unscaled;
        }
        long p = POW10[Math.min(scale, 18)];
        long whole = scale > 18 ? 0 : unscaled / p;
        long frac = scale > 18 ? unscaled : unscaled % p;
        out.writeLong(whole);
        if (frac != 0) {
            int digits = scale;
            while (frac % 10 == 0) {
                frac /= 10;
                digits--;
            }
            out.write('.');
            out.writeZeroPadded(frac, digits);
        }
    }

    public static void writeDecimal(WriteBuffer out, BigInteger unscaled, int scale) {
        if (unscaled.signum() < 0) {
            out.write('-');
            unscaled = unscaled.negate();
        }
        String digits = unscaled.toString();
        if (scale == 0) {
            out.write(digits);
            return;
        }
        int n = digits.length();
        if (n <= scale) {
            digits = "0".repeat(scale - n + 1) + digits;
            n = digits.length();
        }
        int end = n;
        while (end > n - scale && digits.charAt(end - 1) == '0') end--;
        out.write(digits.substring(0, n - scale));
        if (end > n - scale) {
            out.write('.');
            out.write(digits.substring(n - scale, end));
        }
    }

    @Override
    protected void parse(TextInput.Field f, ColumnBuilder b, FormatSettings s) {
        byte[] a = f.array;
        int i = f.off, end = f.off + f.len;
        boolean negative = false;
        if (i < end && (a[i] == '-' || a[i] == '+')) {
            negative = a[i] == '-';
            i++;
        }
        // Fast path: plain digits with an optional point, fitting 18 digits after scaling.
        if (b instanceof LongColumnBuilder lb) {
            long v = 0;
            int intDigits = 0, fracDigits = 0, j = i;
            boolean point = false, any = false, simple = true;
            for (; j < end; j++) {
                int c = a[j];
                if (c >= '0' && c <= '9') {
                    any = true;
                    if (!point) {
                        if (v == 0 && c == '0') continue;
                        intDigits++;
                    } else if (fracDigits >= scale) {
                        continue; // truncated
                    } else {
                        fracDigits++;
                    }
                    if (intDigits + fracDigits > 18) {
                        simple = false;
                        break;
                    }
                    v = v * 10 + (c - '0');
                } else if (c == '.' && !point) {
                    point = true;
                } else {
                    simple = false;
                    break;
                }
            }
            if (simple && any) {
                if (intDigits > precision - scale) throw tooBig(f);
                v *= POW10[scale - fracDigits];
                lb.append(negative ? -v : v);
                return;
            }
        }
        BigInteger unscaled = parseBig(f, i, end, negative);
        if (b instanceof LongColumnBuilder lb) lb.append(unscaled.longValue());
        else ((BigColumnBuilder) b).append(unscaled);
    }

    private BigInteger parseBig(TextInput.Field f, int i, int end, boolean negative) {
        String text = new String(f.array, i, end - i, StandardCharsets.US_ASCII);
        int bad = firstInvalid(text);
        if (bad >= 0 || text.isEmpty()) {
            throw TextInput.cannotParse(ErrorCode.CANNOT_PARSE_TEXT, f, type.name(), bad < 0 ? 0 : bad + (i - f.off));
        }
        BigDecimal d;
        try {
            d = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw TextInput.cannotParse(ErrorCode.CANNOT_PARSE_TEXT, f, type.name(), 0);
        }
        BigInteger unscaled = d.setScale(scale, RoundingMode.DOWN).unscaledValue();
        if (unscaled.abs().compareTo(limit) >= 0) throw tooBig(f);
        return negative ? unscaled.negate() : unscaled;
    }

    private static int firstInvalid(String t) {
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || (c == '-' || c == '+') && k > 0)) return k;
        }
        return -1;
    }

    private DbException tooBig(TextInput.Field f) {
        return new DbException(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Cannot parse string '" + f + "' as " + type.name()
                + ": Decimal value is too big: more than " + (precision - scale) + " digits before the decimal point");
    }
}
