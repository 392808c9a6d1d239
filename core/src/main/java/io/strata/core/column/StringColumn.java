package io.strata.core.column;

import io.strata.core.type.DataType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Byte strings as one byte array plus {@code size + 1} offsets: value i is
 * {@code bytes[offsets[i] .. offsets[i + 1])}. Used by String, FixedString(N), UUID and IPv6.
 *
 * <p>A String column can also be built {@linkplain #encoded in its Native encoding} (each value
 * as VarUInt length + bytes, as MergeTree stores a granule and the native protocol sends it): it
 * is decoded into bytes and offsets the first time anything asks for its values, and until then a
 * Native writer copies the encoding as it is. A MergeTree scan reads strings this way when the
 * query's result goes out in the Native layout, so strings sent as they were read are never
 * decoded and encoded again. Decoding is done once, under the column's lock; the encoding is
 * dropped when it is.
 */
public final class StringColumn implements Column {
    private final DataType type;
    private byte[] bytes;
    private int[] offsets;
    private final int size;
    /** The Native encoding of all {@code size} values while not yet decoded; null once decoded (publishes bytes and offsets). */
    private volatile byte[] encoded;

    public StringColumn(DataType type, byte[] bytes, int[] offsets, int size) {
        this.type = type;
        this.bytes = bytes;
        this.offsets = offsets;
        this.size = size;
    }

    private StringColumn(DataType type, byte[] encoded, int size) {
        this.type = type;
        this.size = size;
        this.encoded = encoded;
    }

    /**
     * A column of {@code size} values whose Native encoding is exactly {@code encoded} (VarUInt
     * length + bytes per value, nothing after the last; the caller has checked that). The array
     * is kept: never write to it afterwards.
     */
    public static StringColumn encoded(DataType type, byte[] encoded, int size) {
        return new StringColumn(type, encoded, size);
    }

    /** The Native encoding of all values when the column was built from one and is not yet decoded, else null. */
    public byte[] nativeEncoding() {
        return encoded;
    }

    private void decoded() {
        if (encoded != null) decode();
    }

    private synchronized void decode() {
        byte[] e = encoded;
        if (e == null) return;
        int[] o = new int[size + 1];
        byte[] b = new byte[Math.max(0, e.length - size)];
        int p = 0, at = 0;
        for (int i = 0; i < size; i++) {
            int len = e[p++];
            if (len < 0) {
                // a length of more than one byte
                len &= 0x7F;
                int shift = 7, x;
                do {
                    x = e[p++];
                    len |= (x & 0x7F) << shift;
                    shift += 7;
                } while (x < 0);
            }
            System.arraycopy(e, p, b, at, len);
            p += len;
            at += len;
            o[i + 1] = at;
        }
        bytes = at == b.length ? b : Arrays.copyOf(b, at);
        offsets = o;
        encoded = null;
    }

    @Override public DataType type() { return type; }
    @Override public int size() { return size; }

    /** Backing bytes; never write to them. */
    public byte[] bytes() {
        decoded();
        return bytes;
    }

    /** Backing offsets ({@code size + 1} meaningful entries); never write to them. */
    public int[] offsets() {
        decoded();
        return offsets;
    }

    public int start(int row) {
        decoded();
        return offsets[row];
    }

    public int length(int row) {
        decoded();
        return offsets[row + 1] - offsets[row];
    }

    public byte[] getBytes(int row) {
        decoded();
        return Arrays.copyOfRange(bytes, offsets[row], offsets[row + 1]);
    }

    public String getString(int row) {
        decoded();
        return new String(bytes, offsets[row], offsets[row + 1] - offsets[row], StandardCharsets.UTF_8);
    }

    /** Whether value {@code row} equals {@code other[off, off+len)}. */
    public boolean equalsAt(int row, byte[] other, int off, int len) {
        decoded();
        int s = offsets[row];
        return offsets[row + 1] - s == len && Arrays.equals(bytes, s, s + len, other, off, off + len);
    }

    public StringColumn withType(DataType newType) {
        byte[] e = encoded;
        if (e != null) return new StringColumn(newType, e, size);
        return new StringColumn(newType, bytes, offsets, size);
    }

    @Override
    public Column slice(int offset, int length) {
        decoded();
        int from = offsets[offset], to = offsets[offset + length];
        int[] o = new int[length + 1];
        for (int i = 0; i <= length; i++) o[i] = offsets[offset + i] - from;
        return new StringColumn(type, Arrays.copyOfRange(bytes, from, to), o, length);
    }

    @Override
    public Column take(int[] positions, int count) {
        decoded();
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
            // most strings of a gathered column are empty or short: a loop beats the copy stub's call
            if (len <= 16) {
                for (int j = 0; j < len; j++) out[pos + j] = bytes[s + j];
            } else {
                System.arraycopy(bytes, s, out, pos, len);
            }
            pos += len;
            o[i + 1] = pos;
        }
        return new StringColumn(type, out, o, count);
    }

    @Override public Object getObject(int row) { return getBytes(row); }

    @Override
    public long byteSize() {
        byte[] e = encoded;
        if (e != null) return e.length + 4L * size;
        return (long) offsets[size] - offsets[0] + 4L * size;
    }
}
