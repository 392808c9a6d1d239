package io.strata.mergetree;

import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.table.FilterCondition;
import io.strata.core.table.ReadRequest;
import io.strata.core.table.TableEngineFactory.EngineServices;
import io.strata.core.type.DataType;
import io.strata.exec.operator.RowComparator;
import io.strata.exec.operator.RowComparators;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses what a scan reads: for each part, the mark ranges that may hold matching rows —
 * partition pruning by the part's min/max index, then primary-key analysis over the sparse
 * index (a granule's key lies between its first row's key and the next granule's), then the
 * data-skipping indexes the part has files for — and how those ranges are cut into morsels for
 * parallel reading.
 */
final class ReadPlanner {
    private final MergeTreeSchema schema;
    private final KeyCondition primary;
    private final KeyCondition partition;
    private final List<SkipIndexCondition> skipIndexes = new ArrayList<>();

    ReadPlanner(MergeTreeSchema schema, ReadRequest request, EngineServices services) {
        this.schema = schema;
        FilterCondition condition = request.filter() == null ? null : request.filter().condition();
        int pk = schema.primaryKeySize();
        List<String> keyNames = schema.sortingKey().subList(0, pk);
        List<DataType> keyTypes = schema.sortingKeyHeader().types().subList(0, pk);
        KeyCondition p = condition == null || !enabled(request, "use_primary_key") ? null
                : new KeyCondition(condition, keyNames, keyTypes, services);
        this.primary = p != null && p.isUseful() ? p : null;
        List<DataType> minmaxTypes = new ArrayList<>();
        for (String c : schema.minmaxColumns()) minmaxTypes.add(schema.header().type(schema.header().indexOf(c)));
        KeyCondition q = condition == null || schema.minmaxColumns().isEmpty() || !enabled(request, "use_partition_pruning") ? null
                : new KeyCondition(condition, schema.minmaxColumns(), minmaxTypes, services);
        this.partition = q != null && q.isUseful() ? q : null;
        if (!enabled(request, "use_skip_indexes")) return;
        for (SkipIndex index : schema.skipIndexes()) {
            SkipIndexCondition c = SkipIndexCondition.create(index, condition, services);
            if (c != null) skipIndexes.add(c);
        }
    }

    /** A switch of the read's settings (on when the request carries none, as for merges). */
    static boolean enabled(ReadRequest request, String setting) {
        return request.settings() == null || request.settings().getBool(setting);
    }

    /** Whether the part's partition may hold matching rows (its min/max index). */
    boolean partitionMayMatch(DataPart part) {
        if (partition == null) return true;
        List<String> cols = schema.minmaxColumns();
        Column[] values = new Column[cols.size()];
        for (int i = 0; i < values.length; i++) values[i] = part.minmax(cols.get(i));
        KeyCondition.Ranges r = partition.ranges(values);
        for (int i = 0; i < values.length; i++) {
            r.lo[i] = values[i] == null ? -1 : 0;
            r.hi[i] = values[i] == null ? -1 : 1;
        }
        return (partition.evaluate(r) & KeyCondition.TRUE) != 0;
    }

    /** Granule ranges of {@code part} to read; empty when the part cannot match. */
    List<MarkRange> markRanges(DataPart part) {
        List<MarkRange> ranges = primaryKeyRanges(part);
        for (SkipIndexCondition c : skipIndexes) {
            if (ranges.isEmpty()) break;
            SkipIndexFile file = part.skipIndex(c.index());
            if (file != null) ranges = dropEntries(ranges, file, c.mayMatch(file));
        }
        return ranges;
    }

    /** {@code ranges} without the granules of entries that cannot match. */
    private static List<MarkRange> dropEntries(List<MarkRange> ranges, SkipIndexFile file, boolean[] mayMatch) {
        List<MarkRange> out = new ArrayList<>();
        for (MarkRange r : ranges) {
            int runStart = -1;
            for (int g = r.begin(); g < r.end(); g++) {
                int e = g / file.granularity;
                // granules past the file's entries (never written so) are kept
                boolean keep = e >= mayMatch.length || mayMatch[e];
                if (keep && runStart < 0) runStart = g;
                if (!keep && runStart >= 0) {
                    out.add(new MarkRange(runStart, g));
                    runStart = -1;
                }
            }
            if (runStart >= 0) out.add(new MarkRange(runStart, r.end()));
        }
        return out;
    }

    /**
     * How many pieces a granule range that may match is split into at each step of the primary
     * key search (ClickHouse's merge_tree_coarse_index_granularity): ranges that cannot match are
     * dropped whole, so a point query on a part of thousands of granules evaluates the condition
     * tens of times instead of once per granule.
     */
    static final int COARSE_INDEX_GRANULARITY = 8;

    private List<MarkRange> primaryKeyRanges(DataPart part) {
        int granules = part.granules();
        if (granules == 0 || !partitionMayMatch(part)) return List.of();
        if (primary == null || part.indexColumns() == 0) return List.of(new MarkRange(0, granules));
        int keys = part.indexColumns();
        Column[] index = new Column[keys];
        for (int k = 0; k < keys; k++) index[k] = part.indexColumn(k);
        RowComparator[] same = new RowComparator[keys];
        for (int k = 0; k < keys; k++) same[k] = RowComparators.create(index[k], index[k], 1);
        KeyCondition.Ranges r = primary.ranges(index);
        List<MarkRange> out = new ArrayList<>();
        // ranges still to look at, as [begin, end) pairs; popped in ascending order
        int[] stack = new int[64];
        int top = 0;
        stack[top++] = 0;
        stack[top++] = granules;
        int runStart = -1, runEnd = -1;
        while (top > 0) {
            int end = stack[--top], begin = stack[--top];
            if (!mayMatch(begin, end, keys, same, r)) continue;
            if (end - begin == 1) {
                if (runEnd == begin) {
                    runEnd = end;
                } else {
                    if (runStart >= 0) out.add(new MarkRange(runStart, runEnd));
                    runStart = begin;
                    runEnd = end;
                }
                continue;
            }
            int step = Math.max(1, (end - begin + COARSE_INDEX_GRANULARITY - 1) / COARSE_INDEX_GRANULARITY);
            int pieces = (end - begin + step - 1) / step;
            if (top + 2 * pieces > stack.length) stack = java.util.Arrays.copyOf(stack, Math.max(stack.length * 2, top + 2 * pieces));
            // pushed last piece first, so that the first comes out next
            for (int p = pieces - 1; p >= 0; p--) {
                stack[top++] = begin + p * step;
                stack[top++] = Math.min(end, begin + (p + 1) * step);
            }
        }
        if (runStart >= 0) out.add(new MarkRange(runStart, runEnd));
        return out;
    }

    /**
     * Whether granules [begin, end) may hold matching rows: their keys lie between the index
     * rows {@code begin} and {@code end} (the next granule's first key, or the part's last), and
     * key element k is bounded by those rows only while all earlier elements are equal there.
     */
    private boolean mayMatch(int begin, int end, int keys, RowComparator[] same, KeyCondition.Ranges r) {
        boolean bounded = true;
        for (int k = 0; k < keys; k++) {
            r.lo[k] = bounded ? begin : -1;
            r.hi[k] = bounded ? end : -1;
            if (bounded && same[k].compare(begin, end) != 0) bounded = false;
        }
        return (primary.evaluate(r) & KeyCondition.TRUE) != 0;
    }

    /**
     * How many threads a read of {@code rows} rows is worth, as ClickHouse decides it: each gets at
     * least merge_tree_min_rows_for_concurrent_read rows, at most max_threads of them.
     */
    static int streams(long rows, ReadRequest request) {
        long minRows = request.settings() == null ? 0 : request.settings().getLong("merge_tree_min_rows_for_concurrent_read");
        int threads = Math.max(1, request.maxThreads());
        if (minRows <= 0) return threads;
        return (int) Math.max(1, Math.min(threads, rows / minRows));
    }

    /**
     * How a read of {@code rows} rows reads its columns: through the uncompressed cache
     * ({@code use_uncompressed_cache}, up to {@code merge_tree_max_rows_to_use_cache} rows), with
     * strings kept encoded ({@code strata_keep_string_encoding}).
     */
    static ReadOptions readOptions(long rows, ReadRequest request) {
        if (request.settings() == null) return ReadOptions.NONE;
        boolean cache = request.settings().getBool("use_uncompressed_cache")
                && rows <= request.settings().getLong("merge_tree_max_rows_to_use_cache");
        return new ReadOptions(cache, request.settings().getBool("strata_keep_string_encoding"));
    }

    /**
     * Cuts ranges into morsels of a few granules so that all threads get work, but not so few
     * that re-positioning each column stream dominates.
     */
    static List<List<MarkRange>> morsels(List<MarkRange> ranges, int parts, int maxThreads) {
        int total = 0;
        for (MarkRange r : ranges) total += r.size();
        int per = morselGranules(total, maxThreads);
        List<List<MarkRange>> out = new ArrayList<>();
        List<MarkRange> current = new ArrayList<>();
        int inCurrent = 0;
        for (MarkRange r : ranges) {
            int b = r.begin();
            while (b < r.end()) {
                int take = Math.min(r.end() - b, per - inCurrent);
                current.add(new MarkRange(b, b + take));
                inCurrent += take;
                b += take;
                if (inCurrent == per) {
                    out.add(current);
                    current = new ArrayList<>();
                    inCurrent = 0;
                }
            }
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    /** Granules in a morsel of a part's {@code total} granules to read. */
    static int morselGranules(int total, int maxThreads) {
        return Math.max(4, Math.min(64, total / Math.max(1, maxThreads * 4)));
    }

    /**
     * Morsels of the granules of {@code ranges} in the order a top-N bound reads them best, the most
     * promising first, when the part's reads have learnt every one of them (see
     * {@link LearntGranuleBounds}); null otherwise. The first granules fill the top-N at once with
     * values near the final ones, and the bound they give skips nearly all the rest unread.
     */
    static List<OrderedMorsel> topNMorsels(DataPart part, List<MarkRange> ranges, Header columns,
                                             io.strata.core.table.TopNThreshold threshold, int maxThreads) {
        int c = columns.indexOf(threshold.column());
        if (c < 0) return null;
        int p = part.columns().indexOf(threshold.column());
        if (p < 0 || !part.columns().type(p).equals(columns.type(c))) return null;
        LearntGranuleBounds learnt = part.learntBounds(threshold.column(), columns.type(c));
        int total = 0;
        for (MarkRange r : ranges) {
            for (int g = r.begin(); g < r.end(); g++) if (!learnt.known(g)) return null;
            total += r.size();
        }
        long[] order = new long[total];
        int[] granules = new int[total];
        int k = 0;
        for (MarkRange r : ranges) {
            for (int g = r.begin(); g < r.end(); g++, k++) {
                granules[k] = g;
                order[k] = threshold.readingOrder(learnt.min(g), learnt.max(g));
            }
        }
        int[] index = sortedPositions(order);
        int per = morselGranules(total, maxThreads);
        List<OrderedMorsel> out = new ArrayList<>();
        for (int from = 0; from < total; from += per) {
            List<MarkRange> morsel = new ArrayList<>();
            for (int i = from; i < Math.min(total, from + per); i++) morsel.add(new MarkRange(granules[index[i]], granules[index[i]] + 1));
            out.add(new OrderedMorsel(part, order[index[from]], morsel));
        }
        return out;
    }

    /**
     * The positions of {@code keys} in ascending order of key, ties in position order. Keys that
     * span under 2^43 sort packed with their position in one primitive sort; others boxed.
     */
    static int[] sortedPositions(long[] keys) {
        int n = keys.length;
        int[] out = new int[n];
        if (n == 0) return out;
        long lo = Long.MAX_VALUE, hi = Long.MIN_VALUE;
        for (long k : keys) {
            lo = Math.min(lo, k);
            hi = Math.max(hi, k);
        }
        if (n < 1 << 20 && hi - lo >= 0 && hi - lo < 1L << 43) {
            long[] packed = new long[n];
            for (int i = 0; i < n; i++) packed[i] = (keys[i] - lo) << 20 | i;
            java.util.Arrays.sort(packed);
            for (int i = 0; i < n; i++) out[i] = (int) (packed[i] & ((1 << 20) - 1));
            return out;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) boxed[i] = i;
        java.util.Arrays.sort(boxed, (a, b) -> keys[a] != keys[b] ? Long.compare(keys[a], keys[b]) : Integer.compare(a, b));
        for (int i = 0; i < n; i++) out[i] = boxed[i];
        return out;
    }

    /** A morsel of a top-N read: its part, where its best granule comes in the reading order, its granules. */
    record OrderedMorsel(DataPart part, long order, List<MarkRange> ranges) {
    }
}
