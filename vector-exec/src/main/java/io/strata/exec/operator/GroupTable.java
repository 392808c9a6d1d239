package io.strata.exec.operator;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.type.DataType;
import io.strata.core.type.FloatType;
import io.strata.core.type.LowCardinalityType;
import io.strata.core.type.NullableType;
import io.strata.core.type.PhysicalKind;
import io.strata.core.type.TypeId;
import java.util.List;

/**
 * Maps rows' key values to dense group ids (0, 1, 2... in order of first appearance): the hash
 * table behind GROUP BY, DISTINCT and LIMIT BY. NULL is a key value of its own. Specialised by key
 * shape: keys whose fixed widths fit in 64 bits are packed into one long ({@link PackedKeyGroupTable}),
 * those that fit two longs into a pair ({@link Packed128KeyGroupTable}), all others are serialized
 * to bytes ({@link SerializedKeyGroupTable}). Not thread-safe: aggregation
 * uses one table per thread and merges them.
 */
public abstract class GroupTable {
    private final ColumnBuilder[] keyBuilders; // null when the caller does not need the keys back
    private int groupCount;

    protected GroupTable(List<DataType> keyTypes, boolean keepKeys) {
        if (keepKeys) {
            keyBuilders = new ColumnBuilder[keyTypes.size()];
            for (int i = 0; i < keyBuilders.length; i++) keyBuilders[i] = keyTypes.get(i).createBuilder(16);
        } else {
            keyBuilders = null;
        }
    }

    /** The table best suited to these key types; {@code keepKeys} keeps a copy of each group's key for {@link #keyColumns()}. */
    public static GroupTable create(List<DataType> keyTypes, boolean keepKeys) {
        int bits = 0;
        for (DataType t : keyTypes) {
            int b = packedBits(t);
            if (b < 0) return new SerializedKeyGroupTable(keyTypes, keepKeys);
            bits += b;
        }
        if (bits <= 64) return new PackedKeyGroupTable(keyTypes, keepKeys);
        GroupTable pair = Packed128KeyGroupTable.tryCreate(keyTypes, keepKeys);
        return pair != null ? pair : new SerializedKeyGroupTable(keyTypes, keepKeys);
    }

    /** Bits a value of this type takes when packed, or -1 when it cannot be packed. */
    static int packedBits(DataType t) {
        if (t instanceof LowCardinalityType lc) return packedBits(lc.inner());
        if (t instanceof NullableType n) {
            if (n.inner().id() == TypeId.NOTHING) return 1;
            int b = packedBits(n.inner());
            return b < 0 ? -1 : b + 1;
        }
        if (t.physicalKind() == PhysicalKind.LONG) {
            int w = t.fixedWidth();
            return w <= 0 || w > 8 ? 64 : w * 8;
        }
        if (t.physicalKind() == PhysicalKind.DOUBLE) return t instanceof FloatType && t.id() == TypeId.FLOAT32 ? 32 : 64;
        return -1;
    }

    /**
     * Writes the group id of rows [0, rowCount) of {@code keys} to {@code groupIds}, creating
     * groups for new keys. Const and LowCardinality key columns are accepted.
     */
    public abstract void findOrInsert(Column[] keys, int rowCount, int[] groupIds);

    public final int groupCount() {
        return groupCount;
    }

    /** Registers a new group whose key is row {@code row} of {@code keys}; returns its id. */
    protected final int newGroup(Column[] keys, int row) {
        if (keyBuilders != null) {
            for (int i = 0; i < keyBuilders.length; i++) keyBuilders[i].append(keys[i], row);
        }
        return groupCount++;
    }

    /**
     * The keys of groups [0, groupCount), one column per key (same types as the input); only with
     * keepKeys (a table that can rebuild its keys from what it stores anyway may keep no copy).
     */
    public Column[] keyColumns() {
        Column[] out = new Column[keyBuilders.length];
        for (int i = 0; i < out.length; i++) out[i] = keyBuilders[i].build();
        return out;
    }

    /** Makes room for {@code groups} groups in all without growing on the way (before a merge); a hint. */
    public final void reserve(int groups) {
        if (groups <= 0 || groups > 1 << 29) return; // beyond that the table grows as it fills
        int capacity = capacityFor(groups);
        if (capacity > slotCount()) resize(capacity);
        reserveGroups(groups);
    }

    /** Room for {@code groups} groups in whatever the table keeps per group (called by {@link #reserve}). */
    void reserveGroups(int groups) {
    }

    /** The hash table's slots (a power of two, kept at most half full). */
    abstract int slotCount();

    /** Re-inserts every group into {@code capacity} slots (a power of two, larger than now). */
    abstract void resize(int capacity);

    /** Approximate bytes held by the table itself (key copies estimated), for max_memory_usage. */
    public abstract long byteSize();

    /** Smallest power of two holding {@code n} entries at most half full. */
    static int capacityFor(int n) {
        int c = 16;
        while (c < n * 2L) c <<= 1;
        return c;
    }
}
