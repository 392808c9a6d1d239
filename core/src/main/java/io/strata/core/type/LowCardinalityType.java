package io.strata.core.type;

import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.LowCardinalityColumnBuilder;

/** LowCardinality(T): a dictionary of distinct values plus an index per row. */
public final class LowCardinalityType extends DataType {
    private final DataType inner;
    private final String name;

    public LowCardinalityType(DataType inner) {
        this.inner = inner;
        this.name = "LowCardinality(" + inner.name() + ")";
    }

    /** The dictionary type (may be Nullable(T)). */
    public DataType inner() { return inner; }

    @Override protected String baseName() { return name; }
    @Override public TypeId id() { return TypeId.LOW_CARDINALITY; }
    @Override public PhysicalKind physicalKind() { return PhysicalKind.LOW_CARDINALITY; }
    @Override public boolean isNullable() { return inner.isNullable(); }
    @Override public boolean canBeInsideNullable() { return false; }
    @Override public DataType unwrap() { return inner.unwrap(); }
    @Override public ColumnBuilder createBuilder(int expectedRows) { return new LowCardinalityColumnBuilder(this, expectedRows); }
}
