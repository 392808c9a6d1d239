package io.strata.core.type.text;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.DoubleColumnBuilder;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.TypeId;
import java.nio.charset.StandardCharsets;

/**
 * Float32/Float64 in ClickHouse's form: the shortest digits that round-trip (for Float32 the
 * shortest <em>float</em> digits), positional notation while the decimal exponent is in
 * [-6, 21) and {@code 1e21} / {@code 1.5e-7} outside it, no trailing {@code .0}, {@code -0},
 * {@code inf}, {@code -inf}, {@code nan}. In JSON a non-finite value is {@code null} unless
 * output_format_json_quote_denormals, which writes {@code "inf"}.
 */
public final class FloatTextSerialization extends ScalarTextSerialization {
    private static final double TWO_53 = 9007199254740992.0;
    private static final double TWO_24 = 16777216.0;
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private final boolean float32;

    public FloatTextSerialization(DataType type) {
        super(type, false);
        this.float32 = type.id() == TypeId.FLOAT32;
    }

    @Override
    protected void text(Column c, int row, WriteBuffer out, FormatSettings s) {
        writeFloat(out, ((DoubleColumn) c).get(row), float32);
    }

    @Override
    protected void json(Column c, int row, WriteBuffer out, FormatSettings s) {
        double v = ((DoubleColumn) c).get(row);
        if (Double.isFinite(v)) {
            writeFloat(out, v, float32);
        } else if (s.jsonQuoteDenormals()) {
            out.write('"');
            writeFloat(out, v, float32);
            out.write('"');
        } else {
            out.write("null");
        }
    }

    /** Writes {@code v} as ClickHouse prints floats; allocates only for non-integral values. */
    public static void writeFloat(WriteBuffer out, double v, boolean float32) {
        if (Double.isNaN(v)) {
            out.write("nan");
            return;
        }
        if (Double.isInfinite(v)) {
            out.write(v > 0 ? "inf" : "-inf");
            return;
        }
        if (v == 0) {
            out.write(1 / v < 0 ? "-0" : "0");
            return;
        }
        // Integers below 2^p (p = mantissa bits) are their own shortest representation.
        if (v == Math.rint(v) && Math.abs(v) < (float32 ? TWO_24 : TWO_53)) {
            out.writeLong((long) v);
            return;
        }
        String repr = float32 ? Float.toString((float) v) : Double.toString(v);
        if (Math.abs(v) < (float32 ? Float.MIN_NORMAL : Double.MIN_NORMAL)) repr = shortestSubnormal(repr, v, float32);
        writeShortest(out, repr);
    }

    /**
     * Java prints two digits where one would do if the two-digit decimal is closer ("4.9E-324"
     * for Double.MIN_VALUE); ClickHouse prints the shortest ("5e-324"). Only subnormals have a
     * rounding interval wide enough for that, so only they take this slow path.
     */
    private static String shortestSubnormal(String repr, double v, boolean float32) {
        java.math.BigDecimal exact = new java.math.BigDecimal(v);
        java.math.BigDecimal parsed = new java.math.BigDecimal(repr);
        if (parsed.precision() != 2) return repr;
        String best = null;
        java.math.BigDecimal bestDistance = null;
        for (java.math.RoundingMode mode : new java.math.RoundingMode[] {java.math.RoundingMode.FLOOR, java.math.RoundingMode.CEILING}) {
            java.math.BigDecimal c = parsed.round(new java.math.MathContext(1, mode));
            String cs = c.toString();
            double back = float32 ? Float.parseFloat(cs) : Double.parseDouble(cs);
            if (back != (float32 ? (double) (float) v : v)) continue;
            java.math.BigDecimal d = c.subtract(exact).abs();
            if (bestDistance == null || d.compareTo(bestDistance) < 0) {
                best = c.toString().replace("+", "");
                bestDistance = d;
            }
        }
        return best == null ? repr : best;
    }

