package io.strata.exec.function.scalar.arithmetic;

import io.strata.core.column.BigColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.arithmetic.BinaryArithmetic.Op;
import java.math.BigInteger;

/**
 * Integer arithmetic where an operand is Int128/UInt128/Int256/UInt256 (and no operand is a
 * float). Values are exact BigIntegers, so the true result is computed and then wrapped to the
 * result type's width, which gives C's (and ClickHouse's) two's-complement overflow. The result
 * type may be narrow (intDiv(Int64, Int128) is Int64): it is then stored as longs.
 */
final class WideArithmetic {
    private WideArithmetic() {
    }

    static BoundFunction bind(Op op, DataType resultType) {
        boolean orZero = op == Op.INT_DIV_OR_ZERO;
        return Kernel.bound(resultType, (args, n) -> {
            BigInteger[] x = Vectors.bigs(args[0], n), y = Vectors.bigs(args[1], n);
            BigInteger[] r = new BigInteger[n];
            for (int i = 0; i < n; i++) {
                r[i] = switch (op) {
                    case PLUS -> x[i].add(y[i]);
                    case MINUS -> x[i].subtract(y[i]);
                    case MULTIPLY -> x[i].multiply(y[i]);
                    case INT_DIV, INT_DIV_OR_ZERO, MODULO -> {
                        if (y[i].signum() == 0) {
                            if (orZero) yield BigInteger.ZERO;
                            throw BinaryArithmetic.divisionByZero();
                        }
                        // BigInteger truncates toward zero and the remainder takes the dividend's sign, as C does.
                        yield op == Op.MODULO ? x[i].remainder(y[i]) : x[i].divide(y[i]);
                    }
                    case DIVIDE -> throw new DbException(ErrorCode.LOGICAL_ERROR, "divide is computed in Float64");
                };
            }
            if (NumericTypes.isWide(resultType)) {
                NumericTypes.wrap(r, n, resultType);
                return new BigColumn(resultType, r, n);
            }
            return new LongColumn(resultType, NumericTypes.narrow(r, n, resultType), n);
        });
    }

    /** negate (signed result) or abs (unsigned result) of a wide integer. */
    static BoundFunction unary(boolean negate, DataType resultType) {
        return Kernel.bound(resultType, (args, n) -> {
            BigInteger[] x = Vectors.bigs(args[0], n);
            BigInteger[] r = new BigInteger[n];
            for (int i = 0; i < n; i++) r[i] = negate ? x[i].negate() : x[i].abs();
            NumericTypes.wrap(r, n, resultType);
            return new BigColumn(resultType, r, n);
        });
    }
}
