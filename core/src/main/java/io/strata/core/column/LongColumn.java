package io.strata.core.column;

import io.strata.core.type.DataType;
import java.util.Arrays;

/** Values stored as {@code long}: all integer, date/time, enum, IPv4 and narrow decimal types. */
public final class LongColumn implements Column {
    private final DataType type;
    private final long[] values;
    private final int size;

    /** Takes ownership of {@code values}; only the first {@code size} entries are meaningful. */
    public LongColumn(DataType type, long[] values, int size) {
        this.type = type;
        this.values = values;
        this.size = size;
    }

    public LongColumn(DataType type, long[] values) {
        this(type, values, values.length);
    }

    @Override public DataType type() { return type; }
    @Override public int size() { return size; }

    public long get(int row) { return values[row]; }

    /** The backing array; may be longer than {@link #size()}. Never write to it. */
    public long[] values() { return values; }

    /** The same values viewed as another LONG-kind type (e.g. Date as UInt16). */
    public LongColumn withType(DataType newType) { return new LongColumn(newType, values, size); }

    @Override
    public Column slice(int offset, int length) {
        return new LongColumn(type, Arrays.copyOfRange(values, offset, offset + length), length);
    }

    @Override
    public Column take(int[] positions, int count) {
        long[] out = new long[count];
        for (int i = 0; i < count; i++) out[i] = values[positions[i]];
        return new LongColumn(type, out, count);
    }

    @Override public Object getObject(int row) { return values[row]; }
    @Override public long byteSize() { return 8L * size; }
}
