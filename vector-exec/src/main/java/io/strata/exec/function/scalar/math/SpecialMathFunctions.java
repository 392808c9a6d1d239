package io.strata.exec.function.scalar.math;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.IntegerType;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Supertypes;
import io.strata.exec.function.scalar.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The inverse hyperbolic functions, erf/erfc/lgamma/tgamma (Java's Math has none of them), the
 * bucket roundings (roundToExp2, roundDuration, roundAge, roundDown) and the bit rotations and
 * bit tests.
 */
final class SpecialMathFunctions {
    private SpecialMathFunctions() {
    }

    /** roundDuration's buckets in seconds, as ClickHouse's (a value maps to the largest bucket not above it). */
    private static final long[] DURATION_BUCKETS = {0, 1, 10, 30, 60, 120, 180, 240, 300, 600, 1200, 1800, 3600, 7200, 18000, 36000};
    /** roundAge's buckets: 1..17 collapse to 17, then 18, 25, 35, 45, 55. */
    private static final long[] AGE_BUCKETS = {0, 17, 18, 25, 35, 45, 55};
    private static final long[] AGE_LOWER = {0, 1, 18, 25, 35, 45, 55};

    static List<FunctionDefinition> all() {
        List<FunctionDefinition> out = new ArrayList<>();
        unary(out, "asinh", SpecialMathFunctions::asinh);
        unary(out, "acosh", x -> x < 1 ? Double.NaN : Math.log(x + Math.sqrt(x * x - 1)));
        unary(out, "atanh", x -> 0.5 * Math.log1p(2 * x / (1 - x)));
        unary(out, "erf", SpecialMathFunctions::erf);
        unary(out, "erfc", SpecialMathFunctions::erfc);
        unary(out, "lgamma", SpecialMathFunctions::lgamma);
        unary(out, "tgamma", SpecialMathFunctions::tgamma);
        out.add(FunctionDefinition.of("roundToExp2", SpecialMathFunctions::roundToExp2));
        out.add(FunctionDefinition.of("roundDuration", ctx -> buckets(ctx, "roundDuration", DURATION_BUCKETS, DURATION_BUCKETS, DataTypes.UINT16)));
        out.add(FunctionDefinition.of("roundAge", ctx -> buckets(ctx, "roundAge", AGE_LOWER, AGE_BUCKETS, DataTypes.UINT8)));
        out.add(FunctionDefinition.of("roundDown", SpecialMathFunctions::roundDown));
        out.add(FunctionDefinition.of("bitRotateLeft", ctx -> rotate(ctx, "bitRotateLeft", true)));
        out.add(FunctionDefinition.of("bitRotateRight", ctx -> rotate(ctx, "bitRotateRight", false)));
        out.add(FunctionDefinition.of("bitTest", ctx -> bitTest(ctx, "bitTest", 2, 2, true)));
        out.add(FunctionDefinition.of("bitTestAll", ctx -> bitTest(ctx, "bitTestAll", 2, Integer.MAX_VALUE, true)));
        out.add(FunctionDefinition.of("bitTestAny", ctx -> bitTest(ctx, "bitTestAny", 2, Integer.MAX_VALUE, false)));
        return out;
    }

    private static void unary(List<FunctionDefinition> out, String name, DoubleUnaryOperator f) {
        out.add(FunctionDefinition.of(name, ctx -> {
            Arguments.count(ctx, name, 1);
            DataType t = ctx.argumentType(0);
            if (!NumericTypes.isNativeOrWide(t) && !NumericTypes.isDecimal(t)) throw Arguments.illegalType(t, 0, name);
            return Kernel.bound(DataTypes.FLOAT64, (args, n) -> {
                double[] x = Vectors.doubles(args[0], n), r = new double[n];
                for (int i = 0; i < n; i++) r[i] = f.applyAsDouble(x[i]);
                return new DoubleColumn(DataTypes.FLOAT64, r, n);
            });
        }));
    }

    private static double asinh(double x) {
        // odd function: computing on |x| avoids the cancellation of x + sqrt(x*x + 1) for negative x
        double a = Math.abs(x);
        double r = a < 1e-8 ? a : Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }

    /** erf by its Maclaurin series near zero and through erfc's continued fraction further out. */
    static double erf(double x) {
        if (Double.isNaN(x)) return x;
        double a = Math.abs(x);
        if (a < 2.5) {
            double term = a, sum = a, x2 = a * a;
            for (int k = 1; k < 100; k++) {
                term *= -x2 / k;
                double add = term / (2 * k + 1);
                sum += add;
                if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
            }
            return Math.copySign(2 / Math.sqrt(Math.PI) * sum, x);
        }
        return Math.copySign(1 - erfcPositive(a), x);
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) return x;
        if (x >= 2.5) return erfcPositive(x);
        if (x <= -2.5) return 2 - erfcPositive(-x);
        return 1 - erf(x);
    }

    /** erfc(x) for x >= 2.5: exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), evaluated from the tail. */
    private static double erfcPositive(double x) {
        if (x > 27) return 0;
        double f = x;
        for (int k = 60; k >= 1; k--) f = x + (k / 2.0) / f;
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
    }

    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};

    /** log|Gamma(x)| by the Lanczos approximation (g = 7), with the reflection formula below 1/2. */
    static double lgamma(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
        if (x <= 0 && x == Math.rint(x)) return Double.POSITIVE_INFINITY;
        // Gamma(1) = Gamma(2) = 1 exactly: the series would leave a tiny residue (and round(.., n) a -0)
        if (x == 1 || x == 2) return 0;
        if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
        double y = x - 1, s = LANCZOS[0], t = y + 7.5;
        for (int i = 1; i < LANCZOS.length; i++) s += LANCZOS[i] / (y + i);
        return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(s);
    }

    static double tgamma(double x) {
        if (Double.isNaN(x)) return x;
        if (x == 0) return Math.copySign(Double.POSITIVE_INFINITY, x);
        if (x < 0 && x == Math.rint(x)) return Double.NaN;
        if (x == Math.rint(x) && x <= 171) {
            // exact factorials for whole arguments: the products stay exact up to 22!
            double r = 1;
            for (int i = 2; i < (int) x; i++) r *= i;
            return r;
        }
        if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * tgamma(1 - x));
        return Math.exp(lgamma(x));
    }

    private static BoundFunction roundToExp2(BindContext ctx) {
        Arguments.count(ctx, "roundToExp2", 1);
        DataType t = ctx.argumentType(0);
        if (!NumericTypes.isNative(t)) throw Arguments.illegalType(t, 0, "roundToExp2");
        if (NumericTypes.isFloat(t)) {
            return Kernel.bound(t, (args, n) -> {
                double[] x = Vectors.doubles(args[0], n), r = new double[n];
                for (int i = 0; i < n; i++) r[i] = x[i] <= 0 || Double.isNaN(x[i]) ? 0 : Math.pow(2, Math.floor(Math.log(x[i]) / Math.log(2)));
                NumericTypes.roundFloat32(r, n, t);
                return new DoubleColumn(t, r, n);
            });
        }
        boolean unsigned = Vectors.isUnsigned(t);
        return Kernel.bound(t, (args, n) -> {
            long[] x = Vectors.longs(args[0], n), r = new long[n];
            for (int i = 0; i < n; i++) r[i] = !unsigned && x[i] <= 0 || x[i] == 0 ? 0 : Long.highestOneBit(x[i]);
            return new LongColumn(t, r, n);
        });
    }

    private static BoundFunction buckets(BindContext ctx, String name, long[] lower, long[] value, DataType rt) {
        Arguments.count(ctx, name, 1);
        DataType t = ctx.argumentType(0);
        if (!NumericTypes.isNative(t)) throw Arguments.illegalType(t, 0, name);
        return Kernel.bound(rt, (args, n) -> {
            double[] x = Vectors.doubles(args[0], n);
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                int k = 0;
                while (k + 1 < lower.length && x[i] >= lower[k + 1]) k++;
                r[i] = value[k];
            }
            return new LongColumn(rt, r, n);
        });
    }

    /** roundDown(x, [b1, b2, ...]): the largest bound not above x, or the first bound when x is below all of them. */
    private static BoundFunction roundDown(BindContext ctx) {
        Arguments.count(ctx, "roundDown", 2);
        DataType t = ctx.argumentType(0);
        if (!NumericTypes.isNative(t)) throw Arguments.illegalType(t, 0, "roundDown");
        if (!(ctx.argumentType(1) instanceof ArrayType at) || !NumericTypes.isNative(at.element())) {
            throw Arguments.illegalType(ctx.argumentType(1), 1, "roundDown");
        }
        DataType rt = Supertypes.leastSupertype(t, at.element());
        boolean floating = NumericTypes.isFloat(rt);
        return Kernel.bound(rt, (args, n) -> {
            ArrayColumn arr = (ArrayColumn) Vectors.dense(args[1]);
            Column el = arr.elements();
            double[] bd = Vectors.doubles(el, el.size());
            long[] bl = floating ? null : Vectors.longs(el, el.size());
            double[] x = Vectors.doubles(args[0], n);
            long[] xl = floating ? null : Vectors.longs(args[0], n);
            double[] rd = floating ? new double[n] : null;
            long[] rl = floating ? null : new long[n];
            for (int i = 0; i < n; i++) {
                int from = arr.start(i), to = from + arr.length(i);
                int best = -1, lowest = from;
                for (int k = from; k < to; k++) {
                    if (bd[k] < bd[lowest]) lowest = k;
                    if (bd[k] <= x[i] && (best < 0 || bd[k] > bd[best])) best = k;
                }
                if (best < 0) best = lowest;
                if (to == from) {
                    if (floating) rd[i] = x[i];
                    else rl[i] = xl[i];
                } else if (floating) {
                    rd[i] = bd[best];
                } else {
                    rl[i] = bl[best];
                }
            }
            if (floating) {
                NumericTypes.roundFloat32(rd, n, rt);
                return new DoubleColumn(rt, rd, n);
            }
            return new LongColumn(rt, rl, n);
        });
    }

    private static BoundFunction rotate(BindContext ctx, String name, boolean left) {
        Arguments.count(ctx, name, 2);
        DataType a = ctx.argumentType(0), b = ctx.argumentType(1);
        if (!(a instanceof IntegerType) || !(b instanceof IntegerType)) throw Arguments.illegalTypes(a, b, name);
        int bits = NumericTypes.size(a) * 8;
        long mask = bits == 64 ? -1L : (1L << bits) - 1;
        // ClickHouse rotates with C shifts, so a signed value's right shift drags its sign bit in
        // (bitRotateLeft(toInt8(-127), 1) = -1): that is reproduced rather than a pure rotation.
        boolean signed = NumericTypes.signed(a);
        return Kernel.bound(a, (args, n) -> {
            long[] x = Vectors.longs(args[0], n), y = Vectors.longs(args[1], n), r = new long[n];
            for (int i = 0; i < n; i++) {
                long v = signed ? x[i] : x[i] & mask;
                int s = (int) Math.floorMod(y[i], (long) bits);
                if (s == 0) {
                    r[i] = v;
                    continue;
                }
                int toHigh = left ? s : bits - s, toLow = bits - toHigh;
                long high = v << toHigh, low = signed ? v >> toLow : v >>> toLow;
                r[i] = (high | low) & mask;
            }
            NumericTypes.wrap(r, n, a);
            return new LongColumn(a, r, n);
        });
    }

    private static BoundFunction bitTest(BindContext ctx, String name, int min, int max, boolean all) {
        Arguments.countBetween(ctx, name, min, max);
        for (int k = 0; k < ctx.argumentCount(); k++) {
            if (!(ctx.argumentType(k) instanceof IntegerType)) throw Arguments.illegalType(ctx.argumentType(k), k, name);
        }
        return Kernel.bound(DataTypes.UINT8, (args, n) -> {
            long[] x = Vectors.longs(args[0], n), r = new long[n];
            long[][] positions = new long[args.length - 1][];
            for (int k = 1; k < args.length; k++) positions[k - 1] = Vectors.longs(args[k], n);
            for (int i = 0; i < n; i++) {
                boolean acc = all;
                for (long[] p : positions) {
                    boolean set = p[i] >= 0 && p[i] < 64 && (x[i] >>> p[i] & 1) != 0;
                    acc = all ? acc && set : acc || set;
                }
                r[i] = acc ? 1 : 0;
            }
            return new LongColumn(DataTypes.UINT8, r, n);
        });
    }
}
