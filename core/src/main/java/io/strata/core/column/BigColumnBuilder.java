package io.strata.core.column;

import io.strata.core.type.DataType;
import java.math.BigInteger;
import java.util.Arrays;

public final class BigColumnBuilder implements ColumnBuilder {
    private final DataType type;
    private BigInteger[] values;
    private int size;

    public BigColumnBuilder(DataType type, int expectedRows) {
        this.type = type;
        this.values = new BigInteger[Math.max(8, expectedRows)];
    }

    @Override public DataType type() { return type; }
    @Override public int size() { return size; }

    public void append(BigInteger v) {
        if (size == values.length) values = Arrays.copyOf(values, values.length * 2);
        values[size++] = v;
    }

    @Override
    public void append(Column src, int row) {
        switch (src) {
            case BigColumn c -> append(c.get(row));
            case ConstColumn c -> append(c.value(), 0);
            case LowCardinalityColumn c -> append(c.dictionary(), c.indexAt(row));
            default -> throw BuilderErrors.cannotAppend(src, type);
        }
    }

    @Override
    public void appendNull() {
        throw BuilderErrors.nullNotAllowed(type);
    }

    @Override public void appendDefault() { append(BigInteger.ZERO); }
    @Override public BigColumn build() { return new BigColumn(type, values, size); }
}
