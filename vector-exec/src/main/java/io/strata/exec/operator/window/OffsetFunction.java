package io.strata.exec.operator.window;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.type.DataType;

/**
 * Functions that return the value of another row: lagInFrame / leadInFrame (the row {@code offset}
 * before / after the current one, if it is inside the frame), lag / lead (the same within the whole
 * partition, as modern ClickHouse defines them) and nth_value (the n-th row of the frame). Outside
 * the frame the result is the {@code default} argument when given, else the type's default value.
 * Arguments: the value, then (when {@code hasDefault}) the default, already of the result type.
 */
public final class OffsetFunction implements WindowFunction {
    public enum Kind { LAG_IN_FRAME, LEAD_IN_FRAME, LAG, LEAD, NTH_VALUE }

    private final Kind kind;
    private final long offset;
    private final boolean hasDefault;
    private final DataType type;

    public OffsetFunction(Kind kind, long offset, boolean hasDefault, DataType type) {
        this.kind = kind;
        this.offset = offset;
        this.hasDefault = hasDefault;
        this.type = type;
    }

    @Override
    public DataType type() {
        return type;
    }

    @Override
    public Column evaluate(WindowLayout l, Column[] arguments) {
        int n = l.rowCount;
        Column value = arguments[0];
        Column fallback = hasDefault ? arguments[1] : null;
        ColumnBuilder out = type.createBuilder(n);
        for (int r = 0; r < n; r++) {
            long target;
            int lo, hi;
            switch (kind) {
                case LAG_IN_FRAME, LAG -> target = r - offset;
                case LEAD_IN_FRAME, LEAD -> target = r + offset;
                default -> target = (long) l.frameStart[r] + offset - 1;
            }
            if (kind == Kind.LAG || kind == Kind.LEAD) {
                lo = l.partitionStart[r];
                hi = l.partitionEnd[r];
            } else {
                lo = l.frameStart[r];
                hi = l.frameEnd[r];
            }
            if (target >= lo && target < hi) out.append(value, (int) target);
            else if (fallback != null) out.append(fallback, r);
            else out.appendDefault();
        }
        return out.build();
    }
}
