package io.strata.exec.operator.window;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;

/**
 * A window frame: {@code ROWS|RANGE BETWEEN start AND end}. Offsets are non-negative numbers of
 * rows (ROWS) or distances on the single ORDER BY column (RANGE). ClickHouse's default, used when
 * a window names no frame, is {@code RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW}: with peers
 * of the current row, and so the whole partition when the window has no ORDER BY.
 */
public record FrameSpec(boolean rows, Bound start, Bound end) {
    public enum Kind { UNBOUNDED_PRECEDING, PRECEDING, CURRENT_ROW, FOLLOWING, UNBOUNDED_FOLLOWING }

    /** One end of the frame; {@code offset} matters only for PRECEDING and FOLLOWING. */
    public record Bound(Kind kind, double offset) {
        public static Bound of(Kind kind) {
            return new Bound(kind, 0);
        }

        /** The position as a signed distance from the current row, for comparing two bounds. */
        double signed() {
            return switch (kind) {
                case UNBOUNDED_PRECEDING -> Double.NEGATIVE_INFINITY;
                case PRECEDING -> -offset;
                case CURRENT_ROW -> 0;
                case FOLLOWING -> offset;
                case UNBOUNDED_FOLLOWING -> Double.POSITIVE_INFINITY;
            };
        }

        String text() {
            return switch (kind) {
                case UNBOUNDED_PRECEDING -> "UNBOUNDED PRECEDING";
                case PRECEDING -> format(offset) + " PRECEDING";
                case CURRENT_ROW -> "CURRENT ROW";
                case FOLLOWING -> format(offset) + " FOLLOWING";
                case UNBOUNDED_FOLLOWING -> "UNBOUNDED FOLLOWING";
            };
        }

        private static String format(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }

    public static final FrameSpec DEFAULT = new FrameSpec(false, Bound.of(Kind.UNBOUNDED_PRECEDING), Bound.of(Kind.CURRENT_ROW));
    public static final FrameSpec WHOLE_PARTITION = new FrameSpec(true, Bound.of(Kind.UNBOUNDED_PRECEDING),
            Bound.of(Kind.UNBOUNDED_FOLLOWING));

    public FrameSpec {
        if (start.kind == Kind.UNBOUNDED_FOLLOWING) {
            throw new DbException(ErrorCode.BAD_ARGUMENTS, "Frame start cannot be UNBOUNDED FOLLOWING");
        }
        if (end.kind == Kind.UNBOUNDED_PRECEDING) {
            throw new DbException(ErrorCode.BAD_ARGUMENTS, "Frame end cannot be UNBOUNDED PRECEDING");
        }
        for (Bound b : new Bound[] {start, end}) {
            if (b.offset < 0 || Double.isNaN(b.offset)) {
                throw new DbException(ErrorCode.BAD_ARGUMENTS, "Frame offset must be a non-negative number, got " + b.offset);
            }
        }
        if (start.signed() > end.signed()) {
            throw new DbException(ErrorCode.BAD_ARGUMENTS, "Frame start offset " + start.text()
                    + " does not precede the frame end offset " + end.text());
        }
    }

    /** Whether the frame starts at the partition's first row whatever the row, so frames only grow. */
    public boolean startsAtPartition() {
        return start.kind == Kind.UNBOUNDED_PRECEDING;
    }

    /** Whether the frame needs numeric ORDER BY values (RANGE with an offset). */
    public boolean rangeOffsets() {
        return !rows && (start.kind == Kind.PRECEDING || start.kind == Kind.FOLLOWING
                || end.kind == Kind.PRECEDING || end.kind == Kind.FOLLOWING);
    }

    @Override
    public String toString() {
        return (rows ? "ROWS" : "RANGE") + " BETWEEN " + start.text() + " AND " + end.text();
    }
}
