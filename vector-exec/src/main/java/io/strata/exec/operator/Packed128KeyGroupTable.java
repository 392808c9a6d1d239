package io.strata.exec.operator;

import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.type.DataType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.PhysicalKind;
import java.util.Arrays;
import java.util.List;

/**
 * Fixed-width keys that fit in two longs together but not in one (GROUP BY WatchID, ClientIP:
 * 64 + 32 bits), packed into a pair of longs, each key whole in one of the two. Laid out as the
 * serialized table (slots holding the group id with the hash's upper half, probed with an early
 * load a dozen rows ahead) but with the pair kept per group in place of key bytes: no
 * serialization, no byte comparison, less memory per group.
 */
final class Packed128KeyGroupTable extends GroupTable {
    private final int[] bits;
    /** Per key: which of the two longs it goes to (0 or 1), and its shift there. */
    private final int[] word;
    private final int[] shift;
    private long[] lo = new long[0];
    private long[] hi = new long[0];
    private long[] scratch = new long[0];
    private long[] hashes = new long[0];
    /** Group g's key: groupKeys[2g] and groupKeys[2g + 1], adjacent, so one cache line holds both. */
    private long[] groupKeys = new long[32];
    /** 0 = empty; else (hash's upper 32 bits) << 32 | (group id + 1), as in the serialized table. */
    private long[] slots;
    private int mask;
    private static final long GROUP_MASK = 0xFFFF_FFFFL;
    /** Rows between a slot's early load and its probe (see SerializedKeyGroupTable). */
    private static final int LOOKAHEAD = 12;
    /** Keeps the early loads from being optimised away. */
    @SuppressWarnings("unused")
    private long sink;

    /** The key types when keyColumns() rebuilds the keys from the packed pairs (plain integers), else null. */
    private final List<DataType> unpackedTypes;

    private Packed128KeyGroupTable(List<DataType> keyTypes, boolean keepKeys, int[] bits, int[] word, int[] shift) {
        // plain integer keys come back out of the packed pairs: no second copy of every key
        super(keyTypes, keepKeys && !unpackable(keyTypes));
        this.unpackedTypes = keepKeys && unpackable(keyTypes) ? List.copyOf(keyTypes) : null;
        this.bits = bits;
        this.word = word;
        this.shift = shift;
        allocate(16);
    }

    /** Whether every key is a plain (not Nullable, not LowCardinality) integer of at most 64 bits, held sign- or zero-extended. */
    private static boolean unpackable(List<DataType> keyTypes) {
        for (DataType t : keyTypes) {
            if (!(t instanceof IntegerType) || t.physicalKind() != PhysicalKind.LONG || t.fixedWidth() < 1 || t.fixedWidth() > 8) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Column[] keyColumns() {
        if (unpackedTypes == null) return super.keyColumns();
        int n = groupCount();
        Column[] out = new Column[unpackedTypes.size()];
        for (int k = 0; k < out.length; k++) {
            DataType type = unpackedTypes.get(k);
            int b = bits[k], s = shift[k], w = word[k];
            long mask = b >= 64 ? -1L : (1L << b) - 1;
            boolean signExtend = b < 64 && ((IntegerType) type).signed();
            long[] v = new long[n];
            for (int g = 0; g < n; g++) {
                long x = (groupKeys[2 * g + w] >>> s) & mask;
                v[g] = signExtend ? (x << (64 - b)) >> (64 - b) : x;
            }
            out[k] = new LongColumn(type, v, n);
        }
        return out;
    }

    @Override
    void reserveGroups(int groups) {
        if (2L * groups > groupKeys.length) groupKeys = Arrays.copyOf(groupKeys, 2 * groups);
    }

    /** The table for these keys when they fit two longs (each key whole in one), else null. */
    static Packed128KeyGroupTable tryCreate(List<DataType> keyTypes, boolean keepKeys) {
        int n = keyTypes.size();
        int[] bits = new int[n], word = new int[n], shift = new int[n];
        int[] fill = new int[2];
        for (int i = 0; i < n; i++) {
            int b = packedBits(keyTypes.get(i));
            if (b < 0) return null;
            int w = fill[0] + b <= 64 ? 0 : fill[1] + b <= 64 ? 1 : -1;
            if (w < 0) return null;
            bits[i] = b;
            word[i] = w;
            shift[i] = fill[w];
            fill[w] += b;
        }
        return new Packed128KeyGroupTable(keyTypes, keepKeys, bits, word, shift);
    }

    private void allocate(int capacity) {
        slots = new long[capacity];
        mask = capacity - 1;
    }

    private static long hash(long a, long b) {
        return ColumnHashing.mix(a ^ ColumnHashing.mix(b + 0x9E3779B97F4A7C15L));
    }

    @Override
    public void findOrInsert(Column[] keys, int rowCount, int[] groupIds) {
        if (lo.length < rowCount) {
            lo = new long[rowCount];
            hi = new long[rowCount];
            scratch = new long[rowCount];
            hashes = new long[rowCount];
        }
        Arrays.fill(lo, 0, rowCount, 0L);
        Arrays.fill(hi, 0, rowCount, 0L);
        for (int k = 0; k < keys.length; k++) {
            PackedKeyGroupTable.pack(keys[k], bits[k], rowCount, shift[k], word[k] == 0 ? lo : hi, scratch);
        }
        long[] h = hashes;
        for (int i = 0; i < rowCount; i++) h[i] = hash(lo[i], hi[i]);
        long touched = 0;
        for (int i = 0; i < rowCount; i++) {
            if (i + LOOKAHEAD < rowCount) touched += slots[(int) h[i + LOOKAHEAD] & mask];
            long a = lo[i], b = hi[i], hash = h[i];
            long tag = hash & ~GROUP_MASK;
            int slot = (int) hash & mask;
            int g = -1;
            long v;
            while ((v = slots[slot]) != 0) {
                if ((v & ~GROUP_MASK) == tag) {
                    int candidate = (int) (v & GROUP_MASK) - 1;
                    if (groupKeys[2 * candidate] == a && groupKeys[2 * candidate + 1] == b) {
                        g = candidate;
                        break;
                    }
                }
                slot = (slot + 1) & mask;
            }
            if (g < 0) {
                g = newGroup(keys, i);
                if (2 * g + 1 >= groupKeys.length) groupKeys = Arrays.copyOf(groupKeys, groupKeys.length + (groupKeys.length >> 1) + 2 & ~1);
                groupKeys[2 * g] = a;
                groupKeys[2 * g + 1] = b;
                slots[slot] = tag | (g + 1L);
                if ((g + 1) * 2L > slots.length) resize(slots.length * 2);
            }
            groupIds[i] = g;
        }
        sink = touched;
    }

    @Override
    int slotCount() {
        return slots.length;
    }

    @Override
    void resize(int capacity) {
        allocate(capacity);
        int n = groupCount();
        for (int g = 0; g < n; g++) {
            long hash = hash(groupKeys[2 * g], groupKeys[2 * g + 1]);
            int slot = (int) hash & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = (hash & ~GROUP_MASK) | (g + 1L);
        }
    }

    @Override
    public long byteSize() {
        return 8L * slots.length + 8L * groupKeys.length + 32L * lo.length + 16L * groupCount();
    }
}
