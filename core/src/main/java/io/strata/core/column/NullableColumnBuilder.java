package io.strata.core.column;

import io.strata.core.type.DataType;
import io.strata.core.type.NullableType;
import java.util.Arrays;

public final class NullableColumnBuilder implements ColumnBuilder {
    private final DataType type;
    private final ColumnBuilder values;
    private byte[] nulls;
    private int size;

    public NullableColumnBuilder(NullableType type, int expectedRows) {
        this.type = type;
        this.values = type.inner().createBuilder(expectedRows);
        this.nulls = new byte[Math.max(8, expectedRows)];
    }

    @Override public DataType type() { return type; }
    @Override public int size() { return size; }

    /** The builder of the non-null values: append to it, then call {@link #markNotNull()}. */
    public ColumnBuilder values() { return values; }

    private void mark(byte b) {
        if (size == nulls.length) nulls = Arrays.copyOf(nulls, nulls.length * 2);
        nulls[size++] = b;
    }

    public void markNotNull() { mark((byte) 0); }

    @Override
    public void append(Column src, int row) {
        switch (src) {
            case NullableColumn c -> {
                if (c.isNullAt(row)) appendNull();
                else {
                    values.append(c.values(), row);
                    mark((byte) 0);
                }
            }
            case ConstColumn c -> append(c.value(), 0);
            case LowCardinalityColumn c -> append(c.dictionary(), c.indexAt(row));
            case NothingColumn c -> appendNull();
            default -> {
                values.append(src, row);
                mark((byte) 0);
            }
        }
    }

    @Override
    public void appendNull() {
        values.appendDefault();
        mark((byte) 1);
    }

    @Override public void appendDefault() { appendNull(); }

    @Override public NullableColumn build() { return new NullableColumn(type, values.build(), nulls); }
}
