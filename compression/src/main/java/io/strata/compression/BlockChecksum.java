package io.strata.compression;

/**
 * The 128-bit checksum in front of every compressed block. ClickHouse uses CityHash128 v1.0.2;
 * the seam exists so framing can be tested on its own and a different hash can be plugged in.
 */
@FunctionalInterface
public interface BlockChecksum {
    /** Writes the 16 checksum bytes of {@code data[off, off+len)} to {@code dst[dstOff, dstOff+16)}. */
    void write(byte[] data, int off, int len, byte[] dst, int dstOff);

    /** The default: ClickHouse's CityHash128 v1.0.2, low half first, both halves little-endian. */
    static BlockChecksum cityHash128() {
        return CityHashChecksum.INSTANCE;
    }
}
