package io.strata.core.type.binary;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.BigColumn;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
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
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
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

/**
 * ClickHouse's Native layout of column data (what follows a column's name and type in a Native
 * block): fixed-width values little-endian, String as VarUInt length + bytes, Nullable as the
 * null map then the values, Array as cumulative UInt64 offsets then the elements, Tuple element
 * by element, Map as Array(Tuple(K, V)), LowCardinality with its keys-version prefix, a
 * dictionary and indexes. MergeTree writes each granule of a column this way, and the Native
 * format and protocol share it. Fixed-width paths are bulk loops over primitive arrays.
 */
public final class NativeSerialization {
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

    /** LowCardinality: keys serialization version "shared dictionaries with additional keys". */
    private static final long LC_KEYS_VERSION = 1;
    private static final long LC_HAS_ADDITIONAL_KEYS = 1L << 9;

    private NativeSerialization() {
    }

    /** Writes rows [from, to) of {@code column} (whose type is {@code type}) in ClickHouse's Native layout. */
    public static void write(DataType type, Column column, int from, int to, WriteBuffer out) {
        if (type.id() == TypeId.LOW_CARDINALITY) {
            writeLowCardinality((LowCardinalityType) type, column, from, to, out);
            return;
        }
        if (column instanceof ConstColumn || column instanceof LowCardinalityColumn) column = column.materialize();
        switch (type.id()) {
            case NULLABLE -> {
                DataType inner = ((NullableType) type).inner();
                if (column instanceof NullableColumn n) {
                    out.write(n.nulls(), from, to - from);
                    write(inner, n.values(), from, to, out);
                } else {
                    for (int i = from; i < to; i++) out.write(0);
                    write(inner, column, from, to, out);
                }
            }
            case ARRAY -> {
                ArrayColumn a = (ArrayColumn) column;
                int base = a.start(from);
                byte[] b = new byte[8 * (to - from)];
                for (int i = from; i < to; i++) LONG.set(b, 8 * (i - from), (long) (a.start(i + 1) - base));
                out.write(b, 0, b.length);
                write(((ArrayType) type).element(), a.elements(), base, a.start(to), out);
            }
            case TUPLE -> {
                TupleColumn t = (TupleColumn) column;
                TupleType tt = (TupleType) type;
                for (int e = 0; e < tt.elements().size(); e++) write(tt.elements().get(e), t.element(e), from, to, out);
            }
            case MAP -> write(((MapType) type).nested(), ((MapColumn) column).nested(), from, to, out);
            case NOTHING -> {
                for (int i = from; i < to; i++) out.write(0);
            }
            default -> writeScalar(type, column, from, to, out);
        }
    }

