package io.strata.compression;

/**
 * Writes a bit stream most-significant bit first, packed into bytes in order (the layout of
 * ClickHouse's BitWriter, which flushes its accumulator big-endian). One instance per call.
 */
final class BitWriter {
    private final byte[] dst;
    private int pos;
    private long acc;
    private int pending;

    BitWriter(byte[] dst, int pos) {
        this.dst = dst;
        this.pos = pos;
    }

    /** Appends the low {@code n} bits of {@code v} (0 <= n <= 64), highest first. */
    void write(int n, long v) {
        if (n > 32) {
            write(n - 32, v >>> 32);
            n = 32;
        }
        long masked = n == 0 ? 0 : v & (-1L >>> (64 - n));
        acc = (acc << n) | masked;
        pending += n;
        while (pending >= 8) {
            pending -= 8;
            dst[pos++] = (byte) (acc >>> pending);
        }
    }

    /** Pads the last partial byte with zero bits; returns the position after the last byte. */
    int finish() {
        if (pending > 0) {
            dst[pos++] = (byte) (acc << (8 - pending));
            pending = 0;
        }
        return pos;
    }
}
