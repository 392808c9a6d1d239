package io.strata.exec.function.scalar.hash;

import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.FloatType;
import io.strata.core.type.TypeId;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Vectors;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Non-cryptographic hashes with ClickHouse's exact values: sipHash64/128, halfMD5, murmurHash2/3,
 * xxHash32/64, javaHash, hiveHash, CRC32, URLHash, intHash32/intHash64 (cityHash64, farmHash64,
 * farmFingerprint64 and metroHash64, which mix numbers differently, are {@link CityHash64Function};
 * jumpConsistentHash is {@link JumpConsistentHashFunction}). A string is hashed over its bytes, a number
 * over its little-endian bytes (so the width of the type matters); several arguments are combined
 * hash by hash with each function's own {@link Combine} rule.
 */
public final class HashFunctions {
    private HashFunctions() {
    }

    /** A hash of a byte range. */
    @FunctionalInterface
    interface ByteHash {
        long hash(byte[] b, int off, int len);
    }

    /**
     * How a function folds the hash of its next argument into the running one; each follows the
     * function's combineHashes in ClickHouse (src/Functions/FunctionsHashing.h).
     */
    enum Combine {
        /** Hash the 16 little-endian bytes of (previous, next) with the function itself. */
        HASH_BYTES,
        /** intHash32(previous) XOR next (the 32-bit murmur and xxHash32). */
        INT_HASH32_XOR,
        /** intHash64(previous) XOR next (the 64-bit murmur). */
        INT_HASH64_XOR,
        /** CityHash's Hash128to64(previous, next) (xxHash64). */
        HASH128_TO_64
    }

    /** One function of the byte-hash family. */
    record Algorithm(String name, ByteHash hash, DataType returnType, Combine combine) {
        long fold(long previous, long next, byte[] scratch) {
            return switch (combine) {
                case HASH_BYTES -> {
                    for (int b = 0; b < 8; b++) {
                        scratch[b] = (byte) (previous >>> (8 * b));
                        scratch[8 + b] = (byte) (next >>> (8 * b));
                    }
                    yield hash.hash(scratch, 0, 16);
                }
                case INT_HASH32_XOR -> (intHash32(previous) ^ next) & 0xFFFF_FFFFL;
                case INT_HASH64_XOR -> intHash64(previous ^ INT_HASH64_SALT) ^ next;
                case HASH128_TO_64 -> io.strata.core.hash.CityHash.hash128to64(previous, next);
            };
        }
    }

    static final long INT_HASH64_SALT = 0x4CF2D2BAAE6DA887L;

    private static FunctionDefinition byteHash(String name, ByteHash hash, DataType rt, Combine combine) {
        Algorithm a = new Algorithm(name, hash, rt, combine);
        return FunctionDefinition.of(name, ctx -> bytesHash(ctx, a));
    }

    public static List<FunctionDefinition> all() {
        return List.of(
                byteHash("sipHash64", SipHash::hash64, DataTypes.UINT64, Combine.HASH_BYTES),
                byteHash("halfMD5", HashFunctions::halfMD5, DataTypes.UINT64, Combine.HASH_BYTES),
                byteHash("murmurHash2_32", Murmur::hash2x32, DataTypes.UINT32, Combine.INT_HASH32_XOR),
                byteHash("murmurHash2_64", Murmur::hash2x64, DataTypes.UINT64, Combine.INT_HASH64_XOR),
                byteHash("gccMurmurHash", Murmur::gccHash, DataTypes.UINT64, Combine.INT_HASH64_XOR),
                byteHash("murmurHash3_32", Murmur::hash3x32, DataTypes.UINT32, Combine.INT_HASH32_XOR),
                byteHash("murmurHash3_64", Murmur::hash3x64, DataTypes.UINT64, Combine.INT_HASH64_XOR),
                byteHash("xxHash32", XxHash::hash32, DataTypes.UINT32, Combine.INT_HASH32_XOR),
                byteHash("xxHash64", XxHash::hash64, DataTypes.UINT64, Combine.HASH128_TO_64),
                byteHash("xxh3", Xxh3::hash64, DataTypes.UINT64, Combine.HASH128_TO_64),
                byteHash("wyHash64", WyHash::hash64, DataTypes.UINT64, Combine.HASH_BYTES),
                FunctionDefinition.of("sipHash128", ctx -> Hash128Function.bind(ctx, "sipHash128", SipHash::hash128)),
                FunctionDefinition.of("murmurHash3_128", ctx -> Hash128Function.bind(ctx, "murmurHash3_128", Murmur::hash3x128)),
                FunctionDefinition.of("javaHash", ctx -> JavaHashFunction.bind(ctx, JavaHashFunction.Kind.JAVA)),
                FunctionDefinition.of("javaHashUTF16LE", ctx -> JavaHashFunction.bind(ctx, JavaHashFunction.Kind.UTF16LE)),
                FunctionDefinition.of("hiveHash", ctx -> JavaHashFunction.bind(ctx, JavaHashFunction.Kind.HIVE)),
                FunctionDefinition.of("CRC32", ctx -> ChecksumFunction.bind(ctx, "CRC32")).ci(),
                FunctionDefinition.of("CRC32IEEE", ctx -> ChecksumFunction.bind(ctx, "CRC32IEEE")).ci(),
                FunctionDefinition.of("CRC64", ctx -> ChecksumFunction.bind(ctx, "CRC64")).ci(),
                FunctionDefinition.of("intHash32", ctx -> intHash(ctx, "intHash32", true)),
                FunctionDefinition.of("intHash64", ctx -> intHash(ctx, "intHash64", false)),
                FunctionDefinition.of("cityHash64", CityHash64Function::bind),
                mixing(new CityHash64Function.Mixing("farmHash64", FarmHash::hash64, io.strata.core.hash.CityHash::hash128to64)),
                mixing(new CityHash64Function.Mixing("farmFingerprint64", FarmHash::fingerprint64, FarmHash::fingerprint128to64)),
                mixing(new CityHash64Function.Mixing("metroHash64", MetroHash::hash64, io.strata.core.hash.CityHash::hash128to64)),
                FunctionDefinition.of("jumpConsistentHash", JumpConsistentHashFunction::bind),
                FunctionDefinition.of("kostikConsistentHash", ctx -> JumpConsistentHashFunction.bind(ctx, "kostikConsistentHash", JumpConsistentHashFunction.Scheme.KOSTIK)),
                FunctionDefinition.of("yandexConsistentHash", ctx -> JumpConsistentHashFunction.bind(ctx, "yandexConsistentHash", JumpConsistentHashFunction.Scheme.KOSTIK)));
    }

