package io.strata.exec.operator;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;
import java.util.ArrayList;
import java.util.List;

/** Concatenation of columns and chunks (sort buffers, top-N buffers). */
public final class Columns {
    private Columns() {
    }

    /** The rows of all chunks, in order, as one chunk (chunks have the same width and types). */
    public static Chunk concat(List<Chunk> chunks) {
        if (chunks.size() == 1) return chunks.getFirst();
        int width = chunks.getFirst().width();
        long total = 0;
        for (Chunk c : chunks) total += c.rowCount();
        if (total > Integer.MAX_VALUE - 16) {
            throw new DbException(ErrorCode.TOO_MANY_ROWS, "Too many rows to sort in one buffer: " + total);
        }
        Column[] out = new Column[width];
        List<Column> parts = new ArrayList<>(chunks.size());
        for (int i = 0; i < width; i++) {
            parts.clear();
            for (Chunk c : chunks) parts.add(c.column(i));
            out[i] = concatColumns(parts);
        }
        return new Chunk(out, (int) total);
    }

    /** The values of all parts (same type), in order. */
    public static Column concatColumns(List<Column> parts) {
        if (parts.size() == 1) return parts.getFirst();
        DataType type = parts.getFirst().type();
        int total = 0;
        boolean allLong = true, allDouble = true, allString = true, allNullable = true;
        List<Column> dense = new ArrayList<>(parts.size());
        for (Column p : parts) {
            Column c = p instanceof ConstColumn ? p.materialize() : p;
            dense.add(c);
            total += c.size();
            allLong &= c instanceof LongColumn;
            allDouble &= c instanceof DoubleColumn;
            allString &= c instanceof StringColumn;
            allNullable &= c instanceof NullableColumn;
        }
        if (allLong) {
            long[] v = new long[total];
            int pos = 0;
            for (Column c : dense) {
                System.arraycopy(((LongColumn) c).values(), 0, v, pos, c.size());
                pos += c.size();
            }
            return new LongColumn(type, v, total);
        }
        if (allDouble) {
            double[] v = new double[total];
            int pos = 0;
            for (Column c : dense) {
                System.arraycopy(((DoubleColumn) c).values(), 0, v, pos, c.size());
                pos += c.size();
            }
            return new DoubleColumn(type, v, total);
        }
        if (allString) {
            long bytes = 0;
            for (Column c : dense) {
                StringColumn s = (StringColumn) c;
                bytes += s.offsets()[s.size()] - s.offsets()[0];
            }
            if (bytes > Integer.MAX_VALUE - 16) {
                throw new DbException(ErrorCode.TOO_LARGE_STRING_SIZE, "String column is too large (" + bytes + " bytes)");
            }
            byte[] b = new byte[(int) bytes];
            int[] o = new int[total + 1];
            int pos = 0, row = 0;
            for (Column c : dense) {
                StringColumn s = (StringColumn) c;
                int[] so = s.offsets();
                int n = s.size(), base = so[0];
                System.arraycopy(s.bytes(), base, b, pos, so[n] - base);
                for (int i = 1; i <= n; i++) o[row + i] = pos + so[i] - base;
                pos += so[n] - base;
                row += n;
            }
            return new StringColumn(type, b, o, total);
        }
        if (allNullable) {
            List<Column> values = new ArrayList<>(dense.size());
            byte[] nulls = new byte[total];
            int pos = 0;
            for (Column c : dense) {
                NullableColumn n = (NullableColumn) c;
                values.add(n.values());
                System.arraycopy(n.nulls(), 0, nulls, pos, n.size());
                pos += n.size();
            }
            return new NullableColumn(type, concatColumns(values), nulls);
        }
        ColumnBuilder builder = type.createBuilder(total);
        for (Column c : dense) {
            int n = c.size();
            for (int i = 0; i < n; i++) builder.append(c, i);
        }
        return builder.build();
    }
}
