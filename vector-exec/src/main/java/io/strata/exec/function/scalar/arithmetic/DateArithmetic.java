package io.strata.exec.function.scalar.arithmetic;

import io.strata.core.column.LongColumn;
import io.strata.core.function.FunctionContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DateTimeType;
import io.strata.core.type.DateType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.SimpleLongType;
import io.strata.core.type.TypeId;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.datetime.CivilDates;
import io.strata.exec.function.scalar.datetime.ZoneClock;
import java.time.ZoneId;

/**
 * plus/minus involving Date, Date32, DateTime, DateTime64 and Interval types: Date + n adds
 * days, DateTime + n adds seconds, Date - Date is a day count, and intervals follow the calendar
 * of the value's time zone (months clamp to the month's last day, days keep the wall-clock time).
 */
public final class DateArithmetic {
    private DateArithmetic() {
    }

    static boolean isDate(DataType t) {
        return t instanceof DateType;
    }

    static boolean isDateTime(DataType t) {
        return t instanceof DateTimeType;
    }

    static boolean isInterval(DataType t) {
        return t.id() == TypeId.INTERVAL;
    }

    /** A bound kernel, or null when neither argument is a date or an interval. */
    public static BoundFunction tryBind(boolean plus, DataType a, DataType b, FunctionContext fc) {
        boolean aTime = isDate(a) || isDateTime(a), bTime = isDate(b) || isDateTime(b);
        if (!aTime && !bTime && !isInterval(a) && !isInterval(b)) return null;
        String name = plus ? "plus" : "minus";
        ZoneId session = fc.timeZone();
        if (aTime && b instanceof IntegerType) return addNumber(a, 0, plus, session);
        if (plus && bTime && a instanceof IntegerType) return addNumber(b, 1, true, session);
        if (aTime && isInterval(b)) return addInterval(a, (SimpleLongType) b, 0, plus, session);
        if (plus && bTime && isInterval(a)) return addInterval(b, (SimpleLongType) a, 1, true, session);
        if (isInterval(a) && a.equals(b)) {
            return Kernel.bound(a, (args, n) -> {
                long[] x = Vectors.longs(args[0], n), y = Vectors.longs(args[1], n), r = new long[n];
                for (int i = 0; i < n; i++) r[i] = plus ? x[i] + y[i] : x[i] - y[i];
                return new LongColumn(a, r, n);
            });
        }
        if (!plus && aTime && bTime) return difference(a, b);
        throw Arguments.illegalTypes(a, b, name);
    }

    /** addDays(d, n) and friends: {@code d} moved by {@code n} units, the same kernel as {@code d + INTERVAL n unit}. */
    public static BoundFunction addUnits(DataType t, String unit, boolean plus, ZoneId session) {
        return addInterval(t, DataTypes.interval(unit), 0, plus, session);
    }

    private static long wrapDate(DataType t, long v) {
        if (t instanceof DateType d) return d.isDate32() ? (int) v : v & 0xFFFFL;
        if (t instanceof DateTimeType dt && !dt.is64()) return v & 0xFFFF_FFFFL;
        return v;
    }

    private static long pow10(int s) {
        long p = 1;
        for (int i = 0; i < s; i++) p *= 10;
        return p;
    }

    private static BoundFunction addNumber(DataType dateType, int dateArg, boolean plus, ZoneId session) {
        long unit = dateType instanceof DateTimeType dt && dt.is64() ? pow10(dt.scale()) : 1;
        return Kernel.bound(dateType, (args, n) -> {
            long[] d = Vectors.longs(args[dateArg], n), k = Vectors.longs(args[1 - dateArg], n), r = new long[n];
            for (int i = 0; i < n; i++) r[i] = wrapDate(dateType, plus ? d[i] + k[i] * unit : d[i] - k[i] * unit);
            return new LongColumn(dateType, r, n);
        });
    }

    private static BoundFunction difference(DataType a, DataType b) {
        if (isDate(a) && isDate(b)) {
            return Kernel.bound(DataTypes.INT32, (args, n) -> {
                long[] x = Vectors.longs(args[0], n), y = Vectors.longs(args[1], n), r = new long[n];
                for (int i = 0; i < n; i++) r[i] = (int) (x[i] - y[i]);
                return new LongColumn(DataTypes.INT32, r, n);
            });
        }
        if (a instanceof DateTimeType da && b instanceof DateTimeType db && !da.is64() && !db.is64()) {
            return Kernel.bound(DataTypes.INT32, (args, n) -> {
                long[] x = Vectors.longs(args[0], n), y = Vectors.longs(args[1], n), r = new long[n];
                for (int i = 0; i < n; i++) r[i] = (int) (x[i] - y[i]);
                return new LongColumn(DataTypes.INT32, r, n);
            });
        }
        throw Arguments.illegalTypes(a, b, "minus");
    }

