package io.strata.exec.function.scalar.datetime;

import io.strata.core.column.LongColumn;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DateTimeType;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Vectors;
import java.util.ArrayList;
import java.util.List;

/**
 * fromUnixTimestamp64Milli/Micro/Nano (an Int64 count of ticks since the epoch as a DateTime64 of
 * that precision) and their inverses toUnixTimestamp64Milli/Micro/Nano. The official JDBC driver
 * sends every java.sql.Timestamp parameter as {@code fromUnixTimestamp64Nano(<nanos>)}.
 */
public final class UnixTimestamp64Functions {
    private UnixTimestamp64Functions() {
    }

    private static final String[] UNITS = {"Milli", "Micro", "Nano"};
    private static final int[] SCALES = {3, 6, 9};

    public static List<FunctionDefinition> all() {
        List<FunctionDefinition> out = new ArrayList<>();
        for (int i = 0; i < UNITS.length; i++) {
            int scale = SCALES[i];
            String from = "fromUnixTimestamp64" + UNITS[i];
            String to = "toUnixTimestamp64" + UNITS[i];
            out.add(FunctionDefinition.of(from, ctx -> fromTicks(ctx, from, scale)));
            out.add(FunctionDefinition.of(to, ctx -> toTicks(ctx, to, scale)));
        }
        return out;
    }

    /** The ticks are the DateTime64's own representation: the column is reused as is. */
    private static BoundFunction fromTicks(BindContext ctx, String name, int scale) {
        Arguments.countBetween(ctx, name, 1, 2);
        if (!ctx.argumentType(0).isInteger()) throw Arguments.illegalType(ctx.argumentType(0), 0, name);
        String tz = ctx.argumentCount() == 2 ? Arguments.constantString(ctx, 1, name) : null;
        if (tz != null) DateCalcFunctions.zone(tz);
        DataType rt = DateTimeType.dateTime64(scale, tz);
        return Kernel.bound(rt, (args, n) -> new LongColumn(rt, Vectors.longs(args[0], n), n));
    }

    /** Rescales a DateTime64 (or a DateTime, scale 0) to the unit; dropped digits are truncated as ClickHouse does. */
    private static BoundFunction toTicks(BindContext ctx, String name, int scale) {
        Arguments.count(ctx, name, 1);
        if (!(ctx.argumentType(0) instanceof DateTimeType t)) throw Arguments.illegalType(ctx.argumentType(0), 0, name);
        int from = Math.max(t.scale(), 0);
        long factor = DateCalcFunctions.pow10(Math.abs(scale - from));
        boolean widen = scale >= from;
        return Kernel.bound(DataTypes.INT64, (args, n) -> {
            long[] v = Vectors.longs(args[0], n), r = new long[n];
            for (int i = 0; i < n; i++) r[i] = widen ? v[i] * factor : v[i] / factor;
            return new LongColumn(DataTypes.INT64, r, n);
        });
    }
}
