package io.strata.core.column;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;

public final class NothingColumnBuilder implements ColumnBuilder {
    private final DataType type;
    private int size;

    public NothingColumnBuilder(DataType type) {
        this.type = type;
    }

    @Override public DataType type() { return type; }
    @Override public int size() { return size; }
    @Override public void append(Column src, int row) { size++; }

    @Override
    public void appendNull() {
        throw new DbException(ErrorCode.CANNOT_INSERT_NULL_IN_ORDINARY_COLUMN, "Cannot insert NULL into Nothing");
    }

    @Override public void appendDefault() { size++; }
    @Override public NothingColumn build() { return new NothingColumn(size); }
}
