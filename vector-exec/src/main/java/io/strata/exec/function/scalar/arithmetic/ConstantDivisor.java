package io.strata.exec.function.scalar.arithmetic;

import java.math.BigInteger;

/**
 * Division by a constant without a hardware divide per row: a multiply-high and shifts with a
 * magic number computed once (Granlund and Montgomery, "Division by Invariant Integers using
 * Multiplication", 1994, figure 4.1). {@code x % 10} over a column is the common case, and a
 * 64-bit divide costs tens of cycles where this costs a few.
 */
final class ConstantDivisor {
    private final long divisor;
    private final long magic;
    private final int shift;     // for powers of two: log2(d); else l - 1
    private final boolean powerOfTwo;

    /** {@code divisor} is taken as unsigned and must not be zero. */
    ConstantDivisor(long divisor) {
        this.divisor = divisor;
        this.powerOfTwo = Long.bitCount(divisor) == 1;
        if (powerOfTwo) {
            this.shift = Long.numberOfTrailingZeros(divisor);
            this.magic = 0;
        } else {
            int l = 64 - Long.numberOfLeadingZeros(divisor - 1); // ceil(log2(d)), d > 1 here
            BigInteger two64 = BigInteger.ONE.shiftLeft(64);
            BigInteger m = BigInteger.ONE.shiftLeft(64 + l).divide(new BigInteger(Long.toUnsignedString(divisor)))
                    .subtract(two64).add(BigInteger.ONE);
            this.magic = m.longValue();
            this.shift = l - 1;
        }
    }

    /** Whether every remainder (|r| < d) is representable in {@code type} without wrapping. */
    boolean fits(io.strata.core.type.DataType type) {
        if (!(type instanceof io.strata.core.type.IntegerType it) || divisor < 0) return false;
        if (it.bits() == 64) return true;
        long max = it.signed() ? (1L << (it.bits() - 1)) - 1 : (1L << it.bits()) - 1;
        return divisor - 1 <= max;
    }

    /** n / d, both unsigned. */
    long divideUnsigned(long n) {
        if (powerOfTwo) return n >>> shift;
        long t = Math.unsignedMultiplyHigh(magic, n);
        return (t + ((n - t) >>> 1)) >>> shift;
    }

    /** Quotients (or remainders) of {@code x[0..n)}; signed dividends truncate toward zero like C. */
    void apply(long[] x, long[] r, int n, boolean signed, boolean modulo) {
        long d = divisor;
        if (!signed) {
            if (modulo) {
                for (int i = 0; i < n; i++) r[i] = x[i] - divideUnsigned(x[i]) * d;
            } else {
                for (int i = 0; i < n; i++) r[i] = divideUnsigned(x[i]);
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            long v = x[i];
            long q = v >= 0 ? divideUnsigned(v) : -divideUnsigned(-v);
            r[i] = modulo ? v - q * d : q;
        }
    }
}
