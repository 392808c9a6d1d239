package io.strata.mergetree;

import java.util.List;
import java.util.Set;

/**
 * TTL-only merges: when no ordinary merge is due, a part whose earliest row TTL has passed is
 * rewritten on its own (a one-part merge drops expired rows, see Merger), so expired rows go
 * even from parts that would never be merged again. A part left empty is retired.
 */
final class TtlMerges {
    private TtlMerges() {
    }

    /** Runs one TTL merge if a part has expired rows (merge lock held); returns whether it did. */
    static boolean mergeOnce(MergeTreeTable table, Set<DataPart> busy) {
        if (table.schema().rowTtl() == null) return false;
        long now = System.currentTimeMillis() / 1000;
        for (DataPart p : table.activeParts()) {
            if (busy.contains(p) || p.rows() == 0) continue;
            long[] range = RowTtl.range(p);
            if (range == null || !RowTtl.expired(range[0], now)) continue;
            DataPart merged = table.runMerge(List.of(p));
            if (merged != null && merged.rows() == 0) table.retireEmpty(merged);
            return true;
        }
        return false;
    }
}
