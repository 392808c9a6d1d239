package io.strata.sql.planner;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.table.ChunkSource;
import io.strata.exec.expression.Expression;
import java.util.List;

/** Applies the select projection to the raw totals row once the main result is exhausted. */
final class TotalsProjectingSource implements ChunkSource {
    private final ChunkSource inner;
    private final PlannedQuery.TotalsHolder totals;
    private final List<Expression> projection;

    TotalsProjectingSource(ChunkSource inner, PlannedQuery.TotalsHolder totals, List<Expression> projection) {
        this.inner = inner;
        this.totals = totals;
        this.projection = projection;
    }

    @Override
    public Chunk next() {
        Chunk c = inner.next();
        if (c == null && totals.get() != null && totals.get().width() != projection.size()) {
            Chunk raw = totals.get();
            Column[] cols = new Column[projection.size()];
            for (int i = 0; i < cols.length; i++) cols[i] = projection.get(i).evaluate(raw).materialize();
            totals.set(new Chunk(cols, 1));
        }
        return c;
    }

    @Override
    public void close() {
        inner.close();
    }
}