    /** Reformats Java's shortest repr ("1.5E-7", "0.001", "123.25") into ClickHouse's layout. */
    private static void writeShortest(WriteBuffer out, String js) {
        int n = js.length();
        int i = 0;
        if (js.charAt(0) == '-') {
            out.write('-');
            i = 1;
        }
        byte[] digits = new byte[n];
        int nd = 0;
        int intDigits = 0;
        boolean seenPoint = false;
        int exp = 0;
        for (; i < n; i++) {
            char ch = js.charAt(i);
            if (ch == '.') {
                seenPoint = true;
            } else if (ch == 'E') {
                exp = Integer.parseInt(js, i + 1, n, 10);
                break;
            } else {
                digits[nd++] = (byte) ch;
                if (!seenPoint) intDigits++;
            }
        }
        // value = 0.d1d2...dn * 10^(intDigits + exp); make it d1.d2... * 10^e with d1 != 0
        int e = intDigits - 1 + exp;
        int start = 0;
        while (start < nd - 1 && digits[start] == '0') {
            start++;
            e--;
        }
        int end = nd;
        while (end > start + 1 && digits[end - 1] == '0') end--;
        int count = end - start;
        if (e >= -6 && e < 21) {
            if (e >= 0) {
                int intLen = e + 1;
                if (count <= intLen) {
                    out.write(digits, start, count);
                    for (int k = count; k < intLen; k++) out.write('0');
                } else {
                    out.write(digits, start, intLen);
                    out.write('.');
                    out.write(digits, start + intLen, count - intLen);
                }
            } else {
                out.write('0');
                out.write('.');
                for (int k = 0; k < -e - 1; k++) out.write('0');
                out.write(digits, start, count);
            }
        } else {
            out.write(digits[start]);
            if (count > 1) {
                out.write('.');
                out.write(digits, start + 1, count - 1);
            }
            out.write('e');
            out.writeLong(e);
        }
    }

    @Override
    protected void parse(TextInput.Field f, ColumnBuilder b, FormatSettings s) {
        double v = parseDouble(f, type.name(), float32);
        ((DoubleColumnBuilder) b).append(v);
    }

    /** Parses a float field: decimal with optional exponent, or inf/infinity/nan with a sign. */
    static double parseDouble(TextInput.Field f, String typeName, boolean float32) {
        byte[] a = f.array;
        int i = f.off, end = f.off + f.len;
        boolean negative = false;
        if (i < end && (a[i] == '-' || a[i] == '+')) {
            negative = a[i] == '-';
            i++;
        }
        if (i < end && (a[i] | 0x20) == 'i') {
            if (equalsIgnoreCase(a, i, end, "inf") || equalsIgnoreCase(a, i, end, "infinity")) {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            throw TextInput.cannotParse(ErrorCode.CANNOT_PARSE_TEXT, f, typeName, i - f.off);
        }
        if (i < end && (a[i] | 0x20) == 'n') {
            if (equalsIgnoreCase(a, i, end, "nan")) return negative ? -Double.NaN : Double.NaN;
            throw TextInput.cannotParse(ErrorCode.CANNOT_PARSE_TEXT, f, typeName, i - f.off);
        }
        // validate the shape and try the exact fast path: <= 15 significant digits, no exponent
        long mantissa = 0;
        int digits = 0, fraction = 0;
        boolean point = false, exponent = false, any = false;
        int j = i;
        for (; j < end; j++) {
            int c = a[j];
            if (c >= '0' && c <= '9') {
                any = true;
                if (digits < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    if (mantissa != 0) digits++;
                    if (point) fraction++;
                } else {
                    digits++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (!any) throw TextInput.cannotParse(ErrorCode.CANNOT_PARSE_TEXT, f, typeName, j - f.off);
        if (j < end && (a[j] | 0x20) == 'e') {
            int k = j + 1;
            if (k < end && (a[k] == '+' || a[k] == '-')) k++;
            int expDigits = k;
            while (k < end && a[k] >= '0' && a[k] <= '9') k++;
            if (k == expDigits) throw TextInput.cannotParse(ErrorCode.CANNOT_PARSE_TEXT, f, typeName, j - f.off);
            exponent = true;
            j = k;
        }
        if (j < end) throw TextInput.cannotParse(ErrorCode.CANNOT_PARSE_TEXT, f, typeName, j - f.off);
        double v;
        if (!float32 && !exponent && digits <= 15 && fraction <= 22) {
            v = fraction == 0 ? (double) mantissa : mantissa / POW10[fraction];
        } else {
            String text = new String(a, i, end - i, StandardCharsets.US_ASCII);
            v = float32 ? Float.parseFloat(text) : Double.parseDouble(text);
        }
        return negative ? -v : v;
    }

    private static boolean equalsIgnoreCase(byte[] a, int from, int end, String word) {
        if (end - from != word.length()) return false;
        for (int k = 0; k < word.length(); k++) {
            if ((a[from + k] | 0x20) != word.charAt(k)) return false;
        }
        return true;
    }
}
