package io.strata.mergetree;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;

/**
 * Back-pressure on inserts when merges fall behind, as ClickHouse does: past
 * {@code parts_to_delay_insert} active parts in one partition an insert sleeps (longer the
 * closer to the limit, at most {@code max_delay_to_insert} seconds); past
 * {@code parts_to_throw_insert} it is refused with TOO_MANY_PARTS.
 */
final class InsertThrottle {
    private InsertThrottle() {
    }

    static void beforeInsert(MergeTreeTable table) {
        MergeTreeSettings s = table.schema().settings();
        long delayAt = s.get("parts_to_delay_insert");
        long throwAt = s.get("parts_to_throw_insert");
        int parts = maxPartsInPartition(table);
        if (parts >= throwAt) {
            throw new DbException(ErrorCode.TOO_MANY_PARTS, "Too many parts (" + parts + " with average size of "
                    + averageSize(table) + ") in table '" + table.schema().definition().database() + "."
                    + table.schema().definition().name() + "'. Merges are processing significantly slower than inserts");
        }
        if (parts >= delayAt) {
            double k = Math.min(1.0, (parts - delayAt + 1) / (double) Math.max(1, throwAt - delayAt));
            long millis = (long) (s.get("max_delay_to_insert") * 1000 * k);
            BackgroundMerges.onInsert(table);
            try {
                Thread.sleep(Math.max(1, millis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static int maxPartsInPartition(MergeTreeTable table) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        int max = 0;
        for (DataPart p : table.activeParts()) max = Math.max(max, counts.merge(p.info().partitionId(), 1, Integer::sum));
        return max;
    }

    private static String averageSize(MergeTreeTable table) {
        var parts = table.activeParts();
        long bytes = 0;
        for (DataPart p : parts) bytes += p.bytesOnDisk();
        long avg = parts.isEmpty() ? 0 : bytes / parts.size();
        if (avg < 1024) return avg + ".00 B";
        if (avg < 1024 * 1024) return String.format("%.2f KiB", avg / 1024.0);
        return String.format("%.2f MiB", avg / 1048576.0);
    }
}
