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

    /**
     * Sorts rows by the keys. Integer and float keys take the specialised paths: a single key, or
     * several whose value ranges fit 63 bits together, become one long per row sorted by radix;
     * keys too wide for that are packed as far as they fit (the leading keys whole, then the top
     * bits of the next one), sorted by radix, and only the runs of rows whose packed prefix ties
     * go through the comparator. Anything else (strings, Nullable, ...) uses the comparator.
     */
    public static void sort(int[] rows, int count, Column[] columns, List<SortKey> keys) {
        if (count < 2) return;
        if (keys.size() == 1) {
            long[] sortable = sortableKeys(columns[keys.getFirst().channel()], keys.getFirst(), count);
            if (sortable != null) {
                sortByLong(rows, count, sortable);
                return;
            }
        } else {
            PackedPrefix packed = packedPrefix(count, columns, keys);
            if (packed != null) {
                sortByLong(rows, count, packed.keys());
                if (!packed.complete()) sortTies(rows, count, packed.keys(), RowComparators.forKeys(columns, columns, keys));
                return;
            }
        }
        sort(rows, count, RowComparators.forKeys(columns, columns, keys));
    }

    /** Keys packed into one long per row; {@code complete} when the packing holds every key whole. */
    record PackedPrefix(long[] keys, boolean complete) {
    }

    /**
     * Several integer / float keys packed into one long per row, most significant first: each
     * key contributes (value - min) in as many bits as its range needs (e.g. a MergeTree key
     * (CounterID, EventDate, ...) over one insert block) while they fit 63 bits; the first key
     * that does not fit contributes its top bits, which still orders rows by it wherever those
     * bits differ. Null when a leading key is not a plain numeric column, or when not even the
     * first key's top bits could be packed. Keys are indexed by row number.
     */
    static PackedPrefix packedPrefix(int count, Column[] columns, List<SortKey> keys) {
        long[] packed = new long[count];
        int total = 0;
        boolean complete = true;
        for (int k = 0; k < keys.size(); k++) {
            long[] v = sortableKeys(columns[keys.get(k).channel()], keys.get(k), count);
            if (v == null) {
                complete = false;
                break;
            }
            long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
            for (int i = 0; i < count; i++) {
                long x = v[i];
                if (x < min) min = x;
                if (x > max) max = x;
            }
            // max - min as an unsigned number: the true difference is below 2^64
            int bits = 64 - Long.numberOfLeadingZeros(max - min);
            int room = 63 - total;
            if (room == 0) {
                complete = bits == 0 && complete;
                if (bits == 0) continue;
                break;
            }
            if (bits <= room) {
                for (int i = 0; i < count; i++) packed[i] = (packed[i] << bits) | (v[i] - min);
                total += bits;
                continue;
            }
            // the top bits of this key, as many as are left; the comparator settles the ties
            int drop = bits - room;
            for (int i = 0; i < count; i++) packed[i] = (packed[i] << room) | ((v[i] - min) >>> drop);
            total = 63;
            complete = false;
            break;
        }
        if (total == 0 && !complete) return null;
        return new PackedPrefix(packed, complete);
    }

    /**
     * Rows sorted by a packed prefix: each run of rows with equal prefixes is sorted again by the
     * full comparator (stable, so equal rows keep their order).
     */
    private static void sortTies(int[] rows, int count, long[] prefix, RowComparator cmp) {
        int[] scratch = null;
        int start = 0;
        while (start < count) {
            long p = prefix[rows[start]];
            int end = start + 1;
            while (end < count && prefix[rows[end]] == p) end++;
            if (end - start > 1) {
                // the merge sort of rows[start, end) in place, its scratch shared by every run
                if (scratch == null) scratch = new int[count];
                System.arraycopy(rows, start, scratch, start, end - start);
                mergeSort(scratch, rows, start, end, cmp);
            }
            start = end;
        }
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

    /** Below this many rows the merge sort beats the radix sort's fixed passes over its histograms. */
    private static final int RADIX_THRESHOLD = 1024;
    private static final int RADIX_BITS = 11;
    private static final int RADIX_BUCKETS = 1 << RADIX_BITS;

    /**
     * Stable sort of rows[0..count) by {@code keys[row]} ascending (signed order). Large inputs
     * use an LSD radix sort on (key, row) pairs copied side by side: a few linear passes instead
     * of n log n comparisons that chase {@code keys[row]} all over memory; digits that are the
     * same for every row are skipped.
     */
    static void sortByLong(int[] rows, int count, long[] keys) {
        if (count < 2) return;
        if (count < RADIX_THRESHOLD) {
            int[] buffer = new int[count];
            System.arraycopy(rows, 0, buffer, 0, count);
            mergeSortByLong(buffer, rows, 0, count, keys);
            return;
        }
        long[] k = new long[count];
        long first = keys[rows[0]] ^ Long.MIN_VALUE, differ = 0;
        for (int i = 0; i < count; i++) {
            long x = keys[rows[i]] ^ Long.MIN_VALUE; // signed order as unsigned digits
            k[i] = x;
            differ |= x ^ first;
        }
        if (differ == 0) return; // one key: already in order
        int[] r = rows;
        long[] k2 = new long[count];
        int[] r2 = new int[count];
        int[] histogram = new int[RADIX_BUCKETS];
        int highest = 64 - Long.numberOfLeadingZeros(differ);
        for (int shift = 0; shift < highest; shift += RADIX_BITS) {
            if (((differ >>> shift) & (RADIX_BUCKETS - 1)) == 0) continue; // this digit is the same everywhere
            java.util.Arrays.fill(histogram, 0);
            for (int i = 0; i < count; i++) histogram[(int) (k[i] >>> shift) & (RADIX_BUCKETS - 1)]++;
            int sum = 0;
            for (int b = 0; b < RADIX_BUCKETS; b++) {
                int c = histogram[b];
                histogram[b] = sum;
                sum += c;
            }
            for (int i = 0; i < count; i++) {
                long x = k[i];
                int at = histogram[(int) (x >>> shift) & (RADIX_BUCKETS - 1)]++;
                k2[at] = x;
                r2[at] = r[i];
            }
            long[] tk = k;
            k = k2;
            k2 = tk;
            int[] tr = r;
            r = r2;
            r2 = tr;
        }
        if (r != rows) System.arraycopy(r, 0, rows, 0, count);
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
