package io.strata.sql.planner;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.table.ChunkSource;
import io.strata.exec.driver.ExecutionContext;
import java.util.function.Function;

/**
 * A planned SELECT: its result header and how to start it. {@code open} builds fresh operator
 * instances each time, so a plan can run more than once (e.g. a subquery).
 */
public record PlannedQuery(Header header, Function<ExecutionContext, ChunkSource> open, String explain,
                           TotalsHolder totals) {

    /** Holds the WITH TOTALS row once the aggregation finished. */
    public static final class TotalsHolder {
        private volatile Chunk totals;

        public Chunk get() { return totals; }
        public void set(Chunk c) { totals = c; }
    }
}
