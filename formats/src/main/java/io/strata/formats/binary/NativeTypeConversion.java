package io.strata.formats.binary;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.LowCardinalityType;
import io.strata.formats.text.FieldDecoder;

/**
 * Converts a column read from a Native block to the type of the table column it goes into, as
 * ClickHouse's Native input does with input_format_native_allow_types_conversion: the same type
 * with or without LowCardinality is re-encoded directly; any other pair goes value by value
 * through the text form (the formats module cannot see the CAST functions), so that numbers
 * widen, strings parse into numbers and dates, and a value the target cannot hold is TYPE_MISMATCH.
 * NULLs follow input_format_null_as_default for a target that is not Nullable.
 */
final class NativeTypeConversion {
    private NativeTypeConversion() {
    }

    static Column convert(String name, Column column, DataType from, DataType to, FormatSettings settings) {
        if (from.equals(to)) return column;
        if (DataTypes.removeLowCardinality(from).equals(DataTypes.removeLowCardinality(to))) {
            if (to instanceof LowCardinalityType) {
                ColumnBuilder b = to.createBuilder(column.size());
                for (int r = 0; r < column.size(); r++) b.append(column, r);
                return b.build();
            }
            return column.materialize();
        }
        Column source = column.materialize();
        DataType sourceType = DataTypes.removeLowCardinality(from);
        ColumnBuilder b = to.createBuilder(source.size());
        FieldDecoder decoder = new FieldDecoder(settings);
        WriteBuffer text = new WriteBuffer();
        int row = 0;
        try {
            for (; row < source.size(); row++) {
                if (source.isNullAt(row)) {
                    decoder.appendNull(to, b);
                    continue;
                }
                text.truncate(0);
                sourceType.text().writeEscaped(source, row, text, settings);
                byte[] bytes = text.toByteArray();
                decoder.decode(to, b, bytes, 0, bytes.length, FieldDecoder.Style.ESCAPED);
            }
        } catch (DbException e) {
            throw new DbException(ErrorCode.TYPE_MISMATCH, "Cannot convert column " + name + " from type " + from.name() + " to "
                    + to.name() + " (row " + (row + 1) + "): " + e.getMessage(), e);
        }
        return b.build();
    }
}
