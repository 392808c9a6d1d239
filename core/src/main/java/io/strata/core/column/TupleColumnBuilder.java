package io.strata.core.column;

import io.strata.core.type.DataType;
import io.strata.core.type.TupleType;

/** Append one value to each {@link #element(int)} builder, then call {@link #endTuple()}. */
public final class TupleColumnBuilder implements ColumnBuilder {
    private final DataType type;
    private final ColumnBuilder[] elements;
    private int size;

    public TupleColumnBuilder(TupleType type, int expectedRows) {
        this.type = type;
        this.elements = new ColumnBuilder[type.elements().size()];
        for (int i = 0; i < elements.length; i++) elements[i] = type.elements().get(i).createBuilder(expectedRows);
    }

    @Override public DataType type() { return type; }
    @Override public int size() { return size; }
    public ColumnBuilder element(int i) { return elements[i]; }
    public int width() { return elements.length; }
    public void endTuple() { size++; }

    @Override
    public void append(Column src, int row) {
        switch (src) {
            case TupleColumn c -> {
                for (int i = 0; i < elements.length; i++) elements[i].append(c.element(i), row);
                size++;
            }
            case ConstColumn c -> append(c.value(), 0);
            default -> throw BuilderErrors.cannotAppend(src, type);
        }
    }

    @Override
    public void appendNull() {
        throw BuilderErrors.nullNotAllowed(type);
    }

    @Override
    public void appendDefault() {
        for (ColumnBuilder b : elements) b.appendDefault();
        size++;
    }

    @Override
    public TupleColumn build() {
        Column[] cols = new Column[elements.length];
        for (int i = 0; i < cols.length; i++) cols[i] = elements[i].build();
        return new TupleColumn(type, cols, size);
    }
}
