package io.strata.core.type;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;

/**
 * A data type, named as ClickHouse names it. Metadata only: it holds no data. Two types are equal
 * when their canonical names are equal.
 *
 * <p>A type may carry a custom name, as ClickHouse's DataTypeCustomName: it is then a copy of an
 * ordinary type (same class, same id, same layout, same serializations) that only names itself
 * differently. {@code SimpleAggregateFunction(sum, UInt64)} is such a copy of UInt64, so every
 * kernel that dispatches on the id, the physical kind or the class handles it unchanged, while
 * toTypeName, DESCRIBE, the Native header and a part's columns.txt show the full name. Since
 * equality is by name, the custom-named type and its storage type are not equal (a conversion
 * between them only relabels the column: see {@link io.strata.core.column.Column#relabel}).
 */
public abstract class DataType implements Cloneable {

    /** The custom name's meaning, on copies made by {@link #withSimpleAggregateFunction}; null otherwise. */
    private SimpleAggregateFunction simpleAggregateFunction;

    /**
     * The canonical ClickHouse name, e.g. {@code Nullable(String)}, {@code DateTime('UTC')},
     * {@code SimpleAggregateFunction(anyLast, Nullable(String))}.
     */
    public final String name() {
        SimpleAggregateFunction f = simpleAggregateFunction;
        return f == null ? baseName() : f.typeName();
    }

    /** The name of the type itself, without a custom name. */
    protected abstract String baseName();

    /** What {@code SimpleAggregateFunction(f, T)} says when this is such a type (a copy of T), else null. */
    public final SimpleAggregateFunction simpleAggregateFunction() {
        return simpleAggregateFunction;
    }

    /** This type without its custom name: T for {@code SimpleAggregateFunction(f, T)}, the type itself otherwise. */
    public final DataType withoutCustomName() {
        SimpleAggregateFunction f = simpleAggregateFunction;
        return f == null ? this : f.storageType();
    }

    /**
     * A copy of this type named by {@code function}. Types are immutable, so a shallow copy shares
     * everything but the name (the text serialization is looked up again for the copy, which
     * then builds columns of the copy).
     */
    final DataType withSimpleAggregateFunction(SimpleAggregateFunction function) {
        try {
            DataType copy = (DataType) super.clone();
            copy.simpleAggregateFunction = function;
            copy.text = null;
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

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
