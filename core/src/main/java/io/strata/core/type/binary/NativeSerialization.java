package io.strata.core.type.binary;

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
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
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
 * ClickHouse's Native layout of column data: the bytes that follow a column's name and type in a
 * Native block. MergeTree writes each granule of a column this way (and its primary index and
 * min-max values); the Native format and the native protocol share it, so the bytes must be
 * exactly ClickHouse's.
 *
 * <ul>
 * <li>Fixed-width values little-endian at the type's width: integers, Bool (UInt8), Date (UInt16),
 * Date32 (Int32), DateTime (UInt32), DateTime64 (Int64), Enum8/16, IPv4 (UInt32), Decimal32/64/
 * 128/256 and (U)Int128/256 as two's-complement integers, Float32/64 as IEEE bits, Interval as
 * Int64.</li>
 * <li>UUID: 16 bytes as two little-endian UInt64 halves, the first half of the text form first
 * (so each 8-byte half of the big-endian value is byte-reversed). IPv6 and FixedString(N): their
 * raw N bytes.</li>
 * <li>String: VarUInt (LEB128) length, then the bytes.</li>
 * <li>Nothing: one byte {@code '0'} per row (what ClickHouse writes; readers skip it).</li>
 * <li>Nullable(T): the null map (UInt8 per row, 1 = NULL), then the T values of every row.</li>
 * <li>Array(T): one UInt64 per row, the cumulative element count counted from the first row
 * written, then the elements of those rows.</li>
 * <li>Tuple: each element column in turn. Map(K, V): as Array(Tuple(K, V)).</li>
 * <li>LowCardinality(T): see {@link LowCardinalitySerialization}. Its keys-version word is a
 * serialization-state prefix: ClickHouse writes all prefixes of a column's type tree before any
 * data, so in Array(LowCardinality(String)) the version precedes the array offsets.</li>
 * </ul>
 *
 * <p>AggregateFunction states are written as String values (length + state bytes). ClickHouse
 * writes the states back to back and relies on each function to find a state's end; core cannot
 * see the functions, so the length prefix is what lets MergeTree read them back.
 *
 * <p>Fixed-width paths are bulk loops over the primitive arrays (see the bulk methods of
 * {@link WriteBuffer} and {@link ReadBuffer}); dispatch happens once per column, never per row.
 */
public final class NativeSerialization {
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    /** What ClickHouse writes for each row of a Nothing column. */
    private static final byte NOTHING_BYTE = '0';

    /** Values per piece when an encoder fills the WriteBuffer in place (reserve/advance). */
    private static final int CHUNK_ROWS = 1024;

    /** Bytes per piece when strings are encoded in place: well under a stream-backed buffer's 64 KiB. */
    private static final int CHUNK_BYTES = 1 << 14;

    private NativeSerialization() {
    }

    /** Writes rows [from, to) of {@code column} (whose type is {@code type}) in ClickHouse's Native layout. */
    public static void write(DataType type, Column column, int from, int to, WriteBuffer out) {
        if (from < 0 || to < from || to > column.size()) {
            throw new DbException(ErrorCode.LOGICAL_ERROR, "Rows [" + from + ", " + to + ") are outside a column of "
                    + column.size() + " rows");
        }
        writePrefix(type, out);
        writeData(type, column, from, to, out);
    }

    /** Reads {@code rows} rows of {@code type} written by {@link #write}. */
    public static Column read(DataType type, ReadBuffer in, int rows) {
        if (rows < 0) throw new DbException(ErrorCode.LOGICAL_ERROR, "Negative row count " + rows);
        readPrefix(type, in);
        return readData(type, in, rows);
    }

    /**
     * As {@link #read}, but a String column read out of an array (a MergeTree granule within one
     * decompressed block) keeps its encoding: its values are checked and copied in one piece, and
     * decoded only when something asks for them ({@link StringColumn#encoded}); a Native writer
     * copies them as they are. Any other type, or a stream, reads as {@link #read} does.
     */
    public static Column readKeepingEncoding(DataType type, ReadBuffer in, int rows) {
        return readKeepingEncoding(type, in, rows, false);
    }

