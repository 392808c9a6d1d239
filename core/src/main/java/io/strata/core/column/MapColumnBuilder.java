package io.strata.core.column;

import io.strata.core.type.DataType;
import io.strata.core.type.MapType;

/** Append keys and values to {@link #keys()} / {@link #values()} pairwise, then {@link #endMap()}. */
public final class MapColumnBuilder implements ColumnBuilder {
    private final MapType type;
    private final ArrayColumnBuilder nested;

    public MapColumnBuilder(MapType type, int expectedRows) {
        this.type = type;
        this.nested = new ArrayColumnBuilder(type.nested(), expectedRows);
    }

    @Override public DataType type() { return type; }
    @Override public int size() { return nested.size(); }

    private TupleColumnBuilder pairs() { return (TupleColumnBuilder) nested.elements(); }

    public ColumnBuilder keys() { return pairs().element(0); }
    public ColumnBuilder values() { return pairs().element(1); }

    /** Call after appending one key and one value. */
    public void endEntry() { pairs().endTuple(); }

    public void endMap() { nested.endArray(); }

    @Override
    public void append(Column src, int row) {
        switch (src) {
            case MapColumn c -> nested.append(c.nested(), row);
            case ConstColumn c -> append(c.value(), 0);
            default -> throw BuilderErrors.cannotAppend(src, type);
        }
    }

    @Override
    public void appendNull() {
        throw BuilderErrors.nullNotAllowed(type);
    }

    @Override public void appendDefault() { nested.endArray(); }
    @Override public MapColumn build() { return new MapColumn(type, nested.build()); }
}
