package io.strata.exec.function.scalar.datetime;

import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
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
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.ValueBuffer;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.arithmetic.DateArithmetic;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Date arithmetic by name (addDays ... subtractYears, date_add, dateDiff), formatDateTime,
 * toTimeZone, fromUnixTimestamp and timezone().
 */
public final class DateCalcFunctions {
    private DateCalcFunctions() {
    }

    private static final String[] UNITS = {"Seconds", "Minutes", "Hours", "Days", "Weeks", "Months", "Quarters", "Years"};

    public static List<FunctionDefinition> all() {
        List<FunctionDefinition> out = new ArrayList<>();
        for (String units : UNITS) {
            String unit = units.substring(0, units.length() - 1);
            for (boolean plus : new boolean[] {true, false}) {
                String name = (plus ? "add" : "subtract") + units;
                out.add(FunctionDefinition.of(name, ctx -> {
                    Arguments.count(ctx, name, 2);
                    DataType t = ctx.argumentType(0);
                    if (!(t instanceof DateType) && !(t instanceof DateTimeType)) throw Arguments.illegalType(t, 0, name);
                    if (!ctx.argumentType(1).isInteger()) throw Arguments.illegalType(ctx.argumentType(1), 1, name);
                    return DateArithmetic.addUnits(t, unit, plus, ctx.functionContext().timeZone());
                }));
            }
        }
        out.add(FunctionDefinition.of("date_add", ctx -> dateAdd(ctx, "date_add", true)).aliases("dateAdd", "timestamp_add", "timeStampAdd").ci());
        out.add(FunctionDefinition.of("date_sub", ctx -> dateAdd(ctx, "date_sub", false)).aliases("dateSub", "timestamp_sub", "timeStampSub").ci());
        out.add(FunctionDefinition.of("dateDiff", DateCalcFunctions::dateDiff).aliases("date_diff", "timestampDiff", "timestamp_diff").ci());
        out.add(FunctionDefinition.of("formatDateTime", ctx -> formatDateTime(ctx, "formatDateTime")).aliases("DATE_FORMAT").ci());
        out.add(FunctionDefinition.of("toTimeZone", DateCalcFunctions::toTimeZone).aliases("toTimezone"));
        out.add(FunctionDefinition.of("fromUnixTimestamp", DateCalcFunctions::fromUnixTimestamp).aliases("FROM_UNIXTIME").ci());
        for (String flavour : new String[] {"", "US"}) {
            for (String suffix : new String[] {"", "OrNull", "OrZero"}) {
                String name = "parseDateTimeBestEffort" + flavour + suffix;
                out.add(FunctionDefinition.of(name, ctx -> bestEffort(ctx, name, flavour.equals("US"), suffix, false)));
                String name64 = "parseDateTime64BestEffort" + flavour + suffix;
                out.add(FunctionDefinition.of(name64, ctx -> bestEffort(ctx, name64, flavour.equals("US"), suffix, true)));
                if (flavour.isEmpty()) {
                    // parseDateTime32BestEffort is ClickHouse's name for the DateTime (not DateTime64) result
                    String name32 = "parseDateTime32BestEffort" + suffix;
                    out.add(FunctionDefinition.of(name32, ctx -> bestEffort(ctx, name32, false, suffix, false)));
                }
            }
        }
        out.add(FunctionDefinition.of("toStartOfInterval", DateCalcFunctions::toStartOfInterval));
        out.add(FunctionDefinition.of("toWeek", ctx -> week(ctx, "toWeek", false)).aliases("week").ci());
        out.add(FunctionDefinition.of("toYearWeek", ctx -> week(ctx, "toYearWeek", true)).aliases("yearweek").ci());
        out.add(FunctionDefinition.of("toLastDayOfMonth", ctx -> dayFunction(ctx, "toLastDayOfMonth", 0)).aliases("LAST_DAY").ci());
        out.add(FunctionDefinition.of("monthName", ctx -> dayFunction(ctx, "monthName", 1)));
        out.add(FunctionDefinition.of("makeDate", ctx -> makeDate(ctx, "makeDate", DataTypes.DATE)));
        out.add(FunctionDefinition.of("makeDate32", ctx -> makeDate(ctx, "makeDate32", DataTypes.DATE32)));
        out.add(FunctionDefinition.of("makeDateTime", DateCalcFunctions::makeDateTime));
        out.add(FunctionDefinition.of("now64", DateCalcFunctions::now64).nonDeterministic());
        out.add(FunctionDefinition.of("timezone", ctx -> {
            Arguments.count(ctx, "timezone", 0);
            String tz = ctx.functionContext().timeZone().getId();
            return Kernel.bound(DataTypes.STRING, (args, n) -> new ConstColumn(stringColumn(tz), n));
        }).aliases("timeZone", "serverTimeZone", "serverTimezone"));
        return out;
    }

