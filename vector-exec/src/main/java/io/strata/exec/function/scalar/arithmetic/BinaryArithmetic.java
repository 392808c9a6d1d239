package io.strata.exec.function.scalar.arithmetic;

import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Vectors;

/**
 * plus, minus, multiply, divide, intDiv, intDivOrZero and modulo on native numbers; dates,
 * intervals and decimals are delegated to {@link DateArithmetic} and {@link DecimalArithmetic}.
 * Integer results are computed in 64-bit two's complement and then wrapped to the result width,
 * which is exactly C's (and so ClickHouse's) overflow behaviour.
 */
public final class BinaryArithmetic {
    private BinaryArithmetic() {
    }

    public enum Op {
        PLUS("plus"), MINUS("minus"), MULTIPLY("multiply"), DIVIDE("divide"), INT_DIV("intDiv"),
        INT_DIV_OR_ZERO("intDivOrZero"), MODULO("modulo");

        final String function;

        Op(String function) {
            this.function = function;
        }
    }

    public static BoundFunction bind(Op op, BindContext ctx) {
        Arguments.count(ctx, op.function, 2);
        DataType a = ctx.argumentType(0), b = ctx.argumentType(1);
        BoundFunction tupled = TupleArithmetic.tryBind(op, a, b, ctx.functionContext());
        if (tupled != null) return tupled;
        if (op == Op.PLUS || op == Op.MINUS) {
            BoundFunction dated = DateArithmetic.tryBind(op == Op.PLUS, a, b, ctx.functionContext());
            if (dated != null) return dated;
        }
        if (NumericTypes.isDecimal(a) || NumericTypes.isDecimal(b)) {
            return DecimalArithmetic.bind(op, a, b);
        }
        if (!NumericTypes.isNativeOrWide(a) || !NumericTypes.isNativeOrWide(b)) throw Arguments.illegalTypes(a, b, op.function);
        boolean floating = NumericTypes.isFloat(a) || NumericTypes.isFloat(b);
        if (!floating && (NumericTypes.isWide(a) || NumericTypes.isWide(b))) {
            DataType r = switch (op) {
                case PLUS, MULTIPLY -> NumericTypes.additionOrMultiplication(a, b);
                case MINUS -> NumericTypes.subtraction(a, b);
                case DIVIDE -> DataTypes.FLOAT64;
                case INT_DIV, INT_DIV_OR_ZERO -> NumericTypes.integerDivision(a, b);
                case MODULO -> NumericTypes.modulo(a, b);
            };
            return op == Op.DIVIDE ? floatKernel(op, r) : WideArithmetic.bind(op, r);
        }
        if ((op == Op.INT_DIV || op == Op.INT_DIV_OR_ZERO) && (NumericTypes.isWide(a) || NumericTypes.isWide(b))) {
            throw Arguments.illegalTypes(a, b, op.function); // a float and a wide integer: not supported yet
        }
        return switch (op) {
            case PLUS, MULTIPLY -> {
                DataType r = NumericTypes.additionOrMultiplication(a, b);
                yield floating ? floatKernel(op, r) : intKernel(op, r);
            }
            case MINUS -> {
                DataType r = NumericTypes.subtraction(a, b);
                yield floating ? floatKernel(op, r) : intKernel(op, r);
            }
            case DIVIDE -> floatKernel(op, DataTypes.FLOAT64);
            case INT_DIV, INT_DIV_OR_ZERO -> {
                DataType r = NumericTypes.integerDivision(a, b);
                boolean unsigned = !NumericTypes.signed(a) && !NumericTypes.signed(b);
                ConstantDivisor cd = floating ? null : constantDivisor(ctx, b);
                yield floating ? floatIntDivKernel(op == Op.INT_DIV_OR_ZERO, r)
                        : cd != null ? constantDivisorKernel(cd, false, NumericTypes.signed(a), r)
                        : intDivKernel(op == Op.INT_DIV_OR_ZERO, false, unsigned, r);
            }
            case MODULO -> {
                DataType r = NumericTypes.modulo(a, b);
                boolean unsigned = !NumericTypes.signed(a) && !NumericTypes.signed(b);
                ConstantDivisor cd = floating ? null : constantDivisor(ctx, b);
                yield floating ? floatKernel(op, r)
                        : cd != null ? constantDivisorKernel(cd, true, NumericTypes.signed(a), r)
                        : intDivKernel(false, true, unsigned, r);
            }
        };
    }

    private static BoundFunction intKernel(Op op, DataType resultType) {
        return constantAware(resultType, (args, n) -> {
            long[] x = Vectors.longs(args[0], n);
            long[] r = new long[n];
            if (args[1] instanceof ConstColumn c) {
                // x + 1, x * 2...: the constant stays a scalar instead of an expanded column
                long y = Vectors.longs(c.value(), 1)[0];
                switch (op) {
                    case PLUS -> { for (int i = 0; i < n; i++) r[i] = x[i] + y; }
                    case MINUS -> { for (int i = 0; i < n; i++) r[i] = x[i] - y; }
                    case MULTIPLY -> { for (int i = 0; i < n; i++) r[i] = x[i] * y; }
                    default -> throw new IllegalStateException(op.name());
                }
            } else {
                long[] y = Vectors.longs(args[1], n);
                switch (op) {
                    case PLUS -> { for (int i = 0; i < n; i++) r[i] = x[i] + y[i]; }
                    case MINUS -> { for (int i = 0; i < n; i++) r[i] = x[i] - y[i]; }
                    case MULTIPLY -> { for (int i = 0; i < n; i++) r[i] = x[i] * y[i]; }
                    default -> throw new IllegalStateException(op.name());
                }
            }
            NumericTypes.wrap(r, n, resultType);
            return new LongColumn(resultType, r, n);
        });
    }

