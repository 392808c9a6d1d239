package io.strata.exec.function.scalar.conversion;

import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DateTimeType;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.conversion.Converter.Mode;

/** toString(datetime, 'zone'): the same instants printed as wall-clock time in another zone. */
final class DateTimeText {
    private DateTimeText() {
    }

    static BoundFunction inZone(BindContext ctx, String name, DateTimeType from, String zone) {
        DateTimeType shown = from.is64() ? DateTimeType.dateTime64(from.scale(), zone) : DateTimeType.dateTime(zone);
        var fc = ctx.functionContext();
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            Column values = new LongColumn(shown, Vectors.longs(args[0], n), n);
            return new Converter(fc, Mode.THROW).convert(values, DataTypes.STRING);
        });
    }
}
