package io.strata.formats.binary;

/**
 * The rows of a column that an encoder works on in one call: either the contiguous range
 * {@code [start, start + count)} or the listed positions {@code index[0, count)}. Slot {@code k}
 * of the caller's size and cursor arrays belongs to the k-th selected row. Mutable and reused, so
 * that selecting rows costs no allocation per batch.
 */
final class RowSelection {
    int[] index;
    int start;
    int count;

    static RowSelection range(int start, int count) {
        RowSelection s = new RowSelection();
        s.setRange(start, count);
        return s;
    }

    void setRange(int start, int count) {
        this.index = null;
        this.start = start;
        this.count = count;
    }

    void setIndex(int[] index, int count) {
        this.index = index;
        this.start = 0;
        this.count = count;
    }

    boolean contiguous() {
        return index == null;
    }

    /** The column row of slot {@code k}. */
    int row(int k) {
        return index == null ? start + k : index[k];
    }
}
