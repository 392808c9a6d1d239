package io.strata.exec.function.aggregate;

import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;

/** One group's state of an approximate distinct count (uniq, uniqHLL12, uniqCombined). */
interface CardinalitySketch {
    /** Adds one key (already transformed as the function's ClickHouse counterpart does). */
    void insert(long key);

    /** Folds another sketch of the same kind into this one. */
    void merge(CardinalitySketch other);

    long estimate();

    void write(WriteBuffer out);

    /** Reads a sketch written by {@link #write} and merges it into this one. */
    void readAndMerge(ReadBuffer in);

    long byteSize();
}
