package io.strata.exec.function.aggregate;

import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;

/**
 * A compact open-addressing set of longs (linear probing, load at most 1/2), one per group in the
 * uniq family. Slot value 0 means empty, so the key 0 is kept in a flag. Starts tiny because most
 * groups of a high-cardinality GROUP BY see few distinct values.
 */
final class LongHashSet {
    private long[] table;
    private int mask;
    private int size;
    private boolean hasZero;

    LongHashSet() {
        this(4);
    }

    LongHashSet(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        table = new long[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    boolean contains(long k) {
        if (k == 0) return hasZero;
        int i = (int) Hashing.mix64(k) & mask;
        while (true) {
            long t = table[i];
            if (t == 0) return false;
            if (t == k) return true;
            i = (i + 1) & mask;
        }
    }

    /** Adds k; returns whether it was new. */
    boolean add(long k) {
        if (k == 0) {
            if (hasZero) return false;
            hasZero = true;
            size++;
            return true;
        }
        int i = (int) Hashing.mix64(k) & mask;
        while (true) {
            long t = table[i];
            if (t == 0) break;
            if (t == k) return false;
            i = (i + 1) & mask;
        }
        table[i] = k;
        size++;
        if (size * 2 > table.length) rehash(table.length * 2);
        return true;
    }

    private void rehash(int capacity) {
        long[] old = table;
        table = new long[capacity];
        mask = capacity - 1;
        for (long k : old) {
            if (k == 0) continue;
            int i = (int) Hashing.mix64(k) & mask;
            while (table[i] != 0) i = (i + 1) & mask;
            table[i] = k;
        }
    }

    /** Keeps only keys whose top {@code bits} bits are zero (uniq's sampling filter). */
    void retainTopZeroBits(int bits) {
        long[] old = table;
        table = new long[old.length];
        size = hasZero ? 1 : 0;
        for (long k : old) {
            if (k == 0 || Long.numberOfLeadingZeros(k) < bits) continue;
            int i = (int) Hashing.mix64(k) & mask;
            while (table[i] != 0) i = (i + 1) & mask;
            table[i] = k;
            size++;
        }
    }

    void addAll(LongHashSet other) {
        if (other.hasZero) add(0);
        for (long k : other.table) if (k != 0) add(k);
    }

    /** Adds the keys of {@code other} that have at least {@code bits} leading zero bits. */
    void addAllWithTopZeroBits(LongHashSet other, int bits) {
        if (other.hasZero) add(0);
        for (long k : other.table) if (k != 0 && Long.numberOfLeadingZeros(k) >= bits) add(k);
    }

    /** Passes every key to the sink, in table order. */
    void forEach(java.util.function.LongConsumer sink) {
        if (hasZero) sink.accept(0);
        for (long k : table) if (k != 0) sink.accept(k);
    }

    /** VarUInt size, then each key as 8 bytes little-endian (in table order). */
    void write(WriteBuffer out) {
        StateIO.writeVarUInt(out, size);
        if (hasZero) StateIO.writeLong(out, 0);
        for (long k : table) if (k != 0) StateIO.writeLong(out, k);
    }

    long byteSize() {
        return 8L * table.length + 32;
    }

    /** Reads a set written by {@link #write}, passing each key to the sink. */
    static void read(ReadBuffer in, java.util.function.LongConsumer sink) {
        int n = StateIO.readCount(in, Integer.MAX_VALUE - 16);
        for (int i = 0; i < n; i++) sink.accept(StateIO.readLong(in));
    }
}
