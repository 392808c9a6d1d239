package io.strata.core.type.text;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;

/**
 * Array, Tuple and Map share one text form ({@code [..]}, {@code (..)}, {@code {..}} with
 * elements in the quoted form). TabSeparated writes and reads that form as is (ClickHouse does
 * not escape it again), CSV wraps it in one double-quoted field.
 */
abstract class CompositeTextSerialization extends BaseTextSerialization {
    CompositeTextSerialization(DataType type) {
        super(type);
    }

    /** Reads the text form ({@code [1,'a']}) from the current position. */
    protected abstract void readTextForm(ReadBuffer in, ColumnBuilder b, FormatSettings s);

    @Override
    protected void csv(Column c, int row, WriteBuffer out, FormatSettings s) {
        WriteBuffer tmp = new WriteBuffer();
        text(c, row, tmp, s);
        byte[] bytes = tmp.toByteArray();
        TextOutput.writeCsv(out, bytes, 0, bytes.length);
    }

    @Override
    public void readText(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        TextInput.skipWhitespace(in);
        readTextForm(in, b, s);
        expectEnd(in);
    }

    @Override
    public void readEscaped(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        readTextForm(in, b, s);
    }

    @Override
    public void readQuoted(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        readTextForm(in, b, s);
    }

    @Override
    protected void csvValue(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        ReadBuffer field = TextInput.copyToBuffer(TextInput.readCsvField(in, s.csvDelimiter()));
        TextInput.skipWhitespace(field);
        readTextForm(field, b, s);
        expectEnd(field);
    }

    /** After an element: skips {@code ,} and returns true, or consumes {@code close} and returns false. */
    static boolean nextElement(ReadBuffer in, char close, String what) {
        TextInput.skipWhitespace(in);
        if (in.tryRead(',')) {
            TextInput.skipWhitespace(in);
            return true;
        }
        TextInput.expect(in, close, what);
        return false;
    }
}
