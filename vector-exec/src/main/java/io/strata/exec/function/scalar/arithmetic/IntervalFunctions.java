package io.strata.exec.function.scalar.arithmetic;

import io.strata.core.column.LongColumn;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Vectors;
import java.util.ArrayList;
import java.util.List;

/** toIntervalSecond(n) ... toIntervalYear(n): the number, typed as an interval of that unit. */
public final class IntervalFunctions {
    private IntervalFunctions() {
    }

    public static List<FunctionDefinition> all() {
        List<FunctionDefinition> out = new ArrayList<>();
        for (String unit : DataTypes.INTERVAL_UNITS) {
            String name = "toInterval" + unit;
            DataType rt = DataTypes.interval(unit);
            out.add(FunctionDefinition.of(name, ctx -> {
                Arguments.count(ctx, name, 1);
                DataType a = ctx.argumentType(0);
                if (!NumericTypes.isNative(a)) throw Arguments.illegalType(a, 0, name);
                return Kernel.bound(rt, (args, n) -> {
                    long[] v = Vectors.longs(args[0], n);
                    long[] r = java.util.Arrays.copyOf(v, n);
                    return new LongColumn(rt, r, n);
                });
            }));
        }
        return out;
    }
}
