package io.strata.client;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as clickhouse-client prints them in its progress bar and summary line:
 * {@code 1.00 million} rows, {@code 8.00 MB} (powers of 1000), always two decimals, rounded from
 * the exact binary value (ClickHouse's double-conversion ToFixed).
 */
public final class ReadableNumbers {
    private static final String[] QUANTITY_UNITS = {"", " thousand", " million", " billion", " trillion", " quadrillion"};
    private static final String[] SIZE_UNITS = {" B", " KB", " MB", " GB", " TB", " PB", " EB", " ZB", " YB"};
    private static final double STEP = 1000;

    private ReadableNumbers() {
    }

    /** formatReadableQuantity: {@code 12.00}, {@code 1.50 thousand}, {@code 83.33 million}. */
    public static String quantity(double value) {
        return readable(value, QUANTITY_UNITS);
    }

    /** formatReadableSizeWithDecimalSuffix: {@code 512.00 B}, {@code 8.00 MB}. */
    public static String size(double value) {
        return readable(value, SIZE_UNITS);
    }

    private static String readable(double value, String[] units) {
        int i = 0;
        while (i + 1 < units.length && Math.abs(value) >= STEP) {
            value /= STEP;
            i++;
        }
        if (!Double.isFinite(value)) return value + units[i];
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).toPlainString() + units[i];
    }

    /** Seconds with three decimals, as clickhouse-client prints elapsed time ({@code 0.012}). */
    public static String seconds(double seconds) {
        return new BigDecimal(seconds).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
