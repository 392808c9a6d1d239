package io.strata.exec.function.scalar.hash;

/**
 * SipHash-2-4 with an all-zero key, the hash behind ClickHouse's sipHash64, and ClickHouse's own
 * 128-bit variant (sipHash128: the 64-bit finalisation, then v0^v1 and v2^v3 as the two halves,
 * which is not the reference SipHash-128).
 */
final class SipHash {
    private SipHash() {
    }

    static long hash64(byte[] b, int off, int len) {
        long[] v = state(b, off, len);
        return v[0] ^ v[1] ^ v[2] ^ v[3];
    }

    /** The 16 bytes of sipHash128, little-endian low half then high half, written at {@code out[at]}. */
    static void hash128(byte[] b, int off, int len, byte[] out, int at) {
        long[] v = state(b, off, len);
        long lo = v[0] ^ v[1], hi = v[2] ^ v[3];
        for (int k = 0; k < 8; k++) {
            out[at + k] = (byte) (lo >>> (8 * k));
            out[at + 8 + k] = (byte) (hi >>> (8 * k));
        }
    }

    /** The four state words after the final rounds. */
    private static long[] state(byte[] b, int off, int len) {
        long v0 = 0x736f6d6570736575L, v1 = 0x646f72616e646f6dL, v2 = 0x6c7967656e657261L, v3 = 0x7465646279746573L;
        int end = off + len, full = off + (len & ~7);
        for (int p = off; p < full; p += 8) {
            long m = littleEndian(b, p, 8);
            v3 ^= m;
            for (int r = 0; r < 2; r++) {
                v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
                v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
                v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
                v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
            }
            v0 ^= m;
        }
        // The last block: remaining bytes plus the length in the top byte.
        long m = littleEndian(b, full, end - full) | ((long) len & 0xFF) << 56;
        v3 ^= m;
        for (int r = 0; r < 2; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        v0 ^= m;
        v2 ^= 0xff;
        for (int r = 0; r < 4; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        return new long[] {v0, v1, v2, v3};
    }

    static long littleEndian(byte[] b, int off, int count) {
        long v = 0;
        for (int k = count - 1; k >= 0; k--) v = v << 8 | (b[off + k] & 255);
        return v;
    }
}
