package io.strata.exec.operator;

import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.column.NothingColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import java.util.Arrays;
import java.util.List;

/**
 * The key → group map of a hash join's build side. Unlike {@link GroupTable} it is filled once
 * (by one thread) and then only read, so any number of probe threads may look keys up at the same
 * time: lookups keep their scratch arrays to themselves. Keys that fit in 64 bits together are
 * packed into a long; others are serialized to canonical bytes ({@link KeySerializer}). Rows with
 * a NULL key are never inserted nor found (a NULL matches nothing in a join), so a Nullable key
 * packs as its inner type.
 */
public final class JoinKeyIndex {
    private final int[] bits; // packed widths, or null for serialized keys
    private long[] slotKeys;   // packed: the key; serialized: the saved hash
    private int[] slotGroups;  // -1 = empty
    private int mask;
    private int groups;
    // serialized keys of each group
    private byte[] arena = new byte[0];
    private int arenaSize;
    private int[] groupStart = new int[0];
    private int[] groupLength = new int[0];

    public JoinKeyIndex(List<DataType> keyTypes) {
        int[] b = new int[keyTypes.size()];
        int total = 0;
        for (int i = 0; i < b.length; i++) {
            b[i] = GroupTable.packedBits(DataTypes.removeNullable(DataTypes.removeLowCardinality(keyTypes.get(i))));
            if (b[i] < 0 || (total += b[i]) > 64) {
                b = null;
                break;
            }
        }
        bits = b;
        allocate(16);
    }

    private void allocate(int capacity) {
        slotKeys = new long[capacity];
        slotGroups = new int[capacity];
        Arrays.fill(slotGroups, -1);
        mask = capacity - 1;
    }

    public int groupCount() {
        return groups;
    }

    /** Approximate bytes held, for memory accounting. */
    public long byteSize() {
        return 12L * slotGroups.length + arena.length + 8L * groupStart.length;
    }

    /**
     * One chunk's keys in comparable form: a packed long per row, or a byte string per row.
     * Built per call, so encodings of different threads never share state.
     */
    public final class Encoded {
        final long[] packed;
        final byte[] bytes;
        final int[] offsets;

        Encoded(long[] packed, byte[] bytes, int[] offsets) {
            this.packed = packed;
            this.bytes = bytes;
            this.offsets = offsets;
        }

        /** A hash of row {@code i}'s key, equal for equal keys on both sides of the join. */
        public long hash(int i) {
            return packed != null ? ColumnHashing.mix(packed[i]) : ColumnHashing.hashBytes(bytes, offsets[i], offsets[i + 1] - offsets[i]);
        }
    }

    public Encoded encode(Column[] keys, int rows) {
        if (bits != null) {
            long[] packed = new long[rows];
            long[] scratch = new long[rows];
            int shift = 0;
            for (int k = 0; k < keys.length; k++) {
                long valueMask = bits[k] >= 64 ? -1L : (1L << bits[k]) - 1;
                values(keys[k], bits[k], rows, scratch);
                for (int i = 0; i < rows; i++) packed[i] |= (scratch[i] & valueMask) << shift;
                shift += bits[k];
            }
            return new Encoded(packed, null, null);
        }
        KeySerializer serializer = new KeySerializer();
        Column[] dense = new Column[keys.length];
        for (int k = 0; k < keys.length; k++) dense[k] = dense(keys[k]);
        serializer.serialize(dense, rows);
        return new Encoded(null, serializer.buffer, serializer.offsets);
    }

    private static Column dense(Column c) {
        return c instanceof ConstColumn || c instanceof LowCardinalityColumn ? c.materialize() : c;
    }

    private static void values(Column column, int width, int n, long[] out) {
        switch (column) {
            case ConstColumn c -> values(c.materialize(), width, n, out);
            case LowCardinalityColumn c -> values(c.materialize(), width, n, out);
            case NullableColumn c -> values(c.values(), width, n, out);
            case NothingColumn c -> Arrays.fill(out, 0, n, 0L);
            case LongColumn c -> System.arraycopy(c.values(), 0, out, 0, n);
            case DoubleColumn c -> {
                double[] v = c.values();
                if (width == 32) {
                    for (int i = 0; i < n; i++) out[i] = ColumnHashing.canonicalFloatBits(v[i]);
                } else {
                    for (int i = 0; i < n; i++) out[i] = ColumnHashing.canonicalBits(v[i]);
                }
            }
            default -> throw new DbException(ErrorCode.LOGICAL_ERROR, "Unexpected join key column " + column.type());
        }
    }

