package io.strata.core.type;

import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.NullableColumnBuilder;

/** Nullable(T): a value column plus a null map. */
public final class NullableType extends DataType {
    private final DataType inner;
    private final String name;

    public NullableType(DataType inner) {
        this.inner = inner;
        this.name = "Nullable(" + inner.name() + ")";
    }

    public DataType inner() { return inner; }

    @Override protected String baseName() { return name; }
    @Override public TypeId id() { return TypeId.NULLABLE; }
    @Override public PhysicalKind physicalKind() { return PhysicalKind.NULLABLE; }
    @Override public boolean isNullable() { return true; }
    @Override public boolean canBeInsideNullable() { return false; }
    @Override public DataType unwrap() { return inner.unwrap(); }
    @Override public ColumnBuilder createBuilder(int expectedRows) { return new NullableColumnBuilder(this, expectedRows); }
}
