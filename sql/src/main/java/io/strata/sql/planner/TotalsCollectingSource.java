package io.strata.sql.planner;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.table.ChunkSource;
import io.strata.core.type.DataType;
import io.strata.exec.expression.Expression;
import io.strata.exec.operator.AggregationStage;
import java.util.List;

/**
 * Passes the aggregation's rows through and, at the end, computes the totals row over the
 * groups that pass HAVING (ClickHouse's default totals_mode, after_having_exclusive); the
 * totals keys are default values.
 */
final class TotalsCollectingSource implements ChunkSource {
    private final AggregationStage.Result inner;
    private final Expression having;
    private final PlannedQuery.TotalsHolder totals;
    private final int keyCount;
    private final List<DataType> types;
    private byte[] include = new byte[256];
    private int rows;

    TotalsCollectingSource(AggregationStage.Result inner, Expression having, PlannedQuery.TotalsHolder totals,
                           int keyCount, List<DataType> types) {
        this.inner = inner;
        this.having = having;
        this.totals = totals;
        this.keyCount = keyCount;
        this.types = types;
    }

    @Override
    public Chunk next() {
        Chunk c = inner.next();
        if (c == null) {
            Column[] aggs = inner.totals(having == null ? null : java.util.Arrays.copyOf(include, rows));
            Column[] cols = new Column[keyCount + aggs.length];
            for (int i = 0; i < keyCount; i++) cols[i] = types.get(i).defaultColumn(1);
            System.arraycopy(aggs, 0, cols, keyCount, aggs.length);
            totals.set(new Chunk(cols, 1));
            return null;
        }
        if (having != null) {
            Column mask = having.evaluate(c);
            if (include.length < rows + c.rowCount()) include = java.util.Arrays.copyOf(include, Math.max(include.length * 2, rows + c.rowCount()));
            for (int r = 0; r < c.rowCount(); r++) {
                Object v = mask.getObject(r);
                include[rows + r] = (byte) (v instanceof Number n && n.longValue() != 0 ? 1 : 0);
            }
        }
        rows += c.rowCount();
        return c;
    }

    @Override
    public void close() {
        inner.close();
    }
}
