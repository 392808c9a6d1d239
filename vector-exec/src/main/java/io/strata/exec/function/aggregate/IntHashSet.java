package io.strata.exec.function.aggregate;

import java.util.Arrays;

/**
 * An open-addressing set of non-zero 32-bit values (zero marks a free slot; callers keep zero
 * apart), iterated in slot order. Small and allocation-free per insert: the sketches keep one per group.
 */
final class IntHashSet {
    private int[] slots = new int[16];
    private int size;

    int size() {
        return size;
    }

    /** Adds a non-zero value; true when it was new. */
    boolean add(int v) {
        if (2 * (size + 1) > slots.length) grow();
        int mask = slots.length - 1;
        int i = spread(v) & mask;
        while (slots[i] != 0) {
            if (slots[i] == v) return false;
            i = (i + 1) & mask;
        }
        slots[i] = v;
        size++;
        return true;
    }

    boolean contains(int v) {
        int mask = slots.length - 1;
        int i = spread(v) & mask;
        while (slots[i] != 0) {
            if (slots[i] == v) return true;
            i = (i + 1) & mask;
        }
        return false;
    }

    /** Keeps only the values the predicate accepts. */
    void retain(java.util.function.IntPredicate keep) {
        int[] old = slots;
        slots = new int[old.length];
        size = 0;
        for (int v : old) if (v != 0 && keep.test(v)) add(v);
    }

    /** The values, in no particular order. */
    int[] values() {
        int[] out = new int[size];
        int n = 0;
        for (int v : slots) if (v != 0) out[n++] = v;
        return out;
    }

    long byteSize() {
        return 4L * slots.length + 16;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        size = 0;
        for (int v : old) if (v != 0) add(v);
    }

    private static int spread(int v) {
        return (int) UniqKeys.intHash64(v & 0xFFFF_FFFFL);
    }

    @Override
    public String toString() {
        return Arrays.toString(values());
    }
}
