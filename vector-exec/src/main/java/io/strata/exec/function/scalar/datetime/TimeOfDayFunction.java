package io.strata.exec.function.scalar.datetime;

import io.strata.core.column.LongColumn;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DateTimeType;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Vectors;
import java.time.ZoneId;

/**
 * toTime(t[, tz]) as ClickHouse 18.16 defines it: the time of day of t moved to the fixed date
 * 1970-01-02 in the zone (a DateTime, so times of day compare and subtract as DateTimes).
 */
final class TimeOfDayFunction {
    private TimeOfDayFunction() {
    }

    private static final long FIXED_DAY = 1;

    static BoundFunction bind(BindContext ctx) {
        Arguments.countBetween(ctx, "toTime", 1, 2);
        DataType t = ctx.argumentType(0);
        if (!(t instanceof DateTimeType dt)) throw Arguments.illegalType(t, 0, "toTime");
        String tz = ctx.argumentCount() == 2 ? Arguments.constantString(ctx, 1, "toTime") : dt.timeZone();
        ZoneId zone = tz != null ? DateCalcFunctions.zone(tz) : ctx.functionContext().timeZone();
        DateTimeType rt = DateTimeType.dateTime(tz);
        long ticks = dt.is64() ? (long) Math.pow(10, dt.scale()) : 1;
        return Kernel.bound(rt, (args, n) -> {
            long[] v = Vectors.longs(args[0], n), r = new long[n];
            ZoneClock clock = new ZoneClock(zone);
            for (int i = 0; i < n; i++) {
                long local = clock.toLocal(Math.floorDiv(v[i], ticks));
                long second = Math.floorMod(local, 86400L);
                r[i] = clock.fromLocal(FIXED_DAY * 86400 + second) & 0xFFFF_FFFFL;
            }
            return new LongColumn(rt, r, n);
        });
    }
}
