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
import java.util.Arrays;
import java.util.List;

/**
 * Keys that fit in 64 bits together (one integer/date/float key, or several narrow ones, each
 * Nullable adding a NULL bit) packed into one long and looked up in an open-addressing
 * long → group id map with linear probing.
 */
final class PackedKeyGroupTable extends GroupTable {
    private final int[] bits;
    private long[] packed = new long[0];
    private long[] scratch = new long[0];
    private long[] slotKeys;
    private int[] slotGroups; // -1 = empty
    private int mask;
    private int used;
    // keys of at most 16 bits (UInt8, Int16, Nullable(UInt8)...) index this array directly: no
    // hashing. A table of more than 8 bits (256 KB at 16) is only built once the rows seen would
    // fill it: a GROUP BY over a few thousand rows (a dashboard query) must not allocate and fill
    // it for a handful of groups; until then the hash map serves.
    private int[] direct;
    private final int directBits; // key bits when a direct table may be used, else -1
    private long rowsSeen;

    PackedKeyGroupTable(List<DataType> keyTypes, boolean keepKeys) {
        super(keyTypes, keepKeys);
        bits = new int[keyTypes.size()];
        int total = 0;
        for (int i = 0; i < bits.length; i++) {
            bits[i] = packedBits(keyTypes.get(i));
            total += bits[i];
        }
        directBits = total <= 16 ? total : -1;
        allocate(16);
        if (directBits >= 0 && directBits <= SMALL_DIRECT_BITS) makeDirect();
    }

    /** Key widths whose direct table (at most 1 KB) is always built at once. */
    static final int SMALL_DIRECT_BITS = 8;

    /** Builds the direct table, taking over the groups the hash map holds so far. */
    private void makeDirect() {
        int[] d = new int[1 << directBits];
        Arrays.fill(d, -1);
        for (int s = 0; s < slotGroups.length; s++) {
            if (slotGroups[s] >= 0) d[(int) slotKeys[s]] = slotGroups[s];
        }
        direct = d;
    }

    private void allocate(int capacity) {
        slotKeys = new long[capacity];
        slotGroups = new int[capacity];
        Arrays.fill(slotGroups, -1);
        mask = capacity - 1;
    }

    @Override
    public void findOrInsert(Column[] keys, int rowCount, int[] groupIds) {
        if (direct == null && directBits >= 0 && (rowsSeen += rowCount) >= 1L << directBits) makeDirect();
        if (direct != null && keys.length == 1 && keys[0] instanceof LongColumn single) {
            // one narrow integer key: index the direct table with the values themselves, no packing pass
            long[] v = single.values();
            int[] d = direct;
            int m = d.length - 1;
            for (int i = 0; i < rowCount; i++) {
                int k = (int) v[i] & m;
                int g = d[k];
                if (g < 0) {
                    g = newGroup(keys, i);
                    d[k] = g;
                }
                groupIds[i] = g;
            }
            return;
        }
        if (packed.length < rowCount) {
            packed = new long[rowCount];
            scratch = new long[rowCount];
        }
        Arrays.fill(packed, 0, rowCount, 0L);
        int shift = 0;
        for (int k = 0; k < keys.length; k++) {
            pack(keys[k], bits[k], rowCount, shift, packed, scratch);
            shift += bits[k];
        }
        if (direct != null) {
            int[] d = direct;
            for (int i = 0; i < rowCount; i++) {
                int k = (int) packed[i];
                int g = d[k];
                if (g < 0) {
                    g = newGroup(keys, i);
                    d[k] = g;
                }
                groupIds[i] = g;
            }
            return;
        }
        for (int i = 0; i < rowCount; i++) {
            long key = packed[i];
            int slot = (int) ColumnHashing.mix(key) & mask;
            int g;
            while ((g = slotGroups[slot]) >= 0 && slotKeys[slot] != key) slot = (slot + 1) & mask;
            if (g < 0) {
                g = newGroup(keys, i);
                slotKeys[slot] = key;
                slotGroups[slot] = g;
                if (++used * 2 > slotGroups.length) resize(slotGroups.length * 2);
            }
            groupIds[i] = g;
        }
    }

    /**
     * ORs the value bits of {@code column} (width {@code width}) shifted left by {@code shift} into
     * {@code packed}; {@code scratch} is work space of at least {@code n}.
     */
    static void pack(Column column, int width, int n, int shift, long[] packed, long[] scratch) {
        long valueMask = width >= 64 ? -1L : (1L << width) - 1;
        switch (column) {
            case ConstColumn c -> pack(c.materialize(), width, n, shift, packed, scratch);
            case LowCardinalityColumn c -> pack(c.materialize(), width, n, shift, packed, scratch);
            case NullableColumn c -> {
                long[] values = scratch;
                if (c.values() instanceof NothingColumn) {
                    Arrays.fill(values, 0, n, 0L);
                } else {
                    valueBits(c.values(), width - 1, n, values);
                }
                byte[] nulls = c.nulls();
                for (int i = 0; i < n; i++) {
                    packed[i] |= nulls[i] != 0 ? 1L << shift : ((values[i] & (valueMask >>> 1)) << 1) << shift;
                }
            }
            default -> {
                long[] values = scratch;
                valueBits(column, width, n, values);
                for (int i = 0; i < n; i++) packed[i] |= (values[i] & valueMask) << shift;
            }
        }
    }

    private static void valueBits(Column column, int width, int n, long[] out) {
        switch (column) {
            case LongColumn c -> System.arraycopy(c.values(), 0, out, 0, n);
            case DoubleColumn c -> {
                double[] v = c.values();
                if (width == 32) {
                    for (int i = 0; i < n; i++) out[i] = ColumnHashing.canonicalFloatBits(v[i]);
                } else {
                    for (int i = 0; i < n; i++) out[i] = ColumnHashing.canonicalBits(v[i]);
                }
            }
            case ConstColumn c -> valueBits(c.materialize(), width, n, out);
            default -> throw new DbException(ErrorCode.LOGICAL_ERROR, "Unexpected key column " + column.type());
        }
    }

    @Override
    int slotCount() {
        // narrow keys end in the direct table: no hash table to make room in
        return directBits >= 0 ? Integer.MAX_VALUE : slotGroups.length;
    }

    @Override
    void resize(int capacity) {
        long[] oldKeys = slotKeys;
        int[] oldGroups = slotGroups;
        allocate(capacity);
        for (int s = 0; s < oldGroups.length; s++) {
            int g = oldGroups[s];
            if (g < 0) continue;
            long key = oldKeys[s];
            int slot = (int) ColumnHashing.mix(key) & mask;
            while (slotGroups[slot] >= 0) slot = (slot + 1) & mask;
            slotKeys[slot] = key;
            slotGroups[slot] = g;
        }
    }

    @Override
    public long byteSize() {
        return 12L * slotGroups.length + 12L * packed.length + 16L * groupCount() + (direct == null ? 0 : 4L * direct.length);
    }
}
