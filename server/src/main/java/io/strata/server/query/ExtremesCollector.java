package io.strata.server.query;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.exec.operator.RowComparator;
import io.strata.exec.operator.RowComparators;

/**
 * The {@code extremes = 1} result: each column's minimum and maximum over the rows a query
 * returned, in ClickHouse's extremes chunk (row 0 the minimums, row 1 the maximums). Values are
 * ordered as ORDER BY orders them; NULL and NaN are never chosen while a column has another value,
 * as ClickHouse's getExtremes skips them. Fed with every result chunk, so memory is two rows.
 */
final class ExtremesCollector {
    private final Header header;
    private final Column[] min;
    private final Column[] max;

    ExtremesCollector(Header header) {
        this.header = header;
        this.min = new Column[header.size()];
        this.max = new Column[header.size()];
    }

    void add(Chunk chunk) {
        int rows = chunk.rowCount();
        if (rows == 0) return;
        for (int i = 0; i < min.length; i++) {
            Column c = chunk.column(i);
            // NULL/NaN compare greatest with hint +1 (never the minimum) and smallest with -1 (never the maximum)
            int low = extreme(c, rows, RowComparators.create(c, c, 1), -1);
            int high = extreme(c, rows, RowComparators.create(c, c, -1), 1);
            if (min[i] == null || RowComparators.create(c, min[i], 1).compare(low, 0) < 0) min[i] = copyRow(i, c, low);
            if (max[i] == null || RowComparators.create(c, max[i], -1).compare(high, 0) > 0) max[i] = copyRow(i, c, high);
        }
    }

    /** The row of {@code c} that compares lowest ({@code sign} -1) or highest (+1). */
    private static int extreme(Column c, int rows, RowComparator cmp, int sign) {
        int best = 0;
        for (int r = 1; r < rows; r++) {
            if (Integer.signum(cmp.compare(r, best)) == sign) best = r;
        }
        return best;
    }

    private Column copyRow(int column, Column c, int row) {
        ColumnBuilder b = header.type(column).createBuilder(1);
        b.append(c, row);
        return b.build();
    }

    /** The two-row extremes chunk, or null when no row was seen. */
    Chunk result() {
        if (min.length == 0 || min[0] == null) return null;
        Column[] columns = new Column[min.length];
        for (int i = 0; i < columns.length; i++) {
            ColumnBuilder b = header.type(i).createBuilder(2);
            b.append(min[i], 0);
            b.append(max[i], 0);
            columns[i] = b.build();
        }
        return new Chunk(columns, 2);
    }
}
