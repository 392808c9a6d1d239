package io.strata.exec.function.scalar.hash;

/**
 * Google's FarmHash 64-bit functions (farmhash.cc): {@link #fingerprint64} is farmhashna's Hash64,
 * stable across platforms; {@link #hash64} is farmhashxo's Hash64 (farmhashna below 65 bytes, its own
 * mixes up to 96, farmhashna up to 256, farmhashuo beyond), which is what ClickHouse's farmHash64
 * gets from farmhash's Hash64 on a build without SSE4.1/4.2 specialisations. (A build with them switches
 * to farmhashte's vectorised loop from 512 bytes on; that variant is not implemented here, so inputs of
 * 512 bytes or more may differ from such a ClickHouse build.)
 * farmhash's Rotate is a rotation to the right.
 */
final class FarmHash {
    private FarmHash() {
    }

    static final long K0 = 0xc3a5c85c97cb3127L, K1 = 0xb492b66fbe98f273L, K2 = 0x9ae16a3b2f90404fL;

    private static long fetch64(byte[] b, int p) {
        return SipHash.littleEndian(b, p, 8);
    }

    private static long fetch32(byte[] b, int p) {
        return SipHash.littleEndian(b, p, 4);
    }

    private static long shiftMix(long v) {
        return v ^ (v >>> 47);
    }

    private static long hashLen16(long u, long v, long mul) {
        long a = (u ^ v) * mul;
        a ^= a >>> 47;
        long b = (v ^ a) * mul;
        b ^= b >>> 47;
        return b * mul;
    }

    /** farmhash's Fingerprint(uint128): how ClickHouse folds the next argument into farmFingerprint64. */
    static long fingerprint128to64(long low, long high) {
        final long kMul = 0x9ddfea08eb382d69L;
        long a = (low ^ high) * kMul;
        a ^= a >>> 47;
        long b = (high ^ a) * kMul;
        b ^= b >>> 44;
        b *= kMul;
        b ^= b >>> 41;
        return b * kMul;
    }

    private static long hashLen0to16(byte[] s, int p, int len) {
        if (len >= 8) {
            long mul = K2 + len * 2L;
            long a = fetch64(s, p) + K2;
            long b = fetch64(s, p + len - 8);
            long c = Long.rotateRight(b, 37) * mul + a;
            long d = (Long.rotateRight(a, 25) + b) * mul;
            return hashLen16(c, d, mul);
        }
        if (len >= 4) {
            long mul = K2 + len * 2L;
            long a = fetch32(s, p);
            return hashLen16(len + (a << 3), fetch32(s, p + len - 4), mul);
        }
        if (len > 0) {
            int a = s[p] & 255, b = s[p + (len >> 1)] & 255, c = s[p + len - 1] & 255;
            long y = (a + (b << 8)) & 0xFFFF_FFFFL;
            long z = (len + (c << 2)) & 0xFFFF_FFFFL;
            return shiftMix(y * K2 ^ z * K0) * K2;
        }
        return K2;
    }

    private static long hashLen17to32(byte[] s, int p, int len) {
        long mul = K2 + len * 2L;
        long a = fetch64(s, p) * K1;
        long b = fetch64(s, p + 8);
        long c = fetch64(s, p + len - 8) * mul;
        long d = fetch64(s, p + len - 16) * K2;
        return hashLen16(Long.rotateRight(a + b, 43) + Long.rotateRight(c, 30) + d, a + Long.rotateRight(b + K2, 18) + c, mul);
    }

    private static long naHashLen33to64(byte[] s, int p, int len) {
        long mul = K2 + len * 2L;
        long a = fetch64(s, p) * K2;
        long b = fetch64(s, p + 8);
        long c = fetch64(s, p + len - 8) * mul;
        long d = fetch64(s, p + len - 16) * K2;
        long y = Long.rotateRight(a + b, 43) + Long.rotateRight(c, 30) + d;
        long z = hashLen16(y, a + Long.rotateRight(b + K2, 18) + c, mul);
        long e = fetch64(s, p + 16) * mul;
        long f = fetch64(s, p + 24);
        long g = (y + fetch64(s, p + len - 32)) * mul;
        long h = (z + fetch64(s, p + len - 24)) * mul;
        return hashLen16(Long.rotateRight(e + f, 43) + Long.rotateRight(g, 30) + h, e + Long.rotateRight(f + a, 18) + g, mul);
    }