    private static void writeScalar(DataType type, Column column, int from, int to, WriteBuffer out) {
        int n = to - from;
        switch (column) {
            case LongColumn l -> {
                long[] v = l.values();
                int w = type.fixedWidth();
                byte[] b = new byte[n * w];
                switch (w) {
                    case 1 -> {
                        for (int i = 0; i < n; i++) b[i] = (byte) v[from + i];
                    }
                    case 2 -> {
                        for (int i = 0; i < n; i++) SHORT.set(b, 2 * i, (short) v[from + i]);
                    }
                    case 4 -> {
                        for (int i = 0; i < n; i++) INT.set(b, 4 * i, (int) v[from + i]);
                    }
                    case 8 -> {
                        for (int i = 0; i < n; i++) LONG.set(b, 8 * i, v[from + i]);
                    }
                    default -> throw unsupported(type);
                }
                out.write(b, 0, b.length);
            }
            case DoubleColumn d -> {
                double[] v = d.values();
                if (type.id() == TypeId.FLOAT32) {
                    byte[] b = new byte[4 * n];
                    for (int i = 0; i < n; i++) INT.set(b, 4 * i, Float.floatToRawIntBits((float) v[from + i]));
                    out.write(b, 0, b.length);
                } else {
                    byte[] b = new byte[8 * n];
                    for (int i = 0; i < n; i++) LONG.set(b, 8 * i, Double.doubleToRawLongBits(v[from + i]));
                    out.write(b, 0, b.length);
                }
            }
            case StringColumn s -> {
                byte[] bytes = s.bytes();
                int fixed = type.id() == TypeId.STRING ? -1 : type.fixedWidth();
                if (type.id() == TypeId.UUID) {
                    byte[] b = new byte[16 * n];
                    for (int i = 0; i < n; i++) {
                        int st = s.start(from + i);
                        // ClickHouse keeps a UUID as two little-endian UInt64 halves
                        for (int k = 0; k < 8; k++) {
                            b[16 * i + k] = bytes[st + 7 - k];
                            b[16 * i + 8 + k] = bytes[st + 15 - k];
                        }
                    }
                    out.write(b, 0, b.length);
                } else if (fixed > 0) {
                    for (int i = from; i < to; i++) {
                        int len = s.length(i);
                        out.write(bytes, s.start(i), Math.min(len, fixed));
                        for (int k = len; k < fixed; k++) out.write(0);
                    }
                } else {
                    for (int i = from; i < to; i++) {
                        int len = s.length(i);
                        writeVarUInt(out, len);
                        out.write(bytes, s.start(i), len);
                    }
                }
            }
            case BigColumn g -> {
                int w = type.fixedWidth();
                if (w <= 0) w = type.id() == TypeId.INT256 || type.id() == TypeId.UINT256 ? 32 : 16;
                byte[] b = new byte[w * n];
                for (int i = 0; i < n; i++) {
                    BigInteger x = g.get(from + i);
                    byte[] be = x.toByteArray();
                    byte fill = (byte) (x.signum() < 0 ? 0xFF : 0);
                    for (int k = 0; k < w; k++) {
                        int src = be.length - 1 - k;
                        b[w * i + k] = src >= 0 ? be[src] : fill;
                    }
                }
                out.write(b, 0, b.length);
            }
            case NothingColumn x -> {
                for (int i = 0; i < n; i++) out.write(0);
            }
            default -> throw unsupported(type);
        }
    }

    private static void writeLowCardinality(LowCardinalityType type, Column column, int from, int to, WriteBuffer out) {
        writeInt64(out, LC_KEYS_VERSION);
        LowCardinalityColumn lc;
        if (column instanceof LowCardinalityColumn l) {
            lc = l;
        } else {
            ColumnBuilder b = type.createBuilder(to - from);
            for (int i = from; i < to; i++) b.append(column, i);
            lc = (LowCardinalityColumn) b.build();
            from = 0;
            to = lc.size();
        }
        // a dictionary of just the keys these rows use (entry 0 stays the default / NULL)
        int[] indexes = lc.indexes();
        int[] remap = new int[lc.dictionary().size()];
        java.util.Arrays.fill(remap, -1);
        remap[0] = 0;
        int[] used = new int[Math.max(1, Math.min(remap.length, to - from + 1))];
        int count = 1;
        int[] keys = new int[to - from];
        for (int i = from; i < to; i++) {
            int ix = indexes[i];
            if (remap[ix] < 0) {
                if (count == used.length) used = java.util.Arrays.copyOf(used, used.length * 2);
                used[count] = ix;
                remap[ix] = count++;
            }
            keys[i - from] = remap[ix];
        }
        used[0] = 0;
        int width = count <= 0x100 ? 0 : count <= 0x10000 ? 1 : 2;
        writeInt64(out, width | LC_HAS_ADDITIONAL_KEYS);
        DataType dictType = type.inner().isNullable() ? ((NullableType) type.inner()).inner() : type.inner();
        Column dict = lc.dictionary().take(java.util.Arrays.copyOf(used, count), count);
        if (dict instanceof NullableColumn nc) dict = nc.values();
        writeInt64(out, count);
        write(dictType, dict, 0, count, out);
        writeInt64(out, to - from);
        int n = to - from;
        byte[] b = new byte[n << width];
        for (int i = 0; i < n; i++) {
            switch (width) {
                case 0 -> b[i] = (byte) keys[i];
                case 1 -> SHORT.set(b, 2 * i, (short) keys[i]);
                default -> INT.set(b, 4 * i, keys[i]);
            }
        }
        out.write(b, 0, b.length);
    }

    // -------------------------------------------------------------------------------------

