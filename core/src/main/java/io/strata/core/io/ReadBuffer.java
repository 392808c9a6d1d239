package io.strata.core.io;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Buffered byte input with one-byte lookahead for text parsers (input formats, CAST from
 * String). Reads lazily from an {@link InputStream} or wraps a byte array.
 *
 * <p>Binary values are little-endian, as in ClickHouse's binary formats. The bulk array readers
 * decode straight out of the current window in one tight loop and take the slow byte-by-byte
 * path only for the one value that straddles a refill; running out of input is
 * {@code CANNOT_READ_ALL_DATA}.
 */
public final class ReadBuffer {
    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong LONG_LE_UNALIGNED = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfDouble DOUBLE_LE_UNALIGNED = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final InputStream in;
    private byte[] buf;
    private int pos;
    private int limit;
    private long consumedBefore;
    private boolean eof;

    public ReadBuffer(InputStream in) {
        this.in = in;
        this.buf = new byte[1 << 16];
    }

    public ReadBuffer(byte[] data, int off, int len) {
        this.in = null;
        this.buf = data;
        this.pos = off;
        this.limit = off + len;
        this.consumedBefore = -off;
        this.eof = true;
    }

    public ReadBuffer(byte[] data) {
        this(data, 0, data.length);
    }

    /**
     * Re-points an array-backed buffer at {@code data[off, off + len)}, so that a parser can reuse
     * one instance for every field it decodes instead of allocating one per value.
     */
    public void reset(byte[] data, int off, int len) {
        if (in != null) throw new IllegalStateException("reset() is only for array-backed buffers");
        this.buf = data;
        this.pos = off;
        this.limit = off + len;
        this.consumedBefore = -off;
    }