    static StringColumn stringColumn(String s) {
        StringColumnBuilder b = new StringColumnBuilder(DataTypes.STRING, 1);
        b.append(s);
        return b.build();
    }

    static ZoneId zone(String tz) {
        try {
            return ZoneId.of(tz);
        } catch (DateTimeException e) {
            throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Invalid time zone: %s", tz);
        }
    }

    private static boolean isTime(DataType t) {
        return t instanceof DateType || t instanceof DateTimeType;
    }

    /** date_add(d, INTERVAL n unit) / date_add(unit, n, d) with the unit as a string. */
    private static BoundFunction dateAdd(BindContext ctx, String name, boolean plus) {
        Arguments.countBetween(ctx, name, 2, 3);
        if (ctx.argumentCount() == 2) {
            BoundFunction b = DateArithmetic.tryBind(plus, ctx.argumentType(0), ctx.argumentType(1), ctx.functionContext());
            if (b == null) throw Arguments.illegalTypes(ctx.argumentType(0), ctx.argumentType(1), name);
            return b;
        }
        String unit = canonicalUnit(Arguments.constantString(ctx, 0, name));
        DataType t = ctx.argumentType(2);
        if (!isTime(t)) throw Arguments.illegalType(t, 2, name);
        BoundFunction inner = DateArithmetic.addUnits(t, unit, plus, ctx.functionContext().timeZone());
        return Kernel.bound(inner.returnType(), (args, n) -> inner.execute(new io.strata.core.column.Column[] {args[2], args[1]}, n));
    }

