package io.strata.exec.function.scalar.hash;

/**
 * Wang Yi's wyhash, "final 3" revision, with seed 0 and the default secret: the one ClickHouse's
 * wyHash64 calls (its documented example, wyHash64('ClickHouse') = 12336419557878201794, is this
 * revision's value; the later "final 4" differs).
 */
final class WyHash {
    private WyHash() {
    }

    private static final long S0 = 0xa0761d6478bd642fL, S1 = 0xe7037ed1a0b428dbL, S2 = 0x8ebc6af09c88c6e3L,
            S3 = 0x589965cc75374cc3L;

    /** The 128-bit product of a and b folded by XOR of its halves. */
    private static long mix(long a, long b) {
        return a * b ^ Math.unsignedMultiplyHigh(a, b);
    }

    static long hash64(byte[] in, int off, int len) {
        long seed = S0; // seed 0 XOR secret[0]
        long a, b;
        if (len <= 16) {
            if (len >= 4) {
                int mid = (len >>> 3) << 2;
                a = SipHash.littleEndian(in, off, 4) << 32 | SipHash.littleEndian(in, off + mid, 4);
                b = SipHash.littleEndian(in, off + len - 4, 4) << 32 | SipHash.littleEndian(in, off + len - 4 - mid, 4);
            } else if (len > 0) {
                a = (long) (in[off] & 255) << 16 | (long) (in[off + (len >>> 1)] & 255) << 8 | (in[off + len - 1] & 255);
                b = 0;
            } else {
                a = b = 0;
            }
        } else {
            int p = off, i = len;
            if (i > 48) {
                long see1 = seed, see2 = seed;
                do {
                    seed = mix(SipHash.littleEndian(in, p, 8) ^ S1, SipHash.littleEndian(in, p + 8, 8) ^ seed);
                    see1 = mix(SipHash.littleEndian(in, p + 16, 8) ^ S2, SipHash.littleEndian(in, p + 24, 8) ^ see1);
                    see2 = mix(SipHash.littleEndian(in, p + 32, 8) ^ S3, SipHash.littleEndian(in, p + 40, 8) ^ see2);
                    p += 48;
                    i -= 48;
                } while (i > 48);
                seed ^= see1 ^ see2;
            }
            while (i > 16) {
                seed = mix(SipHash.littleEndian(in, p, 8) ^ S1, SipHash.littleEndian(in, p + 8, 8) ^ seed);
                i -= 16;
                p += 16;
            }
            a = SipHash.littleEndian(in, p + i - 16, 8);
            b = SipHash.littleEndian(in, p + i - 8, 8);
        }
        return mix(S1 ^ len, mix(a ^ S1, b ^ seed));
    }
}
