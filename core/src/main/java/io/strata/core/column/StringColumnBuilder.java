package io.strata.core.column;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Builds String / FixedString(N) / UUID / IPv6 columns; fixed-width values are zero-padded to N. */
public final class StringColumnBuilder implements ColumnBuilder {
    private final DataType type;
    private final int fixed; // -1 for String
    private byte[] bytes;
    private int[] offsets;
    private int size;
    private int pos;

    public StringColumnBuilder(DataType type, int expectedRows) {
        this.type = type;
        this.fixed = type.fixedWidth();
        this.offsets = new int[Math.max(8, expectedRows) + 1];
        this.bytes = new byte[Math.max(64, fixed > 0 ? fixed * expectedRows : expectedRows * 8)];
    }

    @Override public DataType type() { return type; }
    @Override public int size() { return size; }

    private void ensure(int extra) {
        long need = (long) pos + extra;
        if (need > bytes.length) {
            if (need > Integer.MAX_VALUE - 16) {
                throw new DbException(ErrorCode.TOO_LARGE_STRING_SIZE, "String column is too large");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(need, bytes.length * 2L)));
        }
    }

    public void append(byte[] src, int off, int len) {
        if (fixed > 0) {
            if (len > fixed) {
                throw new DbException(ErrorCode.TOO_LARGE_STRING_SIZE, "Too large value for " + type);
            }
            ensure(fixed);
            System.arraycopy(src, off, bytes, pos, len);
            Arrays.fill(bytes, pos + len, pos + fixed, (byte) 0);
            pos += fixed;
        } else {
            ensure(len);
            System.arraycopy(src, off, bytes, pos, len);
            pos += len;
        }
        endValue();
    }

    public void append(byte[] src) {
        append(src, 0, src.length);
    }

    public void append(String s) {
        append(s.getBytes(StandardCharsets.UTF_8));
    }

    private void endValue() {
        if (size + 1 == offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
        offsets[++size] = pos;
    }

    @Override
    public void append(Column src, int row) {
        switch (src) {
            case StringColumn c -> append(c.bytes(), c.start(row), c.length(row));
            case ConstColumn c -> append(c.value(), 0);
            case LowCardinalityColumn c -> append(c.dictionary(), c.indexAt(row));
            default -> throw BuilderErrors.cannotAppend(src, type);
        }
    }

    @Override
    public void appendNull() {
        throw BuilderErrors.nullNotAllowed(type);
    }

    @Override
    public void appendDefault() {
        append(new byte[0], 0, 0);
    }

    @Override public StringColumn build() { return new StringColumn(type, bytes, offsets, size); }
}