    /** Group ids of rows [0, rows) (-1 where {@code skip} is set), creating groups for new keys. Build side only. */
    public int[] insert(Encoded keys, int rows, boolean[] skip) {
        int[] out = new int[rows];
        for (int i = 0; i < rows; i++) {
            if (skip != null && skip[i]) {
                out[i] = -1;
                continue;
            }
            int g = lookup(keys, i);
            if (g < 0) g = add(keys, i);
            out[i] = g;
        }
        return out;
    }

    /** Group ids of rows [0, rows), -1 where the key is absent (or {@code skip} is set). Safe from many threads at once. */
    public void find(Encoded keys, int rows, boolean[] skip, int[] out) {
        for (int i = 0; i < rows; i++) out[i] = skip != null && skip[i] ? -1 : lookup(keys, i);
    }

    private int lookup(Encoded keys, int i) {
        if (keys.packed != null) {
            long key = keys.packed[i];
            int slot = (int) ColumnHashing.mix(key) & mask;
            int g;
            while ((g = slotGroups[slot]) >= 0 && slotKeys[slot] != key) slot = (slot + 1) & mask;
            return g;
        }
        int start = keys.offsets[i], len = keys.offsets[i + 1] - start;
        long hash = ColumnHashing.hashBytes(keys.bytes, start, len);
        int slot = (int) hash & mask;
        int g;
        while ((g = slotGroups[slot]) >= 0) {
            if (slotKeys[slot] == hash && groupLength[g] == len
                    && Arrays.equals(arena, groupStart[g], groupStart[g] + len, keys.bytes, start, start + len)) {
                return g;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int add(Encoded keys, int i) {
        int g = groups++;
        long slotKey;
        int slot;
        if (keys.packed != null) {
            slotKey = keys.packed[i];
            slot = (int) ColumnHashing.mix(slotKey) & mask;
        } else {
            int start = keys.offsets[i], len = keys.offsets[i + 1] - start;
            slotKey = ColumnHashing.hashBytes(keys.bytes, start, len);
            slot = (int) slotKey & mask;
            if (g == groupStart.length) {
                int n = Math.max(16, g * 2);
                groupStart = Arrays.copyOf(groupStart, n);
                groupLength = Arrays.copyOf(groupLength, n);
            }
            if (arenaSize + (long) len > arena.length) {
                long want = Math.max(Math.max(4096, arena.length * 2L), (long) arenaSize + len);
                if (want > Integer.MAX_VALUE - 16) throw new DbException(ErrorCode.MEMORY_LIMIT_EXCEEDED, "Join keys exceed 2 GiB in one hash table");
                arena = Arrays.copyOf(arena, (int) want);
            }
            System.arraycopy(keys.bytes, start, arena, arenaSize, len);
            groupStart[g] = arenaSize;
            groupLength[g] = len;
            arenaSize += len;
        }
        while (slotGroups[slot] >= 0) slot = (slot + 1) & mask;
        slotKeys[slot] = slotKey;
        slotGroups[slot] = g;
        if (groups * 2L > slotGroups.length) rehash();
        return g;
    }

    private void rehash() {
        long[] oldKeys = slotKeys;
        int[] oldGroups = slotGroups;
        allocate(oldGroups.length * 2);
        for (int s = 0; s < oldGroups.length; s++) {
            if (oldGroups[s] < 0) continue;
            long k = oldKeys[s];
            int slot = (int) (bits != null ? ColumnHashing.mix(k) : k) & mask;
            while (slotGroups[slot] >= 0) slot = (slot + 1) & mask;
            slotKeys[slot] = k;
            slotGroups[slot] = oldGroups[s];
        }
    }
}
