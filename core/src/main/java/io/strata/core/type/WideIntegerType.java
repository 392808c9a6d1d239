package io.strata.core.type;

import io.strata.core.column.BigColumnBuilder;
import io.strata.core.column.ColumnBuilder;
import java.math.BigInteger;

/**
 * Int128, UInt128, Int256 and UInt256: stored as {@link BigInteger}s in a BigColumn (like wide
 * decimals), always normalized into the type's range. They are rare, so simplicity beats speed.
 * {@link #isInteger()} stays false: callers that test it read the values as {@code long}s
 * (repeat counts, array indexes), which these types cannot provide.
 */
public final class WideIntegerType extends DataType {
    private final TypeId id;
    private final String name;
    private final int bits;
    private final boolean signed;
    private final BigInteger min;
    private final BigInteger max;
    private final BigInteger modulus;

    WideIntegerType(TypeId id, String name, int bits, boolean signed) {
        this.id = id;
        this.name = name;
        this.bits = bits;
        this.signed = signed;
        this.modulus = BigInteger.ONE.shiftLeft(bits);
        this.min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        this.max = signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE) : modulus.subtract(BigInteger.ONE);
    }

    @Override protected String baseName() { return name; }
    @Override public TypeId id() { return id; }
    @Override public PhysicalKind physicalKind() { return PhysicalKind.BIG; }
    @Override public ColumnBuilder createBuilder(int expectedRows) { return new BigColumnBuilder(this, expectedRows); }
    @Override public boolean isNumeric() { return true; }
    @Override public int fixedWidth() { return bits / 8; }

    public int bits() { return bits; }
    public boolean signed() { return signed; }
    public BigInteger minValue() { return min; }
    public BigInteger maxValue() { return max; }

    public boolean fits(BigInteger v) {
        return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
    }

    /** Wraps any integer to this type's width (two's complement), as ClickHouse's overflow does. */
    public BigInteger wrap(BigInteger v) {
        if (fits(v)) return v;
        BigInteger r = v.mod(modulus);
        return signed && r.compareTo(max) > 0 ? r.subtract(modulus) : r;
    }
}
