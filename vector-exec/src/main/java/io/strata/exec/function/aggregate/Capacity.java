package io.strata.exec.function.aggregate;

import java.util.Arrays;

/** Growth of the per-group arrays: 1.5x, so ensureCapacity called once per chunk stays amortised O(1). */
final class Capacity {
    private Capacity() {
    }

    static int next(int current, int needed) {
        return Math.max(needed, current + (current >> 1) + 8);
    }

    static long[] grow(long[] a, int n) {
        return n <= a.length ? a : Arrays.copyOf(a, next(a.length, n));
    }

    static double[] grow(double[] a, int n) {
        return n <= a.length ? a : Arrays.copyOf(a, next(a.length, n));
    }

    static boolean[] grow(boolean[] a, int n) {
        return n <= a.length ? a : Arrays.copyOf(a, next(a.length, n));
    }

    static byte[] grow(byte[] a, int n) {
        return n <= a.length ? a : Arrays.copyOf(a, next(a.length, n));
    }

    static int[] grow(int[] a, int n) {
        return n <= a.length ? a : Arrays.copyOf(a, next(a.length, n));
    }

    static <T> T[] grow(T[] a, int n) {
        return n <= a.length ? a : Arrays.copyOf(a, next(a.length, n));
    }
}
