package io.strata.exec.function.scalar.conditional;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.column.NothingColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.type.DataType;
import io.strata.exec.function.scalar.Vectors;

/**
 * Row-wise choice between two columns of the same type by a condition mask, the core of if,
 * multiIf, coalesce and greatest/least. Primitive kinds select over arrays; Nullable selects
 * values and null maps separately; other kinds fall back to a builder.
 */
public final class Selection {
    private Selection() {
    }

    /** Row i of the result is {@code a[i]} where {@code take[i] != 0}, else {@code b[i]}. */
    public static Column select(byte[] take, Column a, Column b, DataType type, int n) {
        a = unwrap(a);
        b = unwrap(b);
        if (a instanceof NullableColumn na && b instanceof NullableColumn nb) {
            Column values = select(take, na.values(), nb.values(), na.values().type(), n);
            byte[] nulls = new byte[n];
            byte[] x = na.nulls(), y = nb.nulls();
            for (int i = 0; i < n; i++) nulls[i] = take[i] != 0 ? x[i] : y[i];
            return new NullableColumn(type, values, nulls);
        }
        if (a instanceof LongColumn la && b instanceof LongColumn lb) {
            long[] x = la.values(), y = lb.values(), r = new long[n];
            for (int i = 0; i < n; i++) r[i] = take[i] != 0 ? x[i] : y[i];
            return new LongColumn(type, r, n);
        }
        if (a instanceof DoubleColumn da && b instanceof DoubleColumn db) {
            double[] x = da.values(), y = db.values(), r = new double[n];
            for (int i = 0; i < n; i++) r[i] = take[i] != 0 ? x[i] : y[i];
            return new DoubleColumn(type, r, n);
        }
        ColumnBuilder builder = type.createBuilder(n);
        for (int i = 0; i < n; i++) builder.append(take[i] != 0 ? a : b, i);
        return builder.build();
    }

    private static Column unwrap(Column c) {
        return c instanceof ConstColumn || c instanceof LowCardinalityColumn ? Vectors.dense(c) : c;
    }

    /** A 0/1 mask of a condition column: non-zero numbers are true, NULL is false. */
    public static byte[] truthMask(Column c, int n) {
        byte[] m = new byte[n];
        c = unwrap(c);
        byte[] nulls = null;
        if (c instanceof NullableColumn nc) {
            nulls = nc.nulls();
            c = unwrap(nc.values());
        }
        switch (c) {
            case LongColumn l -> {
                long[] v = l.values();
                for (int i = 0; i < n; i++) m[i] = (byte) (v[i] != 0 ? 1 : 0);
            }
            case DoubleColumn d -> {
                double[] v = d.values();
                for (int i = 0; i < n; i++) m[i] = (byte) (v[i] != 0 ? 1 : 0);
            }
            case NothingColumn x -> {
                return m;
            }
            default -> throw Vectors.unexpected(c);
        }
        if (nulls != null) for (int i = 0; i < n; i++) if (nulls[i] != 0) m[i] = 0;
        return m;
    }
}
