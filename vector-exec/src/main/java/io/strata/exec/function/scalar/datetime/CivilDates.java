package io.strata.exec.function.scalar.datetime;

/**
 * Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), without
 * objects: the date functions run these per row, so they return packed ints, not LocalDates.
 * The algorithm is the well-known era/day-of-era decomposition (400-year cycles of 146097 days).
 */
public final class CivilDates {
    private CivilDates() {
    }

    /** Packs year, month and day as {@code year * 10000 + month * 100 + day} (also toYYYYMMDD's value). */
    public static long yyyymmdd(long dayNumber) {
        long z = dayNumber + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        return y * 10000 + m * 100 + d;
    }

    public static int year(long dayNumber) {
        return (int) (yyyymmdd(dayNumber) / 10000);
    }

    public static int month(long dayNumber) {
        return (int) (yyyymmdd(dayNumber) / 100 % 100);
    }

    public static int dayOfMonth(long dayNumber) {
        return (int) (yyyymmdd(dayNumber) % 100);
    }

    /** The day number of a civil date; month and day must be valid. */
    public static long dayNumber(long y, long m, long d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long mp = m > 2 ? m - 3 : m + 9;
        long doy = (153 * mp + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    public static boolean isLeap(long y) {
        return (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    public static int daysInMonth(long y, long m) {
        return switch ((int) m) {
            case 2 -> isLeap(y) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** ISO day of week: Monday = 1 ... Sunday = 7 (1970-01-01 was a Thursday). */
    public static int dayOfWeek(long dayNumber) {
        return (int) Math.floorMod(dayNumber + 3, 7) + 1;
    }

    /** Adds months, clamping the day to the end of the target month (Jan 31 + 1 month = Feb 28/29). */
    public static long addMonths(long dayNumber, long months) {
        long packed = yyyymmdd(dayNumber);
        long y = packed / 10000, m = packed / 100 % 100, d = packed % 100;
        long total = y * 12 + (m - 1) + months;
        long ny = Math.floorDiv(total, 12), nm = Math.floorMod(total, 12) + 1;
        return dayNumber(ny, nm, Math.min(d, daysInMonth(ny, nm)));
    }

    public static long startOfMonth(long dayNumber) {
        return dayNumber - dayOfMonth(dayNumber) + 1;
    }

    public static long startOfYear(long dayNumber) {
        return dayNumber(year(dayNumber), 1, 1);
    }

    public static long startOfQuarter(long dayNumber) {
        long packed = yyyymmdd(dayNumber);
        long m = packed / 100 % 100;
        return dayNumber(packed / 10000, (m - 1) / 3 * 3 + 1, 1);
    }
}