    /** 'day', 'dd', 'days' ... to the interval unit name. */
    static String canonicalUnit(String u) {
        String s = u.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "nanosecond", "nanoseconds", "ns" -> "Nanosecond";
            case "microsecond", "microseconds", "us", "u" -> "Microsecond";
            case "millisecond", "milliseconds", "ms" -> "Millisecond";
            case "second", "seconds", "ss", "s" -> "Second";
            case "minute", "minutes", "mi", "n" -> "Minute";
            case "hour", "hours", "hh", "h" -> "Hour";
            case "day", "days", "dd", "d" -> "Day";
            case "week", "weeks", "wk", "ww" -> "Week";
            case "month", "months", "mm", "m" -> "Month";
            case "quarter", "quarters", "qq", "q" -> "Quarter";
            case "year", "years", "yyyy", "yy" -> "Year";
            default -> throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Function dateDiff does not support '%s' unit", u);
        };
    }

    /**
     * dateDiff('unit', a, b[, tz]): how many unit boundaries lie between a and b, i.e. the
     * difference of their relative unit numbers in the time zone (so one month from Jan 31 to Feb 1).
     */
    private static BoundFunction dateDiff(BindContext ctx) {
        Arguments.countBetween(ctx, "dateDiff", 3, 4);
        String unit = canonicalUnit(Arguments.constantString(ctx, 0, "dateDiff"));
        DataType a = ctx.argumentType(1), b = ctx.argumentType(2);
        if (!isTime(a)) throw Arguments.illegalType(a, 1, "dateDiff");
        if (!isTime(b)) throw Arguments.illegalType(b, 2, "dateDiff");
        ZoneId session = ctx.functionContext().timeZone();
        ZoneId zone = ctx.argumentCount() == 4 ? zone(Arguments.constantString(ctx, 3, "dateDiff"))
                : a instanceof DateTimeType da ? da.zoneOr(session) : b instanceof DateTimeType db ? db.zoneOr(session) : session;
        return Kernel.bound(DataTypes.INT64, (args, n) -> {
            long[] x = Vectors.longs(args[1], n), y = Vectors.longs(args[2], n), r = new long[n];
            ZoneClock clock = new ZoneClock(zone);
            for (int i = 0; i < n; i++) r[i] = relative(unit, y[i], b, clock) - relative(unit, x[i], a, clock);
            return new LongColumn(DataTypes.INT64, r, n);
        });
    }

    private static long relative(String unit, long v, DataType t, ZoneClock clock) {
        long perSecond = switch (unit) {
            case "Millisecond" -> 1_000L;
            case "Microsecond" -> 1_000_000L;
            case "Nanosecond" -> 1_000_000_000L;
            default -> 0;
        };
        if (perSecond != 0) return subsecondNumber(v, t, perSecond, clock);
        long epoch, day, local;
        if (t instanceof DateType) {
            day = v;
            epoch = clock.startOfDay(day);
            local = day * 86400;
        } else {
            DateTimeType dt = (DateTimeType) t;
            epoch = dt.is64() ? Math.floorDiv(v, pow10(dt.scale())) : v;
            local = clock.toLocal(epoch);
            day = Math.floorDiv(local, 86400);
        }
        return switch (unit) {
            case "Second" -> epoch;
            // Like toRelativeHourNum: counted on the instant, so a DST change does not add an hour.
            case "Minute" -> Math.floorDiv(epoch, 60);
            case "Hour" -> Math.floorDiv(epoch, 3600);
            case "Day" -> day;
            case "Week" -> Math.floorDiv(day - CivilDates.dayOfWeek(day) + 1 + 3, 7);
            case "Month" -> CivilDates.year(day) * 12L + CivilDates.month(day) - 1;
            case "Quarter" -> CivilDates.year(day) * 4L + (CivilDates.month(day) - 1) / 3;
            default -> CivilDates.year(day);
        };
    }

    /**
     * The instant counted in units of 1/perSecond s. A finer DateTime64 is divided (truncating toward
     * zero, as ClickHouse's integer division does), a coarser one or a DateTime/Date multiplied.
     */
    private static long subsecondNumber(long v, DataType t, long perSecond, ZoneClock clock) {
        if (t instanceof DateType) return clock.startOfDay(v) * perSecond;
        DateTimeType dt = (DateTimeType) t;
        if (!dt.is64()) return v * perSecond;
        long ticks = pow10(dt.scale());
        if (ticks == perSecond) return v;
        return ticks > perSecond ? v / (ticks / perSecond) : v * (perSecond / ticks);
    }

    static long pow10(int s) {
        long p = 1;
        for (int i = 0; i < s; i++) p *= 10;
        return p;
    }

    private static BoundFunction toTimeZone(BindContext ctx) {
        Arguments.count(ctx, "toTimeZone", 2);
        DataType t = ctx.argumentType(0);
        String tz = Arguments.constantString(ctx, 1, "toTimeZone");
        zone(tz);
        // Only the type's zone changes: the instant (the stored value) stays the same.
        DataType rt = switch (t) {
            case DateTimeType dt when dt.is64() -> DateTimeType.dateTime64(dt.scale(), tz);
            case DateTimeType dt -> DateTimeType.dateTime(tz);
            default -> throw Arguments.illegalType(t, 0, "toTimeZone");
        };
        return Kernel.bound(rt, (args, n) -> new LongColumn(rt, Vectors.longs(args[0], n), n));
    }

    private static BoundFunction fromUnixTimestamp(BindContext ctx) {
        Arguments.countBetween(ctx, "fromUnixTimestamp", 1, 3);
        DataType t = ctx.argumentType(0);
        if (!(t instanceof io.strata.core.type.IntegerType)) throw Arguments.illegalType(t, 0, "fromUnixTimestamp");
        if (ctx.argumentCount() >= 2 && Arguments.isString(ctx.argumentType(1)) && ctx.argumentCount() == 3
                || ctx.argumentCount() == 2 && Arguments.constantString(ctx, 1, "fromUnixTimestamp").contains("%")) {
            return formatDateTime(ctx, "fromUnixTimestamp");
        }
        String tz = ctx.argumentCount() == 2 ? Arguments.constantString(ctx, 1, "fromUnixTimestamp") : null;
        if (tz != null) zone(tz);
        DataType rt = DateTimeType.dateTime(tz);
        return Kernel.bound(rt, (args, n) -> {
            long[] v = Vectors.longs(args[0], n), r = new long[n];
            for (int i = 0; i < n; i++) r[i] = v[i] & 0xFFFF_FFFFL;
            return new LongColumn(rt, r, n);
        });
    }

    /** parseDateTimeBestEffort[US][OrNull|OrZero](s[, tz]) and the DateTime64 variants (s[, scale[, tz]]). */
    private static BoundFunction bestEffort(BindContext ctx, String name, boolean us, String suffix, boolean wide) {
        Arguments.countBetween(ctx, name, 1, wide ? 3 : 2);
        if (!Arguments.isString(ctx.argumentType(0))) throw Arguments.illegalType(ctx.argumentType(0), 0, name);
        int scale = wide && ctx.argumentCount() >= 2 ? (int) Arguments.constantLong(ctx, 1, name) : wide ? 3 : 0;
        if (scale < 0 || scale > 9) throw DbException.of(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Scale %d is out of bounds (max scale: 9)", scale);
        int tzArg = wide ? 2 : 1;
        String tz = ctx.argumentCount() > tzArg ? Arguments.constantString(ctx, tzArg, name) : null;
        ZoneId zone = tz != null ? zone(tz) : ctx.functionContext().timeZone();
        DateTimeType base = wide ? DateTimeType.dateTime64(scale, tz) : DateTimeType.dateTime(tz);
        boolean orNull = suffix.equals("OrNull"), orZero = suffix.equals("OrZero");
        DataType rt = orNull ? new io.strata.core.type.NullableType(base) : base;
        long ticks = pow10(scale);
        return Kernel.bound(rt, (args, n) -> {
            StringColumn s = (StringColumn) Vectors.dense(args[0]);
            BestEffortParser parser = new BestEffortParser(us);
            ZoneClock clock = new ZoneClock(zone);
            long[] r = new long[n];
            byte[] nulls = orNull ? new byte[n] : null;
            for (int i = 0; i < n; i++) {
                String text = s.getString(i);
                if (!parser.parse(text)) {
                    if (orNull) nulls[i] = 1;
                    else if (!orZero) throw DbException.of(ErrorCode.CANNOT_PARSE_DATETIME, "Cannot read DateTime: unexpected text '%s'", text);
                    continue;
                }
                long epoch = parser.isTimestamp ? parser.localSeconds
                        : parser.hasOffset ? parser.localSeconds - parser.offsetSeconds : clock.fromLocal(parser.localSeconds);
                r[i] = wide ? epoch * ticks + parser.fractionNanos / (1_000_000_000L / ticks) : epoch & 0xFFFF_FFFFL;
            }
            LongColumn values = new LongColumn(base, r, n);
            return orNull ? new io.strata.core.column.NullableColumn(rt, values, nulls) : values;
        });
    }

    /** The local day number of each row (Date values as they are, DateTime values in their zone). */
    private static long[] days(Column c, DataType t, ZoneId session, int n) {
        long[] v = Vectors.longs(c, n);
        if (t instanceof DateType) return v;
        DateTimeType dt = (DateTimeType) t;
        long ticks = dt.is64() ? pow10(dt.scale()) : 1;
        ZoneClock clock = new ZoneClock(dt.zoneOr(session));
        long[] r = new long[n];
        for (int i = 0; i < n; i++) r[i] = Math.floorDiv(clock.toLocal(Math.floorDiv(v[i], ticks)), 86400);
        return r;
    }

    private static BoundFunction week(BindContext ctx, String name, boolean yearWeek) {
        Arguments.countBetween(ctx, name, 1, 3);
        DataType t = ctx.argumentType(0);
        if (!isTime(t)) throw Arguments.illegalType(t, 0, name);
        int mode = ctx.argumentCount() >= 2 ? (int) Arguments.constantLong(ctx, 1, name) : 0;
        DataType rt = yearWeek ? DataTypes.UINT32 : DataTypes.UINT8;
        ZoneId session = ctx.argumentCount() == 3 ? zone(Arguments.constantString(ctx, 2, name)) : ctx.functionContext().timeZone();
        DataType source = ctx.argumentCount() == 3 && t instanceof DateTimeType dt ? (dt.is64() ? DateTimeType.dateTime64(dt.scale(), session.getId())
                : DateTimeType.dateTime(session.getId())) : t;
        return Kernel.bound(rt, (args, n) -> {
            long[] d = days(args[0], source, session, n), r = new long[n];
            for (int i = 0; i < n; i++) {
                long packed = WeekModes.week(d[i], mode, yearWeek);
                r[i] = yearWeek ? packed : packed % 100;
            }
            return new LongColumn(rt, r, n);
        });
    }

    /** kind 0: toLastDayOfMonth (Date), 1: monthName (String). */
    private static BoundFunction dayFunction(BindContext ctx, String name, int kind) {
        Arguments.count(ctx, name, 1);
        DataType t = ctx.argumentType(0);
        if (!isTime(t)) throw Arguments.illegalType(t, 0, name);
        ZoneId session = ctx.functionContext().timeZone();
        if (kind == 1) {
            return Kernel.bound(DataTypes.STRING, (args, n) -> {
                long[] d = days(args[0], t, session, n);
                StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
                for (int i = 0; i < n; i++) out.append(MONTHS[CivilDates.month(d[i]) - 1]);
                return out.build();
            });
        }
        DataType rt = t instanceof DateType dt && dt.isDate32() ? DataTypes.DATE32 : DataTypes.DATE;
        return Kernel.bound(rt, (args, n) -> {
            long[] d = days(args[0], t, session, n), r = new long[n];
            for (int i = 0; i < n; i++) {
                long first = CivilDates.startOfMonth(d[i]);
                r[i] = first + CivilDates.daysInMonth(CivilDates.year(first), CivilDates.month(first)) - 1;
            }
            return new LongColumn(rt, r, n);
        });
    }

    private static void requireNumbers(BindContext ctx, String name, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!NumericTypes.isNative(ctx.argumentType(i)) && !NumericTypes.isDecimal(ctx.argumentType(i))) {
                throw Arguments.illegalType(ctx.argumentType(i), i, name);
            }
        }
    }

    /** makeDate(year, month, day) or makeDate(year, day_of_year); out-of-range parts give the zero date. */
    private static BoundFunction makeDate(BindContext ctx, String name, DataType rt) {
        Arguments.countBetween(ctx, name, 2, 3);
        requireNumbers(ctx, name, 0, ctx.argumentCount());
        boolean ordinal = ctx.argumentCount() == 2;
        boolean date32 = rt.equals(DataTypes.DATE32);
        return Kernel.bound(rt, (args, n) -> {
            long[] y = Vectors.longs(args[0], n), m = Vectors.longs(args[1], n), d = ordinal ? null : Vectors.longs(args[2], n);
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                long day;
                if (ordinal) {
                    day = m[i] < 1 ? Long.MIN_VALUE : CivilDates.dayNumber(y[i], 1, 1) + m[i] - 1;
                } else if (m[i] < 1 || m[i] > 12 || d[i] < 1 || d[i] > CivilDates.daysInMonth(y[i], m[i])) {
                    day = Long.MIN_VALUE;
                } else {
                    day = CivilDates.dayNumber(y[i], m[i], d[i]);
                }
                long min = date32 ? CivilDates.dayNumber(1900, 1, 1) : 0, max = date32 ? CivilDates.dayNumber(2299, 12, 31) : 65535;
                r[i] = day < min || day > max ? (date32 ? min : 0) : day;
            }
            return new LongColumn(rt, r, n);
        });
    }

    private static BoundFunction makeDateTime(BindContext ctx) {
        Arguments.countBetween(ctx, "makeDateTime", 6, 7);
        requireNumbers(ctx, "makeDateTime", 0, 6);
        String tz = ctx.argumentCount() == 7 ? Arguments.constantString(ctx, 6, "makeDateTime") : null;
        ZoneId zone = tz != null ? zone(tz) : ctx.functionContext().timeZone();
        DataType rt = DateTimeType.dateTime(tz);
        return Kernel.bound(rt, (args, n) -> {
            long[][] p = new long[6][];
            for (int k = 0; k < 6; k++) p[k] = Vectors.longs(args[k], n);
            ZoneClock clock = new ZoneClock(zone);
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                long y = p[0][i], mo = p[1][i], d = p[2][i], h = p[3][i], mi = p[4][i], s = p[5][i];
                if (mo < 1 || mo > 12 || d < 1 || d > CivilDates.daysInMonth(y, mo) || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) continue;
                long epoch = clock.fromLocal(CivilDates.dayNumber(y, mo, d) * 86400 + h * 3600 + mi * 60 + s);
                r[i] = epoch < 0 || epoch > 0xFFFF_FFFFL ? 0 : epoch;
            }
            return new LongColumn(rt, r, n);
        });
    }

    private static BoundFunction now64(BindContext ctx) {
        Arguments.countBetween(ctx, "now64", 0, 2);
        int scale = ctx.argumentCount() >= 1 ? (int) Arguments.constantLong(ctx, 0, "now64") : 3;
        if (scale < 0 || scale > 9) throw DbException.of(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Scale %d is out of bounds (max scale: 9)", scale);
        String tz = ctx.argumentCount() == 2 ? Arguments.constantString(ctx, 1, "now64") : null;
        if (tz != null) zone(tz);
        DataType rt = DateTimeType.dateTime64(scale, tz);
        java.time.Instant start = ctx.functionContext().queryStart();
        long value = start.getEpochSecond() * pow10(scale) + start.getNano() / (1_000_000_000L / pow10(scale));
        return Kernel.bound(rt, (args, n) -> new ConstColumn(new LongColumn(rt, new long[] {value}, 1), n));
    }

    /** toStartOfInterval(t, INTERVAL n unit[, tz]): t rounded down to a multiple of n units counted from the epoch. */
    private static BoundFunction toStartOfInterval(BindContext ctx) {
        Arguments.countBetween(ctx, "toStartOfInterval", 2, 3);
        DataType t = ctx.argumentType(0);
        if (!isTime(t)) throw Arguments.illegalType(t, 0, "toStartOfInterval");
        if (!(ctx.argumentType(1) instanceof io.strata.core.type.SimpleLongType it) || it.intervalUnit() == null) {
            throw Arguments.illegalType(ctx.argumentType(1), 1, "toStartOfInterval");
        }
        String unit = it.intervalUnit();
        Column stepColumn = ctx.constantArgument(1);
        if (stepColumn == null) throw DbException.of(ErrorCode.ILLEGAL_COLUMN, "Second argument of function toStartOfInterval must be a constant interval");
        long step = Vectors.longs(stepColumn, 1)[0];
        if (step <= 0) throw DbException.of(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Value for second argument of function toStartOfInterval must be positive");
        String tz = ctx.argumentCount() == 3 ? Arguments.constantString(ctx, 2, "toStartOfInterval") : null;
        int unitScale = switch (unit) {
            case "Millisecond" -> 3;
            case "Microsecond" -> 6;
            case "Nanosecond" -> 9;
            default -> -1;
        };
        if (unitScale > 0) {
            // sub-second steps: only a DateTime64 at least that fine has them; zone offsets are whole
            // seconds, so the ticks are floored as they are and the type (scale, zone) is kept
            if (!(t instanceof DateTimeType dt64) || !dt64.is64() || dt64.scale() < unitScale) {
                throw Arguments.illegalType(ctx.argumentType(1), 1, "toStartOfInterval");
            }
            DataType rt64 = tz != null ? DateTimeType.dateTime64(dt64.scale(), tz) : dt64;
            long width = step * pow10(dt64.scale() - unitScale);
            return Kernel.bound(rt64, (args, n) -> {
                long[] v = Vectors.longs(args[0], n), r = new long[n];
                for (int i = 0; i < n; i++) r[i] = Math.floorDiv(v[i], width) * width;
                return new LongColumn(rt64, r, n);
            });
        }
        ZoneId zone = tz != null ? zone(tz) : t instanceof DateTimeType dt ? dt.zoneOr(ctx.functionContext().timeZone()) : ctx.functionContext().timeZone();
        boolean dateResult = switch (unit) {
            case "Day", "Week", "Month", "Quarter", "Year" -> true;
            default -> false;
        };
        if (!dateResult && t instanceof DateType) throw Arguments.illegalType(ctx.argumentType(1), 1, "toStartOfInterval");
        DataType rt = dateResult ? DataTypes.DATE : DateTimeType.dateTime(tz != null ? tz : ((DateTimeType) t).timeZone());
        boolean isDate = t instanceof DateType;
        long ticks = t instanceof DateTimeType dt && dt.is64() ? pow10(dt.scale()) : 1;
        return Kernel.bound(rt, (args, n) -> {
            long[] v = Vectors.longs(args[0], n), r = new long[n];
            ZoneClock clock = new ZoneClock(zone);
            for (int i = 0; i < n; i++) {
                long local = isDate ? v[i] * 86400 : clock.toLocal(Math.floorDiv(v[i], ticks));
                long day = Math.floorDiv(local, 86400);
                r[i] = switch (unit) {
                    case "Second" -> clock.fromLocal(Math.floorDiv(local, step) * step);
                    case "Minute" -> clock.fromLocal(Math.floorDiv(local, 60 * step) * 60 * step);
                    case "Hour" -> clock.fromLocal(Math.floorDiv(local, 3600 * step) * 3600 * step);
                    case "Day" -> Math.floorDiv(day, step) * step;
                    // Weeks start on Monday; day -3 (1969-12-29) is a Monday.
                    case "Week" -> Math.floorDiv(day + 3, 7 * step) * 7 * step - 3;
                    default -> {
                        long months = CivilDates.year(day) * 12L + CivilDates.month(day) - 1;
                        long per = unit.equals("Month") ? step : unit.equals("Quarter") ? 3 * step : 12 * step;
                        long start = Math.floorDiv(months, per) * per;
                        yield CivilDates.dayNumber(Math.floorDiv(start, 12), Math.floorMod(start, 12) + 1, 1);
                    }
                };
                if (!dateResult) r[i] &= 0xFFFF_FFFFL;
            }
            return new LongColumn(rt, r, n);
        });
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final String[] MONTH_ABBREVIATIONS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    /** formatDateTime(t, 'format'[, tz]) with ClickHouse's MySQL-style codes. */
    private static BoundFunction formatDateTime(BindContext ctx, String name) {
        Arguments.countBetween(ctx, name, 2, 3);
        DataType t = ctx.argumentType(0);
        boolean integerSeconds = t instanceof io.strata.core.type.IntegerType;
        if (!isTime(t) && !integerSeconds) throw Arguments.illegalType(t, 0, name);
        String format = Arguments.constantString(ctx, 1, name);
        ZoneId session = ctx.functionContext().timeZone();
        ZoneId zone = ctx.argumentCount() == 3 ? zone(Arguments.constantString(ctx, 2, name))
                : t instanceof DateTimeType dt ? dt.zoneOr(session) : session;
        boolean isDate = t instanceof DateType;
        int scale = t instanceof DateTimeType dt && dt.is64() ? dt.scale() : 0;
        long ticks = pow10(scale);
        for (int k = 0; k < format.length(); k++) {
            if (format.charAt(k) == '%') {
                if (k + 1 >= format.length()) throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Sign '%%' is the last in format, if you need it, use '%%%%'");
                char c = format.charAt(++k);
                // Modern ClickHouse knows these codes only: no %A or %B, no %E; the MySQL week codes
                // %U %v %x %X are reserved but not implemented.
                if ("UvxX".indexOf(c) >= 0) {
                    throw DbException.of(ErrorCode.NOT_IMPLEMENTED, "format is not supported for %s", switch (c) {
                        case 'U' -> "WEEK (Sun-Sat)";
                        case 'v' -> "WEEK (Mon-Sun)";
                        case 'x' -> "YEAR for week (Mon-Sun)";
                        default -> "YEAR for week (Sun-Sat)";
                    });
                }
                if ("abcCdDefFgGhHiIjklmMnpQrRsStTuVwWyYz%".indexOf(c) < 0) {
                    throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Incorrect syntax '%s', symbol is not supported '%s' for function %s", format, c, name);
                }
            }
        }
        byte[] fmt = format.getBytes(StandardCharsets.UTF_8);
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            long[] v = Vectors.longs(args[0], n);
            ZoneClock clock = new ZoneClock(zone);
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            ValueBuffer sb = new ValueBuffer();
            for (int i = 0; i < n; i++) {
                long day, sec, frac = 0, epoch;
                if (isDate) {
                    day = v[i];
                    sec = 0;
                    epoch = clock.startOfDay(day);
                } else {
                    epoch = Math.floorDiv(v[i], ticks);
                    frac = Math.floorMod(v[i], ticks);
                    long local = clock.toLocal(epoch);
                    day = Math.floorDiv(local, 86400);
                    sec = local - day * 86400;
                }
                format(sb.reset(), fmt, day, sec, frac, scale, epoch, clock);
                sb.appendTo(out);
            }
            return out.build();
        });
    }

    private static void pad(ValueBuffer sb, long v, int width, char fill) {
        sb.appendNumber(v, width, (byte) fill);
    }

    private static void format(ValueBuffer sb, byte[] f, long day, long sec, long frac, int scale, long epoch, ZoneClock clock) {
        int year = CivilDates.year(day), month = CivilDates.month(day), dom = CivilDates.dayOfMonth(day), dow = CivilDates.dayOfWeek(day);
        long hour = sec / 3600, minute = sec / 60 % 60, second = sec % 60;
        long hour12 = hour % 12 == 0 ? 12 : hour % 12;
        for (int k = 0; k < f.length; k++) {
            byte c = f[k];
            if (c != '%') {
                sb.append(c);
                continue;
            }
            char code = (char) f[++k];
            switch (code) {
                case 'a' -> sb.appendAscii(DAYS[dow - 1].substring(0, 3));
                case 'W' -> sb.appendAscii(DAYS[dow - 1]);
                case 'b' -> sb.appendAscii(MONTH_ABBREVIATIONS[month - 1]);
                case 'M' -> sb.appendAscii(MONTHS[month - 1]);
                case 'c', 'm' -> pad(sb, month, 2, '0');
                case 'C' -> pad(sb, year / 100, 2, '0');
                case 'd' -> pad(sb, dom, 2, '0');
                case 'D' -> {
                    pad(sb, month, 2, '0');
                    sb.append((byte) '/');
                    pad(sb, dom, 2, '0');
                    sb.append((byte) '/');
                    pad(sb, year % 100, 2, '0');
                }
                case 'e' -> pad(sb, dom, 2, ' ');
                case 'f' -> {
                    if (scale == 0) sb.appendAscii("000000");
                    else pad(sb, frac, scale, '0');
                }
                case 'F' -> {
                    pad(sb, year, 4, '0');
                    sb.append((byte) '-');
                    pad(sb, month, 2, '0');
                    sb.append((byte) '-');
                    pad(sb, dom, 2, '0');
                }
                case 'g' -> pad(sb, DateTimeFunctions.isoYear(day) % 100, 2, '0');
                case 'G' -> pad(sb, DateTimeFunctions.isoYear(day), 4, '0');
                case 'h', 'I' -> pad(sb, hour12, 2, '0');
                case 'H' -> pad(sb, hour, 2, '0');
                case 'i' -> pad(sb, minute, 2, '0');
                case 'j' -> pad(sb, day - CivilDates.startOfYear(day) + 1, 3, '0');
                case 'k' -> pad(sb, hour, 2, ' ');
                case 'l' -> pad(sb, hour12, 2, ' ');
                case 'n' -> sb.append((byte) '\n');
                case 'p' -> sb.appendAscii(hour < 12 ? "AM" : "PM");
                case 'Q' -> sb.appendNumber((month + 2) / 3, 1, (byte) '0');
                case 'r' -> {
                    pad(sb, hour12, 2, '0');
                    sb.append((byte) ':');
                    pad(sb, minute, 2, '0');
                    sb.appendAscii(hour < 12 ? " AM" : " PM");
                }
                case 'R' -> {
                    pad(sb, hour, 2, '0');
                    sb.append((byte) ':');
                    pad(sb, minute, 2, '0');
                }
                case 's', 'S' -> pad(sb, second, 2, '0');
                case 't' -> sb.append((byte) '\t');
                case 'T' -> {
                    pad(sb, hour, 2, '0');
                    sb.append((byte) ':');
                    pad(sb, minute, 2, '0');
                    sb.append((byte) ':');
                    pad(sb, second, 2, '0');
                }
                case 'u' -> sb.appendNumber(dow, 1, (byte) '0');
                case 'V' -> pad(sb, DateTimeFunctions.isoWeek(day), 2, '0');
                case 'w' -> sb.appendNumber(dow % 7, 1, (byte) '0');
                case 'y' -> pad(sb, year % 100, 2, '0');
                case 'Y' -> pad(sb, year, 4, '0');
                case 'z' -> {
                    long off = clock.offsetAt(epoch);
                    sb.append((byte) (off < 0 ? '-' : '+'));
                    off = Math.abs(off);
                    pad(sb, off / 3600, 2, '0');
                    pad(sb, off / 60 % 60, 2, '0');
                }
                default -> sb.append((byte) code);
            }
        }
    }
}
