package io.strata.sql.planner;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.expression.Expression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code x IN (set)} / {@code x NOT IN (set)} against a set built once at plan time (from a
 * constant list or a subquery's result) and converted to x's type. Lookups are binary searches
 * over sorted primitive arrays: no allocation per row.
 */
final class InSetExpression implements Expression {
    private final Expression left;
    private final boolean negate;
    private final long[] longs;
    private final double[] doubles;
    private final byte[][] strings;
    private final boolean nullMatches;

    /** {@code values} holds the set's elements, each already of {@code left.type()} (without Nullable). */
    InSetExpression(Expression left, List<Column> values, boolean negate) {
        this(left, values, negate, false);
    }

    /**
     * With {@code nullMatches} (transform_null_in = 1 and the set holds NULL) a NULL on the left is
     * found in the set; otherwise it never is: NULL IN s is 0 and NULL NOT IN s is 1, as in ClickHouse.
     */
    InSetExpression(Expression left, List<Column> values, boolean negate, boolean nullMatches) {
        this.nullMatches = nullMatches;
        this.left = left;
        this.negate = negate;
        List<Long> ls = new ArrayList<>();
        List<Double> ds = new ArrayList<>();
        List<byte[]> ss = new ArrayList<>();
        for (Column c : values) {
            for (int i = 0; i < c.size(); i++) {
                if (c.isNullAt(i)) continue;
                Column v = c instanceof NullableColumn n ? n.values() : c;
                v = v instanceof ConstColumn cc ? cc.value() : v;
                int row = v.size() == 1 ? 0 : i;
                switch (v) {
                    case LongColumn l -> ls.add(l.get(row));
                    case DoubleColumn d -> ds.add(d.get(row));
                    case StringColumn s -> ss.add(s.getBytes(row));
                    default -> ss.add(textKey(v, row));
                }
            }
        }
        longs = ls.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        doubles = ds.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
        strings = ss.toArray(new byte[0][]);
        Arrays.sort(strings, Arrays::compare);
    }

    @Override
    public DataType type() {
        return DataTypes.UINT8;
    }

    @Override
    public Column evaluate(Chunk input) {
        Column c = left.evaluate(input);
        int rows = input.rowCount();
        if (c instanceof ConstColumn cc) {
            c = cc.materialize();
        }
        if (c instanceof LowCardinalityColumn lc) {
            c = lc.materialize();
        }
        byte[] nulls = null;
        if (c instanceof NullableColumn n) {
            nulls = n.nulls();
            c = n.values();
        }
        long[] out = new long[rows];
        long hit = negate ? 0 : 1, miss = negate ? 1 : 0;
        switch (c) {
            case LongColumn l -> {
                long[] v = l.values();
                for (int i = 0; i < rows; i++) out[i] = Arrays.binarySearch(longs, v[i]) >= 0 ? hit : miss;
            }
            case DoubleColumn d -> {
                double[] v = d.values();
                for (int i = 0; i < rows; i++) out[i] = Arrays.binarySearch(doubles, v[i]) >= 0 ? hit : miss;
            }
            case StringColumn s -> {
                byte[] b = s.bytes();
                int[] o = s.offsets();
                for (int i = 0; i < rows; i++) out[i] = find(b, o[i], o[i + 1]) ? hit : miss;
            }
            default -> {
                // composite values (tuples, arrays): compare by their quoted text form
                for (int i = 0; i < rows; i++) {
                    byte[] k = textKey(c, i);
                    out[i] = find(k, 0, k.length) ? hit : miss;
                }
            }
        }
        if (nulls != null) {
            long nullResult = nullMatches ? hit : miss;
            for (int i = 0; i < rows; i++) if (nulls[i] != 0) out[i] = nullResult;
        }
        return new LongColumn(DataTypes.UINT8, out, rows);
    }

    private static byte[] textKey(Column c, int row) {
        io.strata.core.io.WriteBuffer b = new io.strata.core.io.WriteBuffer();
        c.type().text().writeQuoted(c, row, b, io.strata.core.format.FormatSettings.DEFAULT);
        return b.toByteArray();
    }

    private boolean find(byte[] b, int from, int to) {
        int lo = 0, hi = strings.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = Arrays.compare(strings[mid], 0, strings[mid].length, b, from, to);
            if (cmp < 0) lo = mid + 1;
            else if (cmp > 0) hi = mid - 1;
            else return true;
        }
        return false;
    }
}
