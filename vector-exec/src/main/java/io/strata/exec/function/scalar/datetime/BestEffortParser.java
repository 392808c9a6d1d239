package io.strata.exec.function.scalar.datetime;

import java.util.Locale;

/**
 * The lenient date-time reader behind parseDateTimeBestEffort: ISO 8601 (with T, fractions and
 * offsets), YYYY/MM/DD, DD.MM.YYYY and DD/MM/YYYY (MM/DD with {@code usFirst}), compact
 * YYYYMMDD[hhmmss], Unix timestamps, month and weekday names (RFC 2822), AM/PM and zone
 * designators (Z, UTC, GMT, +hh[:mm]). One instance is reused for every row of a chunk.
 */
final class BestEffortParser {
    private final boolean usFirst;
    private String s;
    private int pos;

    // Results of the last successful parse.
    long localSeconds;
    long fractionNanos;
    boolean hasOffset;
    long offsetSeconds;
    boolean isTimestamp;

    BestEffortParser(boolean usFirst) {
        this.usFirst = usFirst;
    }

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    /** Parses {@code text}; false when it is not a date-time. */
    boolean parse(String text) {
        s = text.trim();
        pos = 0;
        fractionNanos = 0;
        hasOffset = false;
        offsetSeconds = 0;
        isTimestamp = false;
        if (s.isEmpty()) return false;
        if (s.chars().allMatch(Character::isDigit)) return compact();
        long year = -1, month = -1, day = -1, hour = 0, minute = 0, second = 0;
        boolean pm = false, am = false;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isWhitespace(c) || c == ',') {
                pos++;
            } else if (Character.isDigit(c)) {
                int start = pos;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
                String num = s.substring(start, pos);
                char next = pos < s.length() ? s.charAt(pos) : 0;
                if (next == ':' ) {
                    // hh:mm[:ss[.fraction]]
                    hour = Long.parseLong(num);
                    pos++;
                    int m = digits(2);
                    if (m < 0) return false;
                    minute = m;
                    if (pos < s.length() && s.charAt(pos) == ':') {
                        pos++;
                        int sec = digits(2);
                        if (sec < 0) return false;
                        second = sec;
                        if (pos < s.length() && (s.charAt(pos) == '.' || s.charAt(pos) == ',')) {
                            pos++;
                            int fs = pos;
                            while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
                            String frac = (s.substring(fs, pos) + "000000000").substring(0, 9);
                            fractionNanos = Long.parseLong(frac);
                        }
                    }
                } else if (num.length() == 4 && year < 0 && (next == '-' || next == '/' || next == '.')) {
                    // YYYY-MM-DD
                    year = Long.parseLong(num);
                    pos++;
                    int m = digits(2);
                    if (m < 0) return false;
                    month = m;
                    if (pos < s.length() && s.charAt(pos) == next) {
                        pos++;
                        int d = digits(2);
                        if (d < 0) return false;
                        day = d;
                    } else {
                        day = 1;
                    }
                    if (pos < s.length() && (s.charAt(pos) == 'T' || s.charAt(pos) == 't')) pos++;
                } else if (num.length() <= 2 && day < 0 && (next == '/' || next == '.' || next == '-')) {
                    // DD.MM.YYYY, DD/MM/YYYY (MM/DD/YYYY in the US flavour)
                    long a = Long.parseLong(num);
                    pos++;
                    int b = digits(2);
                    if (b < 0 || pos >= s.length() || s.charAt(pos) != next) return false;
                    pos++;
                    int ys = pos;
                    while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
                    if (pos - ys != 4 && pos - ys != 2) return false;
                    year = Long.parseLong(s.substring(ys, pos));
                    if (pos - ys == 2) year += 2000;
                    boolean us = usFirst && next == '/';
                    day = us ? b : a;
                    month = us ? a : b;
                } else if (num.length() == 4 && year < 0) {
                    year = Long.parseLong(num);
                } else if (num.length() <= 2 && day < 0) {
                    day = Long.parseLong(num);
                } else {
                    return false;
                }
            } else if (Character.isLetter(c)) {
                int start = pos;
                while (pos < s.length() && Character.isLetter(s.charAt(pos))) pos++;
                String w = s.substring(start, pos).toLowerCase(Locale.ROOT);
                int mi = prefixIndex(MONTHS, w);
                if (mi >= 0) {
                    month = mi + 1;
                } else if (prefixIndex(DAYS, w) >= 0) {
                    // Weekday names carry no information.
                } else if (w.equals("am")) {
                    am = true;
                } else if (w.equals("pm")) {
                    pm = true;
                } else if (w.equals("z") || w.equals("utc") || w.equals("gmt") || w.equals("ut")) {
                    hasOffset = true;
                } else {
                    return false;
                }
            } else if ((c == '+' || c == '-') && (hour != 0 || minute != 0 || second != 0 || year >= 0) && pos + 1 < s.length()
                    && Character.isDigit(s.charAt(pos + 1))) {
                pos++;
                int h = digits(2);
                if (h < 0) return false;
                int m = 0;
                if (pos < s.length() && s.charAt(pos) == ':') pos++;
                if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    m = digits(2);
                    if (m < 0) return false;
                }
                hasOffset = true;
                offsetSeconds = (c == '-' ? -1 : 1) * (h * 3600L + m * 60L);
            } else {
                return false;
            }
        }
        if (year < 0 || month < 0) return false;
        if (day < 0) day = 1;
        if (pm && hour < 12) hour += 12;
        if (am && hour == 12) hour = 0;
        if (month < 1 || month > 12 || day < 1 || day > CivilDates.daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return false;
        localSeconds = CivilDates.dayNumber(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
        return true;
    }

    private static int prefixIndex(String[] names, String w) {
        if (w.length() < 3) return -1;
        for (int i = 0; i < names.length; i++) if (w.startsWith(names[i])) return i;
        return -1;
    }

    /** One or two digits at the position (-1 when none). */
    private int digits(int max) {
        int start = pos;
        while (pos < s.length() && pos - start < max && Character.isDigit(s.charAt(pos))) pos++;
        return pos == start ? -1 : Integer.parseInt(s.substring(start, pos));
    }

    /** All digits: YYYYMMDD, YYYYMMDDhhmmss or a Unix timestamp. */
    private boolean compact() {
        int n = s.length();
        if (n == 8 || n == 14) {
            long y = Long.parseLong(s.substring(0, 4)), m = Long.parseLong(s.substring(4, 6)), d = Long.parseLong(s.substring(6, 8));
            long h = 0, mi = 0, se = 0;
            if (n == 14) {
                h = Long.parseLong(s.substring(8, 10));
                mi = Long.parseLong(s.substring(10, 12));
                se = Long.parseLong(s.substring(12, 14));
            }
            if (m < 1 || m > 12 || d < 1 || d > CivilDates.daysInMonth(y, m) || h > 23 || mi > 59 || se > 59) return false;
            localSeconds = CivilDates.dayNumber(y, m, d) * 86400 + h * 3600 + mi * 60 + se;
            return true;
        }
        if (n > 10) return false;
        isTimestamp = true;
        localSeconds = Long.parseLong(s);
        return true;
    }
}
