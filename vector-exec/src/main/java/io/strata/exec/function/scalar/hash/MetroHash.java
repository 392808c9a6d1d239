package io.strata.exec.function.scalar.hash;

/**
 * J. Andrew Rogers' MetroHash64, variant 1 (metrohash64_1) with seed 0: the one ClickHouse's
 * metroHash64 calls, its 8 output bytes read little-endian.
 */
final class MetroHash {
    private MetroHash() {
    }

    private static final long K0 = 0xC83A91E1L, K1 = 0x8648DBDBL, K2 = 0x7BDEC03BL, K3 = 0x2F5870A5L;

    static long hash64(byte[] b, int off, int len) {
        int p = off, end = off + len;
        long hash = K2 * K0 + len; // (seed + k2) * k0 + len with seed 0
        if (len >= 32) {
            long v0 = hash, v1 = hash, v2 = hash, v3 = hash;
            do {
                v0 += SipHash.littleEndian(b, p, 8) * K0;
                v0 = Long.rotateRight(v0, 29) + v2;
                v1 += SipHash.littleEndian(b, p + 8, 8) * K1;
                v1 = Long.rotateRight(v1, 29) + v3;
                v2 += SipHash.littleEndian(b, p + 16, 8) * K2;
                v2 = Long.rotateRight(v2, 29) + v0;
                v3 += SipHash.littleEndian(b, p + 24, 8) * K3;
                v3 = Long.rotateRight(v3, 29) + v1;
                p += 32;
            } while (p <= end - 32);
            v2 ^= Long.rotateRight((v0 + v3) * K0 + v1, 33) * K1;
            v3 ^= Long.rotateRight((v1 + v2) * K1 + v0, 33) * K0;
            v0 ^= Long.rotateRight((v0 + v2) * K0 + v3, 33) * K1;
            v1 ^= Long.rotateRight((v1 + v3) * K1 + v2, 33) * K0;
            hash += v0 ^ v1;
        }
        if (end - p >= 16) {
            long v0 = hash + SipHash.littleEndian(b, p, 8) * K0;
            v0 = Long.rotateRight(v0, 33) * K1;
            long v1 = hash + SipHash.littleEndian(b, p + 8, 8) * K1;
            v1 = Long.rotateRight(v1, 33) * K2;
            v0 ^= Long.rotateRight(v0 * K0, 35) + v1;
            v1 ^= Long.rotateRight(v1 * K3, 35) + v0;
            hash += v1;
            p += 16;
        }
        if (end - p >= 8) {
            hash += SipHash.littleEndian(b, p, 8) * K3;
            hash ^= Long.rotateRight(hash, 33) * K1;
            p += 8;
        }
        if (end - p >= 4) {
            hash += SipHash.littleEndian(b, p, 4) * K3;
            hash ^= Long.rotateRight(hash, 15) * K1;
            p += 4;
        }
        if (end - p >= 2) {
            hash += SipHash.littleEndian(b, p, 2) * K3;
            hash ^= Long.rotateRight(hash, 13) * K1;
            p += 2;
        }
        if (end - p >= 1) {
            hash += (b[p] & 255) * K3;
            hash ^= Long.rotateRight(hash, 25) * K1;
        }
        hash ^= Long.rotateRight(hash, 33);
        hash *= K0;
        hash ^= Long.rotateRight(hash, 33);
        return hash;
    }
}
