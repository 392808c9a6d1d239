package io.strata.exec.function.scalar.math;

import io.strata.core.column.BigColumn;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DecimalType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.TypeId;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Vectors;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Rounding (floor, ceil, trunc, round, roundBankers), the libm-style functions (sqrt, exp, log,
 * trigonometry), pow, sign, constants, gcd/lcm, moduloOrZero/positiveModulo and bit operations.
 */
public final class MathFunctions {
    private MathFunctions() {
    }

    /** How a value is brought to an integer multiple of the rounding step. */
    enum Rounding { FLOOR, CEIL, TRUNC, HALF_AWAY, HALF_EVEN }

    public static List<FunctionDefinition> all() {
        List<FunctionDefinition> out = new ArrayList<>();
        out.add(FunctionDefinition.of("floor", ctx -> round(ctx, "floor", Rounding.FLOOR)).ci());
        out.add(FunctionDefinition.of("ceil", ctx -> round(ctx, "ceil", Rounding.CEIL)).aliases("ceiling").ci());
        out.add(FunctionDefinition.of("trunc", ctx -> round(ctx, "trunc", Rounding.TRUNC)).aliases("truncate").ci());
        // ClickHouse rounds floats half to even (it uses nearbyint) and integers/decimals half away from zero.
        out.add(FunctionDefinition.of("round", ctx -> round(ctx, "round", Rounding.HALF_AWAY)).ci());
        out.add(FunctionDefinition.of("roundBankers", ctx -> round(ctx, "roundBankers", Rounding.HALF_EVEN)));
        unary(out, "sqrt", Math::sqrt, true);
        unary(out, "cbrt", Math::cbrt, false);
        unary(out, "exp", Math::exp, true);
        unary(out, "exp2", x -> Math.pow(2, x), false);
        unary(out, "exp10", x -> Math.pow(10, x), false);
        unary(out, "log", Math::log, true, "ln");
        unary(out, "log2", x -> Math.log(x) / Math.log(2), true);
        unary(out, "log10", Math::log10, true);
        unary(out, "log1p", Math::log1p, false);
        unary(out, "sin", Math::sin, true);
        unary(out, "cos", Math::cos, true);
        unary(out, "tan", Math::tan, true);
        unary(out, "asin", Math::asin, true);
        unary(out, "acos", Math::acos, true);
        unary(out, "atan", Math::atan, true);
        unary(out, "sinh", Math::sinh, false);
        unary(out, "cosh", Math::cosh, false);
        unary(out, "tanh", Math::tanh, false);
        unary(out, "degrees", Math::toDegrees, true);
        unary(out, "radians", Math::toRadians, true);
        binary(out, "pow", Math::pow, "power");
        binary(out, "atan2", Math::atan2);
        binary(out, "hypot", Math::hypot);
        out.add(constant("pi", Math.PI));
        out.add(constant("e", Math.E));
        out.add(FunctionDefinition.of("sign", MathFunctions::sign).ci());
        out.add(FunctionDefinition.of("gcd", ctx -> gcdLcm(ctx, "gcd", false)));
        out.add(FunctionDefinition.of("lcm", ctx -> gcdLcm(ctx, "lcm", true)));
        out.add(FunctionDefinition.of("moduloOrZero", ctx -> modulo(ctx, "moduloOrZero", false)));
        out.add(FunctionDefinition.of("positiveModulo", ctx -> modulo(ctx, "positiveModulo", true)).aliases("pmod", "positive_modulo").ci());
        out.addAll(BitFunctions.all());
        out.addAll(SpecialMathFunctions.all());
        return out;
    }

