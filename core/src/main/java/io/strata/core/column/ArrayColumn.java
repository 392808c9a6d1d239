package io.strata.core.column;

import io.strata.core.type.DataType;
import java.util.ArrayList;
import java.util.List;

/** Array(T): {@code size + 1} offsets into one flattened elements column. */
public final class ArrayColumn implements Column {
    private final DataType type;
    private final int[] offsets;
    private final Column elements;
    private final int size;

    public ArrayColumn(DataType type, int[] offsets, Column elements, int size) {
        this.type = type;
        this.offsets = offsets;
        this.elements = elements;
        this.size = size;
    }

    @Override public DataType type() { return type; }
    @Override public int size() { return size; }
    public int[] offsets() { return offsets; }
    public Column elements() { return elements; }
    public int start(int row) { return offsets[row]; }
    public int length(int row) { return offsets[row + 1] - offsets[row]; }

    @Override
    public Column slice(int offset, int length) {
        int from = offsets[offset];
        int[] o = new int[length + 1];
        for (int i = 0; i <= length; i++) o[i] = offsets[offset + i] - from;
        return new ArrayColumn(type, o, elements.slice(from, offsets[offset + length] - from), length);
    }

    @Override
    public Column take(int[] positions, int count) {
        int total = 0;
        for (int i = 0; i < count; i++) total += length(positions[i]);
        int[] elemPositions = new int[total];
        int[] o = new int[count + 1];
        int k = 0;
        for (int i = 0; i < count; i++) {
            int p = positions[i];
            for (int j = offsets[p]; j < offsets[p + 1]; j++) elemPositions[k++] = j;
            o[i + 1] = k;
        }
        return new ArrayColumn(type, o, elements.take(elemPositions, total), count);
    }

    @Override
    public Object getObject(int row) {
        List<Object> list = new ArrayList<>(length(row));
        for (int j = offsets[row]; j < offsets[row + 1]; j++) list.add(elements.getObject(j));
        return list;
    }

    @Override public long byteSize() { return elements.byteSize() + 4L * size; }
}
