package io.strata.core.column;

import io.strata.core.type.DataType;

/** Appends values one at a time and builds an immutable {@link Column}. Not thread-safe. */
public interface ColumnBuilder {
    DataType type();

    int size();

    /** Appends {@code src[row]}; src has this builder's type (Const/LowCardinality sources are unwrapped). */
    void append(Column src, int row);

    /** Appends NULL; only nullable builders accept it. */
    void appendNull();

    /** Appends the type's default value (0, '', [], NULL for Nullable). */
    void appendDefault();

    Column build();
}
