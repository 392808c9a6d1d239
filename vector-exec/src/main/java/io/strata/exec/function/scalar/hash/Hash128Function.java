package io.strata.exec.function.scalar.hash;

import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.FixedStringType;
import io.strata.core.type.FloatType;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Vectors;

/**
 * sipHash128 and murmurHash3_128: FixedString(16) results (ClickHouse returns FixedString, not
 * UInt128, for these). Several arguments fold as ClickHouse's combineHashesFunc does: the 32
 * bytes of (previous, next) are hashed again.
 */
final class Hash128Function {
    private Hash128Function() {
    }

    /** Writes the 16-byte hash of a byte range at {@code out[at]}. */
    @FunctionalInterface
    interface Hash128 {
        void hash(byte[] b, int off, int len, byte[] out, int at);
    }

    private static final FixedStringType RESULT = new FixedStringType(16);

    static BoundFunction bind(BindContext ctx, String name, Hash128 hash) {
        Arguments.atLeast(ctx, name, 1);
        int count = ctx.argumentCount();
        int[] widths = new int[count];
        for (int i = 0; i < count; i++) {
            DataType t = ctx.argumentType(i);
            widths[i] = Arguments.isString(t) ? 0 : HashFunctions.width(t);
            if (widths[i] < 0) throw Arguments.illegalType(t, i, name);
        }
        return Kernel.bound(RESULT, (args, n) -> {
            byte[] r = new byte[n * 16];
            byte[] scratch = new byte[32];
            for (int k = 0; k < count; k++) {
                Column c = Vectors.dense(args[k]);
                boolean isFloat = ctx.argumentType(k) instanceof FloatType;
                StringColumn s = widths[k] == 0 ? (StringColumn) c : null;
                long[] longs = s == null && !isFloat ? Vectors.longs(c, n) : null;
                double[] doubles = isFloat ? ((DoubleColumn) c).values() : null;
                for (int i = 0; i < n; i++) {
                    // scratch[16..32) receives this argument's hash, scratch[0..16) the running one
                    if (s != null) {
                        hash.hash(s.bytes(), s.start(i), s.length(i), scratch, 16);
                    } else {
                        long bits = doubles != null
                                ? (widths[k] == 4 ? Float.floatToRawIntBits((float) doubles[i]) : Double.doubleToRawLongBits(doubles[i]))
                                : longs[i];
                        byte[] value = new byte[8];
                        for (int b = 0; b < widths[k]; b++) value[b] = (byte) (bits >>> (8 * b));
                        hash.hash(value, 0, widths[k], scratch, 16);
                    }
                    if (k == 0) {
                        System.arraycopy(scratch, 16, r, i * 16, 16);
                    } else {
                        System.arraycopy(r, i * 16, scratch, 0, 16);
                        hash.hash(scratch, 0, 32, r, i * 16);
                    }
                }
            }
            int[] offsets = new int[n + 1];
            for (int i = 0; i <= n; i++) offsets[i] = i * 16;
            return new StringColumn(RESULT, r, offsets, n);
        });
    }
}
