package io.strata.exec.operator;

/** Compares row {@code left} of one column (or row set) with row {@code right} of another. */
@FunctionalInterface
public interface RowComparator {
    int compare(int left, int right);
}