    /** WeakHashLen32WithSeeds over the 32 bytes at p; result in out[0], out[1]. */
    private static void weakHashLen32WithSeeds(byte[] s, int p, long a, long b, long[] out) {
        long w = fetch64(s, p), x = fetch64(s, p + 8), y = fetch64(s, p + 16), z = fetch64(s, p + 24);
        a += w;
        b = Long.rotateRight(b + a + z, 21);
        long c = a;
        a += x;
        a += y;
        b += Long.rotateRight(a, 44);
        out[0] = a + z;
        out[1] = b + c;
    }

    /** farmhashna::Hash64 (= farmhash's Fingerprint64). */
    static long fingerprint64(byte[] s, int off, int len) {
        if (len <= 32) return len <= 16 ? hashLen0to16(s, off, len) : hashLen17to32(s, off, len);
        if (len <= 64) return naHashLen33to64(s, off, len);
        final long seed = 81;
        long x = seed;
        long y = seed * K1 + 113;
        long z = shiftMix(y * K2 + 113) * K2;
        long[] v = new long[2], w = new long[2];
        x = x * K2 + fetch64(s, off);
        int p = off;
        int end = off + ((len - 1) / 64) * 64;
        int last64 = end + ((len - 1) & 63) - 63;
        do {
            x = Long.rotateRight(x + y + v[0] + fetch64(s, p + 8), 37) * K1;
            y = Long.rotateRight(y + v[1] + fetch64(s, p + 48), 42) * K1;
            x ^= w[1];
            y += v[0] + fetch64(s, p + 40);
            z = Long.rotateRight(z + w[0], 33) * K1;
            weakHashLen32WithSeeds(s, p, v[1] * K1, x + w[0], v);
            weakHashLen32WithSeeds(s, p + 32, z + w[1], y + fetch64(s, p + 16), w);
            long t = z;
            z = x;
            x = t;
            p += 64;
        } while (p != end);
        long mul = K1 + ((z & 0xff) << 1);
        p = last64;
        w[0] += (len - 1) & 63;
        v[0] += w[0];
        w[0] += v[0];
        x = Long.rotateRight(x + y + v[0] + fetch64(s, p + 8), 37) * mul;
        y = Long.rotateRight(y + v[1] + fetch64(s, p + 48), 42) * mul;
        x ^= w[1] * 9;
        y += v[0] * 9 + fetch64(s, p + 40);
        z = Long.rotateRight(z + w[0], 33) * mul;
        weakHashLen32WithSeeds(s, p, v[1] * mul, x + w[0], v);
        weakHashLen32WithSeeds(s, p + 32, z + w[1], y + fetch64(s, p + 16), w);
        long t = z;
        z = x;
        x = t;
        return hashLen16(hashLen16(v[0], w[0], mul) + shiftMix(y) * K0 + z, hashLen16(v[1], w[1], mul) + x, mul);
    }

    /** farmhashxo's H32 over the 32 bytes at p. */
    private static long h32(byte[] s, int p, long mul, long seed0, long seed1) {
        long a = fetch64(s, p) * K1;
        long b = fetch64(s, p + 8);
        long c = fetch64(s, p + 24) * mul;
        long d = fetch64(s, p + 16) * K2;
        long u = Long.rotateRight(a + b, 43) + Long.rotateRight(c, 30) + d + seed0;
        long v = a + Long.rotateRight(b + K2, 18) + c + seed1;
        a = shiftMix((u ^ v) * mul);
        return shiftMix((v ^ a) * mul);
    }

