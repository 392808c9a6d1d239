package io.strata.compression;

import io.strata.core.hash.CityHash;

/** CityHash128 v1.0.2 as ClickHouse stores it: the first (low) 64-bit half, then the second, each little-endian. */
final class CityHashChecksum implements BlockChecksum {
    static final CityHashChecksum INSTANCE = new CityHashChecksum();

    private CityHashChecksum() {
    }

    @Override
    public void write(byte[] data, int off, int len, byte[] dst, int dstOff) {
        long[] h = CityHash.cityHash128(data, off, len);
        Bytes.putLong(dst, dstOff, h[0]);
        Bytes.putLong(dst, dstOff + 8, h[1]);
    }
}