    /** Reads {@code rows} rows of {@code type} written by {@link #write}. */
    public static Column read(DataType type, ReadBuffer in, int rows) {
        switch (type.id()) {
            case NULLABLE -> {
                byte[] nulls = readBytes(in, rows);
                Column values = read(((NullableType) type).inner(), in, rows);
                return new NullableColumn(type, values, nulls);
            }
            case ARRAY -> {
                byte[] b = readBytes(in, 8 * rows);
                int[] offsets = new int[rows + 1];
                for (int i = 0; i < rows; i++) {
                    long o = (long) LONG.get(b, 8 * i);
                    if (o < offsets[i] || o > Integer.MAX_VALUE) throw corrupted("array offsets");
                    offsets[i + 1] = (int) o;
                }
                Column elements = read(((ArrayType) type).element(), in, offsets[rows]);
                return new ArrayColumn(type, offsets, elements, rows);
            }
            case TUPLE -> {
                TupleType tt = (TupleType) type;
                Column[] e = new Column[tt.elements().size()];
                for (int i = 0; i < e.length; i++) e[i] = read(tt.elements().get(i), in, rows);
                return new TupleColumn(type, e, rows);
            }
            case MAP -> {
                ArrayColumn nested = (ArrayColumn) read(((MapType) type).nested(), in, rows);
                return new MapColumn(type, nested);
            }
            case LOW_CARDINALITY -> {
                return readLowCardinality((LowCardinalityType) type, in, rows);
            }
            case NOTHING -> {
                readBytes(in, rows);
                return type.defaultColumn(rows);
            }
            default -> {
                return readScalar(type, in, rows);
            }
        }
    }

    private static Column readScalar(DataType type, ReadBuffer in, int rows) {
        switch (type.physicalKind()) {
            case LONG -> {
                int w = type.fixedWidth();
                byte[] b = readBytes(in, w * rows);
                long[] v = new long[rows];
                boolean signed = isSigned(type);
                switch (w) {
                    case 1 -> {
                        if (signed) for (int i = 0; i < rows; i++) v[i] = b[i];
                        else for (int i = 0; i < rows; i++) v[i] = b[i] & 0xFFL;
                    }
                    case 2 -> {
                        if (signed) for (int i = 0; i < rows; i++) v[i] = (short) SHORT.get(b, 2 * i);
                        else for (int i = 0; i < rows; i++) v[i] = ((short) SHORT.get(b, 2 * i)) & 0xFFFFL;
                    }
                    case 4 -> {
                        if (signed) for (int i = 0; i < rows; i++) v[i] = (int) INT.get(b, 4 * i);
                        else for (int i = 0; i < rows; i++) v[i] = ((int) INT.get(b, 4 * i)) & 0xFFFFFFFFL;
                    }
                    case 8 -> {
                        for (int i = 0; i < rows; i++) v[i] = (long) LONG.get(b, 8 * i);
                    }
                    default -> throw unsupported(type);
                }
                return new LongColumn(type, v, rows);
            }
            case DOUBLE -> {
                double[] v = new double[rows];
                if (type.id() == TypeId.FLOAT32) {
                    byte[] b = readBytes(in, 4 * rows);
                    for (int i = 0; i < rows; i++) v[i] = Float.intBitsToFloat((int) INT.get(b, 4 * i));
                } else {
                    byte[] b = readBytes(in, 8 * rows);
                    for (int i = 0; i < rows; i++) v[i] = Double.longBitsToDouble((long) LONG.get(b, 8 * i));
                }
                return new DoubleColumn(type, v, rows);
            }
            case BYTES -> {
                if (type.id() == TypeId.STRING) return readStrings(type, in, rows);
                int w = type.fixedWidth();
                byte[] b = readBytes(in, w * rows);
                int[] offsets = new int[rows + 1];
                for (int i = 0; i <= rows; i++) offsets[i] = i * w;
                if (type.id() == TypeId.UUID) {
                    byte[] t = new byte[b.length];
                    for (int i = 0; i < rows; i++) {
                        for (int k = 0; k < 8; k++) {
                            t[16 * i + k] = b[16 * i + 7 - k];
                            t[16 * i + 8 + k] = b[16 * i + 15 - k];
                        }
                    }
                    b = t;
                }
                return new StringColumn(type, b, offsets, rows);
            }
            case BIG -> {
                int w = type.fixedWidth();
                if (w <= 0) w = type.id() == TypeId.INT256 || type.id() == TypeId.UINT256 ? 32 : 16;
                byte[] b = readBytes(in, w * rows);
                boolean signed = type.id() != TypeId.UINT128 && type.id() != TypeId.UINT256;
                BigInteger[] v = new BigInteger[rows];
                byte[] be = new byte[w];
                for (int i = 0; i < rows; i++) {
                    for (int k = 0; k < w; k++) be[k] = b[w * i + w - 1 - k];
                    v[i] = signed ? new BigInteger(be) : new BigInteger(1, be);
                }
                return new BigColumn(type, v, rows);
            }
            default -> throw unsupported(type);
        }
    }

