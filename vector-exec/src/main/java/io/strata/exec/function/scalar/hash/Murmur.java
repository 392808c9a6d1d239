package io.strata.exec.function.scalar.hash;

/** Austin Appleby's MurmurHash2 (32-bit and 64A) and MurmurHash3 (x86_32, x64_128) with seed 0. */
final class Murmur {
    private Murmur() {
    }

    static long hash2x32(byte[] b, int off, int len) {
        final int m = 0x5bd1e995;
        int h = len;
        int p = off, end = off + len;
        for (; p + 4 <= end; p += 4) {
            int k = (int) SipHash.littleEndian(b, p, 4);
            k *= m;
            k ^= k >>> 24;
            k *= m;
            h *= m;
            h ^= k;
        }
        switch (end - p) {
            case 3:
                h ^= (b[p + 2] & 255) << 16;
            case 2:
                h ^= (b[p + 1] & 255) << 8;
            case 1:
                h ^= b[p] & 255;
                h *= m;
            default:
        }
        h ^= h >>> 13;
        h *= m;
        h ^= h >>> 15;
        return h & 0xFFFF_FFFFL;
    }

    static long hash2x64(byte[] b, int off, int len) {
        return hash2x64(b, off, len, 0);
    }

    /** MurmurHash64A with gcc's seed, the hash of libstdc++'s std::hash (ClickHouse's gccMurmurHash). */
    static long gccHash(byte[] b, int off, int len) {
        return hash2x64(b, off, len, 0xc70f6907L);
    }

    private static long hash2x64(byte[] b, int off, int len, long seed) {
        final long m = 0xc6a4a7935bd1e995L;
        long h = seed ^ (len * m);
        int p = off, end = off + len;
        for (; p + 8 <= end; p += 8) {
            long k = SipHash.littleEndian(b, p, 8);
            k *= m;
            k ^= k >>> 47;
            k *= m;
            h ^= k;
            h *= m;
        }
        int rest = end - p;
        if (rest > 0) {
            h ^= SipHash.littleEndian(b, p, rest);
            h *= m;
        }
        h ^= h >>> 47;
        h *= m;
        h ^= h >>> 47;
        return h;
    }

    static long hash3x32(byte[] b, int off, int len) {
        final int c1 = 0xcc9e2d51, c2 = 0x1b873593;
        int h = 0;
        int p = off, end = off + len;
        for (; p + 4 <= end; p += 4) {
            int k = (int) SipHash.littleEndian(b, p, 4);
            k *= c1;
            k = Integer.rotateLeft(k, 15);
            k *= c2;
            h ^= k;
            h = Integer.rotateLeft(h, 13);
            h = h * 5 + 0xe6546b64;
        }
        int rest = end - p;
        if (rest > 0) {
            int k = (int) SipHash.littleEndian(b, p, rest);
            k *= c1;
            k = Integer.rotateLeft(k, 15);
            k *= c2;
            h ^= k;
        }
        h ^= len;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & 0xFFFF_FFFFL;
    }

    /** MurmurHash3_x64_128; ClickHouse's murmurHash3_64 combines the halves as h1 ^ h2. */
    static long hash3x64(byte[] b, int off, int len) {
        long[] h = hash3x128(b, off, len);
        return h[0] ^ h[1];
    }

    /** The 16 bytes of MurmurHash3_x64_128 (h1 then h2, little-endian), written at {@code out[at]}. */
    static void hash3x128(byte[] b, int off, int len, byte[] out, int at) {
        long[] h = hash3x128(b, off, len);
        for (int k = 0; k < 8; k++) {
            out[at + k] = (byte) (h[0] >>> (8 * k));
            out[at + 8 + k] = (byte) (h[1] >>> (8 * k));
        }
    }

    private static long[] hash3x128(byte[] b, int off, int len) {
        final long c1 = 0x87c37b91114253d5L, c2 = 0x4cf5ad432745937fL;
        long h1 = 0, h2 = 0;
        int p = off, end = off + len;
        for (; p + 16 <= end; p += 16) {
            long k1 = SipHash.littleEndian(b, p, 8), k2 = SipHash.littleEndian(b, p + 8, 8);
            k1 *= c1; k1 = Long.rotateLeft(k1, 31); k1 *= c2; h1 ^= k1;
            h1 = Long.rotateLeft(h1, 27); h1 += h2; h1 = h1 * 5 + 0x52dce729;
            k2 *= c2; k2 = Long.rotateLeft(k2, 33); k2 *= c1; h2 ^= k2;
            h2 = Long.rotateLeft(h2, 31); h2 += h1; h2 = h2 * 5 + 0x38495ab5;
        }
        int rest = end - p;
        if (rest > 8) {
            long k2 = SipHash.littleEndian(b, p + 8, rest - 8);
            k2 *= c2; k2 = Long.rotateLeft(k2, 33); k2 *= c1; h2 ^= k2;
        }
        if (rest > 0) {
            long k1 = SipHash.littleEndian(b, p, Math.min(rest, 8));
            k1 *= c1; k1 = Long.rotateLeft(k1, 31); k1 *= c2; h1 ^= k1;
        }
        h1 ^= len;
        h2 ^= len;
        h1 += h2;
        h2 += h1;
        h1 = HashFunctions.intHash64(h1);
        h2 = HashFunctions.intHash64(h2);
        h1 += h2;
        h2 += h1;
        return new long[] {h1, h2};
    }
}
