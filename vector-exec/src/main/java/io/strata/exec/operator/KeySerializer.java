package io.strata.exec.operator;

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

/**
 * Serializes the key columns of each row into one canonical byte string, so that rows are equal
 * keys exactly when their bytes are equal: the generic path of GROUP BY, DISTINCT and LIMIT BY.
 * Layout per value: integers 8 bytes, floats their canonical bits, strings a 4-byte length and the
 * bytes, Nullable a flag byte then the value when not NULL, arrays a length then the elements.
 * Flat columns are handled a column at a time; composites recurse per row.
 */
final class KeySerializer {
    byte[] buffer = new byte[1024];
    int[] offsets = new int[1025];
    private int[] cursor = new int[1024];

    /** Fills {@link #buffer} and {@link #offsets}: row i's key is buffer[offsets[i], offsets[i+1]). */
    void serialize(Column[] keys, int rowCount) {
        if (offsets.length < rowCount + 1) {
            offsets = new int[rowCount + 1];
            cursor = new int[rowCount];
        }
        int[] size = cursor;
        java.util.Arrays.fill(size, 0, rowCount, 0);
        for (Column c : keys) addSizes(c, rowCount, size);
        long total = 0;
        offsets[0] = 0;
        for (int i = 0; i < rowCount; i++) {
            total += size[i];
            if (total > Integer.MAX_VALUE - 16) throw new DbException(ErrorCode.TOO_LARGE_STRING_SIZE, "Keys of one chunk are too large");
            offsets[i + 1] = (int) total;
        }
        if (buffer.length < total) buffer = new byte[(int) Math.max(total, buffer.length * 2L)];
        System.arraycopy(offsets, 0, cursor, 0, rowCount);
        for (Column c : keys) write(c, rowCount, buffer, cursor);
    }

    private static void addSizes(Column c, int n, int[] size) {
        switch (c) {
            case LongColumn l -> { for (int i = 0; i < n; i++) size[i] += 8; }
            case DoubleColumn d -> { for (int i = 0; i < n; i++) size[i] += 8; }
            case StringColumn s -> {
                int[] o = s.offsets();
                for (int i = 0; i < n; i++) size[i] += 4 + o[i + 1] - o[i];
            }
            default -> { for (int i = 0; i < n; i++) size[i] += sizeAt(c, i); }
        }
    }

    private static void write(Column c, int n, byte[] buf, int[] cursor) {
        switch (c) {
            case LongColumn l -> {
                long[] v = l.values();
                for (int i = 0; i < n; i++) {
                    ColumnHashing.LONG_LE.set(buf, cursor[i], v[i]);
                    cursor[i] += 8;
                }
            }
            case DoubleColumn d -> {
                double[] v = d.values();
                for (int i = 0; i < n; i++) {
                    ColumnHashing.LONG_LE.set(buf, cursor[i], ColumnHashing.canonicalBits(v[i]));
                    cursor[i] += 8;
                }
            }
            case StringColumn s -> {
                int[] o = s.offsets();
                byte[] b = s.bytes();
                for (int i = 0; i < n; i++) {
                    int len = o[i + 1] - o[i];
                    ColumnHashing.INT_LE.set(buf, cursor[i], len);
                    System.arraycopy(b, o[i], buf, cursor[i] + 4, len);
                    cursor[i] += 4 + len;
                }
            }
            default -> { for (int i = 0; i < n; i++) cursor[i] = writeAt(c, i, buf, cursor[i]); }
        }
    }

    static int sizeAt(Column c, int row) {
        return switch (c) {
            case LongColumn l -> 8;
            case DoubleColumn d -> 8;
            case StringColumn s -> 4 + s.length(row);
            case BigColumn b -> 1 + b.get(row).toByteArray().length;
            case NullableColumn n -> n.isNullAt(row) ? 1 : 1 + sizeAt(n.values(), row);
            case NothingColumn n -> 0;
            case ConstColumn k -> sizeAt(k.value(), 0);
            case LowCardinalityColumn lc -> sizeAt(lc.dictionary(), lc.indexAt(row));
            case ArrayColumn a -> {
                int s = 4;
                for (int j = a.start(row), e = a.start(row + 1); j < e; j++) s += sizeAt(a.elements(), j);
                yield s;
            }
            case MapColumn m -> sizeAt(m.nested(), row);
            case TupleColumn t -> {
                int s = 0;
                for (int k = 0; k < t.width(); k++) s += sizeAt(t.element(k), row);
                yield s;
            }
        };
    }

    static int writeAt(Column c, int row, byte[] buf, int pos) {
        switch (c) {
            case LongColumn l -> {
                ColumnHashing.LONG_LE.set(buf, pos, l.get(row));
                return pos + 8;
            }
            case DoubleColumn d -> {
                ColumnHashing.LONG_LE.set(buf, pos, ColumnHashing.canonicalBits(d.get(row)));
                return pos + 8;
            }
            case StringColumn s -> {
                int len = s.length(row);
                ColumnHashing.INT_LE.set(buf, pos, len);
                System.arraycopy(s.bytes(), s.start(row), buf, pos + 4, len);
                return pos + 4 + len;
            }
            case BigColumn b -> {
                byte[] v = b.get(row).toByteArray();
                buf[pos] = (byte) v.length;
                System.arraycopy(v, 0, buf, pos + 1, v.length);
                return pos + 1 + v.length;
            }
            case NullableColumn n -> {
                if (n.isNullAt(row)) {
                    buf[pos] = 1;
                    return pos + 1;
                }
                buf[pos] = 0;
                return writeAt(n.values(), row, buf, pos + 1);
            }
            case NothingColumn n -> {
                return pos;
            }
            case ConstColumn k -> {
                return writeAt(k.value(), 0, buf, pos);
            }
            case LowCardinalityColumn lc -> {
                return writeAt(lc.dictionary(), lc.indexAt(row), buf, pos);
            }
            case ArrayColumn a -> {
                int start = a.start(row), end = a.start(row + 1);
                ColumnHashing.INT_LE.set(buf, pos, end - start);
                pos += 4;
                for (int j = start; j < end; j++) pos = writeAt(a.elements(), j, buf, pos);
                return pos;
            }
            case MapColumn m -> {
                return writeAt(m.nested(), row, buf, pos);
            }
            case TupleColumn t -> {
                for (int k = 0; k < t.width(); k++) pos = writeAt(t.element(k), row, buf, pos);
                return pos;
            }
        }
    }
}
