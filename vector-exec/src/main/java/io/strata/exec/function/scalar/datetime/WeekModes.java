package io.strata.exec.function.scalar.datetime;

/**
 * Week numbers in the ten modes of toWeek/toYearWeek (MySQL's WEEK() modes 0-7 plus ClickHouse's
 * 8 and 9, where week 1 is the one containing January 1). Results are packed as year * 100 + week.
 */
final class WeekModes {
    private WeekModes() {
    }

    private static final int MONDAY_FIRST = 1, WEEK_YEAR = 2, FIRST_WEEKDAY = 4, NEWYEAR_DAY = 8;

    /** year * 100 + week of a day number; {@code yearWeek} asks for the year the week belongs to (toYearWeek). */
    static long week(long day, int mode, boolean yearWeek) {
        int m = mode & 15;
        if ((m & NEWYEAR_DAY) != 0) return newYearWeek(day, (m & MONDAY_FIRST) != 0);
        int behaviour = m & 7;
        if ((behaviour & MONDAY_FIRST) == 0) behaviour ^= FIRST_WEEKDAY;
        if (yearWeek) behaviour |= WEEK_YEAR;
        boolean mondayFirst = (behaviour & MONDAY_FIRST) != 0;
        boolean weekYear = (behaviour & WEEK_YEAR) != 0;
        boolean firstWeekday = (behaviour & FIRST_WEEKDAY) != 0;
        int year = CivilDates.year(day);
        long firstDay = CivilDates.dayNumber(year, 1, 1);
        int weekday = weekday(firstDay, !mondayFirst);
        if (CivilDates.month(day) == 1 && CivilDates.dayOfMonth(day) <= 7 - weekday) {
            if (!weekYear && (firstWeekday && weekday != 0 || !firstWeekday && weekday >= 4)) return year * 100L;
            weekYear = true;
            year--;
            int days = daysInYear(year);
            firstDay -= days;
            weekday = (weekday + 53 * 7 - days) % 7;
        }
        long days;
        if (firstWeekday && weekday != 0 || !firstWeekday && weekday >= 4) days = day - (firstDay + (7 - weekday));
        else days = day - (firstDay - weekday);
        if (weekYear && days >= 52 * 7) {
            weekday = (weekday + daysInYear(year)) % 7;
            if (!firstWeekday && weekday < 4 || firstWeekday && weekday == 0) return (year + 1) * 100L + 1;
        }
        return year * 100L + days / 7 + 1;
    }

    /** Weekday index of a day: 0 = Monday (or 0 = Sunday when {@code sundayFirst}). */
    private static int weekday(long day, boolean sundayFirst) {
        int dow = CivilDates.dayOfWeek(day); // 1 = Monday .. 7 = Sunday
        return sundayFirst ? dow % 7 : dow - 1;
    }

    private static int daysInYear(int year) {
        return CivilDates.isLeap(year) ? 366 : 365;
    }

    private static long startOfWeek(long day, boolean mondayFirst) {
        return day - weekday(day, !mondayFirst);
    }

    private static long newYearWeek(long day, boolean mondayFirst) {
        int year = CivilDates.year(day);
        long start = startOfWeek(day, mondayFirst);
        long nextJan1 = CivilDates.dayNumber(year + 1, 1, 1);
        if (startOfWeek(nextJan1, mondayFirst) <= day) return (year + 1) * 100L + 1;
        long firstWeekStart = startOfWeek(CivilDates.dayNumber(year, 1, 1), mondayFirst);
        return year * 100L + (start - firstWeekStart) / 7 + 1;
    }
}
