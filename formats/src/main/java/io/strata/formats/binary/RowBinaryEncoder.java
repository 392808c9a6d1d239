package io.strata.formats.binary;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.BigColumn;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.column.MapColumn;
import io.strata.core.column.NothingColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.column.TupleColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
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
 * Writes the values of one column in ClickHouse's RowBinary layout, a column at a time. RowBinary
 * interleaves the columns row by row, so the writer first asks every column for the encoded size
 * of each row of a batch ({@link #addSizes}), turns the sizes into each row's start in the output
 * array, and then lets each column in turn put its value of every row at that row's cursor and
 * advance it ({@link #write}). Each encoder thus runs one tight loop over its primitive array per
 * batch instead of a virtual call per value, and nothing is allocated per value.
 *
 * <p>Value layout (ClickHouse's {@code serializeBinary}): fixed-width values little-endian at the
 * type's width (integers, Bool, Date as UInt16, Date32 as Int32, DateTime as UInt32, DateTime64 as
 * Int64, Enum8/16, IPv4 as UInt32, Decimal and (U)Int128/256 as two's-complement integers, Float32/
 * 64 as IEEE bits); UUID as two little-endian UInt64 halves; FixedString and IPv6 raw; String as
 * VarUInt length + bytes; Nullable as a UInt8 flag (1 = NULL) followed by the value when not NULL;
 * Array as VarUInt count + elements; Tuple as its elements; Map as VarUInt count + key/value pairs;
 * LowCardinality as its inner type. AggregateFunction states are written as String values (length +
 * state), as in our Native layout (see NativeSerialization).
 */
abstract class RowBinaryEncoder {
    static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    /** The encoded size of every value when it is the same for all (fixed-width types), else -1. */
    int fixedSize() {
        return -1;
    }

    /** Adds the encoded size of each selected row: {@code sizes[k] += size(rows.row(k))}. */
    abstract void addSizes(RowSelection rows, int[] sizes);

    /** Puts the value of each selected row at {@code buf[cursor[k]]} and advances {@code cursor[k]} past it. */
    abstract void write(RowSelection rows, byte[] buf, int[] cursor);

    /** The encoder of {@code column}, whose values have type {@code type}. */
    static RowBinaryEncoder of(DataType type, Column column) {
        if (column instanceof ConstColumn c) return new Mapped(of(type, c.value()), null);
        if (column instanceof LowCardinalityColumn lc) {
            DataType inner = type instanceof LowCardinalityType lt ? lt.inner() : type;
            return new Mapped(of(inner, lc.dictionary()), lc.indexes());
        }
        switch (type.id()) {
            case LOW_CARDINALITY -> {
                return of(((LowCardinalityType) type).inner(), column);
            }
            case NULLABLE -> {
                DataType inner = ((NullableType) type).inner();
                return switch (column) {
                    case NullableColumn n -> new Nullable(n.nulls(), of(inner, n.values()));
                    case NothingColumn n -> new AllNull();
                    default -> new Nullable(null, of(inner, column));
                };
            }
            case ARRAY -> {
                ArrayColumn a = cast(ArrayColumn.class, column, type);
                return new Array(a.offsets(), of(((ArrayType) type).element(), a.elements()));
            }
            case MAP -> {
                ArrayColumn nested = cast(MapColumn.class, column, type).nested();
                return new Array(nested.offsets(), of(((MapType) type).nested().element(), nested.elements()));
            }
            case TUPLE -> {
                TupleType tt = (TupleType) type;
                TupleColumn t = cast(TupleColumn.class, column, type);
                RowBinaryEncoder[] elements = new RowBinaryEncoder[tt.elements().size()];
                for (int i = 0; i < elements.length; i++) elements[i] = of(tt.elements().get(i), t.element(i));
                return new Tuple(elements);
            }
            case NOTHING -> {
                // only inside Nullable or an empty Array, where no value is ever written
                return new Fixed0();
            }
            default -> {
                return scalar(type, column);
            }
        }
    }

    private static RowBinaryEncoder scalar(DataType type, Column column) {
        return switch (type.physicalKind()) {
            case LONG -> {
                long[] v = cast(LongColumn.class, column, type).values();
                yield switch (type.fixedWidth()) {
                    case 1 -> new Int8(v);
                    case 2 -> new Int16(v);
                    case 4 -> new Int32(v);
                    case 8 -> new Int64(v);
                    default -> throw unsupported(type);
                };
            }
            case DOUBLE -> {
                double[] v = cast(DoubleColumn.class, column, type).values();
                yield type.id() == TypeId.FLOAT32 ? new Float32(v) : new Float64(v);
            }
            case BYTES -> {
                StringColumn s = cast(StringColumn.class, column, type);
                yield switch (type.id()) {
                    case UUID -> new Uuid(s);
                    case FIXED_STRING, IPV6 -> new FixedBytes(s, type.fixedWidth());
                    default -> new Strings(s);
                };
            }
            case BIG -> new Big(cast(BigColumn.class, column, type), type.fixedWidth());
            default -> throw unsupported(type);
        };
    }

    // ---- small helpers -----------------------------------------------------------------------

    static int varUIntSize(long v) {
        int n = 1;
        while ((v & ~0x7FL) != 0) {
            v >>>= 7;
            n++;
        }
        return n;
    }

    /** Puts {@code v} as a VarUInt (LEB128) at {@code b[p]}; returns the position after it. */
    static int putVarUInt(byte[] b, int p, long v) {
        while ((v & ~0x7FL) != 0) {
            b[p++] = (byte) (v | 0x80);
            v >>>= 7;
        }
        b[p++] = (byte) v;
        return p;
    }

    private static int[] grow(int[] a, int n) {
        return a.length >= n ? a : new int[Math.max(n, 2 * a.length)];
    }

    private static <C extends Column> C cast(Class<C> kind, Column column, DataType type) {
        if (kind.isInstance(column)) return kind.cast(column);
        throw new DbException(ErrorCode.LOGICAL_ERROR, "Cannot write a " + column.getClass().getSimpleName() + " of type "
                + column.type() + " as " + type + " in RowBinary format");
    }

    private static DbException unsupported(DataType type) {
        return new DbException(ErrorCode.NOT_IMPLEMENTED, "RowBinary serialization of type " + type.name() + " is not supported");
    }

    // ---- fixed-width values ------------------------------------------------------------------

    /** Base of the encoders whose values all have the same size: sizes add up without a loop over values. */
    private abstract static class FixedWidth extends RowBinaryEncoder {
        private final int width;

        FixedWidth(int width) {
            this.width = width;
        }

        @Override
        final int fixedSize() {
            return width;
        }

        @Override
        final void addSizes(RowSelection rows, int[] sizes) {
            for (int k = 0; k < rows.count; k++) sizes[k] += width;
        }
    }

    /** Nothing: no bytes (it never has a value of its own). */
    private static final class Fixed0 extends FixedWidth {
        Fixed0() {
            super(0);
        }

        @Override
        void write(RowSelection rows, byte[] buf, int[] cursor) {
        }
    }

    private static final class Int8 extends FixedWidth {
        private final long[] v;

        Int8(long[] v) {
            super(1);
            this.v = v;
        }

        @Override
        void write(RowSelection rows, byte[] buf, int[] cursor) {
            int n = rows.count;
            if (rows.contiguous()) {
                int s = rows.start;
                for (int k = 0; k < n; k++) buf[cursor[k]++] = (byte) v[s + k];
            } else {
                int[] ix = rows.index;
                for (int k = 0; k < n; k++) buf[cursor[k]++] = (byte) v[ix[k]];
            }
        }
    }

    private static final class Int16 extends FixedWidth {
        private final long[] v;

        Int16(long[] v) {
            super(2);
            this.v = v;
        }

        @Override
        void write(RowSelection rows, byte[] buf, int[] cursor) {
            int n = rows.count;
            if (rows.contiguous()) {
                int s = rows.start;
                for (int k = 0; k < n; k++) {
                    SHORT_LE.set(buf, cursor[k], (short) v[s + k]);
                    cursor[k] += 2;
                }
            } else {
                int[] ix = rows.index;
                for (int k = 0; k < n; k++) {
                    SHORT_LE.set(buf, cursor[k], (short) v[ix[k]]);
                    cursor[k] += 2;
                }
            }
        }
    }

    private static final class Int32 extends FixedWidth {
        private final long[] v;

        Int32(long[] v) {
            super(4);
            this.v = v;
        }

        @Override
        void write(RowSelection rows, byte[] buf, int[] cursor) {
            int n = rows.count;
            if (rows.contiguous()) {
                int s = rows.start;
                for (int k = 0; k < n; k++) {
                    INT_LE.set(buf, cursor[k], (int) v[s + k]);
                    cursor[k] += 4;
                }
            } else {
                int[] ix = rows.index;
                for (int k = 0; k < n; k++) {
                    INT_LE.set(buf, cursor[k], (int) v[ix[k]]);
                    cursor[k] += 4;
                }
            }
        }
    }

    private static final class Int64 extends FixedWidth {
        private final long[] v;

        Int64(long[] v) {
            super(8);
            this.v = v;
        }

        @Override
        void write(RowSelection rows, byte[] buf, int[] cursor) {
            int n = rows.count;
            if (rows.contiguous()) {
                int s = rows.start;
                for (int k = 0; k < n; k++) {
                    LONG_LE.set(buf, cursor[k], v[s + k]);
                    cursor[k] += 8;
                }
            } else {
                int[] ix = rows.index;
                for (int k = 0; k < n; k++) {
                    LONG_LE.set(buf, cursor[k], v[ix[k]]);
                    cursor[k] += 8;
                }
            }
        }
    }

    private static final class Float32 extends FixedWidth {
        private final double[] v;

        Float32(double[] v) {
            super(4);
            this.v = v;
        }

        @Override
        void write(RowSelection rows, byte[] buf, int[] cursor) {
            for (int k = 0; k < rows.count; k++) {
                INT_LE.set(buf, cursor[k], Float.floatToRawIntBits((float) v[rows.row(k)]));
                cursor[k] += 4;
            }
        }
    }

    private static final class Float64 extends FixedWidth {
        private final double[] v;

        Float64(double[] v) {
            super(8);
            this.v = v;
        }

        @Override
        void write(RowSelection rows, byte[] buf, int[] cursor) {
            for (int k = 0; k < rows.count; k++) {
                LONG_LE.set(buf, cursor[k], Double.doubleToRawLongBits(v[rows.row(k)]));
                cursor[k] += 8;
            }
        }
    }

    /** UUID: Strata holds the 16 big-endian bytes; ClickHouse writes two little-endian UInt64 halves. */
    private static final class Uuid extends FixedWidth {
        private final byte[] bytes;
        private final int[] offsets;

        Uuid(StringColumn s) {
            super(16);
            this.bytes = s.bytes();
            this.offsets = s.offsets();
        }

        @Override
        void write(RowSelection rows, byte[] buf, int[] cursor) {
            for (int k = 0; k < rows.count; k++) {
                int r = rows.row(k);
                int st = offsets[r];
                if (offsets[r + 1] - st != 16) throw new DbException(ErrorCode.LOGICAL_ERROR, "UUID value is not 16 bytes");
                int p = cursor[k];
                LONG_LE.set(buf, p, (long) LONG_BE.get(bytes, st));
                LONG_LE.set(buf, p + 8, (long) LONG_BE.get(bytes, st + 8));
                cursor[k] = p + 16;
            }
        }
    }

    /** FixedString(N) and IPv6: the raw bytes, a shorter value padded with zero bytes. */
    private static final class FixedBytes extends FixedWidth {
        private final byte[] bytes;
        private final int[] offsets;
        private final int width;

        FixedBytes(StringColumn s, int width) {
            super(width);
            this.bytes = s.bytes();
            this.offsets = s.offsets();
            this.width = width;
        }

        @Override
        void write(RowSelection rows, byte[] buf, int[] cursor) {
            for (int k = 0; k < rows.count; k++) {
                int r = rows.row(k);
                int st = offsets[r];
                int len = Math.min(offsets[r + 1] - st, width);
                int p = cursor[k];
                System.arraycopy(bytes, st, buf, p, len);
                if (len < width) Arrays.fill(buf, p + len, p + width, (byte) 0);
                cursor[k] = p + width;
            }
        }
    }

    /** Int128/256, UInt128/256 and wide Decimals: little-endian two's complement at the type's width. */
    private static final class Big extends FixedWidth {
        private final BigColumn column;
        private final int width;

        Big(BigColumn column, int width) {
            super(width);
            this.column = column;
            this.width = width;
        }

        @Override
        void write(RowSelection rows, byte[] buf, int[] cursor) {
            for (int k = 0; k < rows.count; k++) {
                BigInteger x = column.get(rows.row(k));
                int p = cursor[k];
                if (x.bitLength() < 64) {
                    long v = x.longValue();
                    LONG_LE.set(buf, p, v);
                    Arrays.fill(buf, p + 8, p + width, (byte) (v >> 63));
                } else {
                    byte[] be = x.toByteArray();
                    byte fill = (byte) (x.signum() < 0 ? -1 : 0);
                    for (int i = 0; i < width; i++) {
                        int src = be.length - 1 - i;
                        buf[p + i] = src >= 0 ? be[src] : fill;
                    }
                }
                cursor[k] = p + width;
            }
        }
    }

    // ---- variable-width values ---------------------------------------------------------------

    /** String (and AggregateFunction states): VarUInt length, then the bytes. */
    private static final class Strings extends RowBinaryEncoder {
        private final byte[] bytes;
        private final int[] offsets;

        Strings(StringColumn s) {
            this.bytes = s.bytes();
            this.offsets = s.offsets();
        }

        @Override
        void addSizes(RowSelection rows, int[] sizes) {
            for (int k = 0; k < rows.count; k++) {
                int r = rows.row(k);
                int len = offsets[r + 1] - offsets[r];
                sizes[k] += (len < 0x80 ? 1 : varUIntSize(len)) + len;
            }
        }

        @Override
        void write(RowSelection rows, byte[] buf, int[] cursor) {
            for (int k = 0; k < rows.count; k++) {
                int r = rows.row(k);
                int st = offsets[r];
                int len = offsets[r + 1] - st;
                int p = cursor[k];
                if (len < 0x80) {
                    buf[p++] = (byte) len;
                    if (len <= 16) {
                        // short strings: a byte loop beats the call into arraycopy
                        for (int i = 0; i < len; i++) buf[p + i] = bytes[st + i];
                    } else {
                        System.arraycopy(bytes, st, buf, p, len);
                    }
                } else {
                    p = putVarUInt(buf, p, len);
                    System.arraycopy(bytes, st, buf, p, len);
                }
                cursor[k] = p + len;
            }
        }
    }

    /** Nullable(T): a flag byte, then the value when it is not NULL. {@code nulls == null}: no row is NULL. */
    private static final class Nullable extends RowBinaryEncoder {
        private final byte[] nulls;
        private final RowBinaryEncoder inner;
        private final RowSelection present = new RowSelection();
        private int[] presentRows = new int[64];
        private int[] presentSlots = new int[64];
        private int[] scratch = new int[64];

        Nullable(byte[] nulls, RowBinaryEncoder inner) {
            this.nulls = nulls;
            this.inner = inner;
        }

        /** Selects the non-NULL rows into {@link #present}; returns false when every row is present (use {@code rows} as is). */
        private boolean selectPresent(RowSelection rows) {
            if (nulls == null) return false;
            int n = rows.count;
            presentRows = grow(presentRows, n);
            presentSlots = grow(presentSlots, n);
            int m = 0;
            for (int k = 0; k < n; k++) {
                int r = rows.row(k);
                if (nulls[r] == 0) {
                    presentRows[m] = r;
                    presentSlots[m++] = k;
                }
            }
            if (m == n) return false;
            present.setIndex(presentRows, m);
            return true;
        }

        @Override
        void addSizes(RowSelection rows, int[] sizes) {
            int n = rows.count;
            for (int k = 0; k < n; k++) sizes[k]++;
            if (!selectPresent(rows)) {
                inner.addSizes(rows, sizes);
                return;
            }
            int m = present.count;
            int w = inner.fixedSize();
            if (w >= 0) {
                for (int j = 0; j < m; j++) sizes[presentSlots[j]] += w;
                return;
            }
            scratch = grow(scratch, m);
            Arrays.fill(scratch, 0, m, 0);
            inner.addSizes(present, scratch);
            for (int j = 0; j < m; j++) sizes[presentSlots[j]] += scratch[j];
        }

        @Override
        void write(RowSelection rows, byte[] buf, int[] cursor) {
            int n = rows.count;
            if (nulls == null) {
                for (int k = 0; k < n; k++) buf[cursor[k]++] = 0;
                inner.write(rows, buf, cursor);
                return;
            }
            for (int k = 0; k < n; k++) buf[cursor[k]++] = nulls[rows.row(k)] != 0 ? (byte) 1 : 0;
            if (!selectPresent(rows)) {
                inner.write(rows, buf, cursor);
                return;
            }
            int m = present.count;
            scratch = grow(scratch, m);
            for (int j = 0; j < m; j++) scratch[j] = cursor[presentSlots[j]];
            inner.write(present, buf, scratch);
            for (int j = 0; j < m; j++) cursor[presentSlots[j]] = scratch[j];
        }
    }

    /** A column of NULLs only (Nullable(Nothing)): the flag byte 1 per row. */
    private static final class AllNull extends FixedWidth {
        AllNull() {
            super(1);
        }

        @Override
        void write(RowSelection rows, byte[] buf, int[] cursor) {
            for (int k = 0; k < rows.count; k++) buf[cursor[k]++] = 1;
        }
    }

    /** Array(T) and Map(K, V) (an array of key/value tuples): VarUInt count, then the elements. */
    private static final class Array extends RowBinaryEncoder {
        private final int[] offsets;
        private final RowBinaryEncoder element;
        private final RowSelection elements = new RowSelection();
        private int[] elementRows = new int[64];
        private int[] elementSizes = new int[64];
        private int[] elementCursors = new int[64];

        Array(int[] offsets, RowBinaryEncoder element) {
            this.offsets = offsets;
            this.element = element;
        }

        /** Selects the elements of the selected rows, in order, into {@link #elements}. */
        private void selectElements(RowSelection rows) {
            if (rows.contiguous()) {
                int first = offsets[rows.start];
                elements.setRange(first, offsets[rows.start + rows.count] - first);
                return;
            }
            long total = 0;
            for (int k = 0; k < rows.count; k++) {
                int r = rows.row(k);
                total += offsets[r + 1] - offsets[r];
            }
            if (total > Integer.MAX_VALUE - 16) throw new DbException(ErrorCode.TOO_LARGE_ARRAY_SIZE, "Too many array elements in one batch");
            elementRows = grow(elementRows, (int) total);
            int m = 0;
            for (int k = 0; k < rows.count; k++) {
                int r = rows.row(k);
                for (int e = offsets[r]; e < offsets[r + 1]; e++) elementRows[m++] = e;
            }
            elements.setIndex(elementRows, m);
        }

        /** The encoded sizes of the selected elements, when they vary. */
        private void elementSizes() {
            int m = elements.count;
            elementSizes = grow(elementSizes, m);
            Arrays.fill(elementSizes, 0, m, 0);
            element.addSizes(elements, elementSizes);
        }

        @Override
        void addSizes(RowSelection rows, int[] sizes) {
            selectElements(rows);
            int w = element.fixedSize();
            if (w < 0) elementSizes();
            int e = 0;
            for (int k = 0; k < rows.count; k++) {
                int r = rows.row(k);
                int len = offsets[r + 1] - offsets[r];
                int size = varUIntSize(len);
                if (w >= 0) {
                    size += len * w;
                } else {
                    for (int j = 0; j < len; j++) size += elementSizes[e++];
                }
                sizes[k] += size;
            }
        }

        @Override
        void write(RowSelection rows, byte[] buf, int[] cursor) {
            selectElements(rows);
            int w = element.fixedSize();
            if (w < 0) elementSizes();
            int m = elements.count;
            elementCursors = grow(elementCursors, m);
            int e = 0;
            for (int k = 0; k < rows.count; k++) {
                int r = rows.row(k);
                int len = offsets[r + 1] - offsets[r];
                int p = putVarUInt(buf, cursor[k], len);
                for (int j = 0; j < len; j++, e++) {
                    elementCursors[e] = p;
                    p += w >= 0 ? w : elementSizes[e];
                }
                cursor[k] = p;
            }
            element.write(elements, buf, elementCursors);
        }
    }

    /** Tuple: the elements one after another; each element encoder advances the shared cursors. */
    private static final class Tuple extends RowBinaryEncoder {
        private final RowBinaryEncoder[] elements;
        private final int fixed;

        Tuple(RowBinaryEncoder[] elements) {
            this.elements = elements;
            int sum = 0;
            for (RowBinaryEncoder e : elements) {
                if (e.fixedSize() < 0) {
                    sum = -1;
                    break;
                }
                sum += e.fixedSize();
            }
            this.fixed = sum;
        }

        @Override
        int fixedSize() {
            return fixed;
        }

        @Override
        void addSizes(RowSelection rows, int[] sizes) {
            for (RowBinaryEncoder e : elements) e.addSizes(rows, sizes);
        }

        @Override
        void write(RowSelection rows, byte[] buf, int[] cursor) {
            for (RowBinaryEncoder e : elements) e.write(rows, buf, cursor);
        }
    }

    /**
     * A column whose rows point into another: LowCardinality (row to dictionary position) and Const
     * (every row to row 0, {@code positions == null}). The inner encoder sees the mapped rows.
     */
    private static final class Mapped extends RowBinaryEncoder {
        private final RowBinaryEncoder inner;
        private final int[] positions;
        private final RowSelection mapped = new RowSelection();
        private int[] mappedRows = new int[64];

        Mapped(RowBinaryEncoder inner, int[] positions) {
            this.inner = inner;
            this.positions = positions;
        }

        @Override
        int fixedSize() {
            return inner.fixedSize();
        }

        private RowSelection map(RowSelection rows) {
            int n = rows.count;
            mappedRows = grow(mappedRows, n);
            if (positions == null) {
                Arrays.fill(mappedRows, 0, n, 0);
            } else {
                for (int k = 0; k < n; k++) mappedRows[k] = positions[rows.row(k)];
            }
            mapped.setIndex(mappedRows, n);
            return mapped;
        }

        @Override
        void addSizes(RowSelection rows, int[] sizes) {
            inner.addSizes(map(rows), sizes);
        }

        @Override
        void write(RowSelection rows, byte[] buf, int[] cursor) {
            inner.write(map(rows), buf, cursor);
        }
    }
}
