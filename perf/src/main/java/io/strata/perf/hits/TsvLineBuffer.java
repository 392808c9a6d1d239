package io.strata.perf.hits;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A growable byte buffer that rows of TabSeparated text are appended to field by field, drained
 * to a stream in large writes. Numbers are formatted straight into the bytes, so that generating
 * a hundred million rows costs no String or boxed value per field.
 */
public final class TsvLineBuffer {
    /** Drain once this much is buffered: large sequential writes, a bounded footprint. */
    private static final int FLUSH_AT = 1 << 20;

    private final OutputStream out;
    private byte[] bytes = new byte[FLUSH_AT + (64 << 10)];
    private int length;
    private long written;

    public TsvLineBuffer(OutputStream out) {
        this.out = out;
    }

    public void tab() {
        ensure(1);
        bytes[length++] = '\t';
    }

    /** Ends a row, draining the buffer when it is full enough. */
    public void newline() throws IOException {
        ensure(1);
        bytes[length++] = '\n';
        if (length >= FLUSH_AT) drain();
    }

    /** Raw bytes; callers only pass text without tabs, newlines or backslashes, so no escaping is needed. */
    public void append(byte[] text) {
        ensure(text.length);
        System.arraycopy(text, 0, bytes, length, text.length);
        length += text.length;
    }

    public void append(String asciiOrUtf8) {
        append(asciiOrUtf8.getBytes(StandardCharsets.UTF_8));
    }

    public void append(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
    }

    /** A signed decimal. */
    public void append(long v) {
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                append("-9223372036854775808");
                return;
            }
            append('-');
            v = -v;
        }
        appendDigits(v);
    }

    /** The full unsigned 64-bit range, as UInt64 columns print it. */
    public void appendUnsigned(long v) {
        if (v >= 0) {
            appendDigits(v);
            return;
        }
        // Split off the last digit with an unsigned divide, the rest fits a signed long.
        long quotient = Long.divideUnsigned(v, 10);
        appendDigits(quotient);
        append((char) ('0' + (v - quotient * 10)));
    }

    /** Two digits with a leading zero (time-of-day fields). */
    public void appendTwoDigits(int v) {
        ensure(2);
        bytes[length++] = (byte) ('0' + v / 10);
        bytes[length++] = (byte) ('0' + v % 10);
    }

    private void appendDigits(long v) {
        ensure(20);
        int start = length;
        do {
            bytes[length++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        for (int i = start, j = length - 1; i < j; i++, j--) {
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
    }

    public void drain() throws IOException {
        out.write(bytes, 0, length);
        written += length;
        length = 0;
    }

    /** Bytes handed to the stream so far. */
    public long written() {
        return written;
    }

    /** The bytes of the current, not yet drained, buffer since {@code from} (for checks on a row). */
    public int countSince(int from, byte b) {
        int n = 0;
        for (int i = from; i < length; i++) if (bytes[i] == b) n++;
        return n;
    }

    /**
     * A 64-bit hash of the not yet drained bytes [from, to): for columns that hash another
     * column's text (ClickBench's URLHash, RefererHash), the same text giving the same value.
     */
    public long hash(int from, int to) {
        long h = 0x84222325cbf29ce4L;
        for (int i = from; i < to; i++) h = (h ^ (bytes[i] & 0xff)) * 0x100000001b3L;
        return h ^ (h >>> 29);
    }

    public int position() {
        return length;
    }

    private void ensure(int extra) {
        if (length + extra > bytes.length) {
            byte[] grown = new byte[Math.max(bytes.length * 2, length + extra)];
            System.arraycopy(bytes, 0, grown, 0, length);
            bytes = grown;
        }
    }
}
