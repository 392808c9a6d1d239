package io.strata.sql.ast;

/** {@code ROWS|RANGE BETWEEN start AND end}; end is null for the single-bound form {@code ROWS start}. */
public record WindowFrame(Unit unit, Bound start, Bound end) {
    public enum Unit { ROWS, RANGE }

    public enum BoundKind { UNBOUNDED_PRECEDING, PRECEDING, CURRENT_ROW, FOLLOWING, UNBOUNDED_FOLLOWING }

    /** offset is set only for PRECEDING and FOLLOWING. */
    public record Bound(BoundKind kind, Expr offset) {
    }
}
