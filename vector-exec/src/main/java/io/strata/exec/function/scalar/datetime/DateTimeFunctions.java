package io.strata.exec.function.scalar.datetime;

import io.strata.core.column.ConstColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.function.FunctionContext;
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
import io.strata.exec.function.scalar.conversion.Converter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Calendar parts and truncations of Date/DateTime values. Each row is reduced to a local day
 * number and second of day with {@link ZoneClock} (one addition for fixed-offset zones, a cached
 * transition interval otherwise), then {@link CivilDates} does integer arithmetic: no per-row
 * objects even for a million rows.
 */
public final class DateTimeFunctions {
    private DateTimeFunctions() {
    }

    private enum Part {
        YEAR("toYear", DataTypes.UINT16), MONTH("toMonth", DataTypes.UINT8), DAY_OF_MONTH("toDayOfMonth", DataTypes.UINT8),
        DAY_OF_WEEK("toDayOfWeek", DataTypes.UINT8), HOUR("toHour", DataTypes.UINT8), MINUTE("toMinute", DataTypes.UINT8),
        SECOND("toSecond", DataTypes.UINT8), YYYYMM("toYYYYMM", DataTypes.UINT32), YYYYMMDD("toYYYYMMDD", DataTypes.UINT32),
        START_OF_MONTH("toStartOfMonth", DataTypes.DATE), START_OF_YEAR("toStartOfYear", DataTypes.DATE),
        START_OF_QUARTER("toStartOfQuarter", DataTypes.DATE), MONDAY("toMonday", DataTypes.DATE),
        START_OF_WEEK("toStartOfWeek", DataTypes.DATE),
        START_OF_DAY("toStartOfDay", null), START_OF_HOUR("toStartOfHour", null), START_OF_MINUTE("toStartOfMinute", null),
        UNIX_TIMESTAMP("toUnixTimestamp", DataTypes.UINT32),
        DAY_OF_YEAR("toDayOfYear", DataTypes.UINT16), QUARTER("toQuarter", DataTypes.UINT8), ISO_WEEK("toISOWeek", DataTypes.UINT8),
        ISO_YEAR("toISOYear", DataTypes.UINT16), YYYYMMDDHHMMSS("toYYYYMMDDhhmmss", DataTypes.UINT64),
        START_OF_FIVE_MINUTES("toStartOfFiveMinutes", null), START_OF_TEN_MINUTES("toStartOfTenMinutes", null),
        START_OF_FIFTEEN_MINUTES("toStartOfFifteenMinutes", null), START_OF_ISO_YEAR("toStartOfISOYear", DataTypes.DATE),
        RELATIVE_YEAR("toRelativeYearNum", DataTypes.UINT16), RELATIVE_QUARTER("toRelativeQuarterNum", DataTypes.UINT32),
        RELATIVE_MONTH("toRelativeMonthNum", DataTypes.UINT32), RELATIVE_WEEK("toRelativeWeekNum", DataTypes.UINT32),
        RELATIVE_DAY("toRelativeDayNum", DataTypes.UINT32), RELATIVE_HOUR("toRelativeHourNum", DataTypes.UINT32),
        RELATIVE_MINUTE("toRelativeMinuteNum", DataTypes.UINT32), RELATIVE_SECOND("toRelativeSecondNum", DataTypes.UINT32);

        final String function;
        final DataType fixedType;

        Part(String f, DataType t) {
            this.function = f;
            this.fixedType = t;
        }
    }

    public static List<FunctionDefinition> all() {
        List<FunctionDefinition> out = new ArrayList<>();
        for (Part p : Part.values()) {
            FunctionDefinition f = FunctionDefinition.of(p.function, ctx -> bind(p, ctx));
            switch (p) {
                case YEAR -> f.aliases("YEAR").ci();
                case MONTH -> f.aliases("MONTH").ci();
                case DAY_OF_MONTH -> f.aliases("DAYOFMONTH", "DAY").ci();
                case DAY_OF_WEEK -> f.aliases("DAYOFWEEK").ci();
                case HOUR -> f.aliases("HOUR").ci();
                case MINUTE -> f.aliases("MINUTE").ci();
                case SECOND -> f.aliases("SECOND").ci();
                case DAY_OF_YEAR -> f.aliases("DAYOFYEAR").ci();
                case QUARTER -> f.aliases("QUARTER").ci();
                case START_OF_FIVE_MINUTES -> f.aliases("toStartOfFiveMinute");
                default -> {
                }
            }
            out.add(f);
        }
        out.add(FunctionDefinition.of("now", DateTimeFunctions::now).aliases("current_timestamp").ci().nonDeterministic());
        out.add(FunctionDefinition.of("today", ctx -> day(ctx, "today", 0)).aliases("curdate", "current_date").ci().nonDeterministic());
        out.add(FunctionDefinition.of("yesterday", ctx -> day(ctx, "yesterday", 1)).nonDeterministic());
        out.add(FunctionDefinition.of("toTime", TimeOfDayFunction::bind));
        return out;
    }

