package io.strata.core.type.text;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;

/**
 * Nothing has no values: it is only seen inside Nullable(Nothing) (every row NULL, so the inner
 * writer is never reached) or as the element of an empty Array(Nothing). Should a row still be
 * written, it prints as NULL; any value on input is an error.
 */
public final class NothingTextSerialization extends BaseTextSerialization {
    public NothingTextSerialization(DataType type) {
        super(type);
    }

    @Override
    protected void text(Column c, int row, WriteBuffer out, FormatSettings s) {
        out.write("NULL");
    }

    @Override
    protected void escaped(Column c, int row, WriteBuffer out, FormatSettings s) {
        out.write("\\N");
    }

    @Override
    protected void csv(Column c, int row, WriteBuffer out, FormatSettings s) {
        out.write("\\N");
    }

    @Override
    protected void json(Column c, int row, WriteBuffer out, FormatSettings s) {
        out.write("null");
    }

    private DbException error() {
        return new DbException(ErrorCode.CANNOT_PARSE_TEXT, "Cannot read a value of type Nothing from text");
    }

    @Override public void readText(ReadBuffer in, ColumnBuilder b, FormatSettings s) { throw error(); }
    @Override public void readEscaped(ReadBuffer in, ColumnBuilder b, FormatSettings s) { throw error(); }
    @Override public void readQuoted(ReadBuffer in, ColumnBuilder b, FormatSettings s) { throw error(); }
    @Override protected void csvValue(ReadBuffer in, ColumnBuilder b, FormatSettings s) { throw error(); }
    @Override protected void jsonValue(ReadBuffer in, ColumnBuilder b, FormatSettings s) { throw error(); }
}