    /** farmhashxo::Hash64. */
    static long hash64(byte[] s, int off, int len) {
        if (len <= 32) return len <= 16 ? hashLen0to16(s, off, len) : hashLen17to32(s, off, len);
        if (len <= 64) {
            long mul0 = K2 - 30, mul1 = K2 - 30 + 2L * len;
            long h0 = h32(s, off, mul0, 0, 0);
            long h1 = h32(s, off + len - 32, mul1, 0, 0);
            return (h1 * mul1 + h0) * mul1;
        }
        if (len <= 96) {
            long mul0 = K2 - 114, mul1 = K2 - 114 + 2L * len;
            long h0 = h32(s, off, mul0, 0, 0);
            long h1 = h32(s, off + 32, mul1, 0, 0);
            long h2 = h32(s, off + len - 32, mul1, h0, h1);
            return (h2 * 9 + (h0 >>> 17) + (h1 >>> 21)) * mul1;
        }
        if (len <= 256) return fingerprint64(s, off, len);
        return uoHash64(s, off, len, 81, 0);
    }

    private static long uoH(long x, long y, long mul, int r) {
        long a = (x ^ y) * mul;
        a ^= a >>> 47;
        long b = (y ^ a) * mul;
        return Long.rotateRight(b, r) * mul;
    }

    /** farmhashuo::Hash64WithSeeds for inputs over 64 bytes. */
    private static long uoHash64(byte[] s, int off, int len, long seed0, long seed1) {
        long x = seed0;
        long y = seed1 * K2 + 113;
        long z = shiftMix(y * K2) * K2;
        long[] v = {seed0, seed1}, w = new long[2];
        long u = x - z;
        x *= K2;
        long mul = K2 + (u & 0x82);
        int p = off;
        int end = off + ((len - 1) / 64) * 64;
        int last64 = end + ((len - 1) & 63) - 63;
        do {
            long a0 = fetch64(s, p), a1 = fetch64(s, p + 8), a2 = fetch64(s, p + 16), a3 = fetch64(s, p + 24);
            long a4 = fetch64(s, p + 32), a5 = fetch64(s, p + 40), a6 = fetch64(s, p + 48), a7 = fetch64(s, p + 56);
            x += a0 + a1;
            y += a2;
            z += a3;
            v[0] += a4;
            v[1] += a5 + a1;
            w[0] += a6;
            w[1] += a7;

            x = Long.rotateRight(x, 26);
            x *= 9;
            y = Long.rotateRight(y, 29);
            z *= mul;
            v[0] = Long.rotateRight(v[0], 33);
            v[1] = Long.rotateRight(v[1], 30);
            w[0] ^= x;
            w[0] *= 9;
            z = Long.rotateRight(z, 32);
            z += w[1];
            w[1] += z;
            z *= 9;
            long t = u;
            u = y;
            y = t;

            z += a0 + a6;
            v[0] += a2;
            v[1] += a3;
            w[0] += a4;
            w[1] += a5 + a6;
            x += a1;
            y += a7;

            y += v[0];
            v[0] += x - y;
            v[1] += w[0];
            w[0] += v[1];
            w[1] += x - y;
            x += w[1];
            w[1] = Long.rotateRight(w[1], 34);
            t = u;
            u = z;
            z = t;
            p += 64;
        } while (p != end);
        p = last64;
        u *= 9;
        v[1] = Long.rotateRight(v[1], 28);
        v[0] = Long.rotateRight(v[0], 20);
        w[0] += (len - 1) & 63;
        u += y;
        y += u;
        x = Long.rotateRight(y - x + v[0] + fetch64(s, p + 8), 37) * mul;
        y = Long.rotateRight(y ^ v[1] ^ fetch64(s, p + 48), 42) * mul;
        x ^= w[1] * 9;
        y += v[0] + fetch64(s, p + 40);
        z = Long.rotateRight(z + w[0], 33) * mul;
        weakHashLen32WithSeeds(s, p, v[1] * mul, x + w[0], v);
        weakHashLen32WithSeeds(s, p + 32, z + w[1], y + fetch64(s, p + 16), w);
        return uoH(hashLen16(v[0] + x, w[0] ^ y, mul) + z - u, uoH(v[1] + y, w[1] + z, K2, 30) ^ x, mul, 31);
    }
}
