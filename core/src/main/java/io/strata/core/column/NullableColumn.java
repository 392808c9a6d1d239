package io.strata.core.column;

import io.strata.core.type.DataType;
import java.util.Arrays;

/**
 * Nullable(T): a values column (with some default value under each NULL) and a null map where
 * 1 means NULL. Kernels compute on all values and then combine null maps.
 */
public final class NullableColumn implements Column {
    private final DataType type;
    private final Column values;
    private final byte[] nulls;

    public NullableColumn(DataType type, Column values, byte[] nulls) {
        this.type = type;
        this.values = values;
        this.nulls = nulls;
    }

    @Override public DataType type() { return type; }
    @Override public int size() { return values.size(); }

    public Column values() { return values; }

    /** The null map (1 = NULL), at least {@code size()} long. Never write to it. */
    public byte[] nulls() { return nulls; }

    @Override public boolean isNullAt(int row) { return nulls[row] != 0; }

    public boolean hasNulls() {
        int n = size();
        for (int i = 0; i < n; i++) if (nulls[i] != 0) return true;
        return false;
    }

    @Override
    public Column slice(int offset, int length) {
        return new NullableColumn(type, values.slice(offset, length), Arrays.copyOfRange(nulls, offset, offset + length));
    }

    @Override
    public Column take(int[] positions, int count) {
        byte[] n = new byte[count];
        for (int i = 0; i < count; i++) n[i] = nulls[positions[i]];
        return new NullableColumn(type, values.take(positions, count), n);
    }

    @Override public Object getObject(int row) { return nulls[row] != 0 ? null : values.getObject(row); }
    @Override public long byteSize() { return values.byteSize() + size(); }
}
