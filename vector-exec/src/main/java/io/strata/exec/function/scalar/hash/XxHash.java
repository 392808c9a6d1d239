package io.strata.exec.function.scalar.hash;

/** Yann Collet's XXH32 and XXH64 with seed 0 (ClickHouse's xxHash32 / xxHash64). */
final class XxHash {
    private XxHash() {
    }

    private static final int P32_1 = 0x9E3779B1, P32_2 = 0x85EBCA77, P32_3 = 0xC2B2AE3D, P32_4 = 0x27D4EB2F, P32_5 = 0x165667B1;
    private static final long P64_1 = 0x9E3779B185EBCA87L, P64_2 = 0xC2B2AE3D27D4EB4FL, P64_3 = 0x165667B19E3779F9L,
            P64_4 = 0x85EBCA77C2B2AE63L, P64_5 = 0x27D4EB2F165667C5L;

    static long hash32(byte[] b, int off, int len) {
        int p = off, end = off + len;
        int h;
        if (len >= 16) {
            int v1 = P32_1 + P32_2, v2 = P32_2, v3 = 0, v4 = -P32_1;
            for (; p + 16 <= end; p += 16) {
                v1 = round32(v1, (int) SipHash.littleEndian(b, p, 4));
                v2 = round32(v2, (int) SipHash.littleEndian(b, p + 4, 4));
                v3 = round32(v3, (int) SipHash.littleEndian(b, p + 8, 4));
                v4 = round32(v4, (int) SipHash.littleEndian(b, p + 12, 4));
            }
            h = Integer.rotateLeft(v1, 1) + Integer.rotateLeft(v2, 7) + Integer.rotateLeft(v3, 12) + Integer.rotateLeft(v4, 18);
        } else {
            h = P32_5;
        }
        h += len;
        for (; p + 4 <= end; p += 4) {
            h += (int) SipHash.littleEndian(b, p, 4) * P32_3;
            h = Integer.rotateLeft(h, 17) * P32_4;
        }
        for (; p < end; p++) {
            h += (b[p] & 255) * P32_5;
            h = Integer.rotateLeft(h, 11) * P32_1;
        }
        h ^= h >>> 15;
        h *= P32_2;
        h ^= h >>> 13;
        h *= P32_3;
        h ^= h >>> 16;
        return h & 0xFFFF_FFFFL;
    }

    private static int round32(int acc, int lane) {
        acc += lane * P32_2;
        return Integer.rotateLeft(acc, 13) * P32_1;
    }

    static long hash64(byte[] b, int off, int len) {
        int p = off, end = off + len;
        long h;
        if (len >= 32) {
            long v1 = P64_1 + P64_2, v2 = P64_2, v3 = 0, v4 = -P64_1;
            for (; p + 32 <= end; p += 32) {
                v1 = round64(v1, SipHash.littleEndian(b, p, 8));
                v2 = round64(v2, SipHash.littleEndian(b, p + 8, 8));
                v3 = round64(v3, SipHash.littleEndian(b, p + 16, 8));
                v4 = round64(v4, SipHash.littleEndian(b, p + 24, 8));
            }
            h = Long.rotateLeft(v1, 1) + Long.rotateLeft(v2, 7) + Long.rotateLeft(v3, 12) + Long.rotateLeft(v4, 18);
            h = mergeRound64(h, v1);
            h = mergeRound64(h, v2);
            h = mergeRound64(h, v3);
            h = mergeRound64(h, v4);
        } else {
            h = P64_5;
        }
        h += len;
        for (; p + 8 <= end; p += 8) {
            h ^= round64(0, SipHash.littleEndian(b, p, 8));
            h = Long.rotateLeft(h, 27) * P64_1 + P64_4;
        }
        if (p + 4 <= end) {
            h ^= SipHash.littleEndian(b, p, 4) * P64_1;
            h = Long.rotateLeft(h, 23) * P64_2 + P64_3;
            p += 4;
        }
        for (; p < end; p++) {
            h ^= (b[p] & 255) * P64_5;
            h = Long.rotateLeft(h, 11) * P64_1;
        }
        h ^= h >>> 33;
        h *= P64_2;
        h ^= h >>> 29;
        h *= P64_3;
        h ^= h >>> 32;
        return h;
    }

    private static long round64(long acc, long lane) {
        acc += lane * P64_2;
        return Long.rotateLeft(acc, 31) * P64_1;
    }

    private static long mergeRound64(long acc, long v) {
        acc ^= round64(0, v);
        return acc * P64_1 + P64_4;
    }
}
