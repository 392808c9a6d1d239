package io.strata.core.type;

import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.DoubleColumnBuilder;

/** Float32 and Float64, both stored as {@code double[]} (Float32 values are rounded to float). */
public final class FloatType extends DataType {
    private final TypeId id;

    FloatType(TypeId id) {
        this.id = id;
    }

    @Override protected String baseName() { return id == TypeId.FLOAT32 ? "Float32" : "Float64"; }
    @Override public TypeId id() { return id; }
    @Override public PhysicalKind physicalKind() { return PhysicalKind.DOUBLE; }
    @Override public ColumnBuilder createBuilder(int expectedRows) { return new DoubleColumnBuilder(this, expectedRows); }
    @Override public boolean isNumeric() { return true; }
    @Override public int fixedWidth() { return id == TypeId.FLOAT32 ? 4 : 8; }

}