    /**
     * As above; with {@code arrayIsImmutable} (the buffer's array is never written again), a
     * column whose encoding is the whole array keeps the array itself instead of a copy.
     */
    public static Column readKeepingEncoding(DataType type, ReadBuffer in, int rows, boolean arrayIsImmutable) {
        if (type.id() != TypeId.STRING || in.hasStream() || rows <= 0) return read(type, in, rows);
        byte[] win = in.buffer();
        int start = in.bufferPos();
        int lim = in.bufferLimit();
        int p = start;
        for (int i = 0; i < rows; i++) {
            if (p >= lim) return read(type, in, rows); // truncated: read() says so in its words
            int len = win[p++];
            if (len < 0) {
                long l = len & 0x7F;
                int shift = 7, x;
                do {
                    if (p >= lim || shift > 63) return read(type, in, rows);
                    x = win[p++];
                    l |= (long) (x & 0x7F) << shift;
                    shift += 7;
                } while (x < 0);
                if (l > lim - p) return read(type, in, rows);
                len = (int) l;
            } else if (len > lim - p) {
                return read(type, in, rows);
            }
            p += len;
        }
        byte[] encoding = arrayIsImmutable && start == 0 && p == win.length ? win : Arrays.copyOfRange(win, start, p);
        in.advance(p - start);
        return StringColumn.encoded(type, encoding, rows);
    }

    // ---- prefixes ----------------------------------------------------------------------------

    /** Writes the serialization-state prefixes of {@code type}'s tree, depth first, as ClickHouse does. */
    static void writePrefix(DataType type, WriteBuffer out) {
        switch (type.id()) {
            case LOW_CARDINALITY -> out.writeInt64(LowCardinalitySerialization.KEYS_VERSION);
            case NULLABLE -> writePrefix(((NullableType) type).inner(), out);
            case ARRAY -> writePrefix(((ArrayType) type).element(), out);
            case MAP -> writePrefix(((MapType) type).nested(), out);
            case TUPLE -> {
                for (DataType e : ((TupleType) type).elements()) writePrefix(e, out);
            }
            default -> {
            }
        }
    }

    static void readPrefix(DataType type, ReadBuffer in) {
        switch (type.id()) {
            case LOW_CARDINALITY -> {
                long version = in.readInt64();
                if (version != LowCardinalitySerialization.KEYS_VERSION) {
                    throw new DbException(ErrorCode.INCORRECT_DATA,
                            "Invalid version for SerializationLowCardinality key column: " + version);
                }
            }
            case NULLABLE -> readPrefix(((NullableType) type).inner(), in);
            case ARRAY -> readPrefix(((ArrayType) type).element(), in);
            case MAP -> readPrefix(((MapType) type).nested(), in);
            case TUPLE -> {
                for (DataType e : ((TupleType) type).elements()) readPrefix(e, in);
            }
            default -> {
            }
        }
    }

    // ---- writing -----------------------------------------------------------------------------

    /** Writes the data of rows [from, to), without prefixes. */
    static void writeData(DataType type, Column column, int from, int to, WriteBuffer out) {
        if (type.id() == TypeId.LOW_CARDINALITY) {
            LowCardinalitySerialization.write((LowCardinalityType) type, column, from, to, out);
            return;
        }
        if (column instanceof ConstColumn || column instanceof LowCardinalityColumn) {
            // expand only the rows being written
            column = column.slice(from, to - from).materialize();
            to -= from;
            from = 0;
        }
        switch (type.id()) {
            case NULLABLE -> writeNullable((NullableType) type, column, from, to, out);
            case ARRAY -> writeArray((ArrayType) type, column, from, to, out);
            case TUPLE -> {
                TupleType tt = (TupleType) type;
                TupleColumn t = cast(TupleColumn.class, column, type);
                for (int e = 0; e < tt.elements().size(); e++) writeData(tt.elements().get(e), t.element(e), from, to, out);
            }
            case MAP -> writeArray(((MapType) type).nested(), cast(MapColumn.class, column, type).nested(), from, to, out);
            case NOTHING -> {
                for (int i = from; i < to; i++) out.write(NOTHING_BYTE);
            }
            default -> writeScalar(type, column, from, to, out);
        }
    }

