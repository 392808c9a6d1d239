package io.strata.exec.operator;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * 64-bit hashing for hash tables: a finalizer for fixed-width keys and a word-at-a-time hash over
 * byte ranges (strings and serialized keys). Not persisted: the values may change between versions.
 */
public final class ColumnHashing {
    static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long M1 = 0x9E3779B97F4A7C15L;
    private static final long M2 = 0xC2B2AE3D27D4EB4FL;
    private static final long M3 = 0x165667B19E3779F9L;

    private ColumnHashing() {
    }

    /** Murmur3's fmix64: every input bit affects every output bit, so masking low bits is safe. */
    public static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB9FE1A85EC53L;
        k ^= k >>> 33;
        return k;
    }

    /** A hash of {@code bytes[offset, offset + length)}. */
    public static long hashBytes(byte[] bytes, int offset, int length) {
        long h = M3 ^ (length * M1);
        int i = offset, end = offset + length;
        while (end - i >= 16) {
            long a = (long) LONG_LE.get(bytes, i);
            long b = (long) LONG_LE.get(bytes, i + 8);
            h = (Long.rotateLeft(h ^ (a * M1), 31) * M2) ^ (Long.rotateLeft(b * M2, 27) * M1);
            i += 16;
        }
        if (end - i >= 8) {
            h = Long.rotateLeft(h ^ ((long) LONG_LE.get(bytes, i) * M1), 29) * M2;
            i += 8;
        }
        if (end - i >= 4) {
            h = Long.rotateLeft(h ^ (((int) INT_LE.get(bytes, i) & 0xFFFFFFFFL) * M2), 23) * M1;
            i += 4;
        }
        while (i < end) {
            h = Long.rotateLeft(h ^ ((bytes[i] & 0xFFL) * M3), 11) * M1;
            i++;
        }
        return mix(h);
    }

    /** Canonical bits of a double for grouping: -0.0 equals 0.0 and all NaNs are one value. */
    public static long canonicalBits(double v) {
        return v == 0.0 ? 0L : Double.doubleToLongBits(v);
    }

    /** Canonical bits of a Float32 value (stored as double) in 32 bits. */
    public static long canonicalFloatBits(double v) {
        return v == 0.0 ? 0L : Float.floatToIntBits((float) v) & 0xFFFFFFFFL;
    }
}