    private static BoundFunction round(BindContext ctx, String name, Rounding mode) {
        Arguments.countBetween(ctx, name, 1, 2);
        DataType t = ctx.argumentType(0);
        if (!NumericTypes.isNativeOrWide(t) && !NumericTypes.isDecimal(t)) throw Arguments.illegalType(t, 0, name);
        int scale = 0;
        if (ctx.argumentCount() == 2) {
            if (!ctx.argumentType(1).isInteger()) throw Arguments.illegalType(ctx.argumentType(1), 1, name);
            scale = (int) Arguments.constantLong(ctx, 1, name);
        }
        int n10 = scale;
        if (NumericTypes.isFloat(t)) {
            Rounding m = mode == Rounding.HALF_AWAY ? Rounding.HALF_EVEN : mode;
            return Kernel.bound(t, (args, n) -> {
                double[] x = Vectors.doubles(args[0], n), r = new double[n];
                double p = Math.pow(10, Math.abs(n10));
                for (int i = 0; i < n; i++) {
                    double v = x[i];
                    if (n10 == 0) r[i] = roundDouble(v, m);
                    else if (n10 > 0) r[i] = roundDouble(v * p, m) / p;
                    else r[i] = roundDouble(v / p, m) * p;
                }
                NumericTypes.roundFloat32(r, n, t);
                return new DoubleColumn(t, r, n);
            });
        }
        // Integers and decimals: an unscaled long rounded to a multiple of 10^k.
        int valueScale = t instanceof DecimalType d ? d.scale() : 0;
        int drop = valueScale - scale;
        if (drop <= 0) return Kernel.bound(t, (args, n) -> args[0] instanceof ConstColumn c ? c.materialize() : args[0]);
        if (NumericTypes.isWide(t) || t instanceof DecimalType d && d.precision() > 18) return roundWide(t, drop, mode);
        if (drop > 18) {
            return Kernel.bound(t, (args, n) -> new LongColumn(t, new long[n], n));
        }
        long step = pow10(drop);
        boolean unsigned = Vectors.isUInt64(t);
        return Kernel.bound(t, (args, n) -> {
            long[] x = Vectors.longs(args[0], n), r = new long[n];
            for (int i = 0; i < n; i++) r[i] = roundLong(x[i], step, mode, unsigned);
            NumericTypes.wrap(r, n, t);
            return new LongColumn(t, r, n);
        });
    }

    /** Decimal128/256 and the wide integers: the unscaled BigInteger rounded to a multiple of 10^drop, type kept. */
    private static BoundFunction roundWide(DataType t, int drop, Rounding mode) {
        // 256 bits hold at most 78 digits: a coarser step leaves nothing, as the long path's drop > 18 does.
        if (drop > 78) return Kernel.bound(t, (args, n) -> new BigColumn(t, zeros(n), n));
        BigInteger step = BigInteger.TEN.pow(drop);
        return Kernel.bound(t, (args, n) -> {
            BigInteger[] x = Vectors.bigs(args[0], n), r = new BigInteger[n];
            for (int i = 0; i < n; i++) r[i] = roundBig(x[i], step, mode);
            NumericTypes.wrap(r, n, t);
            return new BigColumn(t, r, n);
        });
    }

    private static BigInteger[] zeros(int n) {
        BigInteger[] z = new BigInteger[n];
        java.util.Arrays.fill(z, BigInteger.ZERO);
        return z;
    }

    static BigInteger roundBig(BigInteger v, BigInteger step, Rounding m) {
        BigInteger[] qr = v.divideAndRemainder(step);
        BigInteger q = qr[0], rem = qr[1];
        if (rem.signum() == 0) return v;
        int twice = rem.abs().shiftLeft(1).compareTo(step);
        boolean away = switch (m) {
            case TRUNC -> false;
            case FLOOR -> rem.signum() < 0;
            case CEIL -> rem.signum() > 0;
            case HALF_AWAY -> twice >= 0;
            case HALF_EVEN -> twice > 0 || twice == 0 && q.testBit(0);
        };
        return (away ? q.add(BigInteger.valueOf(rem.signum())) : q).multiply(step);
    }

    static long pow10(int k) {
        long p = 1;
        for (int i = 0; i < k; i++) p *= 10;
        return p;
    }

