package io.strata.exec.function.aggregate;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;

/**
 * The primitives of the aggregate-state binary form: little-endian fixed-width integers and
 * doubles, and ClickHouse-style VarUInt (7 bits per byte, low groups first). Every state layout
 * documented in this package is built from these, so the layouts stay byte-stable.
 */
final class StateIO {
    private StateIO() {
    }

    static void writeByte(WriteBuffer out, int b) {
        out.write(b);
    }

    static int readByte(ReadBuffer in) {
        int b = in.read();
        if (b < 0) throw eof();
        return b;
    }

    static void writeLong(WriteBuffer out, long v) {
        for (int i = 0; i < 8; i++) out.write((int) (v >>> (8 * i)));
    }

    static long readLong(ReadBuffer in) {
        long v = 0;
        for (int i = 0; i < 8; i++) v |= (long) readByte(in) << (8 * i);
        return v;
    }

    static void writeDouble(WriteBuffer out, double v) {
        writeLong(out, Double.doubleToRawLongBits(v));
    }

    static double readDouble(ReadBuffer in) {
        return Double.longBitsToDouble(readLong(in));
    }

    static void writeVarUInt(WriteBuffer out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    static long readVarUInt(ReadBuffer in) {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte(in);
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
        throw new DbException(ErrorCode.INCORRECT_DATA, "Malformed VarUInt in aggregate function state");
    }

    /** A count read from a state, checked against a sane bound so a corrupt state cannot allocate gigabytes. */
    static int readCount(ReadBuffer in, int max) {
        long n = readVarUInt(in);
        if (n < 0 || n > max) {
            throw new DbException(ErrorCode.TOO_LARGE_ARRAY_SIZE, "Too large size (" + n + ") in aggregate function state");
        }
        return (int) n;
    }

    static void readFully(ReadBuffer in, byte[] dst, int off, int len) {
        if (in.read(dst, off, len) != len) throw eof();
    }

    static DbException eof() {
        return new DbException(ErrorCode.ATTEMPT_TO_READ_AFTER_EOF, "Cannot read all data of aggregate function state");
    }
}
