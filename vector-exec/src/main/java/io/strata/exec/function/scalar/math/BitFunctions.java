package io.strata.exec.function.scalar.math;

import io.strata.core.column.LongColumn;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.IntegerType;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Vectors;
import java.util.List;

/** bitAnd/bitOr/bitXor/bitNot and the shifts on integers, computed in 64 bits then wrapped to the result width. */
final class BitFunctions {
    private BitFunctions() {
    }

    private enum Op { AND, OR, XOR, SHIFT_LEFT, SHIFT_RIGHT }

    static List<FunctionDefinition> all() {
        return List.of(
                FunctionDefinition.of("bitAnd", ctx -> binary(ctx, "bitAnd", Op.AND)),
                FunctionDefinition.of("bitOr", ctx -> binary(ctx, "bitOr", Op.OR)),
                FunctionDefinition.of("bitXor", ctx -> binary(ctx, "bitXor", Op.XOR)),
                FunctionDefinition.of("bitShiftLeft", ctx -> binary(ctx, "bitShiftLeft", Op.SHIFT_LEFT)),
                FunctionDefinition.of("bitShiftRight", ctx -> binary(ctx, "bitShiftRight", Op.SHIFT_RIGHT)),
                FunctionDefinition.of("bitNot", BitFunctions::not),
                FunctionDefinition.of("bitCount", BitFunctions::count));
    }

    private static BoundFunction binary(BindContext ctx, String name, Op op) {
        Arguments.count(ctx, name, 2);
        DataType a = ctx.argumentType(0), b = ctx.argumentType(1);
        if (!(a instanceof IntegerType) || !(b instanceof IntegerType)) throw Arguments.illegalTypes(a, b, name);
        DataType rt = op == Op.SHIFT_LEFT || op == Op.SHIFT_RIGHT ? a
                : NumericTypes.construct(NumericTypes.signed(a) || NumericTypes.signed(b), false, Math.max(NumericTypes.size(a), NumericTypes.size(b)));
        boolean unsignedLeft = !NumericTypes.signed(a);
        return Kernel.bound(rt, (args, n) -> {
            long[] x = Vectors.longs(args[0], n), y = Vectors.longs(args[1], n), r = new long[n];
            switch (op) {
                case AND -> { for (int i = 0; i < n; i++) r[i] = x[i] & y[i]; }
                case OR -> { for (int i = 0; i < n; i++) r[i] = x[i] | y[i]; }
                case XOR -> { for (int i = 0; i < n; i++) r[i] = x[i] ^ y[i]; }
                case SHIFT_LEFT -> { for (int i = 0; i < n; i++) r[i] = y[i] >= 64 || y[i] < 0 ? 0 : x[i] << y[i]; }
                case SHIFT_RIGHT -> {
                    for (int i = 0; i < n; i++) {
                        if (y[i] >= 64 || y[i] < 0) r[i] = 0;
                        else r[i] = unsignedLeft ? x[i] >>> y[i] : x[i] >> y[i];
                    }
                }
            }
            NumericTypes.wrap(r, n, rt);
            return new LongColumn(rt, r, n);
        });
    }

    private static BoundFunction not(BindContext ctx) {
        Arguments.count(ctx, "bitNot", 1);
        DataType a = ctx.argumentType(0);
        if (!(a instanceof IntegerType)) throw Arguments.illegalType(a, 0, "bitNot");
        DataType rt = NumericTypes.construct(NumericTypes.signed(a), false, NumericTypes.size(a));
        return Kernel.bound(rt, (args, n) -> {
            long[] x = Vectors.longs(args[0], n), r = new long[n];
            for (int i = 0; i < n; i++) r[i] = ~x[i];
            NumericTypes.wrap(r, n, rt);
            return new LongColumn(rt, r, n);
        });
    }

    private static BoundFunction count(BindContext ctx) {
        Arguments.count(ctx, "bitCount", 1);
        DataType a = ctx.argumentType(0);
        if (!(a instanceof IntegerType)) throw Arguments.illegalType(a, 0, "bitCount");
        int bits = NumericTypes.size(a) * 8;
        long mask = bits == 64 ? -1L : (1L << bits) - 1;
        return Kernel.bound(io.strata.core.type.DataTypes.UINT8, (args, n) -> {
            long[] x = Vectors.longs(args[0], n), r = new long[n];
            for (int i = 0; i < n; i++) r[i] = Long.bitCount(x[i] & mask);
            return new LongColumn(io.strata.core.type.DataTypes.UINT8, r, n);
        });
    }
}
