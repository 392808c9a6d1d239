package io.strata.core.type;

import io.strata.core.column.ArrayColumnBuilder;
import io.strata.core.column.ColumnBuilder;

/** Array(T): offsets into one flattened column of elements. */
public final class ArrayType extends DataType {
    private final DataType element;
    private final String name;

    public ArrayType(DataType element) {
        this.element = element;
        this.name = "Array(" + element.name() + ")";
    }

    public DataType element() { return element; }

    @Override protected String baseName() { return name; }
    @Override public TypeId id() { return TypeId.ARRAY; }
    @Override public PhysicalKind physicalKind() { return PhysicalKind.ARRAY; }
    @Override public boolean canBeInsideNullable() { return false; }
    @Override public ColumnBuilder createBuilder(int expectedRows) { return new ArrayColumnBuilder(this, expectedRows); }
}
