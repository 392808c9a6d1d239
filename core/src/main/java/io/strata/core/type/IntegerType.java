package io.strata.core.type;

import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.LongColumnBuilder;

/** UInt8..UInt64, Int8..Int64 and Bool: all stored as {@code long[]}. */
public final class IntegerType extends DataType {
    private final TypeId id;
    private final String name;
    private final int bits;
    private final boolean signed;

    IntegerType(TypeId id, String name, int bits, boolean signed) {
        this.id = id;
        this.name = name;
        this.bits = bits;
        this.signed = signed;
    }

    @Override protected String baseName() { return name; }
    @Override public TypeId id() { return id; }
    @Override public PhysicalKind physicalKind() { return PhysicalKind.LONG; }
    @Override public ColumnBuilder createBuilder(int expectedRows) { return new LongColumnBuilder(this, expectedRows); }
    @Override public boolean isNumeric() { return true; }
    @Override public boolean isInteger() { return true; }
    @Override public int fixedWidth() { return bits / 8; }

    public int bits() { return bits; }
    public boolean signed() { return signed; }

    /** Smallest value representable, as a signed long (UInt64 max is -1L). */
    public long minValue() {
        return signed ? (bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1))) : 0;
    }

    /** Largest value: for UInt64 this is -1L as bits; use {@link #fits} for range checks. */
    public long maxValue() {
        if (id == TypeId.BOOL) return 1;
        if (signed) return bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
        return bits == 64 ? -1L : (1L << bits) - 1;
    }

    /** Wraps a 64-bit value to this type's width, as ClickHouse's integer overflow does. */
    public long wrap(long v) {
        return switch (bits) {
            case 8 -> signed ? (byte) v : v & 0xFFL;
            case 16 -> signed ? (short) v : v & 0xFFFFL;
            case 32 -> signed ? (int) v : v & 0xFFFF_FFFFL;
            default -> v;
        };
    }

}