    static double roundDouble(double v, Rounding m) {
        return switch (m) {
            case FLOOR -> Math.floor(v);
            case CEIL -> Math.ceil(v);
            case TRUNC -> v < 0 ? Math.ceil(v) : Math.floor(v);
            case HALF_EVEN -> Math.rint(v);
            case HALF_AWAY -> v < 0 ? -Math.floor(-v + 0.5) : Math.floor(v + 0.5);
        };
    }

    static long roundLong(long v, long step, Rounding m, boolean unsigned) {
        if (unsigned) {
            long q = Long.divideUnsigned(v, step), rem = Long.remainderUnsigned(v, step);
            boolean up = switch (m) {
                case FLOOR, TRUNC -> false;
                case CEIL -> rem != 0;
                case HALF_AWAY -> rem * 2 >= step;
                case HALF_EVEN -> rem * 2 > step || rem * 2 == step && (q & 1) == 1;
            };
            return (q + (up ? 1 : 0)) * step;
        }
        long q = v / step, rem = v % step;
        if (rem == 0) return v;
        long adj = switch (m) {
            case TRUNC -> 0;
            case FLOOR -> rem < 0 ? -1 : 0;
            case CEIL -> rem > 0 ? 1 : 0;
            case HALF_AWAY -> Math.abs(rem) * 2 >= step ? Long.signum(rem) : 0;
            case HALF_EVEN -> Math.abs(rem) * 2 > step || Math.abs(rem) * 2 == step && (q & 1) != 0 ? Long.signum(rem) : 0;
        };
        return (q + adj) * step;
    }

    private static void unary(List<FunctionDefinition> out, String name, DoubleUnaryOperator f, boolean ci, String... aliases) {
        FunctionDefinition d = FunctionDefinition.of(name, ctx -> {
            Arguments.count(ctx, name, 1);
            DataType t = ctx.argumentType(0);
            if (!NumericTypes.isNative(t) && !NumericTypes.isDecimal(t)) throw Arguments.illegalType(t, 0, name);
            // Computed and returned in Float64 whatever the argument type, as ClickHouse's vectorized math does.
            DataType rt = DataTypes.FLOAT64;
            return Kernel.bound(rt, (args, n) -> {
                double[] x = Vectors.doubles(args[0], n), r = new double[n];
                for (int i = 0; i < n; i++) r[i] = f.applyAsDouble(x[i]);
                return new DoubleColumn(rt, r, n);
            });
        });
        if (aliases.length > 0) d.aliases(aliases);
        if (ci) d.ci();
        out.add(d);
    }

    private static void binary(List<FunctionDefinition> out, String name, DoubleBinaryOperator f, String... aliases) {
        FunctionDefinition d = FunctionDefinition.of(name, ctx -> {
            Arguments.count(ctx, name, 2);
            for (int i = 0; i < 2; i++) {
                DataType t = ctx.argumentType(i);
                if (!NumericTypes.isNative(t) && !NumericTypes.isDecimal(t)) throw Arguments.illegalType(t, i, name);
            }
            return Kernel.bound(DataTypes.FLOAT64, (args, n) -> {
                double[] x = Vectors.doubles(args[0], n), y = Vectors.doubles(args[1], n), r = new double[n];
                for (int i = 0; i < n; i++) r[i] = f.applyAsDouble(x[i], y[i]);
                return new DoubleColumn(DataTypes.FLOAT64, r, n);
            });
        }).ci();
        if (aliases.length > 0) d.aliases(aliases);
        out.add(d);
    }

    private static FunctionDefinition constant(String name, double value) {
        return FunctionDefinition.of(name, ctx -> {
            Arguments.count(ctx, name, 0);
            return Kernel.bound(DataTypes.FLOAT64, (args, n) ->
                    new ConstColumn(new DoubleColumn(DataTypes.FLOAT64, new double[] {value}, 1), n));
        }).ci();
    }

