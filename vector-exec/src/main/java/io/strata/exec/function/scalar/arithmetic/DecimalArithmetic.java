package io.strata.exec.function.scalar.arithmetic;

import io.strata.core.column.BigColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DecimalType;
import io.strata.core.type.IntegerType;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.arithmetic.BinaryArithmetic.Op;
import java.math.BigInteger;

/**
 * Decimal arithmetic with ClickHouse's result types: the wider storage of the two (Decimal32,
 * 64, 128, 256 at its maximum precision 9/18/38/76) with scale max(sa, sb) for + and -,
 * sa + sb for *, and the dividend's scale for /; an integer operand keeps the decimal's width.
 * With a float operand the result is Float64. Results up to precision 18 are computed on longs
 * with overflow checks; wider ones on BigIntegers (rare types, simplicity first).
 */
final class DecimalArithmetic {
    private DecimalArithmetic() {
    }

    static BoundFunction bind(Op op, DataType a, DataType b) {
        boolean okA = a instanceof DecimalType || a instanceof IntegerType || NumericTypes.isFloat(a);
        boolean okB = b instanceof DecimalType || b instanceof IntegerType || NumericTypes.isFloat(b);
        if (!okA || !okB || op == Op.INT_DIV || op == Op.INT_DIV_OR_ZERO || op == Op.MODULO) {
            throw Arguments.illegalTypes(a, b, op.function);
        }
        if (NumericTypes.isFloat(a) || NumericTypes.isFloat(b)) {
            return Kernel.bound(DataTypes.FLOAT64, (args, n) -> {
                double[] x = Vectors.doubles(args[0], n), y = Vectors.doubles(args[1], n), r = new double[n];
                switch (op) {
                    case PLUS -> { for (int i = 0; i < n; i++) r[i] = x[i] + y[i]; }
                    case MINUS -> { for (int i = 0; i < n; i++) r[i] = x[i] - y[i]; }
                    case MULTIPLY -> { for (int i = 0; i < n; i++) r[i] = x[i] * y[i]; }
                    default -> { for (int i = 0; i < n; i++) r[i] = x[i] / y[i]; }
                }
                return new DoubleColumn(DataTypes.FLOAT64, r, n);
            });
        }
        int sa = a instanceof DecimalType d ? d.scale() : 0, sb = b instanceof DecimalType d ? d.scale() : 0;
        int bitsA = a instanceof DecimalType d ? d.bits() : 0, bitsB = b instanceof DecimalType d ? d.bits() : 0;
        int bits = Math.max(bitsA, bitsB);
        int precision = bits == 32 ? 9 : bits == 64 ? 18 : bits == 128 ? 38 : 76;
        int scale = switch (op) {
            case MULTIPLY -> sa + sb;
            case DIVIDE -> a instanceof DecimalType ? sa : sb;
            default -> Math.max(sa, sb);
        };
        if (scale > precision) {
            throw DbException.of(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Decimal result's scale %d is out of bounds for precision %d", scale, precision);
        }
        DecimalType rt = DataTypes.decimal(precision, scale);
        // Unscaled operands are brought to the result scale: a * 10^ka, b * 10^kb; division
        // computes (a * 10^(scale - sa + sb)) / b.
        int ka = op == Op.PLUS || op == Op.MINUS ? scale - sa : 0;
        int kb = op == Op.PLUS || op == Op.MINUS ? scale - sb : 0;
        int kd = op == Op.DIVIDE ? scale - sa + sb : 0;
        if (precision <= 18) {
            long ma = pow10(ka), mb = pow10(kb), md = pow10(kd);
            boolean narrow = precision <= 9;
            return Kernel.bound(rt, (args, n) -> {
                long[] x = Vectors.longs(args[0], n), y = Vectors.longs(args[1], n), r = new long[n];
                try {
                    switch (op) {
                        case PLUS -> { for (int i = 0; i < n; i++) r[i] = Math.addExact(Math.multiplyExact(x[i], ma), Math.multiplyExact(y[i], mb)); }
                        case MINUS -> { for (int i = 0; i < n; i++) r[i] = Math.subtractExact(Math.multiplyExact(x[i], ma), Math.multiplyExact(y[i], mb)); }
                        case MULTIPLY -> { for (int i = 0; i < n; i++) r[i] = Math.multiplyExact(x[i], y[i]); }
                        default -> {
                            for (int i = 0; i < n; i++) {
                                if (y[i] == 0) throw BinaryArithmetic.divisionByZero();
                                r[i] = Math.multiplyExact(x[i], md) / y[i];
                            }
                        }
                    }
                } catch (ArithmeticException e) {
                    throw overflow();
                }
                if (narrow) for (int i = 0; i < n; i++) if (r[i] != (int) r[i]) throw overflow();
                return new LongColumn(rt, r, n);
            });
        }
        BigInteger ma = BigInteger.TEN.pow(ka), mb = BigInteger.TEN.pow(kb), md = BigInteger.TEN.pow(kd);
        BigInteger limit = BigInteger.ONE.shiftLeft(bits - 1);
        return Kernel.bound(rt, (args, n) -> {
            BigInteger[] x = Vectors.bigs(args[0], n), y = Vectors.bigs(args[1], n), r = new BigInteger[n];
            for (int i = 0; i < n; i++) {
                BigInteger v = switch (op) {
                    case PLUS -> x[i].multiply(ma).add(y[i].multiply(mb));
                    case MINUS -> x[i].multiply(ma).subtract(y[i].multiply(mb));
                    case MULTIPLY -> x[i].multiply(y[i]);
                    default -> {
                        if (y[i].signum() == 0) throw BinaryArithmetic.divisionByZero();
                        yield x[i].multiply(md).divide(y[i]);
                    }
                };
                if (v.compareTo(limit) >= 0 || v.compareTo(limit.negate()) < 0) throw overflow();
                r[i] = v;
            }
            return new BigColumn(rt, r, n);
        });
    }

    static long pow10(int k) {
        long p = 1;
        for (int i = 0; i < k; i++) p *= 10;
        return p;
    }

    private static DbException overflow() {
        return new DbException(ErrorCode.DECIMAL_OVERFLOW, "Decimal math overflow");
    }
}
