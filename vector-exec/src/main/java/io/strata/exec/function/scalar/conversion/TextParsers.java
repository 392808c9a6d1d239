package io.strata.exec.function.scalar.conversion;

import io.strata.exec.function.scalar.datetime.CivilDates;

/**
 * Allocation-free parsers for the common String-to-value conversions (integers, dates, date
 * times) over a byte range. Each returns false on malformed input instead of throwing, so the
 * OrZero/OrNull variants cost nothing extra; the caller builds the error message.
 */
final class TextParsers {
    private TextParsers() {
    }

    /** Scratch result of the last successful parse (one per converter call, not shared across threads). */
    long value;
    /** Set when the last parseLong failed only because an unsigned target saw a minus sign. */
    boolean minusRefused;

    static TextParsers create() {
        return new TextParsers();
    }

    /** Parses an optionally signed decimal integer spanning the whole range; wraps on overflow like C. */
    boolean parseLong(byte[] b, int off, int len, boolean allowMinus) {
        minusRefused = false;
        if (len == 0) return false;
        int i = off, end = off + len;
        boolean neg = false;
        if (b[i] == '-' || b[i] == '+') {
            neg = b[i] == '-';
            // ClickHouse refuses any minus sign before an unsigned type ("-0" too): toUInt8OrZero('-1') is 0.
            if (neg && !allowMinus) {
                minusRefused = true;
                return false;
            }
            i++;
            if (i == end) return false;
        }
        long v = 0;
        for (; i < end; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) return false;
            v = v * 10 + d;
        }
        value = neg ? -v : v;
        return true;
    }

    private static int digits(byte[] b, int off, int count) {
        int v = 0;
        for (int i = 0; i < count; i++) {
            int d = b[off + i] - '0';
            if (d < 0 || d > 9) return -1;
            v = v * 10 + d;
        }
        return v;
    }

    /** YYYY-MM-DD (any single separator) or YYYYMMDD into a day number. */
    boolean parseDate(byte[] b, int off, int len) {
        int y, m, d;
        if (len == 10) {
            y = digits(b, off, 4);
            m = digits(b, off + 5, 2);
            d = digits(b, off + 8, 2);
            if (Character.isDigit(b[off + 4]) || Character.isDigit(b[off + 7])) return false;
        } else if (len == 8) {
            y = digits(b, off, 4);
            m = digits(b, off + 4, 2);
            d = digits(b, off + 6, 2);
        } else {
            return false;
        }
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > CivilDates.daysInMonth(y, m)) return false;
        value = CivilDates.dayNumber(y, m, d);
        return true;
    }

    /**
     * 'YYYY-MM-DD hh:mm:ss', 'YYYY-MM-DD' or a plain number of seconds, into local seconds
     * (for a number: epoch seconds, flagged by {@link #isEpoch}).
     */
    boolean parseDateTime(byte[] b, int off, int len) {
        isEpoch = false;
        if (len == 19) {
            if (!parseDate(b, off, 10)) return false;
            byte sep = b[off + 10];
            if (sep != ' ' && sep != 'T') return false;
            int h = digits(b, off + 11, 2), mi = digits(b, off + 14, 2), s = digits(b, off + 17, 2);
            if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return false;
            value = value * 86400 + h * 3600L + mi * 60L + s;
            return true;
        }
        if (len == 10 && !Character.isDigit(b[off + 4])) {
            if (!parseDate(b, off, 10)) return false;
            value *= 86400;
            return true;
        }
        if (parseLong(b, off, len, false) && value >= 0) {
            isEpoch = true;
            return true;
        }
        return false;
    }

    boolean isEpoch;
}
