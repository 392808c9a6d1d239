package io.strata.core.column;

import io.strata.core.type.DataType;

/**
 * An immutable vector of values of one {@link DataType}. Operations return new columns; the
 * backing arrays of a built column are never written again, so columns can be shared between
 * threads and operators without copying.
 *
 * <p>Kernels switch on the concrete class once per chunk (the interface is sealed, so a pattern
 * switch is exhaustive) and then loop over primitive arrays.
 */
public sealed interface Column permits LongColumn, DoubleColumn, StringColumn, BigColumn, NullableColumn,
        ArrayColumn, TupleColumn, MapColumn, LowCardinalityColumn, ConstColumn, NothingColumn {

    DataType type();

    int size();

    /** Rows [offset, offset + length) of this column. */
    Column slice(int offset, int length);

    /** The rows at {@code positions[0..count)}, in that order; positions may repeat. */
    Column take(int[] positions, int count);

    /** Whether the value at {@code row} is NULL (only Nullable and LowCardinality(Nullable) columns have NULLs). */
    default boolean isNullAt(int row) {
        return false;
    }

    /**
     * The value at {@code row} as a Java object, for slow paths (constants, tests, debugging):
     * Long, Double, byte[] (strings), BigInteger, List (arrays/tuples), Map, or null.
     */
    Object getObject(int row);

    /** Approximate bytes held, for memory accounting. */
    long byteSize();

    /** This column with Const and LowCardinality expanded to a full column of the same logical values. */
    default Column materialize() {
        return this;
    }

    /**
     * The same values typed {@code type}, which must have this column's layout: a type and its
     * custom-named copy ({@code UInt64} and {@code SimpleAggregateFunction(sum, UInt64)}), either
     * way. Shares the data; returns the column itself when the type is already equal.
     */
    static Column relabel(Column column, io.strata.core.type.DataType type) {
        if (column.type().equals(type)) return column;
        return switch (column) {
            case LongColumn c -> c.withType(type);
            case StringColumn c -> c.withType(type);
            case DoubleColumn c -> new DoubleColumn(type, c.values(), c.size());
            case BigColumn c -> new BigColumn(type, c.values(), c.size());
            case NullableColumn c -> new NullableColumn(type, c.values(), c.nulls());
            case ArrayColumn c -> new ArrayColumn(type, c.offsets(), c.elements(), c.size());
            case TupleColumn c -> {
                Column[] elements = new Column[c.width()];
                for (int i = 0; i < elements.length; i++) elements[i] = c.element(i);
                yield new TupleColumn(type, elements, c.size());
            }
            case MapColumn c -> new MapColumn(type, c.nested());
            case LowCardinalityColumn c -> new LowCardinalityColumn(type, c.dictionary(), c.indexes(), c.size());
            case ConstColumn c -> new ConstColumn(relabel(c.value(), type), c.size());
            case NothingColumn c -> c;
        };
    }
}
