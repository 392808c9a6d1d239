package io.strata.exec.operator;

import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import java.util.List;

/**
 * A stable merge sort of row numbers by a {@link RowComparator}. Java has no primitive sort with
 * a comparator; boxing every row would allocate per row, so this sorts {@code int[]} directly.
 * Stability makes ORDER BY deterministic on ties and lets Top-N equal Sort+Limit exactly.
 */
public final class RowSorter {
    private static final int INSERTION_THRESHOLD = 24;

    private RowSorter() {
    }

    /** Sorts {@code rows[0..count)} stably. */
    public static void sort(int[] rows, int count, RowComparator comparator) {
        if (count < 2) return;
        int[] buffer = new int[count];
        System.arraycopy(rows, 0, buffer, 0, count);
        mergeSort(buffer, rows, 0, count, comparator);
    }

    /** Sorts dst[from, to) using src (holding the same values) as scratch. */
    private static void mergeSort(int[] src, int[] dst, int from, int to, RowComparator cmp) {
        int length = to - from;
        if (length <= INSERTION_THRESHOLD) {
            for (int i = from + 1; i < to; i++) {
                int v = dst[i];
                int j = i - 1;
                while (j >= from && cmp.compare(dst[j], v) > 0) {
                    dst[j + 1] = dst[j];
                    j--;
                }
                dst[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(dst, src, from, mid, cmp);
        mergeSort(dst, src, mid, to, cmp);
        // Already ordered halves (common for presorted input): copy through.
        if (cmp.compare(src[mid - 1], src[mid]) <= 0) {
            System.arraycopy(src, from, dst, from, length);
            return;
        }
        int i = from, j = mid, k = from;
        while (i < mid && j < to) {
            dst[k++] = cmp.compare(src[j], src[i]) < 0 ? src[j++] : src[i++];
        }
        while (i < mid) dst[k++] = src[i++];
        while (j < to) dst[k++] = src[j++];
    }

    /** Sorts rows by the keys: a single integer or float key takes the specialised path, the rest the comparator. */
    public static void sort(int[] rows, int count, Column[] columns, List<SortKey> keys) {
        if (keys.size() == 1) {
            long[] sortable = sortableKeys(columns[keys.getFirst().channel()], keys.getFirst(), count);
            if (sortable != null) {
                sortByLong(rows, count, sortable);
                return;
            }
        } else {
            long[] packed = packedKeys(count, columns, keys);
            if (packed != null) {
                sortByLong(rows, count, packed);
                return;
            }
        }
        sort(rows, count, RowComparators.forKeys(columns, columns, keys));
    }

    /**
     * Several integer / float keys packed into one long per row when their value ranges fit in
     * 63 bits together (e.g. a MergeTree key (CounterID, EventDate, UserID) over one insert
     * block): each key contributes (value - min) in as many bits as its range needs, most
     * significant first, so one monomorphic long sort replaces a lexicographic comparator.
     * Null when a key is not a plain numeric column or the ranges are too wide. Keys are indexed
     * by row number.
     */
    static long[] packedKeys(int count, Column[] columns, List<SortKey> keys) {
        long[][] parts = new long[keys.size()][];
        long[] mins = new long[keys.size()];
        int[] bits = new int[keys.size()];
        int total = 0;
        for (int k = 0; k < parts.length; k++) {
            long[] v = sortableKeys(columns[keys.get(k).channel()], keys.get(k), count);
            if (v == null) return null;
            long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
            for (int i = 0; i < count; i++) {
                long x = v[i];
                if (x < min) min = x;
                if (x > max) max = x;
            }
            long range = max - min;
            if (((max ^ min) & (max ^ range)) < 0 || range < 0) return null; // the range overflows a long
            bits[k] = 64 - Long.numberOfLeadingZeros(range);
            total += bits[k];
            if (total > 63) return null;
            parts[k] = v;
            mins[k] = min;
        }
        long[] packed = new long[count];
        for (int k = 0; k < parts.length; k++) {
            long[] v = parts[k];
            long min = mins[k];
            int shift = bits[k];
            for (int i = 0; i < count; i++) packed[i] = (packed[i] << shift) | (v[i] - min);
        }
        return packed;
    }

    /**
     * The key as longs whose signed order is the requested order (direction, signedness, NaN
     * placement folded in), or null when the column is not a plain integer or float column.
     */
    static long[] sortableKeys(Column column, SortKey key, int count) {
        long[] out = new long[count];
        boolean descending = key.descending();
        switch (column) {
            case LongColumn c -> {
                long[] v = c.values();
                long flip = RowComparators.isUnsigned64(c.type()) ? Long.MIN_VALUE : 0;
                long not = descending ? -1L : 0;
                for (int i = 0; i < count; i++) out[i] = (v[i] ^ flip) ^ not;
            }
            case DoubleColumn c -> {
                double[] v = c.values();
                long not = descending ? -1L : 0;
                long nan = key.nullsFirst() ? Long.MIN_VALUE : Long.MAX_VALUE;
                for (int i = 0; i < count; i++) {
                    double d = v[i];
                    if (d != d) {
                        out[i] = nan;
                    } else {
                        long bits = Double.doubleToRawLongBits(d == 0.0 ? 0.0 : d);
                        out[i] = (bits ^ ((bits >> 63) & Long.MAX_VALUE)) ^ not;
                    }
                }
            }
            default -> {
                return null;
            }
        }
        return out;
    }

    /** Stable sort of rows[0..count) by {@code keys[row]} ascending: the comparator sort, monomorphic over a long[]. */
    static void sortByLong(int[] rows, int count, long[] keys) {
        if (count < 2) return;
        int[] buffer = new int[count];
        System.arraycopy(rows, 0, buffer, 0, count);
        mergeSortByLong(buffer, rows, 0, count, keys);
    }

    private static void mergeSortByLong(int[] src, int[] dst, int from, int to, long[] keys) {
        int length = to - from;
        if (length <= INSERTION_THRESHOLD) {
            for (int i = from + 1; i < to; i++) {
                int v = dst[i];
                long kv = keys[v];
                int j = i - 1;
                while (j >= from && keys[dst[j]] > kv) {
                    dst[j + 1] = dst[j];
                    j--;
                }
                dst[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSortByLong(dst, src, from, mid, keys);
        mergeSortByLong(dst, src, mid, to, keys);
        if (keys[src[mid - 1]] <= keys[src[mid]]) {
            System.arraycopy(src, from, dst, from, length);
            return;
        }
        int i = from, j = mid, k = from;
        while (i < mid && j < to) {
            dst[k++] = keys[src[j]] < keys[src[i]] ? src[j++] : src[i++];
        }
        while (i < mid) dst[k++] = src[i++];
        while (j < to) dst[k++] = src[j++];
    }
}