    private static Column readStrings(DataType type, ReadBuffer in, int rows) {
        int[] offsets = new int[rows + 1];
        byte[] bytes = new byte[Math.max(16, rows * 8)];
        int size = 0;
        for (int i = 0; i < rows; i++) {
            long len = readVarUInt(in);
            if (len > Integer.MAX_VALUE - size) throw corrupted("string length " + len);
            int l = (int) len;
            if (size + l > bytes.length) bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + l));
            if (in.read(bytes, size, l) != l) throw truncated();
            size += l;
            offsets[i + 1] = size;
        }
        return new StringColumn(type, bytes, offsets, rows);
    }

    private static Column readLowCardinality(LowCardinalityType type, ReadBuffer in, int rows) {
        if (readInt64(in) != LC_KEYS_VERSION) throw corrupted("LowCardinality keys version");
        long flags = readInt64(in);
        int width = (int) (flags & 0xFF);
        long dictSize = readInt64(in);
        if (dictSize > Integer.MAX_VALUE || dictSize < 0) throw corrupted("LowCardinality dictionary size");
        DataType dictType = type.inner().isNullable() ? ((NullableType) type.inner()).inner() : type.inner();
        Column dict = read(dictType, in, (int) dictSize);
        if (type.inner().isNullable()) {
            byte[] nulls = new byte[(int) dictSize];
            if (dictSize > 0) nulls[0] = 1;
            dict = new NullableColumn(type.inner(), dict, nulls);
        }
        long n = readInt64(in);
        if (n != rows) throw corrupted("LowCardinality row count " + n + ", expected " + rows);
        byte[] b = readBytes(in, rows << width);
        int[] indexes = new int[rows];
        for (int i = 0; i < rows; i++) {
            int ix = switch (width) {
                case 0 -> b[i] & 0xFF;
                case 1 -> ((short) SHORT.get(b, 2 * i)) & 0xFFFF;
                case 2 -> (int) INT.get(b, 4 * i);
                default -> throw corrupted("LowCardinality key width");
            };
            if (ix < 0 || ix >= dictSize) throw corrupted("LowCardinality index");
            indexes[i] = ix;
        }
        return new LowCardinalityColumn(type, dict, indexes, rows);
    }

    private static boolean isSigned(DataType t) {
        return switch (t.id()) {
            case INT8, INT16, INT32, INT64, ENUM8, ENUM16, DATE32, DECIMAL, DATETIME64 -> true;
            default -> false;
        };
    }

    // -------------------------------------------------------------------------------------

    public static void writeVarUInt(WriteBuffer out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    public static long readVarUInt(ReadBuffer in) {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.read();
            if (b < 0) throw truncated();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
        return v;
    }

    public static void writeInt64(WriteBuffer out, long v) {
        byte[] b = new byte[8];
        LONG.set(b, 0, v);
        out.write(b, 0, 8);
    }

    public static long readInt64(ReadBuffer in) {
        return (long) LONG.get(readBytes(in, 8), 0);
    }

    private static byte[] readBytes(ReadBuffer in, int n) {
        byte[] b = new byte[n];
        if (in.read(b, 0, n) != n) throw truncated();
        return b;
    }

    private static DbException truncated() {
        return new DbException(ErrorCode.CANNOT_READ_ALL_DATA, "Cannot read all data in Native format");
    }

    private static DbException corrupted(String what) {
        return new DbException(ErrorCode.INCORRECT_DATA, "Corrupted Native data: bad " + what);
    }

    private static DbException unsupported(DataType type) {
        return new DbException(ErrorCode.NOT_IMPLEMENTED, "Native serialization of type " + type.name() + " is not supported");
    }
}
