package io.strata.mergetree;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;

/** Little-endian integers and LEB128 VarUInts in the small metadata files of a part. */
final class BinaryValues {
    private BinaryValues() {
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
            int b = in.read();
            if (b < 0) throw new DbException(ErrorCode.CANNOT_READ_ALL_DATA, "Cannot read all data: VarUInt truncated");
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
        return v;
    }

    static void writeInt64(WriteBuffer out, long v) {
        for (int i = 0; i < 8; i++) out.write((int) (v >>> (8 * i)) & 0xFF);
    }

    static long readInt64(ReadBuffer in) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            int b = in.read();
            if (b < 0) throw new DbException(ErrorCode.CANNOT_READ_ALL_DATA, "Cannot read all data: Int64 truncated");
            v |= (long) b << (8 * i);
        }
        return v;
    }
}
