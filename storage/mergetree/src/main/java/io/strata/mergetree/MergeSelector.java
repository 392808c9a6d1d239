package io.strata.mergetree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses parts to merge, in the spirit of ClickHouse's simple merge selector: only runs of
 * parts adjacent in block order within one partition; at most max_parts_to_merge_at_once parts
 * and max_bytes_to_merge_at_max_space_in_pool bytes; a run qualifies when its parts are of
 * similar size (the largest is not more than the sum of the others times a base that grows with
 * the run's length), and among qualifying runs the one with the lowest bytes written per part
 * removed wins. Many small parts therefore merge quickly, while a large part is rewritten only
 * when enough data has accumulated next to it.
 */
final class MergeSelector {
    private MergeSelector() {
    }

    static List<DataPart> select(List<DataPart> active, Set<DataPart> busy, MergeTreeSettings settings) {
        int maxCount = (int) Math.max(2, Math.min(settings.get("max_parts_to_merge_at_once"), 100));
        long maxBytes = settings.get("max_bytes_to_merge_at_max_space_in_pool");
        Map<String, List<DataPart>> byPartition = new LinkedHashMap<>();
        for (DataPart p : active) byPartition.computeIfAbsent(p.info().partitionId(), k -> new ArrayList<>()).add(p);
        List<DataPart> best = null;
        double bestScore = Double.MAX_VALUE;
        for (List<DataPart> parts : byPartition.values()) {
            for (int start = 0; start < parts.size(); start++) {
                long sum = 0, max = 0;
                for (int end = start; end < parts.size() && end - start < maxCount; end++) {
                    DataPart p = parts.get(end);
                    if (busy.contains(p)) break;
                    long size = Math.max(1, p.bytesOnDisk());
                    sum += size;
                    max = Math.max(max, size);
                    if (sum > maxBytes) break;
                    int count = end - start + 1;
                    if (count < 2) continue;
                    // the biggest part must not dwarf the rest: others >= biggest / base
                    double base = Math.min(5.0, 1.0 + count / 2.0);
                    if ((sum - max) * base < max) continue;
                    double score = sum / (double) (count - 1);
                    if (score < bestScore) {
                        bestScore = score;
                        best = new ArrayList<>(parts.subList(start, end + 1));
                    }
                }
            }
        }
        return best;
    }
}
