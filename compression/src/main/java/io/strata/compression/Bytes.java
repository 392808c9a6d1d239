package io.strata.compression;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Little-endian loads and stores on byte arrays; the JIT turns these into plain moves. */
final class Bytes {
    static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Bytes() {
    }

    static int getInt(byte[] b, int off) {
        return (int) INT.get(b, off);
    }

    static void putInt(byte[] b, int off, int v) {
        INT.set(b, off, v);
    }

    static long getLong(byte[] b, int off) {
        return (long) LONG.get(b, off);
    }

    static void putLong(byte[] b, int off, long v) {
        LONG.set(b, off, v);
    }

    /** Loads an unsigned little-endian value of {@code width} (1, 2, 4 or 8) bytes. */
    static long get(byte[] b, int off, int width) {
        return switch (width) {
            case 1 -> b[off] & 0xFFL;
            case 2 -> ((short) SHORT.get(b, off)) & 0xFFFFL;
            case 4 -> ((int) INT.get(b, off)) & 0xFFFFFFFFL;
            default -> (long) LONG.get(b, off);
        };
    }

    /** Stores the low {@code width} bytes of {@code v} little-endian. */
    static void put(byte[] b, int off, int width, long v) {
        switch (width) {
            case 1 -> b[off] = (byte) v;
            case 2 -> SHORT.set(b, off, (short) v);
            case 4 -> INT.set(b, off, (int) v);
            default -> LONG.set(b, off, v);
        }
    }
}
