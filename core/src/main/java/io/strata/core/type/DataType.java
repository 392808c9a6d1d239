package io.strata.core.type;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;

/**
 * A data type, named as ClickHouse names it. Metadata only: it holds no data. Two types are equal
 * when their canonical names are equal.
 */
public abstract class DataType {

    /** The canonical ClickHouse name, e.g. {@code Nullable(String)}, {@code DateTime('UTC')}. */
    public abstract String name();

    public abstract TypeId id();

    public abstract PhysicalKind physicalKind();

    /** A builder for columns of this type. */
    public abstract ColumnBuilder createBuilder(int expectedRows);

    private volatile TextSerialization text;

    /** How values of this type are written and read as text (TSV, CSV, JSON, quoted). */
    public final TextSerialization text() {
        TextSerialization t = text;
        if (t == null) {
            text = t = TextSerializations.forType(this);
        }
        return t;
    }

    /** A column of {@code rows} default values (0, '', 1970-01-01, [] ... or NULL for Nullable). */
    public Column defaultColumn(int rows) {
        ColumnBuilder b = createBuilder(rows);
        for (int i = 0; i < rows; i++) {
            b.appendDefault();
        }
        return b.build();
    }

    public boolean isNullable() {
        return false;
    }

    /** Whether a value of this type can be inside Nullable(...) (ClickHouse forbids composite types). */
    public boolean canBeInsideNullable() {
        return true;
    }

    public boolean isNumeric() {
        return false;
    }

    public boolean isInteger() {
        return false;
    }

    public boolean isString() {
        return id() == TypeId.STRING || id() == TypeId.FIXED_STRING;
    }

    /** Fixed byte width in the native format, or -1 when variable. */
    public int fixedWidth() {
        return -1;
    }

    /** The type with Nullable and LowCardinality wrappers removed. */
    public DataType unwrap() {
        return this;
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof DataType t && t.name().equals(name());
    }

    @Override
    public final int hashCode() {
        return name().hashCode();
    }

    @Override
    public final String toString() {
        return name();
    }
}
