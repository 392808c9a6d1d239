package io.strata.exec.function.aggregate;

import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;

/**
 * An open-addressing set of 128-bit hashes (two parallel long arrays), used where exactness needs
 * more than 64 bits: strings and multi-argument keys of uniqExact and -Distinct. With 128 bits a
 * collision is astronomically unlikely (about n^2 / 2^129), which is what ClickHouse relies on too.
 * Keys are already well mixed, so the low half picks the slot. (0, 0) is kept in a flag.
 */
final class Hash128Set {
    private long[] lo;
    private long[] hi;
    private int mask;
    private int size;
    private boolean hasZero;

    Hash128Set() {
        lo = new long[8];
        hi = new long[8];
        mask = 7;
    }

    int size() {
        return size;
    }

    boolean add(long h1, long h2) {
        if (h1 == 0 && h2 == 0) {
            if (hasZero) return false;
            hasZero = true;
            size++;
            return true;
        }
        int i = (int) h1 & mask;
        while (true) {
            long a = lo[i], b = hi[i];
            if (a == 0 && b == 0) break;
            if (a == h1 && b == h2) return false;
            i = (i + 1) & mask;
        }
        lo[i] = h1;
        hi[i] = h2;
        size++;
        if (size * 2 > lo.length) rehash(lo.length * 2);
        return true;
    }

    private void rehash(int capacity) {
        long[] oldLo = lo, oldHi = hi;
        lo = new long[capacity];
        hi = new long[capacity];
        mask = capacity - 1;
        for (int j = 0; j < oldLo.length; j++) {
            long a = oldLo[j], b = oldHi[j];
            if (a == 0 && b == 0) continue;
            int i = (int) a & mask;
            while (lo[i] != 0 || hi[i] != 0) i = (i + 1) & mask;
            lo[i] = a;
            hi[i] = b;
        }
    }

    void addAll(Hash128Set other) {
        if (other.hasZero) add(0, 0);
        for (int j = 0; j < other.lo.length; j++) {
            if (other.lo[j] != 0 || other.hi[j] != 0) add(other.lo[j], other.hi[j]);
        }
    }

    /** VarUInt size, then each key as two 8-byte little-endian words (low, high). */
    void write(WriteBuffer out) {
        StateIO.writeVarUInt(out, size);
        if (hasZero) {
            StateIO.writeLong(out, 0);
            StateIO.writeLong(out, 0);
        }
        for (int j = 0; j < lo.length; j++) {
            if (lo[j] != 0 || hi[j] != 0) {
                StateIO.writeLong(out, lo[j]);
                StateIO.writeLong(out, hi[j]);
            }
        }
    }

    void readAndAdd(ReadBuffer in) {
        int n = StateIO.readCount(in, Integer.MAX_VALUE - 16);
        for (int i = 0; i < n; i++) {
            long a = StateIO.readLong(in);
            add(a, StateIO.readLong(in));
        }
    }

    long byteSize() {
        return 16L * lo.length + 40;
    }
}
