package io.strata.exec.function.scalar;

import io.strata.core.column.StringColumnBuilder;
import java.util.Arrays;

/**
 * A growable byte buffer that string kernels reuse for every row of a chunk: a value is
 * assembled here, then copied into the column builder, so building a row allocates nothing.
 */
public final class ValueBuffer {
    private byte[] bytes = new byte[64];
    private int length;

    public ValueBuffer reset() {
        length = 0;
        return this;
    }

    /** The backing array; valid up to {@link #length()}. */
    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return length;
    }

    private void ensure(int extra) {
        if (length + extra > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(length + extra, bytes.length * 2));
    }

    public ValueBuffer append(byte b) {
        ensure(1);
        bytes[length++] = b;
        return this;
    }

    public ValueBuffer append(byte[] src, int off, int len) {
        ensure(len);
        System.arraycopy(src, off, bytes, length, len);
        length += len;
        return this;
    }

    public ValueBuffer append(byte[] src) {
        return append(src, 0, src.length);
    }

    /** Appends ASCII text (format codes, month names, separators) byte per char. */
    public ValueBuffer appendAscii(CharSequence s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) bytes[length++] = (byte) s.charAt(i);
        return this;
    }

    /** Appends a non-negative number in decimal, left-padded with {@code fill} to {@code width}. */
    public ValueBuffer appendNumber(long v, int width, byte fill) {
        int digits = 1;
        for (long x = v; x >= 10; x /= 10) digits++;
        ensure(Math.max(width, digits) + 1);
        for (int k = digits; k < width; k++) bytes[length++] = fill;
        for (int k = digits - 1; k >= 0; k--) {
            bytes[length + k] = (byte) ('0' + v % 10);
            v /= 10;
        }
        length += digits;
        return this;
    }

    public void appendTo(StringColumnBuilder out) {
        out.append(bytes, 0, length);
    }
}
