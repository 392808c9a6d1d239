package io.strata.exec.function.scalar.hash;

import java.util.HexFormat;

/**
 * Yann Collet's XXH3_64bits with seed 0 and the default secret (ClickHouse's xxh3), in its four
 * length classes: 0-16, 17-128, 129-240 and the striped long hash beyond.
 */
final class Xxh3 {
    private Xxh3() {
    }

    /** XXH3's default 192-byte secret (kSecret, taken from FARSH). */
    private static final byte[] SECRET = HexFormat.of().parseHex(
            "b8fe6c3923a44bbe7c01812cf721ad1cded46de9839097db7240a4a4b7b3671f"
            + "cb79e64eccc0e578825ad07dccff7221b8084674f743248ee03590e6813a264c"
            + "3c2852bb91c300cb88d0658b1b532ea371644897a20df94e3819ef46a9deacd8"
            + "a8fa763fe39c343ff9dcbbc7c70b4f1d8a51e04bcdb45931c89f7ec9d9787364"
            + "eac5ac8334d3ebc3c581a0fffa1363eb170ddd51b7f0da49d316552629d4689e"
            + "2b16be587d47a1fc8ff8b8d17ad031ce45cb3a8f95160428afd7fbcabb4b407e");

    private static final long P32_1 = 0x9E3779B1L, P32_2 = 0x85EBCA77L, P32_3 = 0xC2B2AE3DL;
    private static final long P64_1 = 0x9E3779B185EBCA87L, P64_2 = 0xC2B2AE3D27D4EB4FL, P64_3 = 0x165667B19E3779F9L,
            P64_4 = 0x85EBCA77C2B2AE63L, P64_5 = 0x27D4EB2F165667C5L;
    private static final int STRIPE = 64, CONSUME_RATE = 8, MIDSIZE_START = 3, MIDSIZE_LAST = 17, SECRET_MIN = 136;
    private static final int LASTACC_START = 7, MERGEACCS_START = 11;

    private static long le64(byte[] b, int p) {
        return SipHash.littleEndian(b, p, 8);
    }

    private static long le32(byte[] b, int p) {
        return SipHash.littleEndian(b, p, 4);
    }

    private static long mulFold(long a, long b) {
        return a * b ^ Math.unsignedMultiplyHigh(a, b);
    }

    private static long avalanche(long h) {
        h ^= h >>> 37;
        h *= 0x165667919E3779F9L;
        return h ^ (h >>> 32);
    }

    private static long xxh64Avalanche(long h) {
        h ^= h >>> 33;
        h *= P64_2;
        h ^= h >>> 29;
        h *= P64_3;
        return h ^ (h >>> 32);
    }

    private static long mix16(byte[] in, int p, int s) {
        return mulFold(le64(in, p) ^ le64(SECRET, s), le64(in, p + 8) ^ le64(SECRET, s + 8));
    }

    static long hash64(byte[] in, int off, int len) {
        if (len <= 16) return upTo16(in, off, len);
        if (len <= 128) {
            long acc = len * P64_1;
            if (len > 32) {
                if (len > 64) {
                    if (len > 96) {
                        acc += mix16(in, off + 48, 96);
                        acc += mix16(in, off + len - 64, 112);
                    }
                    acc += mix16(in, off + 32, 64);
                    acc += mix16(in, off + len - 48, 80);
                }
                acc += mix16(in, off + 16, 32);
                acc += mix16(in, off + len - 32, 48);
            }
            acc += mix16(in, off, 0);
            acc += mix16(in, off + len - 16, 16);
            return avalanche(acc);
        }
        if (len <= 240) {
            long acc = len * P64_1;
            for (int i = 0; i < 8; i++) acc += mix16(in, off + 16 * i, 16 * i);
            acc = avalanche(acc);
            for (int i = 8, rounds = len / 16; i < rounds; i++) acc += mix16(in, off + 16 * i, 16 * (i - 8) + MIDSIZE_START);
            acc += mix16(in, off + len - 16, SECRET_MIN - MIDSIZE_LAST);
            return avalanche(acc);
        }
        return hashLong(in, off, len);
    }

    private static long upTo16(byte[] in, int off, int len) {
        if (len > 8) {
            long lo = le64(in, off) ^ (le64(SECRET, 24) ^ le64(SECRET, 32));
            long hi = le64(in, off + len - 8) ^ (le64(SECRET, 40) ^ le64(SECRET, 48));
            return avalanche(len + Long.reverseBytes(lo) + hi + mulFold(lo, hi));
        }
        if (len >= 4) {
            long in1 = le32(in, off), in2 = le32(in, off + len - 4);
            long keyed = (in2 + (in1 << 32)) ^ (le64(SECRET, 8) ^ le64(SECRET, 16));
            // rrmxmx
            keyed ^= Long.rotateLeft(keyed, 49) ^ Long.rotateLeft(keyed, 24);
            keyed *= 0x9FB21C651E98DF25L;
            keyed ^= (keyed >>> 35) + len;
            keyed *= 0x9FB21C651E98DF25L;
            return keyed ^ (keyed >>> 28);
        }
        if (len > 0) {
            int c1 = in[off] & 255, c2 = in[off + (len >> 1)] & 255, c3 = in[off + len - 1] & 255;
            long combined = ((long) c1 << 16 | (long) c2 << 24 | c3 | (long) len << 8) & 0xFFFF_FFFFL;
            return xxh64Avalanche(combined ^ (le32(SECRET, 0) ^ le32(SECRET, 4)));
        }
        return xxh64Avalanche(le64(SECRET, 56) ^ le64(SECRET, 64));
    }

    private static void accumulate512(long[] acc, byte[] in, int p, int s) {
        for (int i = 0; i < 8; i++) {
            long data = le64(in, p + 8 * i);
            long key = data ^ le64(SECRET, s + 8 * i);
            acc[i ^ 1] += data;
            acc[i] += (key & 0xFFFF_FFFFL) * (key >>> 32);
        }
    }

    private static void scramble(long[] acc, int s) {
        for (int i = 0; i < 8; i++) {
            long a = acc[i];
            a ^= a >>> 47;
            a ^= le64(SECRET, s + 8 * i);
            acc[i] = a * P32_1;
        }
    }

    private static long hashLong(byte[] in, int off, int len) {
        long[] acc = {P32_3, P64_1, P64_2, P64_3, P64_4, P32_2, P64_5, P32_1};
        int stripesPerBlock = (SECRET.length - STRIPE) / CONSUME_RATE;
        int blockLen = STRIPE * stripesPerBlock;
        int blocks = (len - 1) / blockLen;
        for (int n = 0; n < blocks; n++) {
            for (int s = 0; s < stripesPerBlock; s++) accumulate512(acc, in, off + n * blockLen + s * STRIPE, s * CONSUME_RATE);
            scramble(acc, SECRET.length - STRIPE);
        }
        int stripes = ((len - 1) - blockLen * blocks) / STRIPE;
        for (int s = 0; s < stripes; s++) accumulate512(acc, in, off + blocks * blockLen + s * STRIPE, s * CONSUME_RATE);
        accumulate512(acc, in, off + len - STRIPE, SECRET.length - STRIPE - LASTACC_START);
        long result = len * P64_1;
        for (int i = 0; i < 4; i++) {
            int s = MERGEACCS_START + 16 * i;
            result += mulFold(acc[2 * i] ^ le64(SECRET, s), acc[2 * i + 1] ^ le64(SECRET, s + 8));
        }
        return avalanche(result);
    }
}