    private static void writeNullable(NullableType type, Column column, int from, int to, WriteBuffer out) {
        DataType inner = type.inner();
        int n = to - from;
        switch (column) {
            case NullableColumn c -> {
                out.write(c.nulls(), from, n);
                writeData(inner, c.values(), from, to, out);
            }
            case NothingColumn c -> {
                // a bare NULL column: every row NULL over default values
                for (int i = 0; i < n; i++) out.write(1);
                writeData(inner, inner.defaultColumn(n), 0, n, out);
            }
            default -> {
                for (int i = 0; i < n; i++) out.write(0);
                writeData(inner, column, from, to, out);
            }
        }
    }

    private static void writeArray(ArrayType type, Column column, int from, int to, WriteBuffer out) {
        ArrayColumn a = cast(ArrayColumn.class, column, type);
        int[] offsets = a.offsets();
        int base = offsets[from];
        for (int i = from; i < to; ) {
            int k = Math.min(to - i, CHUNK_ROWS);
            byte[] b = out.reserve(8 * k);
            int p = out.size();
            for (int j = 0; j < k; j++) LONG_LE.set(b, p + 8 * j, (long) (offsets[i + j + 1] - base));
            out.advance(8 * k);
            i += k;
        }
        writeData(type.element(), a.elements(), base, offsets[to], out);
    }

    private static void writeScalar(DataType type, Column column, int from, int to, WriteBuffer out) {
        int n = to - from;
        switch (type.physicalKind()) {
            case LONG -> {
                long[] v = cast(LongColumn.class, column, type).values();
                switch (type.fixedWidth()) {
                    case 1 -> out.writeInt8Array(v, from, n);
                    case 2 -> out.writeInt16Array(v, from, n);
                    case 4 -> out.writeInt32Array(v, from, n);
                    case 8 -> out.writeInt64Array(v, from, n);
                    default -> throw unsupported(type);
                }
            }
            case DOUBLE -> {
                double[] v = cast(DoubleColumn.class, column, type).values();
                if (type.id() == TypeId.FLOAT32) out.writeFloat32Array(v, from, n);
                else out.writeFloat64Array(v, from, n);
            }
            case BYTES -> {
                StringColumn s = cast(StringColumn.class, column, type);
                switch (type.id()) {
                    case UUID -> writeUuids(s, from, to, out);
                    case FIXED_STRING, IPV6 -> writeFixed(s, type.fixedWidth(), from, to, out);
                    default -> writeStrings(s, from, to, out);
                }
            }
            case BIG -> writeBig(cast(BigColumn.class, column, type), type.fixedWidth(), from, to, out);
            default -> throw unsupported(type);
        }
    }

