package io.strata.mergetree;

/** Granules {@code [begin, end)} of a part. */
public record MarkRange(int begin, int end) {
    public int size() {
        return end - begin;
    }
}
