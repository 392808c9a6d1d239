package io.strata.core.table;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.LongColumn;
import java.util.List;

/**
 * A predicate pushed down into a table scan. Engines that can use it (to skip granules, or to
 * filter early) do; others ignore it — the planner keeps its own filter above the scan unless
 * the engine says the filter was applied exactly.
 */
public interface ScanFilter {
    /** The columns (by name) the predicate reads. */
    List<String> requiredColumns();

    /** Evaluates the predicate on a chunk holding {@link #requiredColumns()} in order: a UInt8 column. */
    Column evaluate(Chunk chunk);

    /**
     * The positions of the rows of {@code chunk} (laid out as for {@link #evaluate}) where the
     * predicate is true, written to {@code out} (at least the chunk's rows long); returns how many.
     * Engines call this from many threads at once.
     */
    default int select(Chunk chunk, int[] out) {
        Column mask = evaluate(chunk);
        if (mask instanceof ConstColumn c) mask = c.materialize();
        long[] flags = ((LongColumn) mask).values();
        int k = 0;
        for (int i = 0, n = chunk.rowCount(); i < n; i++) {
            out[k] = i;
            k += flags[i] != 0 ? 1 : 0;
        }
        return k;
    }

    /** The predicate as SQL text (EXPLAIN, and for engines that analyse it). */
    String sql();

    /** The predicate as a tree storage can match against its indexes; null when not analysed. */
    default FilterCondition condition() {
        return null;
    }
}
