package io.strata.core.type;

import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.NothingColumnBuilder;

/** Nothing: the type without values, seen as Nullable(Nothing) for a bare NULL literal. */
public final class NothingType extends DataType {
    NothingType() {
    }

    @Override protected String baseName() { return "Nothing"; }
    @Override public TypeId id() { return TypeId.NOTHING; }
    @Override public PhysicalKind physicalKind() { return PhysicalKind.NOTHING; }
    @Override public ColumnBuilder createBuilder(int expectedRows) { return new NothingColumnBuilder(this); }
}
