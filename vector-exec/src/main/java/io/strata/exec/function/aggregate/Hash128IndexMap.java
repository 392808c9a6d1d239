package io.strata.exec.function.aggregate;

import java.util.Arrays;

/**
 * An open-addressing map from a 128-bit key (already well mixed: the low half picks the slot) to
 * a dense index 0, 1, 2... in order of first insertion. Used by topK to find a value's counter
 * without boxing.
 */
final class Hash128IndexMap {
    private long[] lo = new long[8];
    private long[] hi = new long[8];
    private int[] index = filled(8);
    private int mask = 7;
    private int size;

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    int size() {
        return size;
    }

    /** The index of the key, adding it with index size() when new; {@link #added} tells which. */
    int indexOf(long h1, long h2) {
        int i = (int) h1 & mask;
        while (true) {
            int x = index[i];
            if (x < 0) break;
            if (lo[i] == h1 && hi[i] == h2) {
                added = false;
                return x;
            }
            i = (i + 1) & mask;
        }
        lo[i] = h1;
        hi[i] = h2;
        index[i] = size;
        added = true;
        int result = size++;
        if (size * 2 > index.length) rehash(index.length * 2);
        return result;
    }

    /** Whether the last {@link #indexOf} added its key. */
    boolean added;

    private void rehash(int capacity) {
        long[] oldLo = lo, oldHi = hi;
        int[] oldIndex = index;
        lo = new long[capacity];
        hi = new long[capacity];
        index = filled(capacity);
        mask = capacity - 1;
        for (int j = 0; j < oldIndex.length; j++) {
            if (oldIndex[j] < 0) continue;
            int i = (int) oldLo[j] & mask;
            while (index[i] >= 0) i = (i + 1) & mask;
            lo[i] = oldLo[j];
            hi[i] = oldHi[j];
            index[i] = oldIndex[j];
        }
    }

    long byteSize() {
        return 20L * index.length;
    }
}
