package io.strata.formats.binary;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.io.ReadBuffer;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.LowCardinalityType;
import io.strata.core.type.MapType;
import io.strata.core.type.NullableType;
import io.strata.core.type.TupleType;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Copies the bytes of one column in Native layout from untrusted input into a buffer, walking the
 * layout of its type (the same layout NativeSerialization reads) to find where the column ends.
 * NativeSerialization sizes its arrays by the row and element counts it reads, as it should for
 * our own part files; input from a client first goes through here, so that every count is backed
 * by bytes that really arrived before anything is allocated for it: a block that claims more than
 * its input holds fails with CANNOT_READ_ALL_DATA, having used memory for what it did hold only.
 */
final class NativeColumnScanner {
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** LowCardinality serialization: the index width in the low byte of the flags (UInt8..UInt64). */
    private static final long LOW_CARDINALITY_WIDTH_MASK = 0xFF;
    private static final int LOW_CARDINALITY_MAX_WIDTH_CODE = 3;

    private final ReadBuffer in;
    private byte[] data = new byte[1 << 12];
    private int size;

    NativeColumnScanner(ReadBuffer in) {
        this.in = in;
    }

    /** Copies the column of {@code rows} rows of {@code type} that comes next; returns a buffer over its bytes. */
    ReadBuffer scan(DataType type, int rows) {
        size = 0;
        prefix(type);
        data(type, rows);
        return new ReadBuffer(data, 0, size);
    }

    private void prefix(DataType type) {
        switch (type.id()) {
            case LOW_CARDINALITY -> int64();
            case NULLABLE -> prefix(((NullableType) type).inner());
            case ARRAY -> prefix(((ArrayType) type).element());
            case MAP -> prefix(((MapType) type).nested());
            case TUPLE -> {
                for (DataType e : ((TupleType) type).elements()) prefix(e);
            }
            default -> {
            }
        }
    }

    private void data(DataType type, long rows) {
        switch (type.id()) {
            case NULLABLE -> {
                copy(rows);
                data(((NullableType) type).inner(), rows);
            }
            case ARRAY -> array(((ArrayType) type).element(), rows);
            case MAP -> array(((MapType) type).nested().element(), rows);
            case TUPLE -> {
                for (DataType e : ((TupleType) type).elements()) data(e, rows);
            }
            case LOW_CARDINALITY -> lowCardinality((LowCardinalityType) type, rows);
            case NOTHING -> copy(rows);
            default -> {
                int width = type.fixedWidth();
                if (width > 0) {
                    copy(rows * width);
                } else {
                    // String and AggregateFunction states: VarUInt length + bytes each
                    for (long r = 0; r < rows; r++) copy(varUInt());
                }
            }
        }
    }

    private void array(DataType element, long rows) {
        int start = size;
        copy(rows * 8);
        long elements = rows == 0 ? 0 : (long) LONG_LE.get(data, start + 8 * (int) (rows - 1));
        if (elements < 0 || elements > Integer.MAX_VALUE - 16) {
            throw corrupted("array offsets (" + Long.toUnsignedString(elements) + " elements)");
        }
        data(element, elements);
    }

    private void lowCardinality(LowCardinalityType type, long rows) {
        DataType keys = type.inner() instanceof NullableType n ? n.inner() : type.inner();
        long done = 0;
        while (done < rows) {
            long flags = int64();
            long widthCode = flags & LOW_CARDINALITY_WIDTH_MASK;
            if (widthCode > LOW_CARDINALITY_MAX_WIDTH_CODE) throw corrupted("LowCardinality index type " + flags);
            long keyCount = int64();
            if (keyCount < 0 || keyCount > Integer.MAX_VALUE - 16) {
                throw corrupted("LowCardinality key count " + Long.toUnsignedString(keyCount));
            }
            data(keys, keyCount);
            long sectionRows = int64();
            if (sectionRows < 0 || sectionRows > rows - done) {
                throw corrupted("LowCardinality row count " + Long.toUnsignedString(sectionRows) + ", expected at most " + (rows - done));
            }
            copy(sectionRows << widthCode);
            done += sectionRows;
        }
    }

    // ---- copying -----------------------------------------------------------------------------

    /** Copies exactly {@code n} bytes, growing the buffer only as they arrive. */
    private void copy(long n) {
        if (n < 0 || n > Integer.MAX_VALUE - 16 - (long) size) {
            throw new DbException(ErrorCode.TOO_LARGE_ARRAY_SIZE, "Too large column in Native block: " + Long.toUnsignedString(n) + " bytes");
        }
        long left = n;
        while (left > 0) {
            if (!in.ensureAvailable()) throw RowBinaryDecoder.truncated(n - left, n);
            int k = (int) Math.min(left, in.bufferLimit() - in.bufferPos());
            ensure(k);
            System.arraycopy(in.buffer(), in.bufferPos(), data, size, k);
            in.advance(k);
            size += k;
            left -= k;
        }
    }

    private long int64() {
        int start = size;
        copy(8);
        return (long) LONG_LE.get(data, start);
    }

    private long varUInt() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.read();
            if (b < 0) throw RowBinaryDecoder.truncated(0, 1);
            ensure(1);
            data[size++] = (byte) b;
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
        throw corrupted("VarUInt");
    }

    private void ensure(int k) {
        if (size + k > data.length) data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(2L * data.length, (long) size + k)));
    }

    private static DbException corrupted(String what) {
        return new DbException(ErrorCode.INCORRECT_DATA, "Corrupted Native data: bad " + what);
    }
}