    private boolean fill() {
        if (pos < limit) return true;
        if (eof) return false;
        try {
            consumedBefore += limit;
            int n = in.read(buf, 0, buf.length);
            pos = 0;
            limit = Math.max(n, 0);
            if (n <= 0) {
                eof = true;
                return false;
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean eof() { return !fill(); }

    /** The next byte without consuming it, or -1 at end. */
    public int peek() { return fill() ? buf[pos] & 0xFF : -1; }

    /**
     * The byte {@code k} positions ahead without consuming anything, or -1 when the input ends
     * before it. Text parsers need a few bytes of lookahead (TSV {@code \\N}, {@code NULL}); for a
     * stream the unread bytes are moved to the start of the window to make room.
     */
    public int peekAt(int k) {
        if (pos + k < limit) return buf[pos + k] & 0xFF;
        if (in == null || eof) return -1;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            consumedBefore += pos;
            limit -= pos;
            pos = 0;
        }
        if (k >= buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, k + 1));
        try {
            while (limit <= k) {
                int n = in.read(buf, limit, buf.length - limit);
                if (n <= 0) {
                    eof = true;
                    break;
                }
                limit += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pos + k < limit ? buf[pos + k] & 0xFF : -1;
    }

    /** Consumes and returns the next byte, or -1 at end. */
    public int read() { return fill() ? buf[pos++] & 0xFF : -1; }

    /** Consumes the next byte if it equals {@code b}. */
    public boolean tryRead(int b) {
        if (peek() == b) {
            pos++;
            return true;
        }
        return false;
    }

    /** Reads exactly len bytes into dst; returns the number read (less only at end). */
    public int read(byte[] dst, int off, int len) {
        int total = 0;
        while (total < len && fill()) {
            int n = Math.min(len - total, limit - pos);
            System.arraycopy(buf, pos, dst, off + total, n);
            pos += n;
            total += n;
        }
        return total;
    }

    /** Reads exactly {@code len} bytes into dst, or fails with CANNOT_READ_ALL_DATA. */
    public void readFully(byte[] dst, int off, int len) {
        int n = read(dst, off, len);
        if (n != len) throw truncated(n, len);
    }

    /** Skips exactly {@code n} bytes, or fails with CANNOT_READ_ALL_DATA. */
    public void skipFully(long n) {
        long left = n;
        while (left > 0 && fill()) {
            int k = (int) Math.min(left, limit - pos);
            pos += k;
            left -= k;
        }
        if (left > 0) throw truncated(n - left, n);
    }

    private static DbException truncated(long read, long expected) {
        return new DbException(ErrorCode.CANNOT_READ_ALL_DATA,
                "Cannot read all data. Bytes read: " + read + ". Bytes expected: " + expected + ".");
    }

    // ---- binary, little-endian --------------------------------------------------------------

    /** One byte as 0..255, or CANNOT_READ_ALL_DATA at end. */
    public int readUInt8() {
        if (!fill()) throw truncated(0, 1);
        return buf[pos++] & 0xFF;
    }

    /** {@code width} bytes little-endian, zero-extended, one at a time: the path across a refill. */
    private long readSlow(int width) {
        long v = 0;
        for (int i = 0; i < width; i++) {
            int b = read();
            if (b < 0) throw truncated(i, width);
            v |= (long) b << (8 * i);
        }
        return v;
    }

    public short readInt16() {
        if (limit - pos >= 2) {
            short v = (short) SHORT_LE.get(buf, pos);
            pos += 2;
            return v;
        }
        return (short) readSlow(2);
    }

    public int readInt32() {
        if (limit - pos >= 4) {
            int v = (int) INT_LE.get(buf, pos);
            pos += 4;
            return v;
        }
        return (int) readSlow(4);
    }

    public long readInt64() {
        if (limit - pos >= 8) {
            long v = (long) LONG_LE.get(buf, pos);
            pos += 8;
            return v;
        }
        return readSlow(8);
    }

    public float readFloat32() {
        return Float.intBitsToFloat(readInt32());
    }

    public double readFloat64() {
        return Double.longBitsToDouble(readInt64());
    }

    /** Reads an unsigned LEB128 integer (ClickHouse's VarUInt, at most 10 bytes). */
    public long readVarUInt() {
        if (limit - pos >= 10) {
            // the whole encoding is in the window: decode without per-byte end checks
            long v = 0;
            for (int shift = 0; shift < 70; shift += 7) {
                byte b = buf[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) return v;
            }
            return v;
        }
        long v = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            int b = read();
            if (b < 0) throw truncated(shift / 7, shift / 7 + 1);
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
        return v;
    }

    /** How many whole values of {@code width} bytes the window holds now, refilling it when it holds none. */
    private int windowValues(int width) {
        if (limit - pos < width) fill();
        return (limit - pos) / width;
    }

    /** Reads {@code len} bytes into {@code dst[off..]}, each sign- or zero-extended to a long. */
    public void readInt8Array(long[] dst, int off, int len, boolean signed) {
        while (len > 0) {
            int k = Math.min(len, windowValues(1));
            if (k == 0) throw truncated(0, len);
            byte[] b = buf;
            int p = pos;
            if (signed) {
                for (int i = 0; i < k; i++) dst[off + i] = b[p + i];
            } else {
                for (int i = 0; i < k; i++) dst[off + i] = b[p + i] & 0xFFL;
            }
            pos += k;
            off += k;
            len -= k;
        }
    }

    /** Reads {@code len} 2-byte little-endian values, each sign- or zero-extended to a long. */
    public void readInt16Array(long[] dst, int off, int len, boolean signed) {
        while (len > 0) {
            int k = Math.min(len, windowValues(2));
            if (k == 0) {
                long v = readSlow(2);
                dst[off++] = signed ? (short) v : v;
                len--;
                continue;
            }
            byte[] b = buf;
            int p = pos;
            if (signed) {
                for (int i = 0; i < k; i++) dst[off + i] = (short) SHORT_LE.get(b, p + 2 * i);
            } else {
                for (int i = 0; i < k; i++) dst[off + i] = (char) (short) SHORT_LE.get(b, p + 2 * i);
            }
            pos += 2 * k;
            off += k;
            len -= k;
        }
    }

    /** Reads {@code len} 4-byte little-endian values, each sign- or zero-extended to a long. */
    public void readInt32Array(long[] dst, int off, int len, boolean signed) {
        while (len > 0) {
            int k = Math.min(len, windowValues(4));
            if (k == 0) {
                long v = readSlow(4);
                dst[off++] = signed ? (int) v : v;
                len--;
                continue;
            }
            byte[] b = buf;
            int p = pos;
            if (signed) {
                for (int i = 0; i < k; i++) dst[off + i] = (int) INT_LE.get(b, p + 4 * i);
            } else {
                for (int i = 0; i < k; i++) dst[off + i] = Integer.toUnsignedLong((int) INT_LE.get(b, p + 4 * i));
            }
            pos += 4 * k;
            off += k;
            len -= k;
        }
    }

    /** Reads {@code len} 8-byte little-endian values (one bulk copy per window). */
    public void readInt64Array(long[] dst, int off, int len) {
        while (len > 0) {
            int k = Math.min(len, windowValues(8));
            if (k == 0) {
                dst[off++] = readSlow(8);
                len--;
                continue;
            }
            MemorySegment.copy(MemorySegment.ofArray(buf), LONG_LE_UNALIGNED, pos,
                    MemorySegment.ofArray(dst), ValueLayout.JAVA_LONG, 8L * off, k);
            pos += 8 * k;
            off += k;
            len -= k;
        }
    }

    /** Reads {@code len} 4-byte little-endian IEEE floats, widened to double. */
    public void readFloat32Array(double[] dst, int off, int len) {
        while (len > 0) {
            int k = Math.min(len, windowValues(4));
            if (k == 0) {
                dst[off++] = Float.intBitsToFloat((int) readSlow(4));
                len--;
                continue;
            }
            byte[] b = buf;
            int p = pos;
            for (int i = 0; i < k; i++) dst[off + i] = Float.intBitsToFloat((int) INT_LE.get(b, p + 4 * i));
            pos += 4 * k;
            off += k;
            len -= k;
        }
    }

    /** Reads {@code len} 8-byte little-endian IEEE doubles (raw bits, one bulk copy per window). */
    public void readFloat64Array(double[] dst, int off, int len) {
        while (len > 0) {
            int k = Math.min(len, windowValues(8));
            if (k == 0) {
                dst[off++] = Double.longBitsToDouble(readSlow(8));
                len--;
                continue;
            }
            MemorySegment.copy(MemorySegment.ofArray(buf), DOUBLE_LE_UNALIGNED, pos,
                    MemorySegment.ofArray(dst), ValueLayout.JAVA_DOUBLE, 8L * off, k);
            pos += 8 * k;
            off += k;
            len -= k;
        }
    }

    /** Bytes consumed so far (for error messages: "at position N"). */
    public long position() { return consumedBefore + pos; }

    /** Direct access to the current window, for fast scanning: bytes [pos, limit) of buffer(). */
    public byte[] buffer() { return buf; }
    public int bufferPos() { return pos; }
    public int bufferLimit() { return limit; }
    public void advance(int n) { pos += n; }

    /** Whether this buffer reads from a stream (its window is reused) rather than wrapping a fixed array. */
    public boolean hasStream() { return in != null; }

    /** Ensures at least one byte is in the window when not at end; returns false at end. */
    public boolean ensureAvailable() { return fill(); }

    /** Reads the remaining bytes. */
    public byte[] readAll() {
        byte[] out = new byte[256];
        int n = 0;
        while (fill()) {
            int len = limit - pos;
            if (n + len > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, n + len));
            System.arraycopy(buf, pos, out, n, len);
            n += len;
            pos = limit;
        }
        return Arrays.copyOf(out, n);
    }
}
