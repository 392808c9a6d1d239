package io.strata.core.column;

import io.strata.core.type.DataType;
import java.util.ArrayList;
import java.util.List;

/** Tuple(...): one column per element, all of the same size. */
public final class TupleColumn implements Column {
    private final DataType type;
    private final Column[] elements;
    private final int size;

    public TupleColumn(DataType type, Column[] elements, int size) {
        this.type = type;
        this.elements = elements;
        this.size = size;
    }

    @Override public DataType type() { return type; }
    @Override public int size() { return size; }
    public Column element(int i) { return elements[i]; }
    public int width() { return elements.length; }

    @Override
    public Column slice(int offset, int length) {
        Column[] e = new Column[elements.length];
        for (int i = 0; i < e.length; i++) e[i] = elements[i].slice(offset, length);
        return new TupleColumn(type, e, length);
    }

    @Override
    public Column take(int[] positions, int count) {
        Column[] e = new Column[elements.length];
        for (int i = 0; i < e.length; i++) e[i] = elements[i].take(positions, count);
        return new TupleColumn(type, e, count);
    }

    @Override
    public Object getObject(int row) {
        List<Object> list = new ArrayList<>(elements.length);
        for (Column c : elements) list.add(c.getObject(row));
        return list;
    }

    @Override
    public long byteSize() {
        long s = 0;
        for (Column c : elements) s += c.byteSize();
        return s;
    }
}
