package io.strata.mergetree;

/** What a merge does with rows of equal sorting key: the MergeTree family member's rule. */
public enum MergeMode {
    /** MergeTree: keep every row. */
    ORDINARY("MergeTree"),
    /** ReplacingMergeTree([ver[, is_deleted]]): keep the last (or highest-version) row per key. */
    REPLACING("ReplacingMergeTree"),
    /** SummingMergeTree([columns]): sum numeric columns per key. */
    SUMMING("SummingMergeTree"),
    /** AggregatingMergeTree: combine SimpleAggregateFunction / AggregateFunction columns per key. */
    AGGREGATING("AggregatingMergeTree"),
    /** CollapsingMergeTree(sign): cancel +1/-1 row pairs per key. */
    COLLAPSING("CollapsingMergeTree"),
    /** VersionedCollapsingMergeTree(sign, version): cancel pairs of equal key and version. */
    VERSIONED_COLLAPSING("VersionedCollapsingMergeTree");

    private final String engineName;

    MergeMode(String engineName) {
        this.engineName = engineName;
    }

    public String engineName() {
        return engineName;
    }
}
