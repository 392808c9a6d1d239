package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.ScanFilter;
import java.util.List;

/**
 * Reads the requested columns of a part over a list of mark ranges, one chunk per granule, through
 * one {@link ColumnCursor} per column: in a wide part each column stream is positioned at a
 * range's first mark (seek to the compressed block, skip to the offset inside it) and then read
 * sequentially; in a compact part each column's granule is read from its mark in data.bin. Only
 * the requested columns are read and decompressed. Columns the part lacks (added by ALTER later)
 * read as their type's default. Holds a reference on the part until closed or exhausted.
 *
 * <p>With a PREWHERE filter (whose columns are among the requested ones) each granule's filter
 * columns are read first and the filter evaluated on them; the other columns are read only for
 * granules with passing rows, and chunks hold only the passing rows.
 */
final class PartReader implements ChunkSource {
    private final DataPart part;
    private final Header columns;
    private final List<MarkRange> ranges;
    private final ColumnCursor[] cursors;
    private final CompactDataReader compact; // the shared data.bin of a compact part, else null
    private final ScanFilter prewhere;
    private final int[] prewhereColumns; // positions in columns of the filter's required columns
    private int[] selection = new int[0];
    private long decodedRows;
    private int rangeIndex;
    private int granule;
    private boolean closed;
    /** With late materialization: added to a row's number in the part to make its locator; -1: no locators. */
    private long locatorBase = -1;
    /** A running top-N's bound over the column at {@link #topNColumn}: granules beyond it are skipped; null: none. */
    private io.strata.core.table.TopNThreshold topN;
    private int topNColumn = -1;
    /** A minmax index of the part over the bound's column (element {@link #topNElement}), or null. */
    private SkipIndexFile topNIndex;
    /** What earlier reads of the part learnt of the bound's column, granule by granule (no index over it). */
    private LearntGranuleBounds topNLearnt;
    private int topNElement;
    private long skippedGranules;

    PartReader(DataPart part, Header columns, List<MarkRange> ranges) {
        this(part, columns, ranges, null, ReadOptions.NONE);
    }

    /**
     * A reader applying {@code prewhere} (null: none); its required columns must all be in
     * {@code columns}, its wide columns read with {@code options}.
     */
    PartReader(DataPart part, Header columns, List<MarkRange> ranges, ScanFilter prewhere, ReadOptions options) {
        this.part = part;
        this.columns = columns;
        this.ranges = ranges;
        this.cursors = new ColumnCursor[columns.size()];
        this.compact = part.type() == PartType.COMPACT ? new CompactDataReader(part) : null;
        for (int i = 0; i < cursors.length; i++) {
            int p = part.columns().indexOf(columns.name(i));
            if (p >= 0 && part.columns().type(p).equals(columns.type(i))) {
                cursors[i] = compact != null ? compact.cursor(columns.name(i), columns.type(i))
                        : new WideColumnCursor(part, columns.name(i), columns.type(i), options);
            }
        }
        this.granule = ranges.isEmpty() ? 0 : ranges.get(0).begin();
        this.prewhere = prewhere;
        if (prewhere != null) {
            List<String> required = prewhere.requiredColumns();
            prewhereColumns = new int[required.size()];
            for (int i = 0; i < prewhereColumns.length; i++) {
                prewhereColumns[i] = columns.indexOf(required.get(i));
                if (prewhereColumns[i] < 0) throw new IllegalArgumentException("PREWHERE column " + required.get(i) + " is not read");
            }
        } else {
            prewhereColumns = null;
        }
        part.acquire();
    }

    /**
     * Whether a scan of {@code columns} should filter while reading: the filter's columns are a
     * strict subset of the requested ones, so that granules without passing rows skip the rest.
     */
    static boolean prewherePays(ScanFilter filter, Header columns) {
        if (filter == null || filter.requiredColumns().isEmpty()) return false;
        return canPrewhere(filter, columns) && filter.requiredColumns().size() < columns.size();
    }

    /** Whether every column the filter reads is among {@code columns}. */
    static boolean canPrewhere(ScanFilter filter, Header columns) {
        if (filter == null) return false;
        for (String c : filter.requiredColumns()) if (columns.indexOf(c) < 0) return false;
        return true;
    }

    /**
     * Makes every chunk carry one more column, UInt64, each row's {@code base} + its row number
     * in the part (the locator of a {@link io.strata.core.table.LazyRows} first phase).
     */
    PartReader withLocators(long base) {
        this.locatorBase = base;
        return this;
    }

    /**
     * Makes the reader skip granules none of whose rows can enter a running top-N: the bound's
     * column (among the requested ones, stored in the part) is read first, and when all its
     * values lie beyond the bound the granule's other columns are never decompressed. When one of
     * {@code indexes} is a minmax index over that column and the part has its file, a granule's
     * min and max come from it, and granules beyond the bound are skipped without reading anything.
     */
    PartReader withTopN(io.strata.core.table.TopNThreshold threshold, List<SkipIndex> indexes) {
        int c = threshold == null ? -1 : columns.indexOf(threshold.column());
        if (c < 0 || cursors[c] == null) return this;
        this.topN = threshold;
        this.topNColumn = c;
        for (SkipIndex index : indexes) {
            if (index.kind() != SkipIndex.Kind.MINMAX) continue;
            int element = index.elements().names().indexOf(threshold.column());
            if (element < 0 || !index.elements().type(element).equals(columns.type(c))) continue;
            SkipIndexFile file = part.skipIndex(index);
            if (file != null && file.values[element] instanceof io.strata.core.column.LongColumn) {
                topNIndex = file;
                topNElement = element;
                break;
            }
        }
        if (topNIndex == null && columns.type(c).physicalKind() == io.strata.core.type.PhysicalKind.LONG) {
            topNLearnt = part.learntBounds(threshold.column(), columns.type(c));
        }
        return this;
    }

