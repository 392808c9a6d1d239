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
import io.strata.core.type.DataType;
import io.strata.core.type.IntegerType;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * Row comparators for every column kind, built once per pair of columns so the per-row call is a
 * single monomorphic lambda over primitive arrays. Semantics follow ClickHouse's
 * {@code IColumn::compareAt}: integers by signedness of the type (UInt64 unsigned), floats with
 * NaN placed by {@code nanDirectionHint}, strings bytewise unsigned, Decimal by unscaled value,
 * arrays and tuples lexicographically, NULL placed by the hint (and beyond NaN).
 */
public final class RowComparators {
    private RowComparators() {
    }

    /**
     * The raw comparison of {@code left[l]} with {@code right[r]} (columns of the same type):
     * negative, zero or positive; NULL and NaN are greater than any value when
     * {@code nanDirectionHint} is positive, smaller when negative.
     */
    public static RowComparator create(Column left, Column right, int nanDirectionHint) {
        if (left instanceof ConstColumn lc) {
            RowComparator inner = create(lc.value(), right, nanDirectionHint);
            return (l, r) -> inner.compare(0, r);
        }
        if (right instanceof ConstColumn rc) {
            RowComparator inner = create(left, rc.value(), nanDirectionHint);
            return (l, r) -> inner.compare(l, 0);
        }
        if (left instanceof LowCardinalityColumn lc) {
            int[] ix = lc.indexes();
            RowComparator inner = create(lc.dictionary(), right, nanDirectionHint);
            return (l, r) -> inner.compare(ix[l], r);
        }
        if (right instanceof LowCardinalityColumn rc) {
            int[] ix = rc.indexes();
            RowComparator inner = create(left, rc.dictionary(), nanDirectionHint);
            return (l, r) -> inner.compare(l, ix[r]);
        }
        if (left instanceof NullableColumn ln || right instanceof NullableColumn) {
            return nullable(left, right, nanDirectionHint);
        }
        return switch (left) {
            case LongColumn a -> {
                long[] x = a.values();
                long[] y = ((LongColumn) right).values();
                yield isUnsigned64(a.type())
                        ? (l, r) -> Long.compareUnsigned(x[l], y[r])
                        : (l, r) -> Long.compare(x[l], y[r]);
            }
            case DoubleColumn a -> {
                double[] x = a.values();
                double[] y = ((DoubleColumn) right).values();
                yield (l, r) -> compareDoubles(x[l], y[r], nanDirectionHint);
            }
            case StringColumn a -> {
                StringColumn b = (StringColumn) right;
                byte[] xb = a.bytes(), yb = b.bytes();
                int[] xo = a.offsets(), yo = b.offsets();
                yield (l, r) -> Arrays.compareUnsigned(xb, xo[l], xo[l + 1], yb, yo[r], yo[r + 1]);
            }
            case BigColumn a -> {
                BigColumn b = (BigColumn) right;
                yield (l, r) -> {
                    BigInteger x = a.get(l), y = b.get(r);
                    return x.compareTo(y);
                };
            }
            case ArrayColumn a -> array(a, (ArrayColumn) right, nanDirectionHint);
            case MapColumn a -> array(a.nested(), ((MapColumn) right).nested(), nanDirectionHint);
            case TupleColumn a -> {
                TupleColumn b = (TupleColumn) right;
                RowComparator[] parts = new RowComparator[a.width()];
                for (int i = 0; i < parts.length; i++) parts[i] = create(a.element(i), b.element(i), nanDirectionHint);
                yield lexicographic(parts);
            }
            case NothingColumn a -> (l, r) -> 0;
            default -> throw new DbException(ErrorCode.LOGICAL_ERROR, "Cannot compare columns of type " + left.type());
        };
    }

    /** The comparator of one ORDER BY element: direction and NULLS FIRST/LAST applied. */
    public static RowComparator forKey(Column left, Column right, SortKey key) {
        RowComparator raw = create(left, right, key.nanDirectionHint());
        // Negate rather than swap rows: left and right may be different columns.
        return key.descending() ? (l, r) -> -raw.compare(l, r) : raw;
    }

    /** A comparator over several ORDER BY elements of two chunks' columns. */
    public static RowComparator forKeys(Column[] left, Column[] right, List<SortKey> keys) {
        RowComparator[] parts = new RowComparator[keys.size()];
        for (int i = 0; i < parts.length; i++) {
            SortKey k = keys.get(i);
            parts[i] = forKey(left[k.channel()], right[k.channel()], k);
        }
        return lexicographic(parts);
    }

    static RowComparator lexicographic(RowComparator[] parts) {
        if (parts.length == 1) return parts[0];
        if (parts.length == 2) {
            RowComparator a = parts[0], b = parts[1];
            return (l, r) -> {
                int c = a.compare(l, r);
                return c != 0 ? c : b.compare(l, r);
            };
        }
        return (l, r) -> {
            for (RowComparator p : parts) {
                int c = p.compare(l, r);
                if (c != 0) return c;
            }
            return 0;
        };
    }

    /** Whether values of this LONG-kind type are compared unsigned (only UInt64 needs it: narrower types are stored non-negative). */
    static boolean isUnsigned64(DataType type) {
        return type instanceof IntegerType it && !it.signed() && it.bits() == 64;
    }

    /** Float comparison with NaNs equal to each other and beyond every number on the hint's side. */
    static int compareDoubles(double x, double y, int nanDirectionHint) {
        if (x < y) return -1;
        if (x > y) return 1;
        if (x == y) return 0;
        boolean xNan = Double.isNaN(x), yNan = Double.isNaN(y);
        if (xNan && yNan) return 0;
        return xNan ? nanDirectionHint : -nanDirectionHint;
    }

    private static RowComparator nullable(Column left, Column right, int hint) {
        byte[] ln = left instanceof NullableColumn n ? n.nulls() : null;
        byte[] rn = right instanceof NullableColumn n ? n.nulls() : null;
        Column lv = left instanceof NullableColumn n ? n.values() : left;
        Column rv = right instanceof NullableColumn n ? n.values() : right;
        if (lv instanceof NothingColumn || rv instanceof NothingColumn) {
            // Nullable(Nothing) holds only NULLs.
            return (l, r) -> {
                boolean a = ln == null || ln[l] != 0 || lv instanceof NothingColumn;
                boolean b = rn == null || rn[r] != 0 || rv instanceof NothingColumn;
                return a == b ? 0 : a ? hint : -hint;
            };
        }
        RowComparator inner = create(lv, rv, hint);
        if (ln == null) {
            return (l, r) -> rn[r] != 0 ? -hint : inner.compare(l, r);
        }
        if (rn == null) {
            return (l, r) -> ln[l] != 0 ? hint : inner.compare(l, r);
        }
        return (l, r) -> {
            boolean a = ln[l] != 0, b = rn[r] != 0;
            if (a | b) return a == b ? 0 : a ? hint : -hint;
            return inner.compare(l, r);
        };
    }

    private static RowComparator array(ArrayColumn a, ArrayColumn b, int hint) {
        int[] ao = a.offsets(), bo = b.offsets();
        RowComparator elements = create(a.elements(), b.elements(), hint);
        return (l, r) -> {
            int as = ao[l], al = ao[l + 1] - as, bs = bo[r], bl = bo[r + 1] - bs;
            int n = Math.min(al, bl);
            for (int i = 0; i < n; i++) {
                int c = elements.compare(as + i, bs + i);
                if (c != 0) return c;
            }
            return Integer.compare(al, bl);
        };
    }
}
