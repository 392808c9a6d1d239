package io.strata.exec.function.scalar.nulls;

import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.column.NothingColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Vectors;

/** isZeroOrNull(x): 1 where a number is 0 or NULL (the WHERE-clause test of "no value"). */
final class ZeroOrNull {
    private ZeroOrNull() {
    }

    static BoundFunction bind(BindContext ctx) {
        Arguments.count(ctx, "isZeroOrNull", 1);
        DataType t = ctx.argumentType(0).unwrap();
        boolean nothing = t.equals(DataTypes.NOTHING);
        if (!nothing && !NumericTypes.isNativeOrWide(t) && !NumericTypes.isDecimal(t)) throw Arguments.illegalType(ctx.argumentType(0), 0, "isZeroOrNull");
        boolean floating = NumericTypes.isFloat(t);
        return Kernel.bound(DataTypes.UINT8, (args, n) -> {
            Column c = Vectors.dense(args[0]);
            long[] r = new long[n];
            if (c instanceof NothingColumn || nothing) {
                java.util.Arrays.fill(r, 1);
                return new LongColumn(DataTypes.UINT8, r, n);
            }
            Column values = c instanceof NullableColumn nc ? nc.values() : c;
            if (floating) {
                double[] v = Vectors.doubles(values, n);
                for (int i = 0; i < n; i++) r[i] = c.isNullAt(i) || v[i] == 0 ? 1 : 0;
            } else if (NumericTypes.isWide(t)) {
                var v = Vectors.bigs(values, n);
                for (int i = 0; i < n; i++) r[i] = c.isNullAt(i) || v[i].signum() == 0 ? 1 : 0;
            } else {
                long[] v = Vectors.longs(values, n);
                for (int i = 0; i < n; i++) r[i] = c.isNullAt(i) || v[i] == 0 ? 1 : 0;
            }
            return new LongColumn(DataTypes.UINT8, r, n);
        });
    }
}
