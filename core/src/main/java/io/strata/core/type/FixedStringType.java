package io.strata.core.type;

import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.StringColumnBuilder;

/**
 * FixedString(N), and the 16-byte types UUID and IPv6 that share its layout: offsets + bytes
 * where every value has exactly N bytes (shorter inputs are padded with zero bytes).
 */
public final class FixedStringType extends DataType {
    private final int length;
    private final TypeId id;

    public FixedStringType(int length) {
        this(TypeId.FIXED_STRING, length);
    }

    FixedStringType(TypeId id, int length) {
        this.id = id;
        this.length = length;
    }

    public int length() { return length; }

    @Override
    protected String baseName() {
        return switch (id) {
            case UUID -> "UUID";
            case IPV6 -> "IPv6";
            default -> "FixedString(" + length + ")";
        };
    }

    @Override public TypeId id() { return id; }
    @Override public PhysicalKind physicalKind() { return PhysicalKind.BYTES; }
    @Override public int fixedWidth() { return length; }
    @Override public ColumnBuilder createBuilder(int expectedRows) { return new StringColumnBuilder(this, expectedRows); }
}
