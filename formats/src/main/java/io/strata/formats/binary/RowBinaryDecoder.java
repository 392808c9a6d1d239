package io.strata.formats.binary;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.BigColumn;
import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LowCardinalityColumnBuilder;
import io.strata.core.column.MapColumn;
import io.strata.core.column.NothingColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.column.TupleColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.io.ReadBuffer;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.EnumType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.LowCardinalityType;
import io.strata.core.type.MapType;
import io.strata.core.type.NullableType;
import io.strata.core.type.TupleType;
import io.strata.core.type.TypeId;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads values of one column in RowBinary layout (see {@link RowBinaryEncoder}) and collects them
 * into primitive arrays until {@link #finish} builds the column. One decoder per column lives for
 * the whole input; {@code finish} hands the arrays over to the column and starts afresh.
 *
 * <p>Malformed input never makes a decoder allocate more than the input holds: a declared string
 * length or array size above the limits (format_binary_max_string_size / _array_size, as in
 * ClickHouse) is TOO_LARGE_STRING_SIZE / TOO_LARGE_ARRAY_SIZE, and below them the bytes are copied
 * as they arrive, so a length that the input does not back ends in CANNOT_READ_ALL_DATA after at
 * most the bytes that were really there.
 */
abstract class RowBinaryDecoder {
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final int INITIAL = 1024;

    /** Limits on declared sizes: format_binary_max_string_size and format_binary_max_array_size (0 = none). */
    record Limits(long maxStringSize, long maxArraySize) {
        static final Limits DEFAULT = new Limits(1L << 30, 1L << 30);
    }

    protected final DataType type;

    RowBinaryDecoder(DataType type) {
        this.type = type;
    }

    /** Reads one value and appends it. */
    abstract void read(ReadBuffer in);

    /** Appends the type's default value (a column missing from the input, a NULL under Nullable). */
    abstract void appendDefault();

    /** Values appended since the last {@link #finish}. */
    abstract int size();

    /** The column of the values appended so far; the decoder starts empty again. */
    abstract Column finish();

    static RowBinaryDecoder of(DataType type, Limits limits) {
        return switch (type.id()) {
            case NULLABLE -> new Nullable(type, of(((NullableType) type).inner(), limits));
            case ARRAY -> new Array(type, of(((ArrayType) type).element(), limits), limits);
            case MAP -> new Map((MapType) type, limits);
            case TUPLE -> {
                TupleType tt = (TupleType) type;
                RowBinaryDecoder[] e = new RowBinaryDecoder[tt.elements().size()];
                for (int i = 0; i < e.length; i++) e[i] = of(tt.elements().get(i), limits);
                yield new Tuple(type, e);
            }
            case LOW_CARDINALITY -> new LowCardinality((LowCardinalityType) type, of(((LowCardinalityType) type).inner(), limits));
            case NOTHING -> new Nothing(type);
            default -> switch (type.physicalKind()) {
                case LONG -> new Longs(type);
                case DOUBLE -> new Doubles(type);
                case BYTES -> switch (type.id()) {
                    case UUID, FIXED_STRING, IPV6 -> new FixedBytes(type);
                    default -> new Strings(type, limits);
                };
                case BIG -> new Big(type);
                default -> throw new DbException(ErrorCode.NOT_IMPLEMENTED,
                        "RowBinary deserialization of type " + type.name() + " is not supported");
            };
        };
    }

    static DbException truncated(long read, long expected) {
        return new DbException(ErrorCode.CANNOT_READ_ALL_DATA,
                "Cannot read all data. Bytes read: " + read + ". Bytes expected: " + expected + ".");
    }

    // ---- scalars -----------------------------------------------------------------------------

    /** Every type held in a long[]: integers, Bool, dates, DateTime(64), Enum, IPv4, narrow Decimal, Interval. */
    private static final class Longs extends RowBinaryDecoder {
        private final int width;
        private final boolean signed;
        private final EnumType enumType;
        private final boolean bool;
        private long[] values = new long[INITIAL];
        private int size;

        Longs(DataType type) {
            super(type);
            this.width = type.fixedWidth();
            this.signed = type instanceof IntegerType it ? it.signed() : switch (type.id()) {
                case ENUM8, ENUM16, DATE32, DECIMAL, DATETIME64, INTERVAL -> true;
                default -> false; // Date, DateTime, IPv4
            };
            this.enumType = type instanceof EnumType e ? e : null;
            this.bool = type.id() == TypeId.BOOL;
        }

        @Override
        void read(ReadBuffer in) {
            long v = switch (width) {
                case 1 -> signed ? (byte) in.readUInt8() : in.readUInt8();
                case 2 -> signed ? in.readInt16() : Short.toUnsignedLong(in.readInt16());
                case 4 -> signed ? in.readInt32() : Integer.toUnsignedLong(in.readInt32());
                default -> in.readInt64();
            };
            if (enumType != null && enumType.nameOf(v) == null) {
                throw new DbException(ErrorCode.BAD_ARGUMENTS, "Unexpected value " + v + " in enum");
            }
            if (bool && v != 0) v = 1;
            if (size == values.length) values = Arrays.copyOf(values, 2 * size);
            values[size++] = v;
        }

        @Override
        void appendDefault() {
            if (size == values.length) values = Arrays.copyOf(values, 2 * size);
            values[size++] = 0;
        }

        @Override int size() { return size; }

        @Override
        Column finish() {
            Column c = new LongColumn(type, values, size);
            values = new long[Math.max(INITIAL, size)];
            size = 0;
            return c;
        }
    }

    private static final class Doubles extends RowBinaryDecoder {
        private final boolean float32;
        private double[] values = new double[INITIAL];
        private int size;

        Doubles(DataType type) {
            super(type);
            this.float32 = type.id() == TypeId.FLOAT32;
        }

        @Override
        void read(ReadBuffer in) {
            double v = float32 ? Float.intBitsToFloat(in.readInt32()) : Double.longBitsToDouble(in.readInt64());
            if (size == values.length) values = Arrays.copyOf(values, 2 * size);
            values[size++] = v;
        }

        @Override
        void appendDefault() {
            if (size == values.length) values = Arrays.copyOf(values, 2 * size);
            values[size++] = 0;
        }

        @Override int size() { return size; }

        @Override
        Column finish() {
            Column c = new DoubleColumn(type, values, size);
            values = new double[Math.max(INITIAL, size)];
            size = 0;
            return c;
        }
    }

    private static final class Big extends RowBinaryDecoder {
        private final int width;
        private final boolean signed;
        private final byte[] le;
        private final byte[] be;
        private BigInteger[] values = new BigInteger[INITIAL];
        private int size;

        Big(DataType type) {
            super(type);
            this.width = type.fixedWidth();
            this.signed = type.id() != TypeId.UINT128 && type.id() != TypeId.UINT256;
            this.le = new byte[width];
            this.be = new byte[width];
        }

        @Override
        void read(ReadBuffer in) {
            in.readFully(le, 0, width);
            long low = (long) LONG_LE.get(le, 0);
            byte ext = (byte) (signed ? low >> 63 : 0);
            boolean fitsLong = signed || low >= 0;
            for (int k = 8; k < width && fitsLong; k++) fitsLong = le[k] == ext;
            BigInteger v;
            if (fitsLong) {
                v = BigInteger.valueOf(low);
            } else {
                for (int k = 0; k < width; k++) be[k] = le[width - 1 - k];
                v = signed ? new BigInteger(be) : new BigInteger(1, be);
            }
            add(v);
        }

        private void add(BigInteger v) {
            if (size == values.length) values = Arrays.copyOf(values, 2 * size);
            values[size++] = v;
        }

        @Override void appendDefault() { add(BigInteger.ZERO); }
        @Override int size() { return size; }

        @Override
        Column finish() {
            Column c = new BigColumn(type, values, size);
            values = new BigInteger[Math.max(INITIAL, size)];
            size = 0;
            return c;
        }
    }

    /** Base of the byte-string decoders: values packed into one array with offsets. */
    private abstract static class Bytes extends RowBinaryDecoder {
        protected byte[] bytes = new byte[16 * INITIAL];
        protected int[] offsets = new int[INITIAL + 1];
        protected int size;

        Bytes(DataType type) {
            super(type);
        }

        protected final void ensureBytes(long extra) {
            long need = offsets[size] + extra;
            if (need <= bytes.length) return;
            if (need > Integer.MAX_VALUE - 16) {
                throw new DbException(ErrorCode.TOO_LARGE_STRING_SIZE, "Too much string data in one block: " + need + " bytes");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(need, 2L * bytes.length)));
        }

        protected final void endValue(int end) {
            if (size + 1 == offsets.length) offsets = Arrays.copyOf(offsets, 2 * offsets.length);
            offsets[++size] = end;
        }

        @Override int size() { return size; }

        @Override
        Column finish() {
            Column c = new StringColumn(type, bytes, offsets, size);
            bytes = new byte[Math.max(16 * INITIAL, Math.min(offsets[size], 1 << 20))];
            offsets = new int[Math.max(INITIAL, size) + 1];
            size = 0;
            return c;
        }
    }

    /** String: VarUInt length, then the bytes, copied as they arrive. */
    private static final class Strings extends Bytes {
        private final long maxSize;

        Strings(DataType type, Limits limits) {
            super(type);
            this.maxSize = limits.maxStringSize();
        }

        @Override
        void read(ReadBuffer in) {
            long len = in.readVarUInt();
            if (len < 0 || (maxSize > 0 && len > maxSize)) {
                throw new DbException(ErrorCode.TOO_LARGE_STRING_SIZE, "Too large string size: " + Long.toUnsignedString(len)
                        + ". The maximum is: " + maxSize + ". To increase the maximum, use setting format_binary_max_string_size");
            }
            int at = offsets[size];
            int window = in.bufferLimit() - in.bufferPos();
            if (len <= window) {
                // the usual case: the whole value is in the read window
                ensureBytes(len);
                System.arraycopy(in.buffer(), in.bufferPos(), bytes, at, (int) len);
                in.advance((int) len);
                endValue(at + (int) len);
                return;
            }
            long left = len;
            while (left > 0) {
                if (!in.ensureAvailable()) throw truncated(len - left, len);
                int n = (int) Math.min(left, in.bufferLimit() - in.bufferPos());
                ensureBytes(len - left + n);
                System.arraycopy(in.buffer(), in.bufferPos(), bytes, at, n);
                in.advance(n);
                at += n;
                left -= n;
            }
            endValue(at);
        }

        @Override
        void appendDefault() {
            endValue(offsets[size]);
        }
    }

    /** FixedString(N), IPv6 and UUID: exactly N bytes (UUID's two little-endian halves turned big-endian). */
    private static final class FixedBytes extends Bytes {
        private final int width;
        private final boolean uuid;

        FixedBytes(DataType type) {
            super(type);
            this.width = type.fixedWidth();
            this.uuid = type.id() == TypeId.UUID;
        }

        @Override
        void read(ReadBuffer in) {
            ensureBytes(width);
            int at = offsets[size];
            in.readFully(bytes, at, width);
            if (uuid) {
                LONG_BE.set(bytes, at, (long) LONG_LE.get(bytes, at));
                LONG_BE.set(bytes, at + 8, (long) LONG_LE.get(bytes, at + 8));
            }
            endValue(at + width);
        }

        @Override
        void appendDefault() {
            ensureBytes(width);
            int at = offsets[size];
            Arrays.fill(bytes, at, at + width, (byte) 0);
            endValue(at + width);
        }
    }

    /** Nothing: no bytes; only ever inside Nullable or an empty Array. */
    private static final class Nothing extends RowBinaryDecoder {
        private int size;

        Nothing(DataType type) {
            super(type);
        }

        @Override void read(ReadBuffer in) { size++; }
        @Override void appendDefault() { size++; }
        @Override int size() { return size; }

        @Override
        Column finish() {
            Column c = new NothingColumn(size);
            size = 0;
            return c;
        }
    }

    // ---- composites --------------------------------------------------------------------------

    /** Nullable(T): a flag byte (non-zero = NULL), then the value when it is not NULL. */
    private static final class Nullable extends RowBinaryDecoder {
        private final RowBinaryDecoder inner;
        private byte[] nulls = new byte[INITIAL];
        private int size;

        Nullable(DataType type, RowBinaryDecoder inner) {
            super(type);
            this.inner = inner;
        }

        @Override
        void read(ReadBuffer in) {
            boolean isNull = in.readUInt8() != 0;
            if (size == nulls.length) nulls = Arrays.copyOf(nulls, 2 * size);
            nulls[size++] = isNull ? (byte) 1 : 0;
            if (isNull) inner.appendDefault();
            else inner.read(in);
        }

        @Override
        void appendDefault() {
            if (size == nulls.length) nulls = Arrays.copyOf(nulls, 2 * size);
            nulls[size++] = 1;
            inner.appendDefault();
        }

        @Override int size() { return size; }

        @Override
        Column finish() {
            Column c = new NullableColumn(type, inner.finish(), Arrays.copyOf(nulls, size));
            size = 0;
            return c;
        }
    }

    /** Array(T): VarUInt element count, then the elements. */
    private static class Array extends RowBinaryDecoder {
        private final RowBinaryDecoder element;
        private final long maxSize;
        private int[] offsets = new int[INITIAL + 1];
        private int size;

        Array(DataType type, RowBinaryDecoder element, Limits limits) {
            super(type);
            this.element = element;
            this.maxSize = limits.maxArraySize();
        }

        @Override
        void read(ReadBuffer in) {
            long n = in.readVarUInt();
            if (n < 0 || (maxSize > 0 && n > maxSize)) {
                throw new DbException(ErrorCode.TOO_LARGE_ARRAY_SIZE, "Too large array size: " + Long.toUnsignedString(n)
                        + ". The maximum is: " + maxSize + ". To increase the maximum, use setting format_binary_max_array_size");
            }
            long end = offsets[size] + n;
            if (end > Integer.MAX_VALUE - 16) throw new DbException(ErrorCode.TOO_LARGE_ARRAY_SIZE, "Too many array elements in one block");
            if (n > 0 && element instanceof Nothing) {
                // Nothing has no bytes: such a count would be believed without any input behind it
                throw new DbException(ErrorCode.INCORRECT_DATA, "Cannot read a non-empty array of type " + type.name());
            }
            // elements are appended one by one as they are read: a count the input does not back
            // stops at the end of the input, before the arrays grow past what it held
            for (long i = 0; i < n; i++) element.read(in);
            if (size + 1 == offsets.length) offsets = Arrays.copyOf(offsets, 2 * offsets.length);
            offsets[++size] = (int) end;
        }

        @Override
        void appendDefault() {
            if (size + 1 == offsets.length) offsets = Arrays.copyOf(offsets, 2 * offsets.length);
            offsets[size + 1] = offsets[size];
            size++;
        }

        @Override int size() { return size; }

        @Override
        Column finish() {
            return finishArray((ArrayType) type);
        }

        protected final ArrayColumn finishArray(ArrayType arrayType) {
            int n = size;
            int[] o = offsets;
            offsets = new int[Math.max(INITIAL, size) + 1];
            size = 0;
            return new ArrayColumn(arrayType, o, element.finish(), n);
        }
    }

    /** Map(K, V): VarUInt pair count, then key and value of each pair (an Array(Tuple(K, V))). */
    private static final class Map extends Array {
        private final MapType mapType;

        Map(MapType type, Limits limits) {
            super(type, of(type.nested().element(), limits), limits);
            this.mapType = type;
        }

        @Override
        Column finish() {
            return new MapColumn(mapType, finishArray(mapType.nested()));
        }
    }

    /** Tuple: its elements one after another. */
    private static final class Tuple extends RowBinaryDecoder {
        private final RowBinaryDecoder[] elements;
        private int size;

        Tuple(DataType type, RowBinaryDecoder[] elements) {
            super(type);
            this.elements = elements;
        }

        @Override
        void read(ReadBuffer in) {
            for (RowBinaryDecoder e : elements) e.read(in);
            size++;
        }

        @Override
        void appendDefault() {
            for (RowBinaryDecoder e : elements) e.appendDefault();
            size++;
        }

        @Override int size() { return size; }

        @Override
        Column finish() {
            Column[] c = new Column[elements.length];
            for (int i = 0; i < c.length; i++) c[i] = elements[i].finish();
            Column t = new TupleColumn(type, c, size);
            size = 0;
            return t;
        }
    }

    /** LowCardinality(T): values as T, turned into a dictionary-encoded column when the block is done. */
    private static final class LowCardinality extends RowBinaryDecoder {
        private final RowBinaryDecoder inner;

        LowCardinality(LowCardinalityType type, RowBinaryDecoder inner) {
            super(type);
            this.inner = inner;
        }

        @Override void read(ReadBuffer in) { inner.read(in); }
        @Override void appendDefault() { inner.appendDefault(); }
        @Override int size() { return inner.size(); }

        @Override
        Column finish() {
            Column values = inner.finish();
            LowCardinalityColumnBuilder b = new LowCardinalityColumnBuilder((LowCardinalityType) type, values.size());
            for (int i = 0; i < values.size(); i++) b.append(values, i);
            return b.build();
        }
    }
}
