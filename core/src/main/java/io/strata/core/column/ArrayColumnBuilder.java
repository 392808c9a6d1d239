package io.strata.core.column;

import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import java.util.Arrays;

/** Append elements to {@link #elements()}, then call {@link #endArray()} once per row. */
public final class ArrayColumnBuilder implements ColumnBuilder {
    private final DataType type;
    private final ColumnBuilder elements;
    private int[] offsets;
    private int size;

    public ArrayColumnBuilder(ArrayType type, int expectedRows) {
        this.type = type;
        this.elements = type.element().createBuilder(expectedRows);
        this.offsets = new int[Math.max(8, expectedRows) + 1];
    }

    @Override public DataType type() { return type; }
    @Override public int size() { return size; }
    public ColumnBuilder elements() { return elements; }

    public void endArray() {
        if (size + 1 == offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
        offsets[++size] = elements.size();
    }

    @Override
    public void append(Column src, int row) {
        switch (src) {
            case ArrayColumn c -> {
                Column e = c.elements();
                for (int j = c.start(row), end = c.start(row + 1); j < end; j++) elements.append(e, j);
                endArray();
            }
            case ConstColumn c -> append(c.value(), 0);
            default -> throw BuilderErrors.cannotAppend(src, type);
        }
    }

    @Override
    public void appendNull() {
        throw BuilderErrors.nullNotAllowed(type);
    }

    @Override public void appendDefault() { endArray(); }
    @Override public ArrayColumn build() { return new ArrayColumn(type, offsets, elements.build(), size); }
}
