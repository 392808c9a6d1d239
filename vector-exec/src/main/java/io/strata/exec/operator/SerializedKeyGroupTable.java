package io.strata.exec.operator;

import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;
import java.util.Arrays;
import java.util.List;

/**
 * The generic table: each row's keys serialized to a canonical byte string (a single String key
 * is used in place), hashed over its bytes; group keys live in one byte arena, in group order,
 * with their saved hashes. A slot holds the group id and the hash's upper half together, so a
 * probe that meets another group's slot is settled by that one load, and only a slot whose hash
 * matches leads to the key's bytes (where the group's start and end are adjacent entries of one
 * array): at most three cache misses for a group found, where there were five. Rehashing never
 * rehashes bytes.
 */
final class SerializedKeyGroupTable extends GroupTable {
    private static final long GROUP_MASK = 0xFFFF_FFFFL;
    private final KeySerializer serializer = new KeySerializer();
    private byte[] arena = new byte[4096];
    /** groupEnd[g + 1] is where group g's key ends in the arena, groupEnd[g] where it starts. */
    private int[] groupEnd = new int[17];
    private long[] groupHash = new long[16];
    /** 0 = empty; else (hash's upper 32 bits) << 32 | (group id + 1). */
    private long[] slots;
    private int mask;
    /** Rows between a slot's early load and its probe. */
    private static final int LOOKAHEAD = 12;
    private long[] hashes = new long[0];
    /** Keeps the early loads from being optimised away. */
    @SuppressWarnings("unused")
    private long sink;

    SerializedKeyGroupTable(List<DataType> keyTypes, boolean keepKeys) {
        super(keyTypes, keepKeys);
        slots = new long[16];
        mask = 15;
    }

    @Override
    public void findOrInsert(Column[] keys, int rowCount, int[] groupIds) {
        byte[] buf;
        int[] offsets;
        Column single = keys.length == 1 ? keys[0] : null;
        if (single instanceof ConstColumn || single instanceof LowCardinalityColumn) single = single.materialize();
        if (single instanceof StringColumn s) {
            // One String key (always materialized the same way for a given type): its bytes are already canonical.
            buf = s.bytes();
            offsets = s.offsets();
        } else {
            serializer.serialize(keys, rowCount);
            buf = serializer.buffer;
            offsets = serializer.offsets;
        }
        // hashes first, so that the probe loop can touch the slot of a row a few rows ahead: the
        // loads of a large table's slots then overlap instead of each missing the cache in turn
        if (hashes.length < rowCount) hashes = new long[rowCount];
        long[] h = hashes;
        for (int i = 0; i < rowCount; i++) h[i] = ColumnHashing.hashBytes(buf, offsets[i], offsets[i + 1] - offsets[i]);
        long touched = 0;
        for (int i = 0; i < rowCount; i++) {
            if (i + LOOKAHEAD < rowCount) touched += slots[(int) h[i + LOOKAHEAD] & mask];
            int start = offsets[i], len = offsets[i + 1] - start;
            long hash = h[i];
            long tag = hash & ~GROUP_MASK;
            int slot = (int) hash & mask;
            int g = -1;
            long v;
            while ((v = slots[slot]) != 0) {
                if ((v & ~GROUP_MASK) == tag) {
                    int candidate = (int) (v & GROUP_MASK) - 1;
                    int at = groupEnd[candidate];
                    if (groupEnd[candidate + 1] - at == len && sameBytes(arena, at, buf, start, len)) {
                        g = candidate;
                        break;
                    }
                }
                slot = (slot + 1) & mask;
            }
            if (g < 0) {
                g = newGroup(keys, i);
                store(g, hash, buf, start, len);
                slots[slot] = tag | (g + 1L);
                if ((g + 1) * 2L > slots.length) resize(slots.length * 2);
            }
            groupIds[i] = g;
        }
        sink = touched;
    }

    /** Short keys (a few bytes: ids, short phrases) compare faster byte by byte than through Arrays.equals' set-up. */
    private static boolean sameBytes(byte[] a, int aFrom, byte[] b, int bFrom, int len) {
        if (len <= 16) {
            for (int k = 0; k < len; k++) {
                if (a[aFrom + k] != b[bFrom + k]) return false;
            }
            return true;
        }
        return Arrays.equals(a, aFrom, aFrom + len, b, bFrom, bFrom + len);
    }

    private void store(int g, long hash, byte[] buf, int start, int len) {
        if (g == groupHash.length) {
            int n = g * 2;
            groupEnd = Arrays.copyOf(groupEnd, n + 1);
            groupHash = Arrays.copyOf(groupHash, n);
        }
        int arenaSize = groupEnd[g];
        if (arenaSize + (long) len > arena.length) {
            long want = Math.max(arena.length * 2L, (long) arenaSize + len);
            if (want > Integer.MAX_VALUE - 16) {
                if ((long) arenaSize + len > Integer.MAX_VALUE - 16) {
                    throw new DbException(ErrorCode.MEMORY_LIMIT_EXCEEDED, "Group keys exceed 2 GiB in one hash table");
                }
                want = Integer.MAX_VALUE - 16;
            }
            arena = Arrays.copyOf(arena, (int) want);
        }
        System.arraycopy(buf, start, arena, arenaSize, len);
        groupEnd[g + 1] = arenaSize + len;
        groupHash[g] = hash;
    }

    @Override
    int slotCount() {
        return slots.length;
    }

    @Override
    void resize(int capacity) {
        slots = new long[capacity];
        mask = capacity - 1;
        int n = groupCount();
        for (int g = 0; g < n; g++) {
            long hash = groupHash[g];
            int slot = (int) hash & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = (hash & ~GROUP_MASK) | (g + 1L);
        }
    }

    @Override
    public long byteSize() {
        return 8L * slots.length + 12L * groupHash.length + arena.length + serializer.buffer.length
                + 8L * serializer.offsets.length + groupEnd[groupCount()];
    }
}
