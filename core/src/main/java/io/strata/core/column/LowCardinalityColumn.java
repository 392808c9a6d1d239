package io.strata.core.column;

import io.strata.core.type.DataType;

/**
 * LowCardinality(T): a dictionary column of distinct values and one index into it per row. For
 * LowCardinality(Nullable(T)) the dictionary is a Nullable column whose entry 0 is NULL.
 */
public final class LowCardinalityColumn implements Column {
    private final DataType type;
    private final Column dictionary;
    private final int[] indexes;
    private final int size;

    public LowCardinalityColumn(DataType type, Column dictionary, int[] indexes, int size) {
        this.type = type;
        this.dictionary = dictionary;
        this.indexes = indexes;
        this.size = size;
    }

    @Override public DataType type() { return type; }
    @Override public int size() { return size; }
    public Column dictionary() { return dictionary; }
    public int[] indexes() { return indexes; }
    public int indexAt(int row) { return indexes[row]; }

    @Override public boolean isNullAt(int row) { return dictionary.isNullAt(indexes[row]); }

    @Override
    public Column slice(int offset, int length) {
        int[] ix = java.util.Arrays.copyOfRange(indexes, offset, offset + length);
        return new LowCardinalityColumn(type, dictionary, ix, length);
    }

    @Override
    public Column take(int[] positions, int count) {
        int[] ix = new int[count];
        for (int i = 0; i < count; i++) ix[i] = indexes[positions[i]];
        return new LowCardinalityColumn(type, dictionary, ix, count);
    }

    /** The full column of the dictionary's type. */
    @Override
    public Column materialize() {
        return dictionary.take(indexes, size);
    }

    @Override public Object getObject(int row) { return dictionary.getObject(indexes[row]); }
    @Override public long byteSize() { return dictionary.byteSize() + 4L * size; }
}
