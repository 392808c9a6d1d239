package io.strata.nativeproto;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the native protocol's primitives from a stream that a peer controls: VarUInts, length-
 * prefixed strings, little-endian integers. Every size read here is a claim, so nothing is
 * allocated for it up front: a string grows as its bytes actually arrive and is refused past its
 * limit, so a peer can make the reader hold no more than it really sent.
 *
 * <p>Also an {@link InputStream} over the same bytes, for the compressed-frame reader and the
 * block reader, which take their bytes from wherever the packet is.
 */
public final class PacketInput extends InputStream {
    /** Strings grow in pieces of at most this size while their bytes arrive. */
    private static final int GROWTH_STEP = 1 << 16;

    private final InputStream in;
    private long position;

    public PacketInput(InputStream in) {
        this.in = in;
    }

    /** Bytes consumed so far (for messages). */
    public long position() {
        return position;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) position++;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) position += n;
        return n;
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    /** The next byte, or -1 at a clean end of stream (between packets). */
    public int readPacketStart() {
        try {
            return read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int readUInt8() {
        int b;
        try {
            b = read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (b < 0) throw eof();
        return b;
    }

    public boolean readBool() {
        return readUInt8() != 0;
    }

    public void readFully(byte[] dst, int off, int len) {
        try {
            int n = in.readNBytes(dst, off, len);
            position += n;
            if (n < len) throw eof();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int readInt32() {
        int v = 0;
        for (int i = 0; i < 4; i++) v |= readUInt8() << (8 * i);
        return v;
    }

    public long readInt64() {
        long v = 0;
        for (int i = 0; i < 8; i++) v |= (long) readUInt8() << (8 * i);
        return v;
    }

    /** ClickHouse's VarUInt (LEB128, at most 10 bytes); a longer encoding is corrupt, not a big number. */
    public long readVarUInt() {
        long v = 0;
        for (int i = 0; i < 10; i++) {
            int b = readUInt8();
            v |= (long) (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) return v;
        }
        throw new DbException(ErrorCode.INCORRECT_DATA, "Malformed VarUInt: more than 10 bytes");
    }

    /** A VarUInt that must fit {@code [0, max]}: sizes and counts. */
    public int readSize(long max, String what) {
        long v = readVarUInt();
        if (v < 0 || v > max) {
            throw new DbException(ErrorCode.TOO_LARGE_ARRAY_SIZE, "Too large " + what + ": " + Long.toUnsignedString(v)
                    + " (at most " + max + ")");
        }
        return (int) v;
    }

    /** A length-prefixed string of at most {@code maxBytes} bytes, decoded as UTF-8. */
    public String readString(int maxBytes) {
        return new String(readBytes(maxBytes), StandardCharsets.UTF_8);
    }

    /** A length-prefixed byte string of at most {@code maxBytes} bytes. */
    public byte[] readBytes(int maxBytes) {
        long len = readVarUInt();
        if (len < 0 || len > maxBytes) {
            throw new DbException(ErrorCode.TOO_LARGE_STRING_SIZE, "Too large string size: " + Long.toUnsignedString(len)
                    + " (at most " + maxBytes + ")");
        }
        int n = (int) len;
        byte[] out = new byte[Math.min(n, GROWTH_STEP)];
        int got = 0;
        while (got < n) {
            if (got == out.length) out = Arrays.copyOf(out, (int) Math.min(n, (long) out.length * 2));
            readFully(out, got, Math.min(out.length, n) - got);
            got = Math.min(out.length, n);
        }
        return out;
    }

    static DbException eof() {
        return new DbException(ErrorCode.ATTEMPT_TO_READ_AFTER_EOF, "Attempt to read after eof: the peer closed the connection");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
