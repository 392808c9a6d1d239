package io.strata.core.column;

import io.strata.core.type.DataType;

/** One value repeated {@code size} times; {@code value} is a column of exactly one row. */
public final class ConstColumn implements Column {
    private final Column value;
    private final int size;

    public ConstColumn(Column value, int size) {
        if (value instanceof ConstColumn c) value = c.value;
        if (value.size() != 1) value = value.slice(0, 1);
        this.value = value;
        this.size = size;
    }

    @Override public DataType type() { return value.type(); }
    @Override public int size() { return size; }

    /** The single-row column holding the value. */
    public Column value() { return value; }

    public ConstColumn withSize(int n) { return n == size ? this : new ConstColumn(value, n); }

    @Override public boolean isNullAt(int row) { return value.isNullAt(0); }
    @Override public Column slice(int offset, int length) { return new ConstColumn(value, length); }
    @Override public Column take(int[] positions, int count) { return new ConstColumn(value, count); }
    @Override public Object getObject(int row) { return value.getObject(0); }
    @Override public long byteSize() { return value.byteSize(); }

    @Override
    public Column materialize() {
        Column v = value.materialize();
        // primitive values: fill an array instead of gathering through a vector of zero positions
        if (v instanceof LongColumn l) {
            long[] out = new long[size];
            java.util.Arrays.fill(out, l.get(0));
            return new LongColumn(l.type(), out, size);
        }
        if (v instanceof DoubleColumn d) {
            double[] out = new double[size];
            java.util.Arrays.fill(out, d.get(0));
            return new DoubleColumn(d.type(), out, size);
        }
        int[] zeros = new int[size];
        return v.take(zeros, size);
    }
}
