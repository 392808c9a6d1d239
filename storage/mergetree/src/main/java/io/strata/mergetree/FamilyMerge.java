package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.table.ChunkSource;
import io.strata.core.type.DataType;
import io.strata.core.type.PhysicalKind;
import io.strata.core.type.TypeId;
import io.strata.exec.operator.RowComparator;
import io.strata.exec.operator.RowComparators;
import io.strata.exec.operator.SortKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a MergeTree family's rule to a stream sorted by the merge key (stored columns in
 * table order): rows of equal key form a group, and each group becomes zero or more output rows.
 * Used by merges and by SELECT ... FINAL (where ReplacingMergeTree's is_deleted rows vanish).
 *
 * <ul>
 *   <li>Replacing: the row with the highest version (the last one on ties or without a version);</li>
 *   <li>Summing: the first row with the columns to sum replaced by their sums and
 *       SimpleAggregateFunction columns combined with their function; a row whose sums are all zero
 *       disappears (never when a SimpleAggregateFunction column is combined);</li>
 *   <li>Aggregating: the first row, with SimpleAggregateFunction columns (outside the sorting key)
 *       combined with their function ({@link SimpleAggregateColumns});</li>
 *   <li>Collapsing: the first -1 row and/or the last +1 row as ClickHouse decides from the counts;</li>
 *   <li>VersionedCollapsing: within a key and version, +1/-1 rows cancel pairwise, the excess stays.</li>
 * </ul>
 */
final class FamilyMerge implements ChunkSource {
    private final ChunkSource input;
    private final MergeTreeSchema schema;
    private final boolean finalSelect;
    private final int blockSize;
    private final Header header;
    private final int versionColumn;
    private final int signColumn;
    private final int isDeletedColumn;
    private final boolean[] summed;
    /** The SimpleAggregateFunction columns combined with their function (Aggregating, Summing), or null. */
    private final SimpleAggregateColumns simple;
    private final List<Chunk> ready = new ArrayList<>();
    private ColumnBuilder[] out;
    private boolean inputDone;

    // current group
    private Chunk groupChunk; // chunk holding the group's first row (for the key)
    private Column[] groupKeys;
    private int groupRow = -1;
    private int groupSlot; // the group's row in the output block being built
    private Chunk bestChunk;
    private int bestRow;
    private long bestVersion;
    private long[] longSums;
    private double[] doubleSums;
    private Chunk firstNegChunk, lastPosChunk;
    private int firstNegRow, lastPosRow, positives, negatives;
    private boolean lastPositive;
    private final List<Chunk> keptChunks = new ArrayList<>();
    private final List<Integer> keptRows = new ArrayList<>();
    private int net;

    FamilyMerge(ChunkSource input, MergeTreeSchema schema, boolean finalSelect, int blockSize) {
        this.input = input;
        this.schema = schema;
        this.finalSelect = finalSelect;
        this.blockSize = Math.max(1, blockSize);
        this.header = schema.header();
        this.versionColumn = schema.versionColumn() == null ? -1 : header.indexOf(schema.versionColumn());
        this.signColumn = schema.signColumn() == null ? -1 : header.indexOf(schema.signColumn());
        this.isDeletedColumn = schema.isDeletedColumn() == null ? -1 : header.indexOf(schema.isDeletedColumn());
        this.summed = new boolean[header.size()];
        boolean[] combined = new boolean[header.size()];
        List<String> keyColumns = new ArrayList<>();
        for (int k = 0; k < schema.sortingKey().size(); k++) {
            if (schema.sortingColumn(k) >= 0) keyColumns.add(header.name(schema.sortingColumn(k)));
        }
        if (schema.mode() == MergeMode.SUMMING) {
            for (int i = 0; i < summed.length; i++) {
                DataType t = header.type(i);
                boolean numeric = !t.isNullable() && (t.physicalKind() == PhysicalKind.LONG && (t.isInteger() || t.id() == TypeId.DECIMAL)
                        || t.physicalKind() == PhysicalKind.DOUBLE) && t.id() != TypeId.BOOL;
                boolean listed = schema.columnsToSum().isEmpty() ? !keyColumns.contains(header.name(i))
                        : schema.columnsToSum().contains(header.name(i)) && !keyColumns.contains(header.name(i));
                // a SimpleAggregateFunction column combines with its own function instead of a sum (ClickHouse 21.1+)
                combined[i] = listed && t.simpleAggregateFunction() != null;
                summed[i] = numeric && listed && !combined[i];
            }
        } else if (schema.mode() == MergeMode.AGGREGATING) {
            for (int i = 0; i < combined.length; i++) {
                combined[i] = header.type(i).simpleAggregateFunction() != null && !keyColumns.contains(header.name(i));
            }
        }
        this.simple = SimpleAggregateColumns.of(header, combined);
        longSums = new long[header.size()];
        doubleSums = new double[header.size()];
        newBuilders();
    }

    private void newBuilders() {
        out = new ColumnBuilder[header.size()];
        for (int i = 0; i < out.length; i++) out[i] = header.type(i).createBuilder(blockSize);
    }

    @Override
    public Chunk next() {
        while (ready.isEmpty() && !inputDone) {
            Chunk c = input.next();
            if (c == null) {
                inputDone = true;
                if (groupRow >= 0) endGroup();
                flush();
                break;
            }
            consume(c);
        }
        return ready.isEmpty() ? null : ready.remove(0);
    }

    private Column[] keysOf(Chunk c) {
        return schema.mergeKeyColumns(c);
    }

    private void consume(Chunk c) {
        Column[] keys = keysOf(c);
        List<SortKey> order = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) order.add(SortKey.ascending(i));
        RowComparator toGroup = groupRow >= 0 ? RowComparators.forKeys(keys, groupKeys, order) : null;
        RowComparator within = RowComparators.forKeys(keys, keys, order);
        int n = c.rowCount();
        if (simple != null) simple.beginChunk(c);
        for (int r = 0; r < n; r++) {
            boolean same;
            if (groupRow < 0) {
                same = false;
            } else if (groupChunk == c) {
                same = within.compare(r, groupRow) == 0;
            } else {
                same = toGroup.compare(r, groupRow) == 0;
            }
            if (!same) {
                if (groupRow >= 0) endGroup();
                groupChunk = c;
                groupKeys = keys;
                groupRow = r;
                startGroup(c, r);
            }
            if (simple != null) simple.assign(r, groupSlot);
            addRow(c, r);
        }
        if (simple != null) simple.feed();
    }

    private void startGroup(Chunk c, int r) {
        // Replacing with a version picks its row in addRow; the others start from the first row
        bestChunk = schema.mode() == MergeMode.REPLACING && versionColumn >= 0 ? null : c;
        bestRow = r;
        bestVersion = Long.MIN_VALUE;
        groupSlot = out[0].size();
        positives = negatives = 0;
        firstNegChunk = lastPosChunk = null;
        keptChunks.clear();
        keptRows.clear();
        net = 0;
        java.util.Arrays.fill(longSums, 0);
        java.util.Arrays.fill(doubleSums, 0);
    }

    private void addRow(Chunk c, int r) {
        switch (schema.mode()) {
            case ORDINARY -> append(c, r);
            case REPLACING -> {
                if (versionColumn < 0) {
                    bestChunk = c;
                    bestRow = r;
                } else {
                    long v = ((LongColumn) c.column(versionColumn).materialize()).get(r);
                    boolean unsigned = header.type(versionColumn).id() == TypeId.UINT64;
                    if (bestChunk == null || (unsigned ? Long.compareUnsigned(v, bestVersion) >= 0 : v >= bestVersion)) {
                        bestChunk = c;
                        bestRow = r;
                        bestVersion = v;
                    }
                }
            }
            case SUMMING -> {
                for (int i = 0; i < summed.length; i++) {
                    if (!summed[i]) continue;
                    Column col = c.column(i).materialize();
                    if (col instanceof LongColumn l) longSums[i] += l.get(r);
                    else if (col instanceof DoubleColumn d) doubleSums[i] += d.get(r);
                }
            }
            case AGGREGATING -> {
                // plain columns keep the first row's value; SimpleAggregateFunction columns are fed to `simple`
            }
            case COLLAPSING -> {
                long sign = ((LongColumn) c.column(signColumn).materialize()).get(r);
                if (sign == 1) {
                    positives++;
                    lastPosChunk = c;
                    lastPosRow = r;
                    lastPositive = true;
                } else if (sign == -1) {
                    negatives++;
                    if (firstNegChunk == null) {
                        firstNegChunk = c;
                        firstNegRow = r;
                    }
                    lastPositive = false;
                }
            }
            case VERSIONED_COLLAPSING -> {
                long sign = ((LongColumn) c.column(signColumn).materialize()).get(r);
                int s = sign == 1 ? 1 : sign == -1 ? -1 : 0;
                if (s == 0) return;
                if (net == 0 || Integer.signum(net) == s) {
                    keptChunks.add(c);
                    keptRows.add(r);
                    net += s;
                } else {
                    // cancels the earliest kept row of the opposite sign
                    keptChunks.remove(0);
                    keptRows.remove(0);
                    net += s;
                }
            }
        }
    }

    private void endGroup() {
        switch (schema.mode()) {
            case ORDINARY -> {
            }
            case REPLACING -> {
                if (finalSelect && isDeletedColumn >= 0
                        && ((LongColumn) bestChunk.column(isDeletedColumn).materialize()).get(bestRow) != 0) {
                    break;
                }
                append(bestChunk, bestRow);
            }
            case SUMMING -> {
                boolean anySummed = false, allZero = true;
                for (int i = 0; i < summed.length; i++) {
                    if (!summed[i]) continue;
                    anySummed = true;
                    if (wrap(i, longSums[i]) != 0 || doubleSums[i] != 0) allZero = false;
                }
                // a row is dropped only when every combined column is a sum that came to zero (ClickHouse's rule)
                if (anySummed && allZero && simple == null) break;
                for (int i = 0; i < out.length; i++) {
                    if (!summed[i]) {
                        out[i].append(bestChunk.column(i), bestRow);
                    } else if (header.type(i).physicalKind() == PhysicalKind.DOUBLE) {
                        out[i].append(new DoubleColumn(header.type(i), new double[] {doubleSums[i]}), 0);
                    } else {
                        out[i].append(new LongColumn(header.type(i), new long[] {wrap(i, longSums[i])}), 0);
                    }
                }
                afterAppend();
            }
            case AGGREGATING -> append(bestChunk, bestRow);
            case COLLAPSING -> {
                if (positives == negatives && !lastPositive) break;
                if (positives <= negatives && firstNegChunk != null) append(firstNegChunk, firstNegRow);
                if (positives >= negatives && lastPosChunk != null) append(lastPosChunk, lastPosRow);
            }
            case VERSIONED_COLLAPSING -> {
                for (int i = 0; i < keptRows.size(); i++) append(keptChunks.get(i), keptRows.get(i));
            }
        }
        groupRow = -1;
    }

    /** Wraps a sum to the column's integer width, as ClickHouse's fixed-width arithmetic does. */
    private long wrap(int column, long v) {
        DataType t = header.type(column);
        if (t.id() == TypeId.DECIMAL) return v;
        int bits = t.fixedWidth() * 8;
        if (bits <= 0 || bits >= 64) return v;
        boolean signed = switch (t.id()) {
            case INT8, INT16, INT32 -> true;
            default -> false;
        };
        return signed ? (v << (64 - bits)) >> (64 - bits) : v & ((1L << bits) - 1);
    }

    private void append(Chunk c, int r) {
        for (int i = 0; i < out.length; i++) out[i].append(c.column(i), r);
        afterAppend();
    }

    private void afterAppend() {
        if (out[0].size() >= blockSize) flush();
    }

    private void flush() {
        if (out.length == 0 || out[0].size() == 0) return;
        Column[] cols = new Column[out.length];
        for (int i = 0; i < cols.length; i++) cols[i] = out[i].build();
        // combined columns hold the first row's values as placeholders until here
        if (simple != null) simple.results(cols, cols[0].size());
        ready.add(new Chunk(cols, cols[0].size()));
        newBuilders();
    }

    @Override
    public void close() {
        input.close();
    }
}
