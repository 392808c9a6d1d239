package io.strata.mergetree;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises expressions (as SQL text) that are non-decreasing functions of one column, so that
 * an index over the column bounds the expression: {@code f(min) <= f(x) <= f(max)}. Accepted are
 * the column itself, chains of calendar and conversion functions that never decrease (toDate,
 * toStartOf*, toYYYYMM, ...), {@code intDiv(x, positive)} and {@code x + c} / {@code x - c}.
 */
final class MonotonicExpressions {
    private static final Set<String> NON_DECREASING = Set.of(
            "toDate", "toDate32", "toDateTime", "toStartOfDay", "toStartOfHour", "toStartOfMinute", "toStartOfSecond",
            "toStartOfFiveMinutes", "toStartOfFiveMinute", "toStartOfTenMinutes", "toStartOfFifteenMinutes",
            "toStartOfMonth", "toStartOfQuarter", "toStartOfYear", "toStartOfISOYear", "toMonday", "toYYYYMM", "toYYYYMMDD",
            "toYYYYMMDDhhmmss", "toYear", "toUnixTimestamp", "toRelativeYearNum", "toRelativeQuarterNum",
            "toRelativeMonthNum", "toRelativeWeekNum", "toRelativeDayNum", "toRelativeHourNum", "toRelativeMinuteNum",
            "toRelativeSecondNum", "toFloat64");
    private static final Pattern CALL = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\((.*)\\)$");
    private static final Pattern NUMBER = Pattern.compile("^[0-9]+(\\.[0-9]+)?$");
    private static final Pattern PLUS_MINUS = Pattern.compile("^(.*) ([+-]) ([0-9]+(\\.[0-9]+)?)$");

    private MonotonicExpressions() {
    }

    /** Whether {@code sql} is a non-decreasing function of exactly {@code column}. */
    static boolean isNonDecreasingIn(String sql, String column) {
        String s = sql.strip();
        if (s.equals(column) || s.equals("`" + column + "`")) return true;
        Matcher pm = PLUS_MINUS.matcher(s);
        if (pm.matches()) return isNonDecreasingIn(pm.group(1), column);
        Matcher m = CALL.matcher(s);
        if (!m.matches() || !balanced(m.group(2))) return false;
        String name = m.group(1);
        java.util.List<String> args = TupleElements.split("(" + m.group(2) + ")");
        if (args.isEmpty()) return false;
        if (name.equals("intDiv") && args.size() == 2) {
            return NUMBER.matcher(args.get(1)).matches() && Double.parseDouble(args.get(1)) > 0 && isNonDecreasingIn(args.get(0), column);
        }
        if (name.equals("plus") || name.equals("minus")) {
            return args.size() == 2 && NUMBER.matcher(args.get(1)).matches() && isNonDecreasingIn(args.get(0), column);
        }
        if (!NON_DECREASING.contains(name)) return false;
        // extra arguments (a time zone, a mode) must be constants
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (!(a.startsWith("'") && a.endsWith("'")) && !NUMBER.matcher(a).matches()) return false;
        }
        return isNonDecreasingIn(args.get(0), column);
    }

    private static boolean balanced(String s) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\\') i++;
                else if (c == '\'') quoted = false;
            } else if (c == '\'') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
