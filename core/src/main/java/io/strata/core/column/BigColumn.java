package io.strata.core.column;

import io.strata.core.type.DataType;
import java.math.BigInteger;
import java.util.Arrays;

/** Wide decimals (precision 19..76) as unscaled {@link BigInteger}s: rare, so simplicity wins. */
public final class BigColumn implements Column {
    private final DataType type;
    private final BigInteger[] values;
    private final int size;

    public BigColumn(DataType type, BigInteger[] values, int size) {
        this.type = type;
        this.values = values;
        this.size = size;
    }

    @Override public DataType type() { return type; }
    @Override public int size() { return size; }
    public BigInteger get(int row) { return values[row]; }

    /** The backing values (at least {@code size()} long). Never write to it. */
    public BigInteger[] values() { return values; }

    @Override
    public Column slice(int offset, int length) {
        return new BigColumn(type, Arrays.copyOfRange(values, offset, offset + length), length);
    }

    @Override
    public Column take(int[] positions, int count) {
        BigInteger[] out = new BigInteger[count];
        for (int i = 0; i < count; i++) out[i] = values[positions[i]];
        return new BigColumn(type, out, count);
    }

    @Override public Object getObject(int row) { return values[row]; }
    @Override public long byteSize() { return 32L * size; }
}
