package io.strata.exec.operator;

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
}
