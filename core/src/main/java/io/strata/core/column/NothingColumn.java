package io.strata.core.column;

import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;

/** Values of type Nothing: only a row count (every row is NULL once inside Nullable). */
public final class NothingColumn implements Column {
    private final int size;

    public NothingColumn(int size) {
        this.size = size;
    }

    @Override public DataType type() { return DataTypes.NOTHING; }
    @Override public int size() { return size; }
    @Override public Column slice(int offset, int length) { return new NothingColumn(length); }
    @Override public Column take(int[] positions, int count) { return new NothingColumn(count); }
    @Override public Object getObject(int row) { return null; }
    @Override public long byteSize() { return 0; }
}
