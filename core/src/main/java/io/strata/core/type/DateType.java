package io.strata.core.type;

import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.LongColumnBuilder;

/** Date (days since 1970-01-01 as UInt16) and Date32 (signed days, from 1900 to 2299). */
public final class DateType extends DataType {
    private final boolean wide;

    DateType(boolean wide) {
        this.wide = wide;
    }

    public boolean isDate32() { return wide; }

    @Override protected String baseName() { return wide ? "Date32" : "Date"; }
    @Override public TypeId id() { return wide ? TypeId.DATE32 : TypeId.DATE; }
    @Override public PhysicalKind physicalKind() { return PhysicalKind.LONG; }
    @Override public int fixedWidth() { return wide ? 4 : 2; }
    @Override public ColumnBuilder createBuilder(int expectedRows) { return new LongColumnBuilder(this, expectedRows); }
}
