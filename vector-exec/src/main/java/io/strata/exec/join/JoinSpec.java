package io.strata.exec.join;

/**
 * What a join computes, in ClickHouse's terms: the kind (which side's unmatched rows survive)
 * and the strictness (how many matches a row gets). {@code asof} is the closest-match
 * comparison of an ASOF join, written as {@code left asof right}.
 * <ul>
 * <li>ALL: every matching pair (the SQL join).</li>
 * <li>ANY: LEFT pairs each left row with one matching right row; RIGHT pairs each right row with
 * one matching left row; INNER gives one row per key from both sides
 * (any_join_distinct_right_table_keys = 0, modern ClickHouse).</li>
 * <li>SEMI: the rows of the LEFT (RIGHT) side that have a match, once each; ANTI: those that have none.</li>
 * <li>ASOF (INNER or LEFT): each left row with the right row of equal keys whose asof value is closest.</li>
 * </ul>
 */
public record JoinSpec(Kind kind, Strictness strictness, AsofOp asof) {
    public enum Kind { INNER, LEFT, RIGHT, FULL, CROSS }

    public enum Strictness { ALL, ANY, SEMI, ANTI, ASOF }

    /** {@code left.t >= right.t} and the like. */
    public enum AsofOp { GREATER_OR_EQUAL, GREATER, LESS_OR_EQUAL, LESS }

    /** Whether left rows without a match are kept (with default or NULL right columns). */
    public boolean keepsLeft() {
        return kind == Kind.LEFT || kind == Kind.FULL;
    }

    /** Whether build-side rows never matched are emitted after the probe. */
    public boolean emitsUnmatchedRight() {
        return (kind == Kind.RIGHT || kind == Kind.FULL) && strictness != Strictness.SEMI;
    }

    /** Whether the spec is symmetric enough for the planner to swap the sides (build the smaller one). */
    public boolean swappable() {
        return kind == Kind.INNER && strictness == Strictness.ALL;
    }
}
