package io.strata.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that output formats write into; optionally drains into an
 * {@link OutputStream} when it passes a threshold, so a large result never sits in memory.
 * Not thread-safe.
 *
 * <p>Binary values are little-endian, as in ClickHouse's binary formats. The bulk array writers
 * narrow or copy a primitive array straight into the buffer in chunks, so a column of any size
 * is written without a temporary array and without growing a stream-backed buffer.
 */
public final class WriteBuffer {
    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong LONG_LE_UNALIGNED = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfDouble DOUBLE_LE_UNALIGNED = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    /** Largest piece a bulk write puts into a stream-backed buffer at once (at most its capacity, so it never grows). */
    private static final int BULK_CHUNK_BYTES = 1 << 15;

    /**
     * A sink that takes a bulk array write straight from the array, skipping the copy into this
     * buffer (a sink in native memory, where that copy would be a second one).
     */
    public interface BulkSink {
        /** Appends {@code bytes} bytes of {@code src} from {@code offset}. */
        void write(MemorySegment src, long offset, long bytes) throws IOException;
    }

    /** Arrays of 8-byte values go to a {@link BulkSink} as they are only where that is little-endian. */
    private static final boolean NATIVE_LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
    /** Bulk writes smaller than this are buffered as usual. */
    private static final int BULK_SINK_MIN_BYTES = 1 << 12;

    private byte[] buf;
    private int pos;
    private final OutputStream sink;
    private final int flushThreshold;

    /** An in-memory buffer. */
    public WriteBuffer() {
        this(null, Integer.MAX_VALUE);
    }

    /** An in-memory buffer starting at {@code initialCapacity} bytes (for callers that know about how much they write). */
    public WriteBuffer(int initialCapacity) {
        this.sink = null;
        this.flushThreshold = Integer.MAX_VALUE;
        this.buf = new byte[Math.max(16, initialCapacity)];
    }

    /** A buffer that drains into {@code sink} whenever it holds {@code flushThreshold} bytes. */
    public WriteBuffer(OutputStream sink, int flushThreshold) {
        this.sink = sink;
        this.flushThreshold = flushThreshold;
        this.buf = new byte[sink == null ? 256 : Math.min(flushThreshold + 1024, 1 << 20)];
    }

    private void ensure(int n) {
        if (pos + n > buf.length) {
            if (sink != null && pos > 0) {
                drain();
                if (n <= buf.length) return;
            }
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
    }

    public WriteBuffer write(int b) {
        if (pos == buf.length) ensure(1);
        buf[pos++] = (byte) b;
        return this;
    }

    public WriteBuffer write(byte[] b, int off, int len) {
        if (sink != null && len >= Math.min(buf.length, flushThreshold)) {
            // larger than the buffer: what is buffered goes first, then the bytes straight to
            // the sink instead of regrowing the buffer to copy them once more
            drain();
            try {
                sink.write(b, off, len);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }
        ensure(len);
        System.arraycopy(b, off, buf, pos, len);
        pos += len;
        return this;
    }

    public WriteBuffer write(byte[] b) {
        return write(b, 0, b.length);
    }

    /** Writes the string as UTF-8. ASCII-only fast path avoids an intermediate array. */
    public WriteBuffer write(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return write(s.substring(i).getBytes(StandardCharsets.UTF_8));
            }
            buf[pos++] = (byte) c;
        }
        return this;
    }

    /** Writes the decimal digits of {@code v} straight into the buffer (no intermediate String). */
    public WriteBuffer writeLong(long v) {
        return writeInteger(v, false);
    }

    private WriteBuffer writeInteger(long v, boolean unsigned) {
        if (v >= 0 && v < 10) {
            return write('0' + (int) v);
        }
        ensure(20);
        int end = pos + textLength(v, unsigned);
        putText(buf, pos, end, v, unsigned);
        pos = end;
        return this;
    }

