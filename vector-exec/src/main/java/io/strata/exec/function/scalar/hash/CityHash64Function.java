package io.strata.exec.function.scalar.hash;

import io.strata.core.column.ArrayColumn;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.column.TupleColumn;
import io.strata.core.hash.CityHash;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DateTimeType;
import io.strata.core.type.DateType;
import io.strata.core.type.FloatType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.TupleType;
import io.strata.core.type.TypeId;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Vectors;
import java.util.Arrays;

/**
 * {@code cityHash64(x1, x2, ...)} with ClickHouse's values (and, through {@link Mixing}, farmHash64,
 * farmFingerprint64 and metroHash64, which ClickHouse runs through the same code with another byte
 * hash and fold), which differ from the byte-hash family
 * of {@link HashFunctions} in three ways (all checked against a ClickHouse server):
 * <ul>
 * <li>a number is not hashed over its bytes but mixed with intHash64 of its bits zero-extended to
 *     64 (so Int8 -1 and UInt8 255 agree, while UInt8 1 and UInt32 1 also agree);</li>
 * <li>several arguments fold with CityHash's Hash128to64(previous, next), not a hash of 16 bytes;</li>
 * <li>an array row starts from intHash64(its length) and folds in its elements' hashes; a tuple
 *     counts as its elements given as separate arguments.</li>
 * </ul>
 * Strings and FixedStrings hash their bytes (a FixedString with its zero padding) with CityHash64 1.0.2.
 */
final class CityHash64Function {
    private CityHash64Function() {
    }

    /** ClickHouse's result for a call without arguments. */
    static final long NO_ARGUMENTS = 0xe28dbde7fe22e41cL;

    private static final long INT_HASH64_SALT = 0x4CF2D2BAAE6DA887L;

    /** A function of this family: its byte hash for strings and how it folds two 64-bit hashes. */
    record Mixing(String name, HashFunctions.ByteHash bytes, java.util.function.LongBinaryOperator fold) {
    }

    static final Mixing CITY = new Mixing("cityHash64", CityHash::cityHash64, CityHash::hash128to64);

    static BoundFunction bind(BindContext ctx) {
        return bind(ctx, CITY);
    }

    static BoundFunction bind(BindContext ctx, Mixing m) {
        int count = ctx.argumentCount();
        for (int i = 0; i < count; i++) check(ctx.argumentType(i), i, m.name());
        return Kernel.bound(DataTypes.UINT64, (args, n) -> {
            long[] r = new long[n];
            if (count == 0) Arrays.fill(r, NO_ARGUMENTS);
            boolean first = true;
            for (int k = 0; k < count; k++) first = hashInto(Vectors.dense(args[k]), ctx.argumentType(k), r, n, first, m);
            return new LongColumn(DataTypes.UINT64, r, n);
        });
    }

    private static void check(DataType t, int index, String name) {
        switch (t) {
            case ArrayType a -> {
                if (a.element() instanceof TupleType) throw Arguments.illegalType(t, index, name);
                check(a.element(), index, name);
            }
            case TupleType tt -> {
                for (DataType e : tt.elements()) check(e, index, name);
            }
            default -> {
                if (!Arguments.isString(t) && numberWidth(t) < 0) throw Arguments.illegalType(t, index, name);
            }
        }
    }

    /** Bytes of a number type's value (only to mask the bits), -1 when not a supported number. */
    private static int numberWidth(DataType t) {
        return switch (t) {
            case IntegerType it -> it.bits() <= 64 ? it.bits() / 8 : -1;
            case FloatType f -> f.id() == TypeId.FLOAT32 ? 4 : 8;
            case DateType d -> d.isDate32() ? 4 : 2;
            case DateTimeType dt -> dt.is64() ? -1 : 4; // DateTime64 is a Decimal64 in ClickHouse, not hashed as an integer
            default -> switch (t.id()) {
                case IPV4 -> 4;
                case ENUM8 -> 1;
                case ENUM16 -> 2;
                default -> -1;
            };
        };
    }

    static long intHash64(long bits) {
        return HashFunctions.intHash64(bits ^ INT_HASH64_SALT);
    }

    /** Hashes the n rows of c into r (set when first, else folded in); returns whether r is still unset. */
    private static boolean hashInto(Column c, DataType t, long[] r, int n, boolean first, Mixing m) {
        switch (t) {
            case TupleType tt -> {
                TupleColumn tc = (TupleColumn) c;
                for (int e = 0; e < tt.elements().size(); e++) {
                    first = hashInto(Vectors.dense(tc.element(e)), tt.elements().get(e), r, n, first, m);
                }
                return first;
            }
            case ArrayType at -> {
                ArrayColumn ac = (ArrayColumn) c;
                int end = ac.offsets()[n]; // element rows are indexed by the offsets themselves
                long[] elementHashes = new long[end];
                if (end > 0) hashInto(Vectors.dense(ac.elements()), at.element(), elementHashes, end, true, m);
                for (int i = 0; i < n; i++) {
                    long h = intHash64(ac.length(i));
                    h = first ? h : m.fold().applyAsLong(r[i], h);
                    for (int j = ac.start(i), e = j + ac.length(i); j < e; j++) h = m.fold().applyAsLong(h, elementHashes[j]);
                    r[i] = h;
                }
                return false;
            }
            default -> {
                if (Arguments.isString(t)) {
                    StringColumn s = (StringColumn) c;
                    for (int i = 0; i < n; i++) fold(r, i, m.bytes().hash(s.bytes(), s.start(i), s.length(i)), first, m);
                    return false;
                }
                int width = numberWidth(t);
                long mask = width == 8 ? -1L : (1L << (8 * width)) - 1;
                if (t instanceof FloatType) {
                    double[] d = ((DoubleColumn) c).values();
                    for (int i = 0; i < n; i++) {
                        long bits = width == 4 ? Float.floatToRawIntBits((float) d[i]) & 0xFFFF_FFFFL : Double.doubleToRawLongBits(d[i]);
                        fold(r, i, intHash64(bits), first, m);
                    }
                } else {
                    long[] v = Vectors.longs(c, n);
                    for (int i = 0; i < n; i++) fold(r, i, intHash64(v[i] & mask), first, m);
                }
                return false;
            }
        }
    }

    private static void fold(long[] r, int i, long h, boolean first, Mixing m) {
        r[i] = first ? h : m.fold().applyAsLong(r[i], h);
    }
}