    private static BoundFunction bind(Part p, BindContext ctx) {
        // toStartOfWeek and toDayOfWeek take a mode before the time zone: (t[, mode[, tz]]).
        boolean withMode = p == Part.START_OF_WEEK || p == Part.DAY_OF_WEEK && ctx.argumentCount() > 1 && ctx.argumentType(1).isInteger();
        Arguments.countBetween(ctx, p.function, 1, withMode || p == Part.DAY_OF_WEEK ? 3 : 2);
        DataType t = ctx.argumentType(0);
        if (p == Part.UNIX_TIMESTAMP && Arguments.isString(t)) return unixTimestampOfText(ctx);
        if (!(t instanceof DateType) && !(t instanceof DateTimeType)) throw Arguments.illegalType(t, 0, p.function);
        int tzArg = withMode ? 2 : 1;
        String tz = ctx.argumentCount() > tzArg ? Arguments.constantString(ctx, tzArg, p.function) : null;
        long weekMode = withMode && ctx.argumentCount() > 1 ? Arguments.constantLong(ctx, 1, p.function) : 0;
        ZoneId zone = tz != null ? ZoneId.of(tz) : t instanceof DateTimeType dt ? dt.zoneOr(ctx.functionContext().timeZone())
                : ctx.functionContext().timeZone();
        DataType rt = p.fixedType != null ? p.fixedType
                : t instanceof DateTimeType dt && dt.is64() ? dt : DateTimeType.dateTime(tz != null ? tz : t instanceof DateTimeType dt2 ? dt2.timeZone() : null);
        boolean isDate = t instanceof DateType;
        long ticks = t instanceof DateTimeType dt && dt.is64() ? pow10(dt.scale()) : 1;
        long outTicks = rt instanceof DateTimeType rdt && rdt.is64() ? pow10(rdt.scale()) : 1;
        return Kernel.bound(rt, (args, n) -> {
            long[] v = Vectors.longs(args[0], n), r = new long[n];
            ZoneClock clock = new ZoneClock(zone);
            for (int i = 0; i < n; i++) {
                long day, second, epoch;
                if (isDate) {
                    day = v[i];
                    second = 0;
                    epoch = 0;
                } else {
                    epoch = Math.floorDiv(v[i], ticks);
                    long local = clock.toLocal(epoch);
                    day = Math.floorDiv(local, 86400);
                    second = local - day * 86400;
                }
                r[i] = switch (p) {
                    case YEAR -> CivilDates.year(day);
                    case MONTH -> CivilDates.month(day);
                    case DAY_OF_MONTH -> CivilDates.dayOfMonth(day);
                    // Modes: 0 Monday=1..7, 1 Monday=0..6, 2 Sunday=0..6, 3 Sunday=1..7.
                    case DAY_OF_WEEK -> switch ((int) (weekMode & 3)) {
                        case 0 -> CivilDates.dayOfWeek(day);
                        case 1 -> CivilDates.dayOfWeek(day) - 1;
                        case 2 -> CivilDates.dayOfWeek(day) % 7;
                        default -> CivilDates.dayOfWeek(day) % 7 + 1;
                    };
                    case HOUR -> second / 3600;
                    case MINUTE -> second / 60 % 60;
                    case SECOND -> second % 60;
                    case YYYYMM -> CivilDates.yyyymmdd(day) / 100;
                    case YYYYMMDD -> CivilDates.yyyymmdd(day);
                    case START_OF_MONTH -> CivilDates.startOfMonth(day);
                    case START_OF_YEAR -> CivilDates.startOfYear(day);
                    case START_OF_QUARTER -> CivilDates.startOfQuarter(day);
                    case MONDAY -> day - CivilDates.dayOfWeek(day) + 1;
                    // Mode 0 (the default): weeks start on Sunday.
                    case START_OF_WEEK -> (weekMode & 1) == 0 ? day - CivilDates.dayOfWeek(day) % 7 : day - CivilDates.dayOfWeek(day) + 1;
                    case START_OF_DAY -> clock.fromLocal(day * 86400) * outTicks;
                    case START_OF_HOUR -> clock.fromLocal(day * 86400 + second / 3600 * 3600) * outTicks;
                    case START_OF_MINUTE -> clock.fromLocal(day * 86400 + second / 60 * 60) * outTicks;
                    case UNIX_TIMESTAMP -> isDate ? clock.fromLocal(day * 86400) : epoch;
                    case DAY_OF_YEAR -> day - CivilDates.startOfYear(day) + 1;
                    case QUARTER -> (CivilDates.month(day) + 2) / 3;
                    case ISO_WEEK -> isoWeek(day);
                    case ISO_YEAR -> isoYear(day);
                    case START_OF_ISO_YEAR -> startOfIsoYear(isoYear(day));
                    case YYYYMMDDHHMMSS -> CivilDates.yyyymmdd(day) * 1_000_000L + second / 3600 * 10_000 + second / 60 % 60 * 100 + second % 60;
                    case START_OF_FIVE_MINUTES -> clock.fromLocal(day * 86400 + second / 300 * 300) * outTicks;
                    case START_OF_TEN_MINUTES -> clock.fromLocal(day * 86400 + second / 600 * 600) * outTicks;
                    case START_OF_FIFTEEN_MINUTES -> clock.fromLocal(day * 86400 + second / 900 * 900) * outTicks;
                    case RELATIVE_YEAR -> CivilDates.year(day);
                    case RELATIVE_QUARTER -> CivilDates.year(day) * 4L + (CivilDates.month(day) - 1) / 3;
                    case RELATIVE_MONTH -> CivilDates.year(day) * 12L + CivilDates.month(day);
                    // Weeks start on Monday; 1969-12-29 (day -3) was a Monday.
                    case RELATIVE_WEEK -> Math.floorDiv(day - CivilDates.dayOfWeek(day) + 1 + 3, 7);
                    case RELATIVE_DAY -> day;
                    case RELATIVE_HOUR -> isDate ? clock.fromLocal(day * 86400) / 3600 : Math.floorDiv(epoch, 3600);
                    case RELATIVE_MINUTE -> isDate ? clock.fromLocal(day * 86400) / 60 : Math.floorDiv(epoch, 60);
                    case RELATIVE_SECOND -> isDate ? clock.fromLocal(day * 86400) : epoch;
                };
            }
            if (rt.equals(DataTypes.DATE)) for (int i = 0; i < n; i++) r[i] = Math.max(0, Math.min(65535, r[i]));
            else if (rt instanceof DateTimeType dt && !dt.is64()) for (int i = 0; i < n; i++) r[i] &= 0xFFFF_FFFFL;
            return new LongColumn(rt, r, n);
        });
    }

