package io.strata.exec.function.scalar.arithmetic;

import io.strata.core.column.BigColumn;
import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Vectors;
import java.math.BigInteger;

/** negate and abs: negate widens unsigned types to the next signed size, abs makes signed ones unsigned. */
public final class UnaryArithmetic {
    private UnaryArithmetic() {
    }

    public static BoundFunction bindNegate(BindContext ctx) {
        return bind(ctx, "negate", true);
    }

    public static BoundFunction bindAbs(BindContext ctx) {
        return bind(ctx, "abs", false);
    }

    private static BoundFunction bind(BindContext ctx, String name, boolean negate) {
        Arguments.count(ctx, name, 1);
        DataType a = ctx.argumentType(0);
        if (NumericTypes.isDecimal(a)) {
            return Kernel.bound(a, (args, n) -> switch (args[0]) {
                case LongColumn l -> {
                    long[] x = l.values(), r = new long[n];
                    for (int i = 0; i < n; i++) r[i] = negate ? -x[i] : Math.abs(x[i]);
                    yield new LongColumn(a, r, n);
                }
                default -> {
                    BigInteger[] x = Vectors.bigs(args[0], n);
                    for (int i = 0; i < n; i++) x[i] = negate ? x[i].negate() : x[i].abs();
                    yield new BigColumn(a, x, n);
                }
            });
        }
        if (NumericTypes.isWide(a)) {
            // negate(UInt128) is Int128, abs(Int256) is UInt256: the width never grows past the argument's.
            return WideArithmetic.unary(negate, NumericTypes.construct(negate, false, NumericTypes.size(a)));
        }
        if (!NumericTypes.isNative(a)) throw Arguments.illegalType(a, 0, name);
        DataType r = negate ? NumericTypes.negate(a) : NumericTypes.abs(a);
        if (NumericTypes.isFloat(a)) {
            return Kernel.bound(r, (args, n) -> {
                double[] x = Vectors.doubles(args[0], n), out = new double[n];
                for (int i = 0; i < n; i++) out[i] = negate ? -x[i] : Math.abs(x[i]);
                return new DoubleColumn(r, out, n);
            });
        }
        boolean unsignedInput = !NumericTypes.signed(a);
        return Kernel.bound(r, (args, n) -> {
            long[] x = Vectors.longs(args[0], n), out = new long[n];
            if (negate) for (int i = 0; i < n; i++) out[i] = -x[i];
            else if (unsignedInput) System.arraycopy(x, 0, out, 0, n);
            else for (int i = 0; i < n; i++) out[i] = Math.abs(x[i]); // abs(MIN) keeps its bits: as unsigned it is 2^63
            NumericTypes.wrap(out, n, r);
            return new LongColumn(r, out, n);
        });
    }

}
