package io.strata.sql.ast;

import java.math.BigDecimal;

/**
 * Float64 as ClickHouse prints it in column names and SQL: the shortest text that reads back to the same
 * double, decimal notation for exponents in (-6, 21) with a trailing point for whole numbers ({@code 1.}),
 * else {@code 1e+100}; {@code inf}, {@code -inf}, {@code nan}. This mirrors the double-conversion settings
 * ClickHouse uses, so result column names match.
 */
final class FloatText {
    private FloatText() {}

    static String format(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return "0.";
        }
        // Double.toString yields the shortest uniquely identifying digits (JDK 19+).
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exponent = digits.length() - 1 - bd.scale();
        StringBuilder sb = new StringBuilder(d < 0 ? "-" : "");
        if (exponent > -6 && exponent < 21) {
            if (exponent >= digits.length() - 1) {
                sb.append(digits).append("0".repeat(exponent - (digits.length() - 1))).append('.');
            } else if (exponent >= 0) {
                sb.append(digits, 0, exponent + 1).append('.').append(digits.substring(exponent + 1));
            } else {
                sb.append("0.").append("0".repeat(-exponent - 1)).append(digits);
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits.substring(1));
            }
            sb.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
        return sb.toString();
    }
}
