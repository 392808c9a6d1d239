package io.strata.core.column;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;

/** The errors every non-nullable builder raises, worded once. */
final class BuilderErrors {
    private BuilderErrors() {
    }

    static DbException nullNotAllowed(DataType type) {
        return new DbException(ErrorCode.CANNOT_INSERT_NULL_IN_ORDINARY_COLUMN, "Cannot convert NULL value to non-Nullable type " + type);
    }

    static DbException cannotAppend(Column src, DataType type) {
        return new DbException(ErrorCode.LOGICAL_ERROR, "Cannot append " + src.type() + " to " + type);
    }
}
