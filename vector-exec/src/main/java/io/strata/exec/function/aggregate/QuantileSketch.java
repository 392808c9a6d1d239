package io.strata.exec.function.aggregate;

import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;

/** One group's state of a quantile estimator that keeps its own structure (timing, t-digest, deterministic). */
interface QuantileSketch {
    /** Adds value x with the given weight (1 for the unweighted functions); determinator for quantileDeterministic. */
    void add(double x, long weight, long determinator);

    void merge(QuantileSketch other);

    /** The quantile at each level; NaN for an empty state. */
    double[] get(double[] levels);

    void write(WriteBuffer out);

    void readAndMerge(ReadBuffer in);

    long byteSize();
}
