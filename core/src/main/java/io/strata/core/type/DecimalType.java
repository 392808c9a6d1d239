package io.strata.core.type;

import io.strata.core.column.BigColumnBuilder;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.LongColumnBuilder;

/**
 * Decimal(P, S). Precision up to 18 stores the unscaled value in a {@code long[]}; wider
 * precisions (Decimal128/256) use {@code BigInteger[]}. The name is always {@code Decimal(P, S)},
 * as modern ClickHouse prints it.
 */
public final class DecimalType extends DataType {
    private final int precision;
    private final int scale;
    private final String name;

    public DecimalType(int precision, int scale) {
        this.precision = precision;
        this.scale = scale;
        this.name = "Decimal(" + precision + ", " + scale + ")";
    }

    public int precision() { return precision; }
    public int scale() { return scale; }

    /** 32, 64, 128 or 256: the storage width ClickHouse picks for this precision. */
    public int bits() {
        return precision <= 9 ? 32 : precision <= 18 ? 64 : precision <= 38 ? 128 : 256;
    }

    @Override protected String baseName() { return name; }
    @Override public TypeId id() { return TypeId.DECIMAL; }
    @Override public PhysicalKind physicalKind() { return precision <= 18 ? PhysicalKind.LONG : PhysicalKind.BIG; }
    @Override public boolean isNumeric() { return true; }
    @Override public int fixedWidth() { return bits() / 8; }

    @Override
    public ColumnBuilder createBuilder(int expectedRows) {
        return precision <= 18 ? new LongColumnBuilder(this, expectedRows) : new BigColumnBuilder(this, expectedRows);
    }
}
