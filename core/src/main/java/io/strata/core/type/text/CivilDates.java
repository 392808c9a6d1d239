package io.strata.core.type.text;

import io.strata.core.io.WriteBuffer;

/**
 * Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), branch-light
 * and allocation-free, for writing dates in hot loops without java.time objects. The algorithm
 * is the classic era/day-of-era decomposition (400-year cycles of 146097 days).
 */
public final class CivilDates {
    private CivilDates() {
    }

    /** Days since 1970-01-01 of year-month-day. */
    public static long daysFromCivil(long y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** year * 10000 + month * 100 + day of a day number. */
    public static long civilFromDays(long days) {
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        return (y + (m <= 2 ? 1 : 0)) * 10000 + m * 100 + d;
    }

    public static boolean isLeap(long y) {
        return (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    public static int daysInMonth(long y, int m) {
        return switch (m) {
            case 2 -> isLeap(y) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Writes {@code YYYY-MM-DD}. */
    public static void writeDate(WriteBuffer out, long days) {
        long ymd = civilFromDays(days);
        long y = ymd / 10000;
        if (y < 0) {
            out.write('-');
            y = -y;
        }
        out.writeZeroPadded(y, 4);
        out.write('-');
        out.writeZeroPadded(ymd / 100 % 100, 2);
        out.write('-');
        out.writeZeroPadded(ymd % 100, 2);
    }

    /** Writes {@code YYYY-MM-DD hh:mm:ss} of seconds since the epoch in local time. */
    public static void writeDateTime(WriteBuffer out, long localSeconds) {
        long days = Math.floorDiv(localSeconds, 86400);
        int sod = (int) Math.floorMod(localSeconds, 86400);
        writeDate(out, days);
        out.write(' ');
        out.writeZeroPadded(sod / 3600, 2);
        out.write(':');
        out.writeZeroPadded(sod / 60 % 60, 2);
        out.write(':');
        out.writeZeroPadded(sod % 60, 2);
    }
}