    private static BoundFunction addInterval(DataType t, SimpleLongType interval, int dateArg, boolean plus, ZoneId session) {
        String unit = interval.intervalUnit();
        long seconds = switch (unit) {
            case "Second" -> 1;
            case "Minute" -> 60;
            case "Hour" -> 3600;
            default -> 0;
        };
        long days = switch (unit) {
            case "Day" -> 1;
            case "Week" -> 7;
            default -> 0;
        };
        long months = switch (unit) {
            case "Month" -> 1;
            case "Quarter" -> 3;
            case "Year" -> 12;
            default -> 0;
        };
        long sign = plus ? 1 : -1;
        int subSecondScale = switch (unit) {
            case "Millisecond" -> 3;
            case "Microsecond" -> 6;
            case "Nanosecond" -> 9;
            default -> -1;
        };
        if (subSecondScale > 0 && t instanceof DateTimeType from) {
            // DateTime[64] moved by a sub-second unit: DateTime64 with the finer of the two scales
            int fromScale = from.is64() ? from.scale() : 0;
            int scale = Math.max(fromScale, subSecondScale);
            DateTimeType rt = DateTimeType.dateTime64(scale, from.timeZone());
            long up = pow10(scale - fromScale), step = sign * pow10(scale - subSecondScale);
            return Kernel.bound(rt, (args, n) -> {
                long[] d = Vectors.longs(args[dateArg], n), k = Vectors.longs(args[1 - dateArg], n), r = new long[n];
                for (int i = 0; i < n; i++) r[i] = d[i] * up + k[i] * step;
                return new LongColumn(rt, r, n);
            });
        }
        if (seconds == 0 && days == 0 && months == 0) {
            throw Arguments.illegalTypes(dateArg == 0 ? t : interval, dateArg == 0 ? interval : t, plus ? "plus" : "minus");
        }
        if (t instanceof DateType dateType) {
            if (seconds > 0) {
                // A date moved by a time unit becomes a DateTime at local midnight of the session zone.
                DataType rt = DataTypes.DATETIME;
                return Kernel.bound(rt, (args, n) -> {
                    long[] d = Vectors.longs(args[dateArg], n), k = Vectors.longs(args[1 - dateArg], n), r = new long[n];
                    ZoneClock clock = new ZoneClock(session);
                    for (int i = 0; i < n; i++) r[i] = (clock.startOfDay(d[i]) + sign * k[i] * seconds) & 0xFFFF_FFFFL;
                    return new LongColumn(rt, r, n);
                });
            }
            return Kernel.bound(dateType, (args, n) -> {
                long[] d = Vectors.longs(args[dateArg], n), k = Vectors.longs(args[1 - dateArg], n), r = new long[n];
                if (days > 0) for (int i = 0; i < n; i++) r[i] = wrapDate(dateType, d[i] + sign * k[i] * days);
                else for (int i = 0; i < n; i++) r[i] = wrapDate(dateType, CivilDates.addMonths(d[i], sign * k[i] * months));
                return new LongColumn(dateType, r, n);
            });
        }
        DateTimeType dt = (DateTimeType) t;
        long ticks = dt.is64() ? pow10(dt.scale()) : 1;
        return Kernel.bound(dt, (args, n) -> {
            long[] d = Vectors.longs(args[dateArg], n), k = Vectors.longs(args[1 - dateArg], n), r = new long[n];
            if (seconds > 0) {
                long step = seconds * ticks * sign;
                for (int i = 0; i < n; i++) r[i] = wrapDate(dt, d[i] + k[i] * step);
            } else {
                ZoneClock clock = new ZoneClock(dt.zoneOr(session));
                for (int i = 0; i < n; i++) {
                    long sec = Math.floorDiv(d[i], ticks), frac = Math.floorMod(d[i], ticks);
                    long local = clock.toLocal(sec);
                    long day = Math.floorDiv(local, 86400), time = Math.floorMod(local, 86400);
                    long newDay = days > 0 ? day + sign * k[i] * days : CivilDates.addMonths(day, sign * k[i] * months);
                    r[i] = wrapDate(dt, clock.fromLocal(newDay * 86400 + time) * ticks + frac);
                }
            }
            return new LongColumn(dt, r, n);
        });
    }
}
