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
        }
        sort(rows, count, RowComparators.forKeys(columns, columns, keys));
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
