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
 * is used in place), hashed over its bytes; group keys live in one byte arena with their saved
 * hashes, so probing compares hashes before bytes and rehashing never rehashes bytes.
 */
final class SerializedKeyGroupTable extends GroupTable {
    private final KeySerializer serializer = new KeySerializer();
    private byte[] arena = new byte[4096];
    private int arenaSize;
    private int[] groupStart = new int[16];
    private int[] groupLength = new int[16];
    private long[] groupHash = new long[16];
    private int[] slots; // group id, -1 = empty
    private int mask;

    SerializedKeyGroupTable(List<DataType> keyTypes, boolean keepKeys) {
        super(keyTypes, keepKeys);
        slots = new int[16];
        Arrays.fill(slots, -1);
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
        for (int i = 0; i < rowCount; i++) {
            int start = offsets[i], len = offsets[i + 1] - start;
            long hash = ColumnHashing.hashBytes(buf, start, len);
            int slot = (int) hash & mask;
            int g;
            while ((g = slots[slot]) >= 0) {
                if (groupHash[g] == hash && groupLength[g] == len
                        && Arrays.equals(arena, groupStart[g], groupStart[g] + len, buf, start, start + len)) {
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (g < 0) {
                g = newGroup(keys, i);
                store(g, hash, buf, start, len);
                slots[slot] = g;
                if ((g + 1) * 2L > slots.length) rehash();
            }
            groupIds[i] = g;
        }
    }

    private void store(int g, long hash, byte[] buf, int start, int len) {
        if (g == groupStart.length) {
            int n = g * 2;
            groupStart = Arrays.copyOf(groupStart, n);
            groupLength = Arrays.copyOf(groupLength, n);
            groupHash = Arrays.copyOf(groupHash, n);
        }
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
        groupStart[g] = arenaSize;
        groupLength[g] = len;
        groupHash[g] = hash;
        arenaSize += len;
    }

    private void rehash() {
        int capacity = slots.length * 2;
        slots = new int[capacity];
        Arrays.fill(slots, -1);
        mask = capacity - 1;
        int n = groupCount();
        for (int g = 0; g < n; g++) {
            int slot = (int) groupHash[g] & mask;
            while (slots[slot] >= 0) slot = (slot + 1) & mask;
            slots[slot] = g;
        }
    }

    @Override
    public long byteSize() {
        return 4L * slots.length + 16L * groupStart.length + arena.length + serializer.buffer.length
                + 8L * serializer.offsets.length + (long) arenaSize;
    }
}
