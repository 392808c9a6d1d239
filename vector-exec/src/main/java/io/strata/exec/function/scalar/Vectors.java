package io.strata.exec.function.scalar;

import io.strata.core.column.BigColumn;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;
import io.strata.core.type.DecimalType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.WideIntegerType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Reaches the primitive vector behind a dense argument column. Kernels call these once per
 * chunk, then loop over the arrays; a constant is expanded into a filled array (one allocation
 * per chunk, cheaper than a branch per row).
 */
public final class Vectors {
    private Vectors() {
    }

    /** The long values of an integer/date/decimal(<=18) column; the backing array when possible. */
    public static long[] longs(Column c, int n) {
        return switch (c) {
            case LongColumn l -> l.values();
            case ConstColumn k -> {
                long[] a = new long[n];
                Arrays.fill(a, longs(k.value(), 1)[0]);
                yield a;
            }
            case LowCardinalityColumn lc -> longs(lc.materialize(), n);
            case DoubleColumn d -> {
                long[] a = new long[n];
                double[] v = d.values();
                for (int i = 0; i < n; i++) a[i] = (long) v[i];
                yield a;
            }
            case BigColumn b -> {
                // the low 64 bits, as a C cast of a wide integer (or unscaled wide decimal) to Int64
                long[] a = new long[n];
                for (int i = 0; i < n; i++) a[i] = b.get(i).longValue();
                yield a;
            }
            default -> throw unexpected(c);
        };
    }

    /**
     * The values of a numeric column as doubles: UInt64 read as unsigned, decimals divided by
     * their scale. Returns the backing array of a Float column.
     */
    public static double[] doubles(Column c, int n) {
        switch (c) {
            case DoubleColumn d -> {
                return d.values();
            }
            case ConstColumn k -> {
                double[] a = new double[n];
                Arrays.fill(a, doubles(k.value(), 1)[0]);
                return a;
            }
            case LowCardinalityColumn lc -> {
                return doubles(lc.materialize(), n);
            }
            case LongColumn l -> {
                long[] v = l.values();
                double[] a = new double[n];
                DataType t = l.type();
                if (t instanceof DecimalType dt) {
                    double div = Math.pow(10, dt.scale());
                    for (int i = 0; i < n; i++) a[i] = v[i] / div;
                } else if (t instanceof IntegerType it && !it.signed() && it.bits() == 64) {
                    for (int i = 0; i < n; i++) a[i] = unsignedToDouble(v[i]);
                } else {
                    for (int i = 0; i < n; i++) a[i] = v[i];
                }
                return a;
            }
            case BigColumn b -> {
                double[] a = new double[n];
                if (b.type() instanceof DecimalType dt) {
                    for (int i = 0; i < n; i++) a[i] = new BigDecimal(b.get(i), dt.scale()).doubleValue();
                } else {
                    for (int i = 0; i < n; i++) a[i] = b.get(i).doubleValue(); // Int128..UInt256
                }
                return a;
            }
            default -> throw unexpected(c);
        }
    }

    /** Unscaled decimal or integer values as BigIntegers (the slow path for wide decimals). */
    public static BigInteger[] bigs(Column c, int n) {
        BigInteger[] a = new BigInteger[n];
        switch (c) {
            case BigColumn b -> {
                for (int i = 0; i < n; i++) a[i] = b.get(i);
            }
            case LongColumn l -> {
                boolean unsigned64 = l.type() instanceof IntegerType it && !it.signed() && it.bits() == 64;
                for (int i = 0; i < n; i++) {
                    long v = l.get(i);
                    a[i] = unsigned64 && v < 0 ? new BigInteger(Long.toUnsignedString(v)) : BigInteger.valueOf(v);
                }
            }
            case ConstColumn k -> Arrays.fill(a, bigs(k.value(), 1)[0]);
            case LowCardinalityColumn lc -> {
                return bigs(lc.materialize(), n);
            }
            default -> throw unexpected(c);
        }
        return a;
    }

    public static double unsignedToDouble(long v) {
        if (v >= 0) return v;
        // The top bit set: halve (keeping the low bit for rounding), convert, double.
        return ((v >>> 1) | (v & 1)) * 2.0;
    }

    /** Whether a type is UInt64 (values above Long.MAX_VALUE are stored as negative longs). */
    public static boolean isUInt64(DataType t) {
        return t instanceof IntegerType it && !it.signed() && it.bits() == 64;
    }

    public static boolean isUnsigned(DataType t) {
        return t instanceof IntegerType it && !it.signed() || t instanceof WideIntegerType w && !w.signed();
    }

    /** Whether a type is Int128, UInt128, Int256 or UInt256 (BigInteger values). */
    public static boolean isWide(DataType t) {
        return t instanceof WideIntegerType;
    }

    /** Strips a ConstColumn wrapper, materializing it to {@code n} rows. */
    public static Column dense(Column c) {
        return switch (c) {
            case ConstColumn k -> k.materialize();
            case LowCardinalityColumn lc -> lc.materialize();
            default -> c;
        };
    }

    public static DbException unexpected(Column c) {
        return new DbException(ErrorCode.ILLEGAL_COLUMN, "Illegal column " + c.getClass().getSimpleName() + " of type " + c.type());
    }
}
