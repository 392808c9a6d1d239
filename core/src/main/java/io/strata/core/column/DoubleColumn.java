package io.strata.core.column;

import io.strata.core.type.DataType;
import java.util.Arrays;

/** Float32 and Float64 values stored as {@code double}. */
public final class DoubleColumn implements Column {
    private final DataType type;
    private final double[] values;
    private final int size;

    public DoubleColumn(DataType type, double[] values, int size) {
        this.type = type;
        this.values = values;
        this.size = size;
    }

    public DoubleColumn(DataType type, double[] values) {
        this(type, values, values.length);
    }

    @Override public DataType type() { return type; }
    @Override public int size() { return size; }

    public double get(int row) { return values[row]; }

    /** The backing array; may be longer than {@link #size()}. Never write to it. */
    public double[] values() { return values; }

    @Override
    public Column slice(int offset, int length) {
        return new DoubleColumn(type, Arrays.copyOfRange(values, offset, offset + length), length);
    }

    @Override
    public Column take(int[] positions, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) out[i] = values[positions[i]];
        return new DoubleColumn(type, out, count);
    }

    @Override public Object getObject(int row) { return values[row]; }
    @Override public long byteSize() { return 8L * size; }
}
