package io.strata.core.type;

import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.LongColumnBuilder;

/** Types with no parameters that store one long per value: IPv4 and the Interval kinds. */
public final class SimpleLongType extends DataType {
    private final TypeId id;
    private final String name;
    private final int width;

    SimpleLongType(TypeId id, String name, int width) {
        this.id = id;
        this.name = name;
        this.width = width;
    }

    @Override protected String baseName() { return name; }
    @Override public TypeId id() { return id; }
    @Override public PhysicalKind physicalKind() { return PhysicalKind.LONG; }
    @Override public int fixedWidth() { return width; }
    @Override public ColumnBuilder createBuilder(int expectedRows) { return new LongColumnBuilder(this, expectedRows); }

    /** For Interval types: the unit name, e.g. "Day". */
    public String intervalUnit() {
        return id == TypeId.INTERVAL ? name.substring("Interval".length()) : null;
    }
}