    private static FunctionDefinition mixing(CityHash64Function.Mixing m) {
        return FunctionDefinition.of(m.name(), ctx -> CityHash64Function.bind(ctx, m));
    }

    static int width(DataType t) {
        return switch (t) {
            case io.strata.core.type.IntegerType it -> it.bits() <= 64 ? it.bits() / 8 : -1; // wide integers: not yet
            case FloatType f -> f.id() == TypeId.FLOAT32 ? 4 : 8;
            case io.strata.core.type.DateType d -> d.isDate32() ? 4 : 2;
            case io.strata.core.type.DateTimeType dt -> dt.is64() ? 8 : 4;
            default -> t.id() == TypeId.IPV4 ? 4 : t.id() == TypeId.ENUM8 ? 1 : t.id() == TypeId.ENUM16 ? 2 : -1;
        };
    }

    private static BoundFunction bytesHash(BindContext ctx, Algorithm algorithm) {
        String name = algorithm.name();
        Arguments.atLeast(ctx, name, 1);
        int count = ctx.argumentCount();
        int[] widths = new int[count];
        for (int i = 0; i < count; i++) {
            DataType t = ctx.argumentType(i);
            widths[i] = Arguments.isString(t) ? 0 : width(t);
            if (widths[i] < 0) throw Arguments.illegalType(t, i, name);
        }
        boolean[] floats = new boolean[count];
        for (int i = 0; i < count; i++) floats[i] = ctx.argumentType(i) instanceof FloatType;
        DataType rt = algorithm.returnType();
        ByteHash hash = algorithm.hash();
        return Kernel.bound(rt, (args, n) -> {
            long[] r = new long[n];
            byte[] scratch = new byte[16];
            for (int k = 0; k < count; k++) {
                Column c = Vectors.dense(args[k]);
                StringColumn s = widths[k] == 0 ? (StringColumn) c : null;
                long[] longs = widths[k] > 0 && !floats[k] ? Vectors.longs(c, n) : null;
                double[] doubles = floats[k] ? ((DoubleColumn) c).values() : null;
                for (int i = 0; i < n; i++) {
                    long h;
                    if (s != null) {
                        h = hash.hash(s.bytes(), s.start(i), s.length(i));
                    } else {
                        long bits = doubles != null
                                ? (widths[k] == 4 ? Float.floatToRawIntBits((float) doubles[i]) : Double.doubleToRawLongBits(doubles[i]))
                                : longs[i];
                        for (int b = 0; b < widths[k]; b++) scratch[b] = (byte) (bits >>> (8 * b));
                        h = hash.hash(scratch, 0, widths[k]);
                    }
                    r[i] = k == 0 ? h : algorithm.fold(r[i], h, scratch);
                }
            }
            return new LongColumn(rt, r, n);
        });
    }

    /** The first 8 bytes of the MD5 digest, read big-endian. */
    static long halfMD5(byte[] b, int off, int len) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new DbException(ErrorCode.NOT_IMPLEMENTED, "MD5 is not available");
        }
        md.update(b, off, len);
        byte[] d = md.digest();
        long v = 0;
        for (int k = 0; k < 8; k++) v = v << 8 | (d[k] & 255);
        return v;
    }

    private static BoundFunction intHash(BindContext ctx, String name, boolean h32) {
        Arguments.count(ctx, name, 1);
        DataType t = ctx.argumentType(0);
        if (width(t) < 0 || t instanceof FloatType) throw Arguments.illegalType(t, 0, name);
        DataType rt = h32 ? DataTypes.UINT32 : DataTypes.UINT64;
        return Kernel.bound(rt, (args, n) -> {
            long[] v = Vectors.longs(args[0], n), r = new long[n];
            for (int i = 0; i < n; i++) r[i] = h32 ? intHash32(v[i]) & 0xFFFF_FFFFL : intHash64(v[i] ^ INT_HASH64_SALT);
            return new LongColumn(rt, r, n);
        });
    }

    /** Thomas Wang's 64-bit mix of the salted key (ClickHouse's fixed salt), truncated to 32 bits by the caller. */
    static long intHash32(long key) {
        key ^= 0x75D9543DE018BF45L;
        key = ~key + (key << 18);
        key ^= (key >>> 31) | (key << 33);
        key *= 21;
        key ^= (key >>> 11) | (key << 53);
        key += key << 6;
        key ^= (key >>> 22) | (key << 42);
        return key;
    }

    /** MurmurHash3's 64-bit finalizer (intHash64 applies it to the key XOR ClickHouse's fixed salt). */
    static long intHash64(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }
}
