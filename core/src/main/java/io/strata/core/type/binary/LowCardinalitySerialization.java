package io.strata.core.type.binary;

import io.strata.core.column.BigColumn;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.column.NothingColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.LowCardinalityType;
import io.strata.core.type.NullableType;
import io.strata.core.type.TypeId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * LowCardinality(T) in ClickHouse's Native layout. After the keys-version prefix (UInt64 1,
 * written by {@link NativeSerialization#writePrefix}) each written range is one section:
 * <ol>
 * <li>UInt64 index type and flags: the key width (0 = UInt8, 1 = UInt16, 2 = UInt32, 3 = UInt64)
 * | HasAdditionalKeys (bit 9) | NeedUpdateDictionary (bit 10). Native never uses the global
 * dictionary (bit 8), so ClickHouse writes {@code width | 0x600}.</li>
 * <li>UInt64 key count, then the keys as a column of T (for LowCardinality(Nullable(T)) the keys
 * are T without a null map: key 0 stands for NULL).</li>
 * <li>UInt64 row count, then one key index per row at the key width.</li>
 * </ol>
 * The keys are those of the written rows only, as ClickHouse's compacted dictionary has them: key
 * 0 is the default value (NULL for a nullable dictionary, then key 1 is the default), the other
 * keys follow in order of first use. Nothing is written for an empty range.
 */
final class LowCardinalitySerialization {
    /** KeysSerializationVersion::SharedDictionariesWithAdditionalKeys. */
    static final long KEYS_VERSION = 1;

    static final long NEED_GLOBAL_DICTIONARY = 1L << 8;
    static final long HAS_ADDITIONAL_KEYS = 1L << 9;
    static final long NEED_UPDATE_DICTIONARY = 1L << 10;
    private static final long FLAGS = NEED_GLOBAL_DICTIONARY | HAS_ADDITIONAL_KEYS | NEED_UPDATE_DICTIONARY;

    static final int KEY_UINT8 = 0;
    static final int KEY_UINT16 = 1;
    static final int KEY_UINT32 = 2;
    static final int KEY_UINT64 = 3;

    private LowCardinalitySerialization() {
    }

    /**
     * The keys of one section: {@code reserved} default slots (1, or 2 when nullable), then
     * {@code values}; {@code indexes[i]} is the key of row i.
     */
    private record Keys(int reserved, Column values, int[] indexes) {
        int count() { return reserved + values.size(); }
    }

    // ---- writing -----------------------------------------------------------------------------

    static void write(LowCardinalityType type, Column column, int from, int to, WriteBuffer out) {
        int n = to - from;
        if (n == 0) return;
        if (column instanceof ConstColumn) {
            column = column.slice(from, n).materialize();
            from = 0;
            to = n;
        }
        boolean nullable = type.inner().isNullable();
        DataType keyType = keyType(type);
        Keys keys = column instanceof LowCardinalityColumn lc
                ? fromDictionary(lc, nullable, from, to)
                : fromValues(column, keyType, nullable, from, to);
        int count = keys.count();
        // ClickHouse widens the index type once the key count passes the narrow type's maximum
        // value (not its range): 255 keys take UInt8, 256 keys already UInt16
        int width = count <= 0xFF ? KEY_UINT8 : count <= 0xFFFF ? KEY_UINT16 : KEY_UINT32;
        out.writeInt64(width | HAS_ADDITIONAL_KEYS | NEED_UPDATE_DICTIONARY);
        out.writeInt64(count);
        NativeSerialization.writeData(keyType, keyType.defaultColumn(keys.reserved()), 0, keys.reserved(), out);
        NativeSerialization.writeData(keyType, keys.values(), 0, keys.values().size(), out);
        out.writeInt64(n);
        writeIndexes(keys.indexes(), n, width, out);
    }

    /** The type of the keys: T for both LowCardinality(T) and LowCardinality(Nullable(T)). */
    private static DataType keyType(LowCardinalityType type) {
        return type.inner() instanceof NullableType nt ? nt.inner() : type.inner();
    }

    private static void writeIndexes(int[] indexes, int n, int width, WriteBuffer out) {
        long[] wide = new long[n];
        for (int i = 0; i < n; i++) wide[i] = indexes[i];
        switch (width) {
            case KEY_UINT8 -> out.writeInt8Array(wide, 0, n);
            case KEY_UINT16 -> out.writeInt16Array(wide, 0, n);
            default -> out.writeInt32Array(wide, 0, n);
        }
    }

    /**
     * Keys for rows of a dictionary-encoded column: works on dictionary positions, so each
     * distinct entry is classified (NULL, default or a new key) once, not once per row.
     */
    private static Keys fromDictionary(LowCardinalityColumn lc, boolean nullable, int from, int to) {
        int n = to - from;
        Column dict = lc.dictionary();
        Column dictValues = dict instanceof NullableColumn nc ? nc.values() : dict;
        int reserved = nullable ? 2 : 1;
        int defaultKey = reserved - 1;
        int[] source = lc.indexes();
        int[] indexes = new int[n];
        int[] used = new int[Math.min(dict.size(), n)];
        int count = 0;
        // remember each entry's key: a flat array for dictionaries near the range's size, a hash
        // table for a big shared dictionary so that a granule costs O(rows), not O(dictionary)
        PositionMap map = new PositionMap(dict.size(), n);
        for (int i = 0; i < n; i++) {
            int ix = source[from + i];
            int key = map.get(ix);
            if (key < 0) {
                if (nullable && dict.isNullAt(ix)) key = 0;
                else if (isDefault(dictValues, ix)) key = defaultKey;
                else {
                    used[count] = ix;
                    key = reserved + count++;
                }
                map.put(ix, key);
            }
            indexes[i] = key;
        }
        return new Keys(reserved, dictValues.take(used, count), indexes);
    }

    /** Keys for rows of a plain (or Nullable) column: deduplicates the values by hashing. */
    private static Keys fromValues(Column column, DataType keyType, boolean nullable, int from, int to) {
        int n = to - from;
        byte[] nulls = null;
        Column values = column;
        if (column instanceof NullableColumn nc) {
            nulls = nc.nulls();
            values = nc.values();
        } else if (column instanceof NothingColumn) {
            values = null;
        }
        int reserved = nullable ? 2 : 1;
        int defaultKey = reserved - 1;
        int[] indexes = new int[n];
        int[] firstRows = new int[n];
        int count = 0;
        if (values == null) {
            // a bare NULL column: every row is key 0
            return new Keys(reserved, keyType.createBuilder(0).build(), indexes);
        }
        ValueTable table = ValueTable.of(values, n);
        for (int i = 0; i < n; i++) {
            int row = from + i;
            int key;
            if (nulls != null && nulls[row] != 0) {
                key = 0; // NULL, or the default when the type cannot hold NULL
            } else if (isDefault(values, row)) {
                key = defaultKey;
            } else {
                int slot = table.find(row);
                key = table.keyAt(slot);
                if (key < 0) {
                    firstRows[count] = row;
                    key = reserved + count++;
                    table.insert(slot, row, key);
                }
            }
            indexes[i] = key;
        }
        return new Keys(reserved, values.take(firstRows, count), indexes);
    }

    /** Whether {@code values[row]} is its type's default, which ClickHouse keeps in a reserved key. */
    private static boolean isDefault(Column values, int row) {
        return switch (values) {
            case LongColumn c -> c.get(row) == 0;
            case DoubleColumn c -> Double.doubleToRawLongBits(c.get(row)) == 0;
            case StringColumn c -> {
                if (c.type().id() == TypeId.STRING) yield c.length(row) == 0;
                byte[] b = c.bytes();
                for (int p = c.start(row), end = c.start(row + 1); p < end; p++) {
                    if (b[p] != 0) yield false;
                }
                yield true;
            }
            case BigColumn c -> c.get(row).signum() == 0;
            default -> false;
        };
    }

    // ---- reading -----------------------------------------------------------------------------

    static Column read(LowCardinalityType type, ReadBuffer in, int rows) {
        if (rows == 0) return type.createBuilder(0).build();
        DataType keyType = keyType(type);
        List<Column> sectionKeys = new ArrayList<>(1);
        List<int[]> sectionIndexes = new ArrayList<>(1);
        int done = 0;
        while (done < rows) {
            long flags = in.readInt64();
            long width = flags & ~FLAGS;
            if (width > KEY_UINT64) throw NativeSerialization.corrupted("LowCardinality index type " + flags);
            if ((flags & NEED_GLOBAL_DICTIONARY) != 0) {
                throw new DbException(ErrorCode.INCORRECT_DATA,
                        "LowCardinality indexes serialization type for Native format cannot use global dictionary");
            }
            if ((flags & HAS_ADDITIONAL_KEYS) == 0) throw new DbException(ErrorCode.INCORRECT_DATA, "No additional keys found.");
            long keyCount = in.readInt64();
            if (keyCount < 0 || keyCount > Integer.MAX_VALUE - 16) {
                throw NativeSerialization.corrupted("LowCardinality key count " + Long.toUnsignedString(keyCount));
            }
            Column keys = NativeSerialization.readData(keyType, in, (int) keyCount);
            long sectionRows = in.readInt64();
            if (sectionRows < 0 || sectionRows > rows - done) {
                throw NativeSerialization.corrupted("LowCardinality row count " + Long.toUnsignedString(sectionRows)
                        + ", expected at most " + (rows - done));
            }
            int m = (int) sectionRows;
            int[] indexes = readIndexes(in, m, (int) width, keys.size());
            sectionKeys.add(keys);
            sectionIndexes.add(indexes);
            done += m;
        }
        if (sectionKeys.size() == 1) {
            return new LowCardinalityColumn(type, dictionary(type, sectionKeys.getFirst()), sectionIndexes.getFirst(), rows);
        }
        return concatenate(type, keyType, sectionKeys, sectionIndexes, rows);
    }

    private static int[] readIndexes(ReadBuffer in, int rows, int width, int keyCount) {
        long[] wide = new long[rows];
        switch (width) {
            case KEY_UINT8 -> in.readInt8Array(wide, 0, rows, false);
            case KEY_UINT16 -> in.readInt16Array(wide, 0, rows, false);
            case KEY_UINT32 -> in.readInt32Array(wide, 0, rows, false);
            default -> in.readInt64Array(wide, 0, rows);
        }
        int[] indexes = new int[rows];
        for (int i = 0; i < rows; i++) {
            long ix = wide[i];
            if (ix < 0 || ix >= keyCount) {
                throw NativeSerialization.corrupted("LowCardinality index " + Long.toUnsignedString(ix) + " of " + keyCount + " keys");
            }
            indexes[i] = (int) ix;
        }
        return indexes;
    }

    /** The dictionary column for keys read from a section: key 0 is NULL when the type is nullable. */
    private static Column dictionary(LowCardinalityType type, Column keys) {
        if (!type.inner().isNullable()) return keys;
        byte[] nulls = new byte[keys.size()];
        if (nulls.length > 0) nulls[0] = 1;
        return new NullableColumn(type.inner(), keys, nulls);
    }

    /** Several sections (another writer's multi-block column): one dictionary holding all their keys. */
    private static Column concatenate(LowCardinalityType type, DataType keyType, List<Column> sectionKeys,
                                      List<int[]> sectionIndexes, int rows) {
        int total = 0;
        for (Column k : sectionKeys) total += k.size();
        ColumnBuilder all = keyType.createBuilder(total);
        int[] indexes = new int[rows];
        int at = 0;
        for (int s = 0; s < sectionKeys.size(); s++) {
            Column keys = sectionKeys.get(s);
            int base = all.size();
            for (int r = 0; r < keys.size(); r++) all.append(keys, r);
            for (int ix : sectionIndexes.get(s)) {
                // a section's key 0 is NULL: keep NULL rows on the merged dictionary's key 0
                indexes[at++] = type.inner().isNullable() && ix == 0 ? 0 : base + ix;
            }
        }
        return new LowCardinalityColumn(type, dictionary(type, all.build()), indexes, rows);
    }

    // ---- hash tables -------------------------------------------------------------------------

    /** Dictionary position to key: a flat array when the dictionary is small, else open addressing. */
    private static final class PositionMap {
        private final int[] flat;      // key + 1 per position, 0 = unseen
        private final int[] positions; // hashed: position + 1, 0 = empty
        private final int[] keys;
        private final int mask;

        PositionMap(int dictionarySize, int rows) {
            if (dictionarySize <= 4 * rows + 1024) {
                flat = new int[dictionarySize];
                positions = keys = null;
                mask = 0;
            } else {
                int cap = Integer.highestOneBit(Math.max(16, rows * 2 - 1)) << 1;
                flat = null;
                positions = new int[cap];
                keys = new int[cap];
                mask = cap - 1;
            }
        }

        int get(int position) {
            if (flat != null) return flat[position] - 1;
            for (int s = mix(position) & mask; ; s = (s + 1) & mask) {
                int p = positions[s];
                if (p == 0) return -1;
                if (p == position + 1) return keys[s];
            }
        }

        void put(int position, int key) {
            if (flat != null) {
                flat[position] = key + 1;
                return;
            }
            int s = mix(position) & mask;
            while (positions[s] != 0) s = (s + 1) & mask;
            positions[s] = position + 1;
            keys[s] = key;
        }
    }

    /**
     * Distinct values of one column, keyed by the row of their first occurrence. The comparison is
     * picked once per column (one subclass per physical kind), so the row loop has no type switch.
     */
    private abstract static class ValueTable {
        final int[] rows; // row + 1, 0 = empty
        final int[] keys;
        final int mask;

        ValueTable(int expected) {
            int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
            rows = new int[cap];
            keys = new int[cap];
            mask = cap - 1;
        }

        static ValueTable of(Column values, int expected) {
            return switch (values) {
                case LongColumn c -> new LongTable(c.values(), expected);
                case DoubleColumn c -> new DoubleTable(c.values(), expected);
                case StringColumn c -> new BytesTable(c, expected);
                default -> new ObjectTable(values, expected);
            };
        }

        abstract int hash(int row);

        abstract boolean same(int a, int b);

        /** The slot holding a value equal to {@code row}'s, or the empty slot where it belongs. */
        final int find(int row) {
            for (int s = hash(row) & mask; ; s = (s + 1) & mask) {
                int r = rows[s];
                if (r == 0 || same(r - 1, row)) return s;
            }
        }

        /** The key in {@code slot}, or -1 when the slot is empty. */
        final int keyAt(int slot) {
            return rows[slot] == 0 ? -1 : keys[slot];
        }

        final void insert(int slot, int row, int key) {
            rows[slot] = row + 1;
            keys[slot] = key;
        }
    }

    private static final class LongTable extends ValueTable {
        private final long[] v;

        LongTable(long[] v, int expected) {
            super(expected);
            this.v = v;
        }

        @Override int hash(int row) { return mix64(v[row]); }
        @Override boolean same(int a, int b) { return v[a] == v[b]; }
    }

    /** Compares raw bits, as ClickHouse's dictionary does: NaNs with equal bits are one key. */
    private static final class DoubleTable extends ValueTable {
        private final double[] v;

        DoubleTable(double[] v, int expected) {
            super(expected);
            this.v = v;
        }

        @Override int hash(int row) { return mix64(Double.doubleToRawLongBits(v[row])); }
        @Override boolean same(int a, int b) { return Double.doubleToRawLongBits(v[a]) == Double.doubleToRawLongBits(v[b]); }
    }

    private static final class BytesTable extends ValueTable {
        private final byte[] bytes;
        private final int[] offsets;

        BytesTable(StringColumn c, int expected) {
            super(expected);
            this.bytes = c.bytes();
            this.offsets = c.offsets();
        }

        @Override
        int hash(int row) {
            int h = 1;
            for (int p = offsets[row], end = offsets[row + 1]; p < end; p++) h = 31 * h + bytes[p];
            return mix(h);
        }

        @Override
        boolean same(int a, int b) {
            return Arrays.equals(bytes, offsets[a], offsets[a + 1], bytes, offsets[b], offsets[b + 1]);
        }
    }

    /** Wide integers and decimals (BigInteger values): rare in LowCardinality, so getObject is fine. */
    private static final class ObjectTable extends ValueTable {
        private final Column values;

        ObjectTable(Column values, int expected) {
            super(expected);
            this.values = values;
        }

        @Override int hash(int row) { return mix(values.getObject(row).hashCode()); }
        @Override boolean same(int a, int b) { return values.getObject(a).equals(values.getObject(b)); }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static int mix64(long v) {
        v *= 0x9E3779B97F4A7C15L;
        return (int) (v ^ (v >>> 32));
    }
}
