package io.strata.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Buffered byte input with one-byte lookahead for text parsers (input formats, CAST from
 * String). Reads lazily from an {@link InputStream} or wraps a byte array.
 */
public final class ReadBuffer {
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
