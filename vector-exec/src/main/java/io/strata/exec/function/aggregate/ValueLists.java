package io.strata.exec.function.aggregate;

import io.strata.core.column.ArrayColumnBuilder;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.ArrayType;

/** What the list-collecting aggregates (groupArray, groupUniqArray) share: per-group value lists. */
final class ValueLists {
    private ValueLists() {
    }

    /** One array per group from the groups' value builders (null: the group saw nothing). */
    static Column arrays(ArrayType type, ColumnBuilder[] values, int groupCount) {
        ArrayColumnBuilder out = new ArrayColumnBuilder(type, groupCount);
        ColumnBuilder elements = out.elements();
        for (int g = 0; g < groupCount; g++) {
            ColumnBuilder b = values[g];
            if (b != null && b.size() > 0) {
                Column col = b.build();
                for (int i = 0, n = col.size(); i < n; i++) elements.append(col, i);
            }
            out.endArray();
        }
        return out.build();
    }

    /** State layout (version 1): VarUInt count, then each value in ValueCodec form. */
    static void serialize(ColumnBuilder b, WriteBuffer out) {
        int n = b == null ? 0 : b.size();
        StateIO.writeVarUInt(out, n);
        if (n == 0) return;
        Column col = b.build();
        KeyBuffer scratch = new KeyBuffer();
        for (int i = 0; i < n; i++) {
            scratch.reset();
            ValueCodec.write(scratch, col, i);
            scratch.copyTo(out);
        }
    }
}
