package io.strata.exec.join;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.type.DataType;
import io.strata.exec.expression.Expression;
import java.util.List;

/**
 * How to read one side's chunks: the join keys, an optional condition on this side alone (an
 * {@code ON} conjunct such as {@code b.flag = 1}: a row failing it matches nothing but is still
 * an unmatched row of an outer join), and an ASOF join's closest-match value. Each expression is
 * evaluated over the chunk columns at its {@code inputs} positions.
 */
public record JoinSide(List<Bound> keys, Bound condition, Bound asof) {
    /** An expression over the side chunk's columns at {@code inputs}. */
    public record Bound(Expression expression, int[] inputs) {
        Column evaluate(Chunk chunk) {
            Column[] in = new Column[inputs.length];
            for (int i = 0; i < inputs.length; i++) in[i] = chunk.column(inputs[i]);
            return expression.evaluate(new Chunk(in, chunk.rowCount()));
        }
    }

    public JoinSide {
        keys = List.copyOf(keys);
    }

    public List<DataType> keyTypes() {
        return keys.stream().map(k -> k.expression().type()).toList();
    }

    Column[] keyColumns(Chunk chunk) {
        Column[] out = new Column[keys.size()];
        for (int k = 0; k < out.length; k++) out[k] = keys.get(k).evaluate(chunk);
        return out;
    }

    /**
     * Rows that can match nothing: a NULL key (or asof value), or the side condition not true.
     * Null when every row may match.
     */
    boolean[] excluded(Chunk chunk, Column[] keys, Column asofValues) {
        int n = chunk.rowCount();
        boolean[] out = null;
        for (Column k : keys) out = markNulls(k, n, out);
        if (asofValues != null) out = markNulls(asofValues, n, out);
        if (condition != null) {
            Column c = condition.evaluate(chunk);
            for (int i = 0; i < n; i++) {
                if (c.isNullAt(i) || !truthy(c, i)) {
                    if (out == null) out = new boolean[n];
                    out[i] = true;
                }
            }
        }
        return out;
    }

    private static boolean truthy(Column c, int row) {
        Object v = c.getObject(row);
        return v instanceof Number num ? num.longValue() != 0 : v instanceof Boolean b && b;
    }

    private static boolean[] markNulls(Column c, int n, boolean[] out) {
        if (!c.type().isNullable()) return out;
        for (int i = 0; i < n; i++) {
            if (c.isNullAt(i)) {
                if (out == null) out = new boolean[n];
                out[i] = true;
            }
        }
        return out;
    }
}
