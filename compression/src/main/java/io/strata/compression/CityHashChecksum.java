package io.strata.compression;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * CityHash128 v1.0.2 as ClickHouse stores it: the first (low) 64-bit half, then the second, each
 * little-endian. TEMPORARY: binds to io.strata.core.hash.CityHash by name until that class is
 * merged into this branch; then this becomes a direct call.
 */
final class CityHashChecksum implements BlockChecksum {
    static final CityHashChecksum INSTANCE = new CityHashChecksum();
    private static final MethodHandle HASH = find();

    private static MethodHandle find() {
        try {
            Class<?> c = Class.forName("io.strata.core.hash.CityHash");
            return MethodHandles.publicLookup().findStatic(c, "cityHash128",
                    MethodType.methodType(long[].class, byte[].class, int.class, int.class));
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    static boolean available() {
        return HASH != null;
    }

    @Override
    public void write(byte[] data, int off, int len, byte[] dst, int dstOff) {
        if (HASH == null) {
            throw new IllegalStateException("io.strata.core.hash.CityHash is not on the class path yet");
        }
        long[] h;
        try {
            h = (long[]) HASH.invokeExact(data, off, len);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        Bytes.putLong(dst, dstOff, h[0]);
        Bytes.putLong(dst, dstOff + 8, h[1]);
    }
}
