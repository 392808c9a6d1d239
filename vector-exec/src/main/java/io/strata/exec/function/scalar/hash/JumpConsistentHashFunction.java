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
 * {@code jumpConsistentHash(key, buckets)}: Lamping and Veach's jump consistent hash (arXiv:1406.2294)
 * of an integer key into a constant number of buckets, an Int32 in [0, buckets). As in ClickHouse, a
 * signed key is sign-extended to 64 bits and the bucket count must be a positive constant that fits Int32.
 */
final class JumpConsistentHashFunction {
    private JumpConsistentHashFunction() {
    }

    private static final String NAME = "jumpConsistentHash";

    static BoundFunction bind(BindContext ctx) {
        Arguments.count(ctx, NAME, 2);
        for (int i = 0; i < 2; i++) {
            DataType t = ctx.argumentType(i);
            if (!(t instanceof IntegerType it) || it.bits() > 64) throw Arguments.illegalType(t, i, NAME);
        }
        if (ctx.constantArgument(1) == null) {
            throw DbException.of(ErrorCode.ILLEGAL_COLUMN, "Argument at index 1 for function %s must be constant", NAME);
        }
        long buckets = Arguments.constantLong(ctx, 1, NAME);
        boolean unsigned = Vectors.isUnsigned(ctx.argumentType(1));
        if (!unsigned && buckets <= 0 || buckets == 0) {
            throw DbException.of(ErrorCode.BAD_ARGUMENTS,
                    "The second argument of function %s (number of buckets) must be positive number", NAME);
        }
        if (unsigned && buckets < 0 || buckets > Integer.MAX_VALUE) {
            throw DbException.of(ErrorCode.BAD_ARGUMENTS,
                    "The value of the second argument of function %s (number of buckets) is not fit to Int32", NAME);
        }
        int bucketCount = (int) buckets;
        return Kernel.bound(DataTypes.INT32, (args, n) -> {
            long[] keys = Vectors.longs(args[0], n), r = new long[n];
            for (int i = 0; i < n; i++) r[i] = jump(keys[i], bucketCount);
            return new LongColumn(DataTypes.INT32, r, n);
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
}
