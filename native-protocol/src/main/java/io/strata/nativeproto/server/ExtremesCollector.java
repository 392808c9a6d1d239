package io.strata.nativeproto.server;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.type.DataType;
import io.strata.core.type.TypeId;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The Extremes block of a result ({@code extremes = 1}): for each column its minimum and maximum
 * over all result rows, NULLs left out, as two rows. Computed as the rows stream past, keeping a
 * reference to the row of each current extreme. Covers the scalar families (integers, dates,
 * enums, floats, strings, wide integers and decimals, and their Nullable forms); a result with
 * another column type gets no Extremes packet.
 */
final class ExtremesCollector {
    private final Header header;
    private final Column[] minColumn, maxColumn;
    private final int[] minRow, maxRow;
    private final boolean supported;

    ExtremesCollector(Header header) {
        this.header = header;
        int n = header.size();
        minColumn = new Column[n];
        maxColumn = new Column[n];
        minRow = new int[n];
        maxRow = new int[n];
        boolean ok = n > 0;
        for (DataType t : header.types()) ok &= comparable(t.isNullable() ? t.unwrap() : t) && t.id() != TypeId.LOW_CARDINALITY;
        supported = ok;
    }

    private static boolean comparable(DataType t) {
        return switch (t.physicalKind()) {
            case LONG, DOUBLE, BIG -> true;
            case BYTES -> t.fixedWidth() < 0 || t.id() == TypeId.FIXED_STRING;
            default -> false;
        };
    }

    void add(Chunk chunk) {
        if (!supported) return;
        for (int c = 0; c < chunk.width(); c++) {
            Column col = chunk.column(c).materialize();
            for (int r = 0; r < chunk.rowCount(); r++) {
                if (col.isNullAt(r)) continue;
                if (minColumn[c] == null || compare(c, col, r, minColumn[c], minRow[c]) < 0) {
                    minColumn[c] = col;
                    minRow[c] = r;
                }
                if (maxColumn[c] == null || compare(c, col, r, maxColumn[c], maxRow[c]) > 0) {
                    maxColumn[c] = col;
                    maxRow[c] = r;
                }
            }
        }
    }

    /** The two-row block (min, max), or null when there is none to send. */
    Chunk result() {
        if (!supported) return null;
        Column[] out = new Column[header.size()];
        for (int c = 0; c < out.length; c++) {
            ColumnBuilder b = header.type(c).createBuilder(2);
            if (minColumn[c] == null) {
                b.appendDefault();
                b.appendDefault();
            } else {
                b.append(minColumn[c], minRow[c]);
                b.append(maxColumn[c], maxRow[c]);
            }
            out[c] = b.build();
        }
        return new Chunk(out, 2);
    }

    private int compare(int c, Column a, int ra, Column b, int rb) {
        DataType t = header.type(c).isNullable() ? header.type(c).unwrap() : header.type(c);
        Column x = a instanceof NullableColumn n ? n.values() : a;
        Column y = b instanceof NullableColumn n ? n.values() : b;
        return switch (x) {
            case LongColumn l -> {
                long u = l.get(ra), v = ((LongColumn) y).get(rb);
                yield t.id() == TypeId.UINT64 ? Long.compareUnsigned(u, v) : Long.compare(u, v);
            }
            case DoubleColumn d -> Double.compare(((Number) d.getObject(ra)).doubleValue(), ((Number) y.getObject(rb)).doubleValue());
            case StringColumn s -> Arrays.compareUnsigned(s.getBytes(ra), ((StringColumn) y).getBytes(rb));
            default -> {
                Object u = x.getObject(ra), v = y.getObject(rb);
                yield u instanceof BigInteger bu && v instanceof BigInteger bv ? bu.compareTo(bv) : 0;
            }
        };
    }
}
