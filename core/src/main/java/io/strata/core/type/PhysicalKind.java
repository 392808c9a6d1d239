package io.strata.core.type;

/**
 * How a type's values are laid out in memory. Kernels dispatch on this once per chunk.
 * <ul>
 * <li>LONG: {@code long[]} — every integer type, Bool, Date/Date32 (days), DateTime (seconds),
 * DateTime64 (ticks), Enum8/16, IPv4, Decimal with precision up to 18 (unscaled), Interval.
 * UInt64 values above Long.MAX_VALUE are stored as their two's-complement bits.</li>
 * <li>DOUBLE: {@code double[]} — Float32 (values rounded to float) and Float64.</li>
 * <li>BYTES: offsets + bytes — String, FixedString(N), UUID and IPv6 (16 raw big-endian bytes),
 * AggregateFunction(...) (one serialized aggregate state per value).</li>
 * <li>BIG: {@code BigInteger[]} — Decimal with precision 19..76 (unscaled), Int128/UInt128/Int256/UInt256.</li>
 * <li>NULLABLE, ARRAY, TUPLE, MAP, LOW_CARDINALITY: composite columns.</li>
 * <li>NOTHING: no values (the type of a bare NULL literal inside Nullable).</li>
 * </ul>
 */
public enum PhysicalKind {
    LONG, DOUBLE, BYTES, BIG, NULLABLE, ARRAY, TUPLE, MAP, LOW_CARDINALITY, NOTHING
}
