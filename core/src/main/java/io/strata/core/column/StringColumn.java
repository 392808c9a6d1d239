package io.strata.core.column;

import io.strata.core.type.DataType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Byte strings as one byte array plus {@code size + 1} offsets: value i is
 * {@code bytes[offsets[i] .. offsets[i + 1])}. Used by String, FixedString(N), UUID and IPv6.
 */
public final class StringColumn implements Column {
    private final DataType type;
    private final byte[] bytes;
    private final int[] offsets;
    private final int size;

    public StringColumn(DataType type, byte[] bytes, int[] offsets, int size) {
        this.type = type;
        this.bytes = bytes;
        this.offsets = offsets;
        this.size = size;
    }

    @Override public DataType type() { return type; }
    @Override public int size() { return size; }

    /** Backing bytes; never write to them. */
    public byte[] bytes() { return bytes; }

    /** Backing offsets ({@code size + 1} meaningful entries); never write to them. */
    public int[] offsets() { return offsets; }

    public int start(int row) { return offsets[row]; }
    public int length(int row) { return offsets[row + 1] - offsets[row]; }

    public byte[] getBytes(int row) { return Arrays.copyOfRange(bytes, offsets[row], offsets[row + 1]); }

    public String getString(int row) {
        return new String(bytes, offsets[row], offsets[row + 1] - offsets[row], StandardCharsets.UTF_8);
    }

    /** Whether value {@code row} equals {@code other[off, off+len)}. */
    public boolean equalsAt(int row, byte[] other, int off, int len) {
        int s = offsets[row];
        return offsets[row + 1] - s == len && Arrays.equals(bytes, s, s + len, other, off, off + len);
    }

    public StringColumn withType(DataType newType) { return new StringColumn(newType, bytes, offsets, size); }

    @Override
    public Column slice(int offset, int length) {
        int from = offsets[offset], to = offsets[offset + length];
        int[] o = new int[length + 1];
        for (int i = 0; i <= length; i++) o[i] = offsets[offset + i] - from;
        return new StringColumn(type, Arrays.copyOfRange(bytes, from, to), o, length);
    }

    @Override
    public Column take(int[] positions, int count) {
        long total = 0;
        for (int i = 0; i < count; i++) {
            int p = positions[i];
            total += offsets[p + 1] - offsets[p];
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new io.strata.core.error.DbException(io.strata.core.error.ErrorCode.TOO_LARGE_STRING_SIZE,
                    "String column chunk is too large (" + total + " bytes)");
        }
        byte[] out = new byte[(int) total];
        int[] o = new int[count + 1];
        int pos = 0;
        for (int i = 0; i < count; i++) {
            int p = positions[i];
            int s = offsets[p], len = offsets[p + 1] - s;
            System.arraycopy(bytes, s, out, pos, len);
            pos += len;
            o[i + 1] = pos;
        }
        return new StringColumn(type, out, o, count);
    }

    @Override public Object getObject(int row) { return getBytes(row); }
    @Override public long byteSize() { return (long) offsets[size] - offsets[0] + 4L * size; }
}
