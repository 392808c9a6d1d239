package io.strata.exec.function.scalar.datetime;

import io.strata.core.column.LongColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DateTimeType;
import io.strata.core.type.DateType;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Vectors;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * dateTrunc(unit, t[, timezone]) (alias DATE_TRUNC, any case): t rounded down to the start of its
 * unit, the SQL-standard spelling of toStartOf... that ClickBench's query 43 uses. Types follow
 * modern ClickHouse: year, quarter, month and week give a Date (Date32 from Date32 or DateTime64),
 * day, hour, minute and second a DateTime in t's (or the given) time zone (DateTime64(0) from
 * Date32 or DateTime64); hour, minute and second need a time, not a Date; the unit is
 * case-insensitive. Weeks start on Monday. Sub-second units (DateTime64 only in ClickHouse) are
 * not supported.
 */
public final class DateTruncFunction {
    private enum Unit {
        SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR;

        boolean givesDate() {
            return ordinal() >= WEEK.ordinal();
        }
    }

    private DateTruncFunction() {
    }

    public static List<FunctionDefinition> all() {
        return List.of(FunctionDefinition.of("dateTrunc", DateTruncFunction::bind).aliases("DATE_TRUNC").ci());
    }

    private static BoundFunction bind(BindContext ctx) {
        String name = "dateTrunc";
        Arguments.countBetween(ctx, name, 2, 3);
        String text = Arguments.constantString(ctx, 0, name).toLowerCase(Locale.ROOT);
        if (text.isEmpty()) throw DbException.of(ErrorCode.BAD_ARGUMENTS, "First argument (name of datepart) for function %s cannot be empty", name);
        Unit unit;
        try {
            unit = Unit.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DbException.of(ErrorCode.BAD_ARGUMENTS, "%s doesn't look like datepart name in %s", text, name);
        }
        DataType t = ctx.argumentType(1);
        if (!(t instanceof DateType) && !(t instanceof DateTimeType)) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type %s of 2nd argument of function %s. Should be a date or a date with time",
                    t.name(), name);
        }
        boolean isDate = t instanceof DateType;
        if (isDate && unit.ordinal() < Unit.DAY.ordinal()) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type %s of argument for function %s", t.name(), name);
        }
        String tz = null;
        if (ctx.argumentCount() == 3) {
            tz = Arguments.constantString(ctx, 2, name);
            if (isDate && unit.givesDate()) {
                throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT,
                        "The timezone argument of function %s with datepart '%s' is allowed only when the 2nd argument has the type DateTime", name, text);
            }
        }
        boolean wide = t instanceof DateType d ? d.isDate32() : ((DateTimeType) t).is64();
        ZoneId session = ctx.functionContext().timeZone();
        ZoneId zone = tz != null ? DateCalcFunctions.zone(tz) : t instanceof DateTimeType dt ? dt.zoneOr(session) : session;
        String zoneName = tz != null ? tz : t instanceof DateTimeType dt ? dt.timeZone() : null;
        DataType result = unit.givesDate() ? (wide ? DataTypes.DATE32 : DataTypes.DATE)
                : wide ? DateTimeType.dateTime64(0, zoneName) : DateTimeType.dateTime(zoneName);
        long ticks = t instanceof DateTimeType dt && dt.is64() ? DateCalcFunctions.pow10(dt.scale()) : 1;
        boolean narrowTime = !unit.givesDate() && !wide;
        return Kernel.bound(result, (args, n) -> {
            long[] v = Vectors.longs(args[1], n);
            long[] r = new long[n];
            ZoneClock clock = new ZoneClock(zone);
            for (int i = 0; i < n; i++) {
                long local = isDate ? v[i] * 86_400 : clock.toLocal(Math.floorDiv(v[i], ticks));
                long day = Math.floorDiv(local, 86_400);
                r[i] = switch (unit) {
                    case SECOND -> clock.fromLocal(local);
                    case MINUTE -> clock.fromLocal(Math.floorDiv(local, 60) * 60);
                    case HOUR -> clock.fromLocal(Math.floorDiv(local, 3_600) * 3_600);
                    case DAY -> clock.startOfDay(day);
                    // Day 4 (1970-01-05) is a Monday.
                    case WEEK -> day - Math.floorMod(day - 4, 7);
                    case MONTH -> CivilDates.startOfMonth(day);
                    case QUARTER -> CivilDates.startOfQuarter(day);
                    case YEAR -> CivilDates.startOfYear(day);
                };
                if (narrowTime) r[i] &= 0xFFFF_FFFFL;
            }
            return new LongColumn(result, r, n);
        });
    }
}
