package io.strata.exec.function.scalar.hash;

import io.strata.core.column.LongColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.IntegerType;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Vectors;

/**
 * Consistent hashes of an integer key into a constant number of buckets:
 * {@code jumpConsistentHash(key, buckets)}, Lamping and Veach's jump consistent hash (arXiv:1406.2294),
 * an Int32 in [0, buckets); and {@code kostikConsistentHash} (alias yandexConsistentHash), the bit-block
 * scheme of ClickHouse's contrib/consistent-hashing, a UInt16. As in ClickHouse, a signed key is
 * sign-extended to 64 bits and the bucket count must be a positive constant within the result type.
 */
final class JumpConsistentHashFunction {
    private JumpConsistentHashFunction() {
    }

    /** Which scheme a function name runs. */
    enum Scheme {
        JUMP(DataTypes.INT32, Integer.MAX_VALUE, "Int32"),
        KOSTIK(DataTypes.UINT16, 0xFFFF, "UInt16");

        final DataType resultType;
        final long maxBuckets;
        final String resultName;

        Scheme(DataType resultType, long maxBuckets, String resultName) {
            this.resultType = resultType;
            this.maxBuckets = maxBuckets;
            this.resultName = resultName;
        }
    }

    static BoundFunction bind(BindContext ctx) {
        return bind(ctx, "jumpConsistentHash", Scheme.JUMP);
    }

    static BoundFunction bind(BindContext ctx, String name, Scheme scheme) {
        Arguments.count(ctx, name, 2);
        for (int i = 0; i < 2; i++) {
            DataType t = ctx.argumentType(i);
            if (!(t instanceof IntegerType it) || it.bits() > 64) throw Arguments.illegalType(t, i, name);
        }
        if (ctx.constantArgument(1) == null) {
            throw DbException.of(ErrorCode.ILLEGAL_COLUMN, "Argument at index 1 for function %s must be constant", name);
        }
        long buckets = Arguments.constantLong(ctx, 1, name);
        boolean unsigned = Vectors.isUnsigned(ctx.argumentType(1));
        if (!unsigned && buckets <= 0 || buckets == 0) {
            throw DbException.of(ErrorCode.BAD_ARGUMENTS,
                    "The second argument of function %s (number of buckets) must be positive number", name);
        }
        if (unsigned && buckets < 0 || buckets > scheme.maxBuckets) {
            throw DbException.of(ErrorCode.BAD_ARGUMENTS,
                    "The value of the second argument of function %s (number of buckets) is not fit to %s", name, scheme.resultName);
        }
        int bucketCount = (int) buckets;
        DataType rt = scheme.resultType;
        return Kernel.bound(rt, (args, n) -> {
            long[] keys = Vectors.longs(args[0], n), r = new long[n];
            for (int i = 0; i < n; i++) r[i] = scheme == Scheme.JUMP ? jump(keys[i], bucketCount) : kostik(keys[i], bucketCount);
            return new LongColumn(rt, r, n);
        });
    }

    /** The paper's loop: the key drives a 64-bit LCG and each step jumps to a later bucket. */
    static int jump(long key, int buckets) {
        long b = -1, j = 0;
        while (j < buckets) {
            b = j;
            key = key * 2862933555777941757L + 1;
            j = (long) ((b + 1) * ((double) (1L << 31) / (double) ((key >>> 33) + 1)));
        }
        return (int) b;
    }

    /**
     * The 64-bit key as four 16-bit blocks a (lowest) to d: the low bits of c pick a bucket below the
     * enclosing power of two (with a or b, by the parity of c's ones, filling the bits after c's top one);
     * a bucket past n falls back to a smooth move between the two powers of two, driven by the remaining bits.
     */
    static int kostik(long key, int n) {
        if (n == 1) return 0;
        int a = (int) (key & 0xFFFF), b = (int) (key >>> 16 & 0xFFFF), c = (int) (key >>> 32 & 0xFFFF), d = (int) (key >>> 48);
        int k = 32 - Integer.numberOfLeadingZeros(n - 1); // 2^(k-1) < n <= 2^k
        long k2 = 1L << k; // the reference stores this in 16 bits; 65536 keeps the intended value for n > 32768
        long large = powerOf2Bucket(a, b, c, k2);
        if (large < n) return (int) large;
        long k21 = 1L << (k - 1);
        int shift = 16 - k;
        long bits = ((long) d << shift) | (c >>> k);
        shift++;
        bits <<= shift;
        bits |= b >>> (k - 1);
        bits <<= shift;
        bits |= a >>> (k - 1);
        long s = Long.remainderUnsigned(bits, large * (large + 1));
        long large2 = s / k2 + k21;
        if (large2 < n) return (int) large2;
        return (int) powerOf2Bucket(a, b, c, k21);
    }

    /** The exact bucket for a power-of-two count k2. */
    private static long powerOf2Bucket(int a, int b, int c, long k2) {
        long cBlock = c & (k2 - 1);
        if (cBlock < 2) return cBlock;
        int y = 63 - Long.numberOfLeadingZeros(cBlock); // bits after c's top one
        long y2 = 1L << y;
        int ab = Long.bitCount(cBlock) % 2 == 0 ? a : b;
        return y2 + (ab & (y2 - 1));
    }
}
