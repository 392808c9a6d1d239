package io.strata.client;

/** Told about a running statement's progress (the interactive prompt draws its progress bar from it). */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = stats -> { };

    /** The statement's counters so far (sums, not increments); called on the statement's thread. */
    void progress(QueryStats stats);
}