    /** Whether the index says the current granule holds no row that may enter the top-N (false: unknown or may). */
    private boolean indexExcludesTopN() {
        int e = granule / topNIndex.granularity;
        if (e >= topNIndex.entries || topNIndex.flags[topNElement][e] == SkipIndexFile.FLAG_ONLY_NULLS) return false;
        var values = (io.strata.core.column.LongColumn) topNIndex.values[topNElement];
        return !topN.mayEnter(values.get(2 * e), values.get(2 * e + 1));
    }

    /** Granules skipped so far by the top-N bound (tests, EXPLAIN-like diagnostics). */
    long skippedGranules() {
        return skippedGranules;
    }

    /**
     * With a known top-N bound, reads the bound's column of the current granule into {@code out}
     * and tells whether some row may still enter the top-N; true without a bound.
     */
    private boolean mayEnterTopN(int rows, Column[] out) {
        if (topN == null) return true;
        boolean learnt = topNLearnt != null && topNLearnt.known(granule);
        if (!topN.isSet()) {
            // no bound yet: the column is read now only while there is something to learn of it
            if (learnt || topNLearnt == null) return true;
        } else if (learnt) {
            if (!topN.mayEnter(topNLearnt.min(granule), topNLearnt.max(granule))) return false;
        } else if (topNIndex != null && indexExcludesTopN()) {
            return false;
        }
        Column key = readColumn(topNColumn, rows);
        out[topNColumn] = key;
        if (!(key instanceof io.strata.core.column.LongColumn values) || rows == 0) return true;
        long min = values.get(0), max = min;
        boolean unsigned = key.type() instanceof io.strata.core.type.IntegerType it && !it.signed() && it.bits() == 64;
        for (int i = 1; i < rows; i++) {
            long v = values.get(i);
            if (unsigned ? Long.compareUnsigned(v, min) < 0 : v < min) min = v;
            if (unsigned ? Long.compareUnsigned(v, max) > 0 : v > max) max = v;
        }
        if (topNLearnt != null) topNLearnt.record(granule, min, max);
        return !topN.isSet() || topN.mayEnter(min, max);
    }

    private Column[] newRow() {
        return new Column[cursors.length + (locatorBase >= 0 ? 1 : 0)];
    }

    /** The locators of the current granule's rows. */
    private Column locators(int rows) {
        long[] v = new long[rows];
        long first = locatorBase + part.granuleStart(granule);
        for (int i = 0; i < rows; i++) v[i] = first + i;
        return new io.strata.core.column.LongColumn(io.strata.core.type.DataTypes.UINT64, v);
    }

    @Override
    public Chunk next() {
        while (true) {
            if (closed) return null;
            while (rangeIndex < ranges.size() && granule >= ranges.get(rangeIndex).end()) {
                rangeIndex++;
                if (rangeIndex < ranges.size()) granule = ranges.get(rangeIndex).begin();
            }
            if (rangeIndex >= ranges.size()) {
                close();
                return null;
            }
            int rows = part.granuleRows(granule);
            Column[] out = newRow();
            if (!mayEnterTopN(rows, out)) {
                // rows whose key column was decompressed to decide count as read; the index alone reads none
                if (out[topNColumn] != null) decodedRows += rows;
                skippedGranules++;
                granule++;
                continue;
            }
            if (prewhere == null) return unfiltered(rows, out);
            Chunk c = filtered(rows, out);
            if (c != null) return c;
        }
    }

    private Chunk unfiltered(int rows, Column[] out) {
        for (int i = 0; i < cursors.length; i++) if (out[i] == null) out[i] = readColumn(i, rows);
        if (locatorBase >= 0) out[cursors.length] = locators(rows);
        decodedRows += rows;
        granule++;
        return new Chunk(out, rows);
    }

    private Column readColumn(int i, int rows) {
        return cursors[i] == null ? columns.type(i).defaultColumn(rows) : cursors[i].read(granule, rows);
    }

    /** The current granule through PREWHERE: its passing rows, or null when none passes. */
    private Chunk filtered(int rows, Column[] out) {
        Column[] filterInput = new Column[prewhereColumns.length];
        for (int i = 0; i < filterInput.length; i++) {
            int c = prewhereColumns[i];
            if (out[c] == null) out[c] = readColumn(c, rows);
            filterInput[i] = out[c];
        }
        decodedRows += rows;
        if (selection.length < rows) selection = new int[rows];
        int kept = prewhere.select(new Chunk(filterInput, rows), selection);
        if (kept == 0) {
            // the other columns of this granule are never decompressed: their cursors re-seek later
            granule++;
            return null;
        }
        for (int i = 0; i < cursors.length; i++) if (out[i] == null) out[i] = readColumn(i, rows);
        if (locatorBase >= 0) out[cursors.length] = locators(rows);
        granule++;
        if (kept == rows) return new Chunk(out, rows);
        for (int i = 0; i < out.length; i++) out[i] = out[i].take(selection, kept);
        return new Chunk(out, kept);
    }

    /** With PREWHERE, the rows decompressed so far (before filtering); else -1, the rows returned. */
    @Override
    public long rowsRead() {
        return prewhere == null && topN == null ? -1 : decodedRows;
    }

    /** With PREWHERE every chunk holds only rows the filter passed. */
    @Override
    public boolean filterApplied() {
        return prewhere != null;
    }

    @Override
    public long estimatedRows() {
        long n = 0;
        for (MarkRange r : ranges) n += part.granuleStart(r.end()) - part.granuleStart(r.begin());
        return n;
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        for (ColumnCursor c : cursors) if (c != null) c.close();
        if (compact != null) compact.close();
        part.release();
    }
}