    private static final byte[] MIN_LONG_TEXT = Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);

    /** Characters of {@code v} as decimal text: signed, or read as an unsigned 64-bit value. */
    public static int textLength(long v, boolean unsigned) {
        if (v >= 0) return decimalLength(v);
        if (unsigned) return decimalLength(Long.divideUnsigned(v, 10)) + 1;
        return v == Long.MIN_VALUE ? MIN_LONG_TEXT.length : 1 + decimalLength(-v);
    }

    /**
     * Writes the decimal text of {@code v} (signed, or read as an unsigned 64-bit value) into
     * {@code b[start, end)}, which is exactly {@link #textLength} long; as {@link #putDecimal}, it
     * may overwrite up to 7 bytes after {@code end}.
     */
    public static void putText(byte[] b, int start, int end, long v, boolean unsigned) {
        if (v >= 0) {
            putDecimal(b, start, end, v);
        } else if (unsigned) {
            long q = Long.divideUnsigned(v, 10);
            putDecimal(b, start, end - 1, q);
            b[end - 1] = (byte) ('0' + (int) (v - q * 10));
        } else if (v == Long.MIN_VALUE) {
            System.arraycopy(MIN_LONG_TEXT, 0, b, start, MIN_LONG_TEXT.length);
        } else {
            b[start] = '-';
            putDecimal(b, start + 1, end, -v);
        }
    }

    /**
     * Writes the digits of {@code v} (0 <= v) into {@code b[start, end)}, which is exactly
     * {@link #decimalLength} long. Values under 10^8 with 8 bytes of room from {@code start} take
     * one 8-byte store, which may overwrite up to 7 bytes after {@code end} with zeros (callers
     * write left to right).
     */
    public static void putDecimal(byte[] b, int start, int end, long v) {
        if (v < 100_000_000L && start <= b.length - 8) {
            LONG_LE.set(b, start, eightDigits(v) >>> (8 * (8 - (end - start))));
            return;
        }
        int p = end;
        // two digits per division, stored as one little-endian short from a table of pairs, and
        // int arithmetic once the rest fits
        while (v > Integer.MAX_VALUE) {
            long q = v / 100;
            p -= 2;
            SHORT_LE.set(b, p, DIGIT_PAIR_SHORTS[(int) (v - q * 100)]);
            v = q;
        }
        int iv = (int) v;
        // four digits per step: the two pairs of a step do not wait on each other
        while (iv >= 10000) {
            int q = iv / 10000;
            int r = iv - q * 10000;
            int hi = r / 100;
            p -= 4;
            SHORT_LE.set(b, p + 2, DIGIT_PAIR_SHORTS[r - hi * 100]);
            SHORT_LE.set(b, p, DIGIT_PAIR_SHORTS[hi]);
            iv = q;
        }
        if (iv >= 100) {
            int q = iv / 100;
            p -= 2;
            SHORT_LE.set(b, p, DIGIT_PAIR_SHORTS[iv - q * 100]);
            iv = q;
        }
        if (iv >= 10) {
            SHORT_LE.set(b, p - 2, DIGIT_PAIR_SHORTS[iv]);
        } else {
            b[p - 1] = (byte) ('0' + iv);
        }
    }

    /**
     * The 8 digits of {@code v} (0 <= v < 10^8), zero-padded, as ASCII in a little-endian long (the
     * first digit in the lowest byte): {@code v} split into two 4-digit halves ({@code v / 10^4} as
     * a multiplication and shift, exact for v < 10^8; a long division is not strength-reduced),
     * each half's four ASCII digits from a table. Measured on 65,536 consecutive values: 1.8 ns a
     * value against 3.6 ns for splitting the halves further with multiplications in SWAR lanes.
     */
    static long eightDigits(long v) {
        long hi = (v * 109_951_163L) >>> 40;
        int lo = (int) (v - hi * 10000);
        return (FOUR_DIGITS[lo] & 0xFFFFFFFFL) << 32 | (FOUR_DIGITS[(int) hi] & 0xFFFFFFFFL);
    }

    /** The four digits of 0..9999, zero-padded, as a little-endian int (the first digit in the low byte); 40 KB. */
    private static final int[] FOUR_DIGITS = new int[10000];

    static {
        for (int i = 0; i < 10000; i++) {
            FOUR_DIGITS[i] = ('0' + i / 1000) | ('0' + i / 100 % 10) << 8 | ('0' + i / 10 % 10) << 16 | ('0' + i % 10) << 24;
        }
    }

    /** The two digits of 0..99 as a little-endian short: the tens digit in the low byte. */
    private static final short[] DIGIT_PAIR_SHORTS = new short[100];

    static {
        for (int i = 0; i < 100; i++) DIGIT_PAIR_SHORTS[i] = (short) (('0' + i / 10) | ('0' + i % 10) << 8);
    }

    /** Writes {@code v} read as an unsigned 64-bit value (UInt64 above Long.MAX_VALUE is stored negative). */
    public WriteBuffer writeUnsignedLong(long v) {
        return writeInteger(v, true);
    }

    /** Writes {@code v} (non-negative) as exactly {@code width} digits, zero-padded on the left. */
    public WriteBuffer writeZeroPadded(long v, int width) {
        ensure(width);
        for (int p = pos + width - 1; p >= pos; p--) {
            buf[p] = (byte) ('0' + (int) (v % 10));
            v /= 10;
        }
        pos += width;
        return this;
    }

    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }

    /** Digits of {@code v} (0 <= v): log10 from the bit length (1233/4096 ~ log10 2), corrected by one comparison. */
    public static int decimalLength(long v) {
        if (v < 10) return 1;
        int t = ((64 - Long.numberOfLeadingZeros(v)) * 1233) >>> 12;
        return t < POWERS_OF_TEN.length && v >= POWERS_OF_TEN[t] ? t + 1 : t;
    }

    // ---- binary, little-endian --------------------------------------------------------------

    public WriteBuffer writeInt16(int v) {
        ensure(2);
        SHORT_LE.set(buf, pos, (short) v);
        pos += 2;
        return this;
    }

    public WriteBuffer writeInt32(int v) {
        ensure(4);
        INT_LE.set(buf, pos, v);
        pos += 4;
        return this;
    }

    /** Writes 8 bytes little-endian (not to be confused with {@link #writeLong}, which writes decimal text). */
    public WriteBuffer writeInt64(long v) {
        ensure(8);
        LONG_LE.set(buf, pos, v);
        pos += 8;
        return this;
    }

    public WriteBuffer writeFloat32(float v) {
        return writeInt32(Float.floatToRawIntBits(v));
    }

    public WriteBuffer writeFloat64(double v) {
        return writeInt64(Double.doubleToRawLongBits(v));
    }

    /** Writes an unsigned LEB128 integer (ClickHouse's VarUInt): 7 bits a byte, high bit = more follows. */
    public WriteBuffer writeVarUInt(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[pos++] = (byte) (v | 0x80);
            v >>>= 7;
        }
        buf[pos++] = (byte) v;
        return this;
    }

    /** How many values of {@code width} bytes the next bulk chunk holds (a stream-backed buffer never grows for it). */
    private int chunkValues(int remaining, int width) {
        if (sink == null) return remaining;
        return Math.min(remaining, Math.max(1, Math.min(BULK_CHUNK_BYTES, buf.length) / width));
    }

    /** Writes the low byte of each of {@code src[off, off + len)}. */
    public void writeInt8Array(long[] src, int off, int len) {
        while (len > 0) {
            int k = chunkValues(len, 1);
            ensure(k);
            byte[] b = buf;
            int p = pos;
            for (int i = 0; i < k; i++) b[p + i] = (byte) src[off + i];
            pos += k;
            off += k;
            len -= k;
        }
    }

    /** Writes the low 2 bytes of each of {@code src[off, off + len)}, little-endian. */
    public void writeInt16Array(long[] src, int off, int len) {
        while (len > 0) {
            int k = chunkValues(len, 2);
            ensure(2 * k);
            byte[] b = buf;
            int p = pos;
            for (int i = 0; i < k; i++) SHORT_LE.set(b, p + 2 * i, (short) src[off + i]);
            pos += 2 * k;
            off += k;
            len -= k;
        }
    }

    /** Writes the low 4 bytes of each of {@code src[off, off + len)}, little-endian. */
    public void writeInt32Array(long[] src, int off, int len) {
        while (len > 0) {
            int k = chunkValues(len, 4);
            ensure(4 * k);
            byte[] b = buf;
            int p = pos;
            for (int i = 0; i < k; i++) INT_LE.set(b, p + 4 * i, (int) src[off + i]);
            pos += 4 * k;
            off += k;
            len -= k;
        }
    }

    /** Writes {@code src[off, off + len)} as 8-byte little-endian values (one bulk copy per chunk). */
    public void writeInt64Array(long[] src, int off, int len) {
        if (bulkToSink(MemorySegment.ofArray(src), 8L * off, 8L * len)) return;
        while (len > 0) {
            int k = chunkValues(len, 8);
            ensure(8 * k);
            MemorySegment.copy(MemorySegment.ofArray(src), ValueLayout.JAVA_LONG, 8L * off,
                    MemorySegment.ofArray(buf), LONG_LE_UNALIGNED, pos, k);
            pos += 8 * k;
            off += k;
            len -= k;
        }
    }

    /** Writes {@code src[off, off + len)} rounded to float, 4 bytes little-endian each. */
    public void writeFloat32Array(double[] src, int off, int len) {
        while (len > 0) {
            int k = chunkValues(len, 4);
            ensure(4 * k);
            byte[] b = buf;
            int p = pos;
            for (int i = 0; i < k; i++) INT_LE.set(b, p + 4 * i, Float.floatToRawIntBits((float) src[off + i]));
            pos += 4 * k;
            off += k;
            len -= k;
        }
    }

    /** Writes {@code src[off, off + len)} as 8-byte little-endian IEEE doubles (raw bits, NaNs kept). */
    public void writeFloat64Array(double[] src, int off, int len) {
        if (bulkToSink(MemorySegment.ofArray(src), 8L * off, 8L * len)) return;
        while (len > 0) {
            int k = chunkValues(len, 8);
            ensure(8 * k);
            MemorySegment.copy(MemorySegment.ofArray(src), ValueLayout.JAVA_DOUBLE, 8L * off,
                    MemorySegment.ofArray(buf), DOUBLE_LE_UNALIGNED, pos, k);
            pos += 8 * k;
            off += k;
            len -= k;
        }
    }

    /** Hands a large bulk write of native-order values to a {@link BulkSink}, after what is buffered; false if not taken. */
    private boolean bulkToSink(MemorySegment src, long offset, long bytes) {
        if (!NATIVE_LITTLE_ENDIAN || bytes < BULK_SINK_MIN_BYTES || !(sink instanceof BulkSink bulk)) return false;
        drain();
        try {
            bulk.write(src, offset, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    /**
     * Makes room for {@code n} bytes and returns the array to put them in, from index
     * {@link #size()} on; {@link #advance} then commits them. For encoders that fill bytes in
     * place (byte swaps, wide integers); on a stream-backed buffer keep {@code n} to a few KiB.
     */
    public byte[] reserve(int n) {
        ensure(n);
        return buf;
    }

    /** Commits {@code n} bytes put into the array that {@link #reserve} returned. */
    public void advance(int n) {
        pos += n;
    }

    public int size() { return pos; }

    /** Drops everything written after {@code size}. */
    public void truncate(int size) {
        pos = size;
    }

    public byte[] toByteArray() { return Arrays.copyOf(buf, pos); }

    @Override
    public String toString() { return new String(buf, 0, pos, StandardCharsets.UTF_8); }

    /** Whether the buffer passed its flush threshold (callers flush at row boundaries). */
    public boolean shouldFlush() { return pos >= flushThreshold; }

    /** Sends buffered bytes to the sink (no-op for an in-memory buffer). */
    public void drain() {
        if (sink == null || pos == 0) return;
        try {
            sink.write(buf, 0, pos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pos = 0;
    }

    /** Drains and flushes the sink. */
    public void flush() {
        drain();
        if (sink != null) {
            try {
                sink.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
