package io.strata.sql.parser;

import io.strata.sql.ast.Expr;
import io.strata.sql.ast.FunctionCall;
import io.strata.sql.ast.Literal;
import io.strata.sql.parser.ClickHouseParser.ColumnExprContext;
import io.strata.sql.parser.ClickHouseParser.ExprPrimaryContext;
import io.strata.sql.parser.ClickHouseParser.PrimaryIdentifierContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SQL-compatibility forms whose first argument is a bare unit keyword, rewritten as ClickHouse's
 * parser does: {@code date_add(DAY, 1, d)} is {@code plus(d, toIntervalDay(1))}, {@code date_sub(MONTH,
 * 2, d)} is {@code minus(d, toIntervalMonth(2))} and {@code dateDiff(HOUR, a, b)} is {@code dateDiff('hour',
 * a, b)} (also under the names dateadd, timestamp_add, timestampadd, datesub, timestamp_sub,
 * timestampsub, date_diff, timestamp_diff, timestampdiff). Only an unquoted identifier that spells a unit
 * counts, so a column named {@code `day`} stays a column.
 */
final class DateUnitCalls {
    private DateUnitCalls() {
    }

    /** Every spelling ClickHouse accepts for an interval kind, upper case, to the kind's name. */
    private static final Map<String, String> UNITS = units();

    private static Map<String, String> units() {
        java.util.HashMap<String, String> m = new java.util.HashMap<>();
        put(m, "Nanosecond", "NANOSECOND", "NANOSECONDS", "SQL_TSI_NANOSECOND", "NS");
        put(m, "Microsecond", "MICROSECOND", "MICROSECONDS", "SQL_TSI_MICROSECOND", "MCS");
        put(m, "Millisecond", "MILLISECOND", "MILLISECONDS", "SQL_TSI_MILLISECOND", "MS");
        put(m, "Second", "SECOND", "SECONDS", "SQL_TSI_SECOND", "SS", "S");
        put(m, "Minute", "MINUTE", "MINUTES", "SQL_TSI_MINUTE", "MI", "N");
        put(m, "Hour", "HOUR", "HOURS", "SQL_TSI_HOUR", "HH", "H");
        put(m, "Day", "DAY", "DAYS", "SQL_TSI_DAY", "DD", "D");
        put(m, "Week", "WEEK", "WEEKS", "SQL_TSI_WEEK", "WK", "WW");
        put(m, "Month", "MONTH", "MONTHS", "SQL_TSI_MONTH", "MM", "M");
        put(m, "Quarter", "QUARTER", "QUARTERS", "SQL_TSI_QUARTER", "QQ", "Q");
        put(m, "Year", "YEAR", "YEARS", "SQL_TSI_YEAR", "YYYY", "YY");
        return Map.copyOf(m);
    }

    private static void put(Map<String, String> m, String kind, String... spellings) {
        for (String s : spellings) m.put(s, kind);
    }

    /** The rewritten call, or null when {@code name}/{@code args} is not a unit-keyword form. */
    static Expr rewrite(String name, List<ColumnExprContext> argContexts, List<Expr> args) {
        if (args.size() < 3 || args.size() > 4) return null;
        String lower = name.toLowerCase(Locale.ROOT);
        boolean add = lower.equals("date_add") || lower.equals("dateadd") || lower.equals("timestamp_add") || lower.equals("timestampadd");
        boolean sub = lower.equals("date_sub") || lower.equals("datesub") || lower.equals("timestamp_sub") || lower.equals("timestampsub");
        boolean diff = lower.equals("datediff") || lower.equals("date_diff") || lower.equals("timestamp_diff") || lower.equals("timestampdiff");
        if (!add && !sub && !diff) return null;
        String kind = unitKeyword(argContexts.get(0));
        if (kind == null) return null;
        if (diff) {
            List<Expr> rest = new java.util.ArrayList<>();
            rest.add(Literal.of(kind.toLowerCase(Locale.ROOT)));
            rest.addAll(args.subList(1, args.size()));
            return FunctionCall.of("dateDiff", rest);
        }
        if (args.size() != 3) return null;
        return FunctionCall.of(add ? "plus" : "minus", args.get(2), FunctionCall.of("toInterval" + kind, args.get(1)));
    }

    private static String unitKeyword(ColumnExprContext c) {
        if (!(c instanceof ExprPrimaryContext p) || !(p.primaryExpr() instanceof PrimaryIdentifierContext id)
                || id.identifier().size() != 1) {
            return null;
        }
        return UNITS.get(id.getText().toUpperCase(Locale.ROOT));
    }
}
