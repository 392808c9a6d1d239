package io.strata.core.type;

import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.StringColumnBuilder;

/** String: arbitrary bytes (usually UTF-8), stored as offsets + bytes. */
public final class StringType extends DataType {
    StringType() {
    }

    @Override protected String baseName() { return "String"; }
    @Override public TypeId id() { return TypeId.STRING; }
    @Override public PhysicalKind physicalKind() { return PhysicalKind.BYTES; }
    @Override public ColumnBuilder createBuilder(int expectedRows) { return new StringColumnBuilder(this, expectedRows); }
}
