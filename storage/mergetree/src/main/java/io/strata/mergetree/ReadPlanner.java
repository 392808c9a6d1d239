package io.strata.mergetree;

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
        KeyCondition p = condition == null ? null : new KeyCondition(condition, keyNames, keyTypes, services);
        this.primary = p != null && p.isUseful() ? p : null;
        List<DataType> minmaxTypes = new ArrayList<>();
        for (String c : schema.minmaxColumns()) minmaxTypes.add(schema.header().type(schema.header().indexOf(c)));
        KeyCondition q = condition == null || schema.minmaxColumns().isEmpty() ? null
                : new KeyCondition(condition, schema.minmaxColumns(), minmaxTypes, services);
        this.partition = q != null && q.isUseful() ? q : null;
        for (SkipIndex index : schema.skipIndexes()) {
            SkipIndexCondition c = SkipIndexCondition.create(index, condition, services);
            if (c != null) skipIndexes.add(c);
        }
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
        int runStart = -1;
        for (int g = 0; g < granules; g++) {
            // element k is bounded by rows g and g+1 only while all earlier elements are equal there
            boolean bounded = true;
            for (int k = 0; k < keys; k++) {
                r.lo[k] = bounded ? g : -1;
                r.hi[k] = bounded ? g + 1 : -1;
                if (bounded && same[k].compare(g, g + 1) != 0) bounded = false;
            }
            boolean read = (primary.evaluate(r) & KeyCondition.TRUE) != 0;
            if (read && runStart < 0) runStart = g;
            if (!read && runStart >= 0) {
                out.add(new MarkRange(runStart, g));
                runStart = -1;
            }
        }
        if (runStart >= 0) out.add(new MarkRange(runStart, granules));
        return out;
    }

    /**
     * Cuts ranges into morsels of a few granules so that all threads get work, but not so few
     * that re-positioning each column stream dominates.
     */
    static List<List<MarkRange>> morsels(List<MarkRange> ranges, int parts, int maxThreads) {
        int total = 0;
        for (MarkRange r : ranges) total += r.size();
        int per = Math.max(4, Math.min(64, total / Math.max(1, maxThreads * 4)));
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
}