    private static void writeStrings(StringColumn s, int from, int to, WriteBuffer out) {
        byte[] encoding = s.nativeEncoding();
        if (encoding != null && from == 0 && to == s.size()) {
            // read in this encoding and never decoded: the bytes as they came
            out.write(encoding, 0, encoding.length);
            return;
        }
        byte[] bytes = s.bytes();
        int[] offsets = s.offsets();
        int wildSource = bytes.length - 16;
        int i = from;
        while (i < to) {
            // encode as many rows as fit one reserved piece straight into the buffer: the rows'
            // bytes and 10 bytes of length each grow with the rows, so a binary search finds them
            int first = i;
            int base = offsets[first];
            int lo = first;
            int hi = to;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if ((long) (offsets[mid] - base) + 10L * (mid - first) <= CHUNK_BYTES) lo = mid;
                else hi = mid - 1;
            }
            i = lo;
            if (i == first) {
                // one string longer than a piece goes through the ordinary writes
                int len = offsets[i + 1] - offsets[i];
                out.writeVarUInt(len);
                out.write(bytes, offsets[i], len);
                i++;
                continue;
            }
            // 16 bytes to spare past the last string: short strings are copied as two longs
            byte[] b = out.reserve((offsets[i] - base) + 10 * (i - first) + 16);
            int start = out.size();
            int p = start;
            int st = base;
            for (int r = first; r < i; r++) {
                int end = offsets[r + 1];
                int len = end - st;
                if (len < 0x80) {
                    b[p++] = (byte) len;
                } else {
                    int v = len;
                    while ((v & ~0x7F) != 0) {
                        b[p++] = (byte) (v | 0x80);
                        v >>>= 7;
                    }
                    b[p++] = (byte) v;
                }
                if (len <= 16 && st <= wildSource) {
                    LONG_LE.set(b, p, (long) LONG_LE.get(bytes, st));
                    LONG_LE.set(b, p + 8, (long) LONG_LE.get(bytes, st + 8));
                } else {
                    System.arraycopy(bytes, st, b, p, len);
                }
                p += len;
                st = end;
            }
            out.advance(p - start);
        }
    }

    private static void writeFixed(StringColumn s, int width, int from, int to, WriteBuffer out) {
        byte[] bytes = s.bytes();
        int[] offsets = s.offsets();
        boolean exact = true;
        for (int i = from; i < to && exact; i++) exact = offsets[i + 1] - offsets[i] == width;
        if (exact) {
            // the usual case: values are packed at the fixed width, so the range is one copy
            out.write(bytes, offsets[from], (to - from) * width);
            return;
        }
        for (int i = from; i < to; i++) {
            int len = Math.min(offsets[i + 1] - offsets[i], width);
            out.write(bytes, offsets[i], len);
            for (int k = len; k < width; k++) out.write(0);
        }
    }

    private static void writeUuids(StringColumn s, int from, int to, WriteBuffer out) {
        byte[] bytes = s.bytes();
        int[] offsets = s.offsets();
        for (int i = from; i < to; ) {
            int k = Math.min(to - i, CHUNK_ROWS);
            byte[] b = out.reserve(16 * k);
            int p = out.size();
            for (int j = 0; j < k; j++, p += 16) {
                int st = offsets[i + j];
                if (offsets[i + j + 1] - st != 16) throw new DbException(ErrorCode.LOGICAL_ERROR, "UUID value is not 16 bytes");
                // each big-endian half becomes a little-endian UInt64
                LONG_LE.set(b, p, (long) LONG_BE.get(bytes, st));
                LONG_LE.set(b, p + 8, (long) LONG_BE.get(bytes, st + 8));
            }
            out.advance(16 * k);
            i += k;
        }
    }

    private static void writeBig(BigColumn c, int width, int from, int to, WriteBuffer out) {
        for (int i = from; i < to; ) {
            int k = Math.min(to - i, CHUNK_ROWS);
            byte[] b = out.reserve(width * k);
            int p = out.size();
            for (int j = 0; j < k; j++, p += width) putBig(c.get(i + j), b, p, width);
            out.advance(width * k);
            i += k;
        }
    }

    /** Puts {@code x} as a {@code width}-byte little-endian two's-complement integer. */
    private static void putBig(BigInteger x, byte[] b, int p, int width) {
        if (x.bitLength() < 64) {
            long v = x.longValue();
            LONG_LE.set(b, p, v);
            Arrays.fill(b, p + 8, p + width, (byte) (v >> 63));
            return;
        }
        byte[] be = x.toByteArray();
        byte fill = (byte) (x.signum() < 0 ? -1 : 0);
        for (int k = 0; k < width; k++) {
            int src = be.length - 1 - k;
            b[p + k] = src >= 0 ? be[src] : fill;
        }
    }

    // ---- reading -----------------------------------------------------------------------------

    /** Reads the data of {@code rows} rows, after the prefixes. */
    static Column readData(DataType type, ReadBuffer in, int rows) {
        switch (type.id()) {
            case NULLABLE -> {
                byte[] nulls = new byte[rows];
                in.readFully(nulls, 0, rows);
                Column values = readData(((NullableType) type).inner(), in, rows);
                return new NullableColumn(type, values, nulls);
            }
            case ARRAY -> {
                return readArray((ArrayType) type, in, rows);
            }
            case TUPLE -> {
                TupleType tt = (TupleType) type;
                Column[] e = new Column[tt.elements().size()];
                for (int i = 0; i < e.length; i++) e[i] = readData(tt.elements().get(i), in, rows);
                return new TupleColumn(type, e, rows);
            }
            case MAP -> {
                return new MapColumn(type, readArray(((MapType) type).nested(), in, rows));
            }
            case LOW_CARDINALITY -> {
                return LowCardinalitySerialization.read((LowCardinalityType) type, in, rows);
            }
            case NOTHING -> {
                in.skipFully(rows);
                return new NothingColumn(rows);
            }
            default -> {
                return readScalar(type, in, rows);
            }
        }
    }

    private static ArrayColumn readArray(ArrayType type, ReadBuffer in, int rows) {
        long[] raw = new long[rows];
        in.readInt64Array(raw, 0, rows);
        int[] offsets = new int[rows + 1];
        long prev = 0;
        for (int i = 0; i < rows; i++) {
            long o = raw[i];
            // unsigned compare: a corrupt offset far above 2^63 must not pass as negative
            if (Long.compareUnsigned(o, prev) < 0 || Long.compareUnsigned(o, Integer.MAX_VALUE - 16) > 0) {
                throw corrupted("array offsets (" + Long.toUnsignedString(o) + " after " + prev + ")");
            }
            offsets[i + 1] = (int) o;
            prev = o;
        }
        Column elements = readData(type.element(), in, offsets[rows]);
        return new ArrayColumn(type, offsets, elements, rows);
    }

    private static Column readScalar(DataType type, ReadBuffer in, int rows) {
        switch (type.physicalKind()) {
            case LONG -> {
                long[] v = new long[rows];
                boolean signed = isSigned(type);
                switch (type.fixedWidth()) {
                    case 1 -> in.readInt8Array(v, 0, rows, signed);
                    case 2 -> in.readInt16Array(v, 0, rows, signed);
                    case 4 -> in.readInt32Array(v, 0, rows, signed);
                    case 8 -> in.readInt64Array(v, 0, rows);
                    default -> throw unsupported(type);
                }
                return new LongColumn(type, v, rows);
            }
            case DOUBLE -> {
                double[] v = new double[rows];
                if (type.id() == TypeId.FLOAT32) in.readFloat32Array(v, 0, rows);
                else in.readFloat64Array(v, 0, rows);
                return new DoubleColumn(type, v, rows);
            }
            case BYTES -> {
                return switch (type.id()) {
                    case UUID, FIXED_STRING, IPV6 -> readFixed(type, in, rows);
                    default -> readStrings(type, in, rows);
                };
            }
            case BIG -> {
                return readBig(type, in, rows);
            }
            default -> throw unsupported(type);
        }
    }

    private static Column readStrings(DataType type, ReadBuffer in, int rows) {
        int[] offsets = new int[rows + 1];
        // Over an array (a MergeTree granule's exact bytes) what remains bounds the strings' total
        // and sizes the array at once; over a stream, a guess that grows.
        int guess = in.hasStream() ? Math.min(rows * 16, 1 << 20)
                : Math.min(in.bufferLimit() - in.bufferPos() - rows, Math.max(rows * 16, 1 << 20));
        byte[] bytes = new byte[Math.max(64, guess)];
        int size = 0;
        int i = 0;
        while (i < rows) {
            // fast loop over the window: one-byte lengths (strings under 128 bytes) whose bytes
            // are all in the window; anything else takes the general path for one string
            byte[] win = in.buffer();
            int start = in.bufferPos();
            int p = start;
            int lim = in.bufferLimit();
            while (i < rows && p < lim) {
                int len = win[p];
                if (len < 0 || len > lim - p - 1) break;
                if (len > bytes.length - size) bytes = grow(bytes, size, len);
                System.arraycopy(win, p + 1, bytes, size, len);
                p += 1 + len;
                size += len;
                offsets[++i] = size;
            }
            in.advance(p - start);
            if (i == rows) break;
            long len = in.readVarUInt();
            if (len < 0 || len > Integer.MAX_VALUE - 16 - size) {
                throw new DbException(ErrorCode.TOO_LARGE_STRING_SIZE, "Too large string size: " + Long.toUnsignedString(len));
            }
            int l = (int) len;
            if (l > bytes.length - size) bytes = grow(bytes, size, l);
            in.readFully(bytes, size, l);
            size += l;
            offsets[++i] = size;
        }
        return new StringColumn(type, bytes, offsets, rows);
    }

    private static byte[] grow(byte[] bytes, int size, int extra) {
        if (extra > Integer.MAX_VALUE - 16 - size) throw new DbException(ErrorCode.TOO_LARGE_STRING_SIZE, "String column is too large");
        return Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(2L * bytes.length, (long) size + extra)));
    }

    private static Column readFixed(DataType type, ReadBuffer in, int rows) {
        int w = type.fixedWidth();
        long total = (long) w * rows;
        if (total > Integer.MAX_VALUE - 16) throw new DbException(ErrorCode.TOO_LARGE_STRING_SIZE, "Too large " + type + " column");
        byte[] b = new byte[(int) total];
        in.readFully(b, 0, b.length);
        if (type.id() == TypeId.UUID) {
            // two little-endian UInt64 halves back to the big-endian 16 bytes Strata holds
            for (int p = 0; p < b.length; p += 8) LONG_BE.set(b, p, (long) LONG_LE.get(b, p));
        }
        int[] offsets = new int[rows + 1];
        for (int i = 1; i <= rows; i++) offsets[i] = i * w;
        return new StringColumn(type, b, offsets, rows);
    }

    private static Column readBig(DataType type, ReadBuffer in, int rows) {
        int w = type.fixedWidth();
        boolean signed = type.id() != TypeId.UINT128 && type.id() != TypeId.UINT256;
        BigInteger[] v = new BigInteger[rows];
        byte[] b = new byte[w * Math.min(rows, CHUNK_ROWS)];
        byte[] be = new byte[w];
        for (int i = 0; i < rows; ) {
            int k = Math.min(rows - i, CHUNK_ROWS);
            in.readFully(b, 0, k * w);
            for (int j = 0; j < k; j++) v[i + j] = bigAt(b, j * w, w, signed, be);
            i += k;
        }
        return new BigColumn(type, v, rows);
    }

    /** The {@code width}-byte little-endian integer at {@code b[p..]}; small values skip the byte shuffle. */
    private static BigInteger bigAt(byte[] b, int p, int width, boolean signed, byte[] scratch) {
        long low = (long) LONG_LE.get(b, p);
        byte ext = (byte) (signed ? low >> 63 : 0);
        boolean fitsLong = signed || low >= 0;
        for (int k = 8; k < width && fitsLong; k++) fitsLong = b[p + k] == ext;
        if (fitsLong) return BigInteger.valueOf(low);
        for (int k = 0; k < width; k++) scratch[k] = b[p + width - 1 - k];
        return signed ? new BigInteger(scratch) : new BigInteger(1, scratch);
    }

    private static boolean isSigned(DataType t) {
        if (t instanceof IntegerType it) return it.signed();
        return switch (t.id()) {
            case ENUM8, ENUM16, DATE32, DECIMAL, DATETIME64, INTERVAL -> true;
            default -> false; // Date, DateTime, IPv4
        };
    }

    // ---- small values, kept for callers that frame their own files -----------------------------

    public static void writeVarUInt(WriteBuffer out, long v) {
        out.writeVarUInt(v);
    }

    public static long readVarUInt(ReadBuffer in) {
        return in.readVarUInt();
    }

    public static void writeInt64(WriteBuffer out, long v) {
        out.writeInt64(v);
    }

    public static long readInt64(ReadBuffer in) {
        return in.readInt64();
    }

    // ---- errors ------------------------------------------------------------------------------

    private static <C extends Column> C cast(Class<C> kind, Column column, DataType type) {
        if (kind.isInstance(column)) return kind.cast(column);
        throw new DbException(ErrorCode.LOGICAL_ERROR, "Cannot write a " + column.getClass().getSimpleName() + " of type "
                + column.type() + " as " + type + " in Native format");
    }

    static DbException corrupted(String what) {
        return new DbException(ErrorCode.INCORRECT_DATA, "Corrupted Native data: bad " + what);
    }

    private static DbException unsupported(DataType type) {
        return new DbException(ErrorCode.NOT_IMPLEMENTED, "Native serialization of type " + type.name() + " is not supported");
    }
}
