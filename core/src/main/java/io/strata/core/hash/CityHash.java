package io.strata.core.hash;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Google's CityHash at version 1.0.2, the exact version ClickHouse embeds. Later CityHash releases
 * (1.1+) changed the mixing for most lengths, so they give different values; ClickHouse keeps 1.0.2
 * because the checksums of its compressed blocks and the results of {@code cityHash64} depend on it.
 *
 * <p>All multi-byte reads are little-endian (the reference reads native words on x86). Every value
 * is an unsigned 64-bit quantity carried in a Java {@code long}; the arithmetic wraps exactly like
 * C's {@code uint64}, and only the shifts must be unsigned ({@code >>>}).
 *
 * <p>{@link #cityHash128} returns {@code {low64, high64}}: index 0 is {@code Uint128Low64}, i.e. the
 * {@code first} member of the reference's {@code uint128} pair, index 1 is {@code Uint128High64},
 * the {@code second}. A ClickHouse compressed block starts with exactly these two words written
 * little-endian, {@code first} (bytes 0..7) then {@code second} (bytes 8..15).
 */
public final class CityHash {
    private CityHash() {
    }

    private static final long K0 = 0xc3a5c85c97cb3127L;
    private static final long K1 = 0xb492b66fbe98f273L;
    private static final long K2 = 0x9ae16a3b2f90404fL;
    private static final long K3 = 0xc949d7c7509e6557L;
    private static final long K_MUL = 0x9ddfea08eb382d69L;

    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private static long fetch64(byte[] b, int at) {
        return (long) LONG_LE.get(b, at);
    }

    /** The 32-bit word, zero-extended (the reference's uint32 promotes to uint64 without sign). */
    private static long fetch32(byte[] b, int at) {
        return ((int) INT_LE.get(b, at)) & 0xFFFF_FFFFL;
    }

    /** 1.0.2 special-cases a zero shift: C's {@code x << 64} is undefined. Java rotates by 0 correctly anyway. */
    private static long rotate(long v, int shift) {
        return Long.rotateRight(v, shift);
    }

    private static long shiftMix(long v) {
        return v ^ (v >>> 47);
    }

    /** The reference's Hash128to64 of the pair (u = low, v = high): a Murmur-inspired 128-to-64 fold. */
    public static long hash128to64(long u, long v) {
        long a = (u ^ v) * K_MUL;
        a ^= a >>> 47;
        long b = (v ^ a) * K_MUL;
        b ^= b >>> 47;
        return b * K_MUL;
    }

    private static long hashLen0to16(byte[] s, int p, int len) {
        if (len > 8) {
            long a = fetch64(s, p);
            long b = fetch64(s, p + len - 8);
            // RotateByAtLeast1 in the reference; the shift is len mod 64 since len is 9..16.
            return hash128to64(a, rotate(b + len, len)) ^ b;
        }
        if (len >= 4) {
            long a = fetch32(s, p);
            return hash128to64(len + (a << 3), fetch32(s, p + len - 4));
        }
        if (len > 0) {
            int a = s[p] & 0xFF;
            int b = s[p + (len >> 1)] & 0xFF;
            int c = s[p + len - 1] & 0xFF;
            // y and z are uint32 in the reference; both stay below 2^32 here, so plain ints widened unsigned suffice.
            long y = (a + (b << 8)) & 0xFFFF_FFFFL;
            long z = (len + (c << 2)) & 0xFFFF_FFFFL;
            return shiftMix(y * K2 ^ z * K3) * K2;
        }
        return K2;
    }

    private static long hashLen17to32(byte[] s, int p, int len) {
        long a = fetch64(s, p) * K1;
        long b = fetch64(s, p + 8);
        long c = fetch64(s, p + len - 8) * K2;
        long d = fetch64(s, p + len - 16) * K0;
        return hash128to64(rotate(a - b, 43) + rotate(c, 30) + d, a + rotate(b ^ K3, 20) - c + len);
    }

    private static long hashLen33to64(byte[] s, int p, int len) {
        long z = fetch64(s, p + 24);
        long a = fetch64(s, p) + (len + fetch64(s, p + len - 16)) * K0;
        long b = rotate(a + z, 52);
        long c = rotate(a, 37);
        a += fetch64(s, p + 8);
        c += rotate(a, 7);
        a += fetch64(s, p + 16);
        long vf = a + z;
        long vs = b + rotate(a, 31) + c;
        a = fetch64(s, p + 16) + fetch64(s, p + len - 32);
        z = fetch64(s, p + len - 8);
        b = rotate(a + z, 52);
        c = rotate(a, 37);
        a += fetch64(s, p + len - 24);
        c += rotate(a, 7);
        a += fetch64(s, p + len - 16);
        long wf = a + z;
        long ws = b + rotate(a, 31) + c;
        long r = shiftMix((vf + ws) * K2 + (wf + vs) * K0);
        return shiftMix(r * K0 + vs) * K2;
    }

    /**
     * WeakHashLen32WithSeeds over the 32 bytes at {@code p}; the pair result goes to out[0] (first)
     * and out[1] (second) so the hot loops allocate nothing.
     */
    private static void weakHash32(byte[] s, int p, long a, long b, long[] out) {
        long w = fetch64(s, p), x = fetch64(s, p + 8), y = fetch64(s, p + 16), z = fetch64(s, p + 24);
        a += w;
        b = rotate(b + a + z, 21);
        long c = a;
        a += x;
        a += y;
        b += rotate(a, 44);
        out[0] = a + z;
        out[1] = b + c;
    }

    /** CityHash64 (v1.0.2) of {@code length} bytes of {@code data} from {@code offset}. */
    public static long cityHash64(byte[] data, int offset, int length) {
        byte[] s = data;
        int len = length;
        if (len <= 32) {
            return len <= 16 ? hashLen0to16(s, offset, len) : hashLen17to32(s, offset, len);
        } else if (len <= 64) {
            return hashLen33to64(s, offset, len);
        }
        // More than 64 bytes: 56 bytes of state seeded from the last 64 bytes, then 64-byte chunks
        // from the front; the final (len - 1) / 64 * 64 bytes are the loop's, the tail was used for seeding.
        int p = offset;
        long x = fetch64(s, p);
        long y = fetch64(s, p + len - 16) ^ K1;
        long z = fetch64(s, p + len - 56) ^ K0;
        long[] v = new long[2], w = new long[2];
        weakHash32(s, p + len - 64, len, y, v);
        weakHash32(s, p + len - 32, len * K1, K0, w);
        z += shiftMix(v[1]) * K1;
        x = rotate(z + x, 39) * K1;
        y = rotate(y, 33) * K1;
        int remaining = (len - 1) & ~63;
        do {
            x = rotate(x + y + v[0] + fetch64(s, p + 16), 37) * K1;
            y = rotate(y + v[1] + fetch64(s, p + 48), 42) * K1;
            x ^= w[1];
            y ^= v[0];
            z = rotate(z ^ w[0], 33);
            weakHash32(s, p, v[1] * K1, x + w[0], v);
            weakHash32(s, p + 32, z + w[1], y, w);
            long t = z;
            z = x;
            x = t;
            p += 64;
            remaining -= 64;
        } while (remaining != 0);
        return hash128to64(hash128to64(v[0], w[0]) + shiftMix(y) * K1 + z, hash128to64(v[1], w[1]) + x);
    }

    /** CityHash64WithSeed: {@link #cityHash64WithSeeds} with seed0 = k2. */
    public static long cityHash64WithSeed(byte[] data, int offset, int length, long seed) {
        return cityHash64WithSeeds(data, offset, length, K2, seed);
    }

    /** CityHash64WithSeeds: Hash128to64(CityHash64(data) - seed0, seed1). */
    public static long cityHash64WithSeeds(byte[] data, int offset, int length, long seed0, long seed1) {
        return hash128to64(cityHash64(data, offset, length) - seed0, seed1);
    }

    /** Below 128 bytes CityHash128WithSeed is this Murmur-style hash. Result into out = {low, high}. */
    private static void cityMurmur(byte[] s, int p, int len, long seedLow, long seedHigh, long[] out) {
        long a = seedLow;
        long b = seedHigh;
        long c;
        long d;
        int l = len - 16;
        if (l <= 0) {
            a = shiftMix(a * K1) * K1;
            c = b * K1 + hashLen0to16(s, p, len);
            d = shiftMix(a + (len >= 8 ? fetch64(s, p) : c));
        } else {
            c = hash128to64(fetch64(s, p + len - 8) + K1, a);
            d = hash128to64(b + len, c + fetch64(s, p + len - 16));
            a += d;
            // The loop reads 16 bytes per step while l > 0, possibly overlapping the end-based reads above.
            do {
                a ^= shiftMix(fetch64(s, p) * K1) * K1;
                a *= K1;
                b ^= a;
                c ^= shiftMix(fetch64(s, p + 8) * K1) * K1;
                c *= K1;
                d ^= c;
                p += 16;
                l -= 16;
            } while (l > 0);
        }
        a = hash128to64(a, c);
        b = hash128to64(d, b);
        out[0] = a ^ b;
        out[1] = hash128to64(b, a);
    }

    /** CityHash128WithSeed (v1.0.2); seed and result are {low, high}. */
    public static long[] cityHash128WithSeed(byte[] data, int offset, int length, long seedLow, long seedHigh) {
        long[] out = new long[2];
        cityHash128WithSeed(data, offset, length, seedLow, seedHigh, out);
        return out;
    }

    private static void cityHash128WithSeed(byte[] s, int p, int len, long seedLow, long seedHigh, long[] out) {
        if (len < 128) {
            cityMurmur(s, p, len, seedLow, seedHigh, out);
            return;
        }
        long x = seedLow;
        long y = seedHigh;
        long z = len * K1;
        long[] v = new long[2], w = new long[2];
        v[0] = rotate(y ^ K1, 49) * K1 + fetch64(s, p);
        v[1] = rotate(v[0], 42) * K1 + fetch64(s, p + 8);
        w[0] = rotate(y + z, 35) * K1 + x;
        w[1] = rotate(x + fetch64(s, p + 88), 53) * K1;
        do {
            for (int half = 0; half < 2; half++) {
                x = rotate(x + y + v[0] + fetch64(s, p + 16), 37) * K1;
                y = rotate(y + v[1] + fetch64(s, p + 48), 42) * K1;
                x ^= w[1];
                y ^= v[0];
                z = rotate(z ^ w[0], 33);
                weakHash32(s, p, v[1] * K1, x + w[0], v);
                weakHash32(s, p + 32, z + w[1], y, w);
                long t = z;
                z = x;
                x = t;
                p += 64;
            }
            len -= 128;
        } while (len >= 128);
        y += rotate(w[0], 37) * K0 + z;
        x += rotate(v[0] + z, 49) * K0;
        // Up to four 32-byte chunks counted back from the end; they may reach before p into bytes
        // already consumed, which is in range because at least 128 bytes were.
        for (int tailDone = 0; tailDone < len; ) {
            tailDone += 32;
            y = rotate(y - x, 42) * K0 + v[1];
            w[0] += fetch64(s, p + len - tailDone + 16);
            x = rotate(x, 49) * K0 + w[0];
            w[0] += v[0];
            weakHash32(s, p + len - tailDone, v[0], v[1], v);
        }
        x = hash128to64(x, v[0]);
        y = hash128to64(y, w[0]);
        out[0] = hash128to64(x + v[1], w[1]) + y;
        out[1] = hash128to64(x + w[1], y + v[1]);
    }

    /**
     * CityHash128 (v1.0.2) of {@code length} bytes of {@code data} from {@code offset}, as
     * {@code {low64, high64}} = {@code {first, second}} of the reference's uint128.
     */
    public static long[] cityHash128(byte[] data, int offset, int length) {
        long[] out = new long[2];
        if (length >= 16) {
            cityHash128WithSeed(data, offset + 16, length - 16, fetch64(data, offset) ^ K3, fetch64(data, offset + 8), out);
        } else if (length >= 8) {
            cityHash128WithSeed(data, offset, 0, fetch64(data, offset) ^ (length * K0), fetch64(data, offset + length - 8) ^ K1, out);
        } else {
            cityHash128WithSeed(data, offset, length, K0, K1, out);
        }
        return out;
    }
}
