package io.strata.exec.function.scalar.hash;

import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
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
 * javaHash, javaHashUTF16LE and hiveHash: Java's String.hashCode over the bytes (signed, as Java's
 * byte is), over UTF-16LE code units, or with the sign bit cleared (Hive before 3.0). They do not
 * combine several arguments, and javaHash of a signed integer is Java's hashCode of that boxed
 * number (an Int64 folds its halves); unsigned types have no Java counterpart and are refused.
 */
final class JavaHashFunction {
    private JavaHashFunction() {
    }

    enum Kind { JAVA, UTF16LE, HIVE }

    static BoundFunction bind(BindContext ctx, Kind kind) {
        String name = switch (kind) {
            case JAVA -> "javaHash";
            case UTF16LE -> "javaHashUTF16LE";
            case HIVE -> "hiveHash";
        };
        Arguments.atLeast(ctx, name, 1);
        if (ctx.argumentCount() > 1) {
            throw new DbException(ErrorCode.NOT_IMPLEMENTED,
                    (kind == Kind.HIVE ? "Hive" : "Java") + " hash is not combineable for multiple arguments");
        }
        DataType t = ctx.argumentType(0);
        boolean string = Arguments.isString(t);
        boolean int64 = t instanceof IntegerType i64 && i64.bits() == 64;
        if (!string) {
            if (kind != Kind.JAVA || !(t instanceof IntegerType it) || it.bits() > 64) throw Arguments.illegalType(t, 0, name);
            if (!it.signed()) throw new DbException(ErrorCode.NOT_IMPLEMENTED, "Unsigned types are not supported");
        }
        return Kernel.bound(DataTypes.INT32, (args, n) -> {
            long[] r = new long[n];
            Column c = Vectors.dense(args[0]);
            if (!string) {
                long[] v = Vectors.longs(c, n);
                for (int i = 0; i < n; i++) r[i] = int64 ? (int) (v[i] ^ (v[i] >>> 32)) : (int) v[i];
                return new LongColumn(DataTypes.INT32, r, n);
            }
            StringColumn s = (StringColumn) c;
            byte[] b = s.bytes();
            for (int i = 0; i < n; i++) {
                int from = s.start(i), len = s.length(i);
                r[i] = switch (kind) {
                    case JAVA -> javaHash(b, from, len);
                    case HIVE -> javaHash(b, from, len) & 0x7FFF_FFFF;
                    case UTF16LE -> utf16Hash(b, from, len);
                };
            }
            return new LongColumn(DataTypes.INT32, r, n);
        });
    }

    static int javaHash(byte[] b, int off, int len) {
        int h = 0;
        for (int i = off; i < off + len; i++) h = 31 * h + b[i];
        return h;
    }

    static int utf16Hash(byte[] b, int off, int len) {
        // A leading byte-order mark FF FE is not part of the text.
        if (len >= 2 && b[off] == (byte) 0xFF && b[off + 1] == (byte) 0xFE) {
            off += 2;
            len -= 2;
        }
        if (len % 2 != 0) throw new DbException(ErrorCode.BAD_ARGUMENTS, "Arguments for javaHashUTF16LE must be in the form of UTF-16");
        int h = 0;
        for (int i = off; i < off + len; i += 2) h = 31 * h + ((b[i] & 255) | (b[i + 1] & 255) << 8);
        return h;
    }
}