    private static BoundFunction sign(BindContext ctx) {
        Arguments.count(ctx, "sign", 1);
        DataType t = ctx.argumentType(0);
        if (!NumericTypes.isNative(t) && !NumericTypes.isDecimal(t)) throw Arguments.illegalType(t, 0, "sign");
        boolean unsigned = Vectors.isUnsigned(t);
        boolean floating = NumericTypes.isFloat(t) || NumericTypes.isDecimal(t) && ((DecimalType) t).precision() > 18;
        return Kernel.bound(DataTypes.INT8, (args, n) -> {
            long[] r = new long[n];
            if (floating) {
                double[] x = Vectors.doubles(args[0], n);
                for (int i = 0; i < n; i++) r[i] = x[i] > 0 ? 1 : x[i] < 0 ? -1 : 0;
            } else {
                long[] x = Vectors.longs(args[0], n);
                for (int i = 0; i < n; i++) r[i] = unsigned ? (x[i] != 0 ? 1 : 0) : Long.signum(x[i]);
            }
            return new LongColumn(DataTypes.INT8, r, n);
        });
    }

    private static BoundFunction gcdLcm(BindContext ctx, String name, boolean lcm) {
        Arguments.count(ctx, name, 2);
        DataType a = ctx.argumentType(0), b = ctx.argumentType(1);
        if (!(a instanceof IntegerType) || !(b instanceof IntegerType)) throw Arguments.illegalTypes(a, b, name);
        DataType rt = NumericTypes.additionOrMultiplication(a, b);
        return Kernel.bound(rt, (args, n) -> {
            long[] x = Vectors.longs(args[0], n), y = Vectors.longs(args[1], n), r = new long[n];
            for (int i = 0; i < n; i++) {
                long p = Math.abs(x[i]), q = Math.abs(y[i]);
                long g = gcd(p, q);
                r[i] = lcm ? (g == 0 ? 0 : p / g * q) : g;
            }
            NumericTypes.wrap(r, n, rt);
            return new LongColumn(rt, r, n);
        });
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private static BoundFunction modulo(BindContext ctx, String name, boolean positive) {
        Arguments.count(ctx, name, 2);
        DataType a = ctx.argumentType(0), b = ctx.argumentType(1);
        if (!NumericTypes.isNative(a) || !NumericTypes.isNative(b)) throw Arguments.illegalTypes(a, b, name);
        if (NumericTypes.isFloat(a) || NumericTypes.isFloat(b)) {
            return Kernel.bound(DataTypes.FLOAT64, (args, n) -> {
                double[] x = Vectors.doubles(args[0], n), y = Vectors.doubles(args[1], n), r = new double[n];
                for (int i = 0; i < n; i++) {
                    if (y[i] == 0 && !positive) continue;
                    double m = x[i] % y[i];
                    if (positive && m < 0) m += Math.abs(y[i]);
                    r[i] = m;
                }
                return new DoubleColumn(DataTypes.FLOAT64, r, n);
            });
        }
        // positiveModulo's result is never negative: ClickHouse types it by the divisor (unsigned when a is signed).
        DataType rt = positive ? (NumericTypes.signed(a) ? NumericTypes.construct(false, false, NumericTypes.size(b)) : NumericTypes.modulo(a, b))
                : NumericTypes.modulo(a, b);
        boolean unsigned = !NumericTypes.signed(a) && !NumericTypes.signed(b);
        boolean aUnsigned64 = Vectors.isUInt64(a), bUnsigned64 = Vectors.isUInt64(b);
        return Kernel.bound(rt, (args, n) -> {
            long[] x = Vectors.longs(args[0], n), y = Vectors.longs(args[1], n), r = new long[n];
            for (int i = 0; i < n; i++) {
                long d = y[i];
                if (d == 0) {
                    if (positive) throw new DbException(ErrorCode.ILLEGAL_DIVISION, "Division by zero");
                    continue;
                }
                long m;
                if (unsigned || aUnsigned64 || bUnsigned64) m = Long.remainderUnsigned(x[i], d);
                else m = d == -1 ? 0 : x[i] % d;
                if (positive && m < 0 && !(unsigned || aUnsigned64 || bUnsigned64)) m += Math.abs(d);
                r[i] = m;
            }
            NumericTypes.wrap(r, n, rt);
            return new LongColumn(rt, r, n);
        });
    }
}