    /** toUnixTimestamp(string[, tz]): the text is read as a DateTime in tz (default: the session zone). */
    private static BoundFunction unixTimestampOfText(BindContext ctx) {
        String tz = ctx.argumentCount() > 1 ? Arguments.constantString(ctx, 1, "toUnixTimestamp") : null;
        if (tz != null) DateCalcFunctions.zone(tz);
        DateTimeType parsed = DateTimeType.dateTime(tz);
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(DataTypes.UINT32, (args, n) -> {
            long[] epochs = Vectors.longs(new Converter(fc, Converter.Mode.THROW).convert(args[0], parsed), n);
            long[] r = new long[n];
            for (int i = 0; i < n; i++) r[i] = epochs[i] & 0xFFFF_FFFFL;
            return new LongColumn(DataTypes.UINT32, r, n);
        });
    }

    /** ISO 8601 week-based year: the year of the Thursday of the day's week. */
    static int isoYear(long day) {
        return CivilDates.year(day - CivilDates.dayOfWeek(day) + 4);
    }

    static long startOfIsoYear(int year) {
        long jan4 = CivilDates.dayNumber(year, 1, 4);
        return jan4 - CivilDates.dayOfWeek(jan4) + 1;
    }

    static int isoWeek(long day) {
        return (int) ((day - startOfIsoYear(isoYear(day))) / 7 + 1);
    }

    private static long pow10(int s) {
        long p = 1;
        for (int i = 0; i < s; i++) p *= 10;
        return p;
    }

    private static BoundFunction now(BindContext ctx) {
        Arguments.countBetween(ctx, "now", 0, 1);
        String tz = ctx.argumentCount() == 1 ? Arguments.constantString(ctx, 0, "now") : null;
        DataType rt = DateTimeType.dateTime(tz);
        FunctionContext fc = ctx.functionContext();
        long seconds = fc.queryStart().getEpochSecond();
        return Kernel.bound(rt, (args, n) -> new ConstColumn(new LongColumn(rt, new long[] {seconds}, 1), n));
    }

    private static BoundFunction day(BindContext ctx, String name, int daysBack) {
        Arguments.count(ctx, name, 0);
        FunctionContext fc = ctx.functionContext();
        long d = new ZoneClock(fc.timeZone()).dayNumber(fc.queryStart().getEpochSecond()) - daysBack;
        return Kernel.bound(DataTypes.DATE, (args, n) -> new ConstColumn(new LongColumn(DataTypes.DATE, new long[] {d}, 1), n));
    }
}
