package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.type.DataType;
import io.strata.exec.operator.Columns;
import io.strata.exec.operator.RowComparator;
import io.strata.exec.operator.RowComparators;
import io.strata.exec.operator.RowSorter;
import io.strata.exec.operator.SortKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the data-skipping index files of one part while its granules are written: each granule
 * (rows in the table's stored-column order) updates the open entry of every index, an entry
 * closes after {@code GRANULARITY} granules, and {@link #finish} writes one file per index into
 * the part directory, listed in checksums.txt. Indexes Strata only declares (ngrambf_v1,
 * tokenbf_v1) get no file.
 */
final class SkipIndexWriter {
    private final List<Builder> builders = new ArrayList<>();

    SkipIndexWriter(List<SkipIndex> indexes) {
        for (SkipIndex i : indexes) if (i.kind().isBuilt()) builders.add(new Builder(i));
    }

    boolean isEmpty() {
        return builders.isEmpty();
    }

    /** Adds one granule (stored columns in table order). */
    void addGranule(Chunk stored) {
        for (Builder b : builders) b.add(stored);
    }

    /** Closes the open entries and writes the files. */
    void finish(Path dir, Checksums checksums) throws IOException {
        for (Builder b : builders) {
            String file = PartFiles.skipIndexFile(b.index.name());
            ChecksummedFile f = new ChecksummedFile(dir.resolve(file));
            f.write(b.build().serialize(b.index));
            f.finish();
            checksums.add(file, f.size(), f.crc(), 0);
        }
    }

    /** One index's entries so far and its open entry. */
    private static final class Builder {
        final SkipIndex index;
        final int elements;
        int entries;
        int granulesInEntry;
        // minmax
        final List<byte[]> flags = new ArrayList<>();
        final List<List<Column>> minmaxRows = new ArrayList<>();
        final Column[] openMinMax;
        final boolean[] openHasNull;
        // set
        final List<List<Column>> setValues = new ArrayList<>();
        final List<int[]> setSizes = new ArrayList<>();
        final Column[] openSet;
        final boolean[] openOverflow;
        // bloom_filter
        final List<List<BloomFilter>> blooms = new ArrayList<>();
        final boolean[] hashed;
        long[][] openHashes;
        int[] openHashCount;

        Builder(SkipIndex index) {
            this.index = index;
            this.elements = index.elements().size();
            openMinMax = new Column[elements];
            openHasNull = new boolean[elements];
            openSet = new Column[elements];
            openOverflow = new boolean[elements];
            hashed = new boolean[elements];
            Arrays.fill(hashed, true);
            openHashes = new long[elements][1024];
            openHashCount = new int[elements];
            for (int k = 0; k < elements; k++) {
                minmaxRows.add(new ArrayList<>());
                setValues.add(new ArrayList<>());
                blooms.add(new ArrayList<>());
                flags.add(new byte[16]);
                setSizes.add(new int[16]);
            }
        }

        void add(Chunk stored) {
            Column[] values = index.evaluate(stored);
            for (int k = 0; k < elements; k++) {
                switch (index.kind()) {
                    case MINMAX -> addMinMax(k, values[k]);
                    case SET -> addSet(k, values[k]);
                    case BLOOM_FILTER -> addHashes(k, values[k]);
                    default -> {
                    }
                }
            }
            if (++granulesInEntry == index.granularity()) closeEntry();
        }

        private void addMinMax(int k, Column c) {
            int lo = -1, hi = -1;
            if (c instanceof io.strata.core.column.LongColumn longs && isPlainInteger(c.type()) && c.size() > 0) {
                // the implicit indexes put one on every numeric column: a primitive loop, no comparator calls
                long[] v = longs.values();
                boolean unsigned = c.type() instanceof io.strata.core.type.IntegerType t && !t.signed() && t.bits() == 64;
                long min = v[0], max = v[0];
                lo = 0;
                hi = 0;
                for (int r = 1; r < c.size(); r++) {
                    long x = v[r];
                    if (unsigned ? Long.compareUnsigned(x, min) < 0 : x < min) {
                        min = x;
                        lo = r;
                    }
                    if (unsigned ? Long.compareUnsigned(x, max) > 0 : x > max) {
                        max = x;
                        hi = r;
                    }
                }
            } else {
                RowComparator cmp = RowComparators.create(c, c, 1);
                for (int r = 0; r < c.size(); r++) {
                    if (c.isNullAt(r)) {
                        openHasNull[k] = true;
                        continue;
                    }
                    if (lo < 0 || cmp.compare(r, lo) < 0) lo = r;
                    if (hi < 0 || cmp.compare(r, hi) > 0) hi = r;
                }
            }
            if (lo < 0) return;
            Column candidate = c.take(new int[] {lo, hi}, 2);
            if (openMinMax[k] == null) {
                openMinMax[k] = candidate;
                return;
            }
            Column both = Columns.concatColumns(List.of(openMinMax[k], candidate));
            RowComparator bc = RowComparators.create(both, both, 1);
            int min = bc.compare(2, 0) < 0 ? 2 : 0;
            int max = bc.compare(3, 1) > 0 ? 3 : 1;
            openMinMax[k] = both.take(new int[] {min, max}, 2);
        }

        /** Integer, Date and DateTime columns: their long values order as the values do (signed, or unsigned for UInt64). */
        private static boolean isPlainInteger(DataType t) {
            return t instanceof io.strata.core.type.IntegerType i && i.bits() <= 64 || t instanceof io.strata.core.type.DateType
                    || t instanceof io.strata.core.type.DateTimeType;
        }

        private void addSet(int k, Column c) {
            if (openOverflow[k]) return;
            Column all = openSet[k] == null ? c : Columns.concatColumns(List.of(openSet[k], c));
            Column distinct = distinct(all);
            long max = index.maxRows();
            if (max > 0 && distinct.size() > max) {
                openOverflow[k] = true;
                openSet[k] = null;
            } else {
                openSet[k] = distinct;
            }
        }

        private void addHashes(int k, Column c) {
            if (!hashed[k]) return;
            if (!ValueHashes.supports(c)) {
                // arrays: bloom_filter would hash their elements for has(); no condition here uses that
                hashed[k] = false;
                return;
            }
            if (openHashes[k].length < openHashCount[k] + c.size()) {
                openHashes[k] = Arrays.copyOf(openHashes[k], Math.max(openHashes[k].length * 2, openHashCount[k] + c.size()));
            }
            openHashCount[k] = ValueHashes.hashRows(c, openHashes[k], openHashCount[k]);
        }

        /** Ends the open entry (also for a partial last entry). */
        void closeEntry() {
            int e = entries++;
            for (int k = 0; k < elements; k++) {
                switch (index.kind()) {
                    case MINMAX -> {
                        byte flag;
                        if (openMinMax[k] == null) {
                            flag = SkipIndexFile.FLAG_ONLY_NULLS;
                            minmaxRows.get(k).add(placeholder(index.elements().type(k)));
                        } else {
                            flag = openHasNull[k] ? SkipIndexFile.FLAG_VALUES_AND_NULLS : SkipIndexFile.FLAG_VALUES;
                            minmaxRows.get(k).add(openMinMax[k]);
                        }
                        byte[] f = grow(flags, k, e);
                        f[e] = flag;
                        openMinMax[k] = null;
                        openHasNull[k] = false;
                    }
                    case SET -> {
                        int[] sizes = growInts(setSizes, k, e);
                        if (openOverflow[k]) {
                            sizes[e] = -1;
                        } else {
                            Column v = openSet[k] == null ? index.elements().type(k).createBuilder(0).build() : openSet[k];
                            sizes[e] = v.size();
                            if (v.size() > 0) setValues.get(k).add(v);
                        }
                        openSet[k] = null;
                        openOverflow[k] = false;
                    }
                    case BLOOM_FILTER -> {
                        long[] h = openHashes[k];
                        int n = openHashCount[k];
                        Arrays.sort(h, 0, n);
                        int distinct = 0;
                        for (int i = 0; i < n; i++) if (i == 0 || h[i] != h[i - 1]) distinct++;
                        BloomFilter f = BloomFilter.sizedFor(distinct, index.falsePositive());
                        for (int i = 0; i < n; i++) if (i == 0 || h[i] != h[i - 1]) f.add(h[i]);
                        blooms.get(k).add(f);
                        openHashCount[k] = 0;
                    }
                    default -> {
                    }
                }
            }
            granulesInEntry = 0;
        }

        SkipIndexFile build() {
            if (granulesInEntry > 0) closeEntry();
            int g = index.granularity();
            switch (index.kind()) {
                case MINMAX -> {
                    byte[][] f = new byte[elements][];
                    Column[] v = new Column[elements];
                    for (int k = 0; k < elements; k++) {
                        f[k] = Arrays.copyOf(flags.get(k), entries);
                        v[k] = concat(minmaxRows.get(k), index.elements().type(k));
                    }
                    return new SkipIndexFile(index.kind(), g, entries, f, v, null, null, null);
                }
                case SET -> {
                    int[][] offsets = new int[elements][entries + 1];
                    boolean[][] overflow = new boolean[elements][entries];
                    Column[] v = new Column[elements];
                    for (int k = 0; k < elements; k++) {
                        int[] sizes = setSizes.get(k);
                        for (int e = 0; e < entries; e++) {
                            overflow[k][e] = sizes[e] < 0;
                            offsets[k][e + 1] = offsets[k][e] + Math.max(0, sizes[e]);
                        }
                        v[k] = concat(setValues.get(k), index.elements().type(k));
                    }
                    return new SkipIndexFile(index.kind(), g, entries, null, v, offsets, overflow, null);
                }
                default -> {
                    BloomFilter[][] b = new BloomFilter[elements][];
                    for (int k = 0; k < elements; k++) b[k] = hashed[k] ? blooms.get(k).toArray(new BloomFilter[0]) : null;
                    return new SkipIndexFile(index.kind(), g, entries, null, null, null, null, b);
                }
            }
        }

        private static Column placeholder(DataType type) {
            return type.defaultColumn(2);
        }

        private static Column concat(List<Column> parts, DataType type) {
            if (parts.isEmpty()) return type.createBuilder(0).build();
            return Columns.concatColumns(parts);
        }

        private static byte[] grow(List<byte[]> list, int k, int e) {
            byte[] a = list.get(k);
            if (e >= a.length) list.set(k, a = Arrays.copyOf(a, Math.max(16, a.length * 2)));
            return a;
        }

        private static int[] growInts(List<int[]> list, int k, int e) {
            int[] a = list.get(k);
            if (e >= a.length) list.set(k, a = Arrays.copyOf(a, Math.max(16, a.length * 2)));
            return a;
        }
    }

    /** The distinct values of a column (NULL counts as one value), in sorted order. */
    static Column distinct(Column c) {
        int n = c.size();
        if (n <= 1) return c;
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) rows[i] = i;
        RowSorter.sort(rows, n, new Column[] {c}, List.of(SortKey.ascending(0)));
        RowComparator cmp = RowComparators.create(c, c, 1);
        int kept = 1;
        for (int i = 1; i < n; i++) {
            if (cmp.compare(rows[i], rows[kept - 1]) != 0) rows[kept++] = rows[i];
        }
        return kept == n ? c.take(rows, n) : c.take(rows, kept);
    }
}
