package io.strata.exec.function.aggregate;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Hashes used by the uniq family. {@link #mix64} is a bijection (the MurmurHash3 finalizer), so
 * distinct 64-bit values never collide; {@link #hash128} is MurmurHash3 x64/128 over bytes, whose
 * two halves land in {@link #h1}/{@link #h2} of this (reusable, per-accumulator) object so the hot
 * loop allocates nothing. Hash values are stored in uniq states: the functions must never change.
 */
final class Hashing {
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    long h1;
    long h2;

    static long mix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** The bits of a double as a set key: -0.0 equals 0.0 and every NaN is one value, as SQL equality treats them. */
    static long doubleKey(double d) {
        if (d == 0.0) return 0L;
        if (d != d) return 0x7ff8000000000000L;
        return Double.doubleToRawLongBits(d);
    }

    void hash128(byte[] data, int off, int len) {
        long a = 0, b = 0;
        int blocks = len >>> 4;
        for (int i = 0; i < blocks; i++) {
            long k1 = (long) LONG_LE.get(data, off + i * 16);
            long k2 = (long) LONG_LE.get(data, off + i * 16 + 8);
            k1 *= C1;
            k1 = Long.rotateLeft(k1, 31);
            k1 *= C2;
            a ^= k1;
            a = Long.rotateLeft(a, 27);
            a += b;
            a = a * 5 + 0x52dce729;
            k2 *= C2;
            k2 = Long.rotateLeft(k2, 33);
            k2 *= C1;
            b ^= k2;
            b = Long.rotateLeft(b, 31);
            b += a;
            b = b * 5 + 0x38495ab5;
        }
        int tail = off + (blocks << 4);
        int rest = len & 15;
        long k1 = 0, k2 = 0;
        for (int i = rest - 1; i >= 8; i--) k2 = (k2 << 8) | (data[tail + i] & 0xFF);
        for (int i = Math.min(rest, 8) - 1; i >= 0; i--) k1 = (k1 << 8) | (data[tail + i] & 0xFF);
        if (rest > 8) {
            k2 *= C2;
            k2 = Long.rotateLeft(k2, 33);
            k2 *= C1;
            b ^= k2;
        }
        if (rest > 0) {
            k1 *= C1;
            k1 = Long.rotateLeft(k1, 31);
            k1 *= C2;
            a ^= k1;
        }
        a ^= len;
        b ^= len;
        a += b;
        b += a;
        a = mix64(a);
        b = mix64(b);
        a += b;
        b += a;
        h1 = a;
        h2 = b;
    }
}
