package io.strata.exec.function.scalar;

import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DecimalType;
import io.strata.core.type.FloatType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.TypeId;
import io.strata.core.type.WideIntegerType;
import java.math.BigInteger;

/**
 * ClickHouse's result types of arithmetic on native numbers (NumberTraits): the result is built
 * from signedness, floatness and a byte size, where additions and multiplications take the next
 * size up (capped at 8 bytes) so that UInt8 + UInt8 is UInt16 and Float32 + Float32 is Float64.
 * The wide integers (16 and 32 bytes) keep their size: Int128 + UInt8 is Int128, UInt128 -
 * UInt128 is Int128, and nothing widens past 256 bits.
 */
public final class NumericTypes {
    private NumericTypes() {
    }

    /** Integer (including Bool) or Float type: the native numbers that arithmetic promotes. */
    public static boolean isNative(DataType t) {
        return t instanceof IntegerType || t instanceof FloatType;
    }

    /** Int128, UInt128, Int256, UInt256. */
    public static boolean isWide(DataType t) {
        return t instanceof WideIntegerType;
    }

    /** A native number or a wide integer: what integer arithmetic accepts. */
    public static boolean isNativeOrWide(DataType t) {
        return isNative(t) || t instanceof WideIntegerType;
    }

    public static boolean isFloat(DataType t) {
        return t instanceof FloatType;
    }

    public static boolean isDecimal(DataType t) {
        return t instanceof DecimalType;
    }

    public static boolean signed(DataType t) {
        return t instanceof FloatType || t instanceof DecimalType || (t instanceof IntegerType it && it.signed())
                || (t instanceof WideIntegerType w && w.signed());
    }

    public static int size(DataType t) {
        return switch (t) {
            case IntegerType it -> it.bits() / 8;
            case WideIntegerType w -> w.bits() / 8;
            case FloatType f -> f.id() == TypeId.FLOAT32 ? 4 : 8;
            default -> 8;
        };
    }

    static int nextSize(int size) {
        return size < 8 ? size * 2 : size;
    }

    public static DataType construct(boolean signed, boolean floating, int size) {
        if (floating) return size <= 4 ? DataTypes.FLOAT32 : DataTypes.FLOAT64;
        return switch (size) {
            case 1 -> signed ? DataTypes.INT8 : DataTypes.UINT8;
            case 2 -> signed ? DataTypes.INT16 : DataTypes.UINT16;
            case 4 -> signed ? DataTypes.INT32 : DataTypes.UINT32;
            case 16 -> signed ? DataTypes.INT128 : DataTypes.UINT128;
            case 32 -> signed ? DataTypes.INT256 : DataTypes.UINT256;
            default -> signed ? DataTypes.INT64 : DataTypes.UINT64;
        };
    }

    public static DataType additionOrMultiplication(DataType a, DataType b) {
        return construct(signed(a) || signed(b), isFloat(a) || isFloat(b), nextSize(Math.max(size(a), size(b))));
    }

    public static DataType subtraction(DataType a, DataType b) {
        return construct(true, isFloat(a) || isFloat(b), nextSize(Math.max(size(a), size(b))));
    }

    public static DataType integerDivision(DataType a, DataType b) {
        return construct(signed(a) || signed(b), false, size(a));
    }

    public static DataType modulo(DataType a, DataType b) {
        if (isFloat(a) || isFloat(b)) return DataTypes.FLOAT64;
        boolean s = signed(a);
        return construct(s, false, s ? nextSize(size(b)) : size(b));
    }

    public static DataType negate(DataType a) {
        return construct(true, isFloat(a), signed(a) ? size(a) : nextSize(size(a)));
    }

    public static DataType abs(DataType a) {
        return construct(false, isFloat(a), size(a));
    }

    /** Wraps every value to the width of an integer result type, as C integer overflow does. */
    public static void wrap(long[] r, int n, DataType type) {
        if (!(type instanceof IntegerType it) || it.bits() == 64) return;
        switch (it.bits()) {
            case 8 -> {
                if (it.signed()) for (int i = 0; i < n; i++) r[i] = (byte) r[i];
                else for (int i = 0; i < n; i++) r[i] = r[i] & 0xFFL;
            }
            case 16 -> {
                if (it.signed()) for (int i = 0; i < n; i++) r[i] = (short) r[i];
                else for (int i = 0; i < n; i++) r[i] = r[i] & 0xFFFFL;
            }
            default -> {
                if (it.signed()) for (int i = 0; i < n; i++) r[i] = (int) r[i];
                else for (int i = 0; i < n; i++) r[i] = r[i] & 0xFFFF_FFFFL;
            }
        }
    }

    /** Wraps BigInteger results to the width of an integer result type, narrow or wide. */
    public static void wrap(BigInteger[] r, int n, DataType type) {
        if (type instanceof WideIntegerType w) {
            for (int i = 0; i < n; i++) r[i] = w.wrap(r[i]);
        }
    }

    /** Narrows BigInteger results to a narrow integer type's long values, wrapping. */
    public static long[] narrow(BigInteger[] r, int n, DataType type) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) out[i] = r[i].longValue();
        wrap(out, n, type);
        return out;
    }

    /** Float32 results are rounded to float precision in place. */
    public static void roundFloat32(double[] r, int n, DataType type) {
        if (type.id() != TypeId.FLOAT32) return;
        for (int i = 0; i < n; i++) r[i] = (float) r[i];
    }
}
