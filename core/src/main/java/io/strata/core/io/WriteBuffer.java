package io.strata.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that output formats write into; optionally drains into an
 * {@link OutputStream} when it passes a threshold, so a large result never sits in memory.
 * Not thread-safe.
 */
public final class WriteBuffer {
    private byte[] buf;
    private int pos;
    private final OutputStream sink;
    private final int flushThreshold;

    /** An in-memory buffer. */
    public WriteBuffer() {
        this(null, Integer.MAX_VALUE);
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
        if (v >= 0 && v < 10) {
            return write('0' + (int) v);
        }
        if (v == Long.MIN_VALUE) {
            return write("-9223372036854775808");
        }
        ensure(20);
        if (v < 0) {
            buf[pos++] = '-';
            v = -v;
        }
        int end = pos + decimalLength(v);
        int p = end;
        while (v >= 10) {
            long q = v / 10;
            buf[--p] = (byte) ('0' + (int) (v - q * 10));
            v = q;
        }
        buf[--p] = (byte) ('0' + (int) v);
        pos = end;
        return this;
    }

    /** Writes {@code v} read as an unsigned 64-bit value (UInt64 above Long.MAX_VALUE is stored negative). */
    public WriteBuffer writeUnsignedLong(long v) {
        if (v >= 0) return writeLong(v);
        long q = Long.divideUnsigned(v, 10);
        writeLong(q);
        return write('0' + (int) (v - q * 10));
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

    private static int decimalLength(long v) {
        int n = 1;
        long t = 10;
        while (n < 19 && v >= t) {
            n++;
            t *= 10;
        }
        return n;
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