    /**
     * A kernel that takes Const arguments as they are: Vectors fills a constant first argument, and
     * the kernel keeps a constant second one as a scalar. Both constant never reaches it (the call
     * folds to a constant).
     */
    private static BoundFunction constantAware(DataType resultType, java.util.function.BiFunction<Column[], Integer, Column> kernel) {
        return new BoundFunction() {
            @Override
            public DataType returnType() {
                return resultType;
            }

            @Override
            public boolean acceptsConstArguments() {
                return true;
            }

            @Override
            public Column execute(Column[] args, int n) {
                return kernel.apply(args, n);
            }
        };
    }

    private static BoundFunction floatKernel(Op op, DataType resultType) {
        return constantAware(resultType, (args, n) -> {
            double[] x = Vectors.doubles(args[0], n);
            double[] r = new double[n];
            if (args[1] instanceof ConstColumn c) {
                double y = Vectors.doubles(c.value(), 1)[0];
                switch (op) {
                    case PLUS -> { for (int i = 0; i < n; i++) r[i] = x[i] + y; }
                    case MINUS -> { for (int i = 0; i < n; i++) r[i] = x[i] - y; }
                    case MULTIPLY -> { for (int i = 0; i < n; i++) r[i] = x[i] * y; }
                    case DIVIDE -> { for (int i = 0; i < n; i++) r[i] = x[i] / y; }
                    case MODULO -> { for (int i = 0; i < n; i++) r[i] = x[i] % y; }
                    default -> throw new IllegalStateException(op.name());
                }
            } else {
                double[] y = Vectors.doubles(args[1], n);
                switch (op) {
                    case PLUS -> { for (int i = 0; i < n; i++) r[i] = x[i] + y[i]; }
                    case MINUS -> { for (int i = 0; i < n; i++) r[i] = x[i] - y[i]; }
                    case MULTIPLY -> { for (int i = 0; i < n; i++) r[i] = x[i] * y[i]; }
                    case DIVIDE -> { for (int i = 0; i < n; i++) r[i] = x[i] / y[i]; }
                    case MODULO -> { for (int i = 0; i < n; i++) r[i] = x[i] % y[i]; }
                    default -> throw new IllegalStateException(op.name());
                }
            }
            NumericTypes.roundFloat32(r, n, resultType);
            return new DoubleColumn(resultType, r, n);
        });
    }

    static DbException divisionByZero() {
        return new DbException(ErrorCode.ILLEGAL_DIVISION, "Division by zero");
    }

    /** A positive constant integer divisor, or null (then the general kernel divides per row). */
    private static ConstantDivisor constantDivisor(io.strata.core.function.ScalarFunction.BindContext ctx, DataType divisorType) {
        Column c = ctx.constantArgument(1);
        if (!(c instanceof LongColumn l) || !divisorType.isInteger()) return null;
        long d = l.get(0);
        if (d <= 0) return null;
        if (d == 1) return null;
        return new ConstantDivisor(d);
    }

    private static BoundFunction constantDivisorKernel(ConstantDivisor divisor, boolean modulo, boolean signed, DataType resultType) {
        // the divisor is known: its (constant) column is never read, so it need not be expanded
        return constantAware(resultType, (args, n) -> {
            long[] x = Vectors.longs(args[0], n);
            long[] r = new long[n];
            divisor.apply(x, r, n, signed, modulo);
            // a remainder is smaller than the divisor, which fits the result type: nothing to wrap
            if (!modulo || !divisor.fits(resultType)) NumericTypes.wrap(r, n, resultType);
            return new LongColumn(resultType, r, n);
        });
    }

    private static BoundFunction intDivKernel(boolean orZero, boolean modulo, boolean unsigned, DataType resultType) {
        return Kernel.bound(resultType, (args, n) -> {
            long[] x = Vectors.longs(args[0], n), y = Vectors.longs(args[1], n);
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                long d = y[i];
                if (d == 0) {
                    if (orZero) continue;
                    throw divisionByZero();
                }
                if (d == -1 && !unsigned) {
                    // MIN / -1 overflows; the remainder is 0 either way.
                    if (modulo) continue;
                    if (x[i] == Long.MIN_VALUE) {
                        if (orZero) continue;
                        throw new DbException(ErrorCode.ILLEGAL_DIVISION, "Division of minimal signed number by minus one");
                    }
                }
                if (unsigned) r[i] = modulo ? Long.remainderUnsigned(x[i], d) : Long.divideUnsigned(x[i], d);
                else r[i] = modulo ? x[i] % d : x[i] / d;
            }
            NumericTypes.wrap(r, n, resultType);
            return new LongColumn(resultType, r, n);
        });
    }

    private static BoundFunction floatIntDivKernel(boolean orZero, DataType resultType) {
        return Kernel.bound(resultType, (args, n) -> {
            double[] x = Vectors.doubles(args[0], n), y = Vectors.doubles(args[1], n);
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                if (y[i] == 0) {
                    if (orZero) continue;
                    throw divisionByZero();
                }
                double q = x[i] / y[i];
                if (!Double.isFinite(q) || Math.abs(q) >= 0x1p63) {
                    if (orZero) continue;
                    throw new DbException(ErrorCode.ILLEGAL_DIVISION,
                            "Cannot perform integer division, because it will produce infinite or too large number");
                }
                r[i] = (long) q;
            }
            NumericTypes.wrap(r, n, resultType);
            return new LongColumn(resultType, r, n);
        });
    }
}
