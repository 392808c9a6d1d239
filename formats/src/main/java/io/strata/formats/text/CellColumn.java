package io.strata.formats.text;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.type.TextSerialization;

/**
 * One column of a chunk prepared for row-by-row text output: Const and LowCardinality expanded,
 * a top-level Nullable split into its values and null map. Formats write the NULL token
 * themselves (each has its own: {@code \N}, {@code null}, {@code NULL}, {@code ᴺᵁᴸᴸ}) and hand
 * non-NULL values to the serialization of the nested type. Built once per chunk, so the per-row
 * work is a null-map check and one serialization call.
 */
public final class CellColumn {
    public final Column values;
    private final byte[] nulls;
    public final TextSerialization text;

    private CellColumn(Column values, byte[] nulls) {
        this.values = values;
        this.nulls = nulls;
        this.text = values.type().text();
    }

    public static CellColumn of(Column column) {
        Column c = column instanceof ConstColumn || column instanceof LowCardinalityColumn ? column.materialize() : column;
        if (c instanceof NullableColumn n) {
            return new CellColumn(n.values(), n.nulls());
        }
        return new CellColumn(c, null);
    }

    public static CellColumn[] of(Chunk chunk) {
        CellColumn[] out = new CellColumn[chunk.width()];
        for (int i = 0; i < out.length; i++) out[i] = of(chunk.column(i));
        return out;
    }

    public boolean isNull(int row) {
        return nulls != null && nulls[row] != 0;
    }
}
