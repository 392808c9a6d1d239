package io.strata.compression;

/** Reads the bit stream {@link BitWriter} writes; running past the end is corrupt data. */
final class BitReader {
    private final byte[] src;
    private final String codec;
    private final int end;
    private int pos;
    private long acc;
    private int available;

    BitReader(byte[] src, int pos, int end, String codec) {
        this.src = src;
        this.pos = pos;
        this.end = end;
        this.codec = codec;
    }

    boolean readBit() {
        if (available == 0) {
            fill();
        }
        available--;
        return ((acc >>> available) & 1) != 0;
    }

    /** Reads {@code n} bits (0 <= n <= 64) as an unsigned value. */
    long read(int n) {
        if (n > 32) {
            long hi = read(n - 32);
            return (hi << 32) | read(32);
        }
        while (available < n) {
            fill();
        }
        available -= n;
        return n == 0 ? 0 : (acc >>> available) & (-1L >>> (64 - n));
    }

    private void fill() {
        if (pos >= end) {
            throw CodecParams.corrupt(codec, "bit stream ends early");
        }
        acc = (acc << 8) | (src[pos++] & 0xFF);
        available += 8;
    }
}
