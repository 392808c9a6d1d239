package io.strata.core.table;

import io.strata.core.block.Chunk;
import java.util.List;

/**
 * A predicate pushed down into a table scan. Engines that can use it (to skip granules, or to
 * filter early) do; others ignore it — the planner keeps its own filter above the scan unless
 * the engine says the filter was applied exactly.
 */
public interface ScanFilter {
    /** The columns (by name) the predicate reads. */
    List<String> requiredColumns();

    /**
     * Evaluates the predicate on a chunk holding {@link #requiredColumns()} in order: writes the
     * positions of the rows where it is true to {@code out} (at least the chunk's rows long), in
     * order, and returns how many. Engines call this from many threads at once.
     */
    int select(Chunk chunk, int[] out);

    /** The predicate as SQL text (EXPLAIN, and for engines that analyse it). */
    String sql();

    /** The predicate as a tree storage can match against its indexes; null when not analysed. */
    default FilterCondition condition() {
        return null;
    }
}
