package io.strata.core.type.text;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.ArrayColumnBuilder;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.ArrayType;
import io.strata.core.type.TextSerialization;

/** Array(T): {@code [e1,e2]} with elements in T's quoted form ({@code ['a','b']}); JSON {@code [..]} of JSON elements. */
public final class ArrayTextSerialization extends CompositeTextSerialization {
    private final TextSerialization element;

    public ArrayTextSerialization(ArrayType type) {
        super(type);
        this.element = type.element().text();
    }

    @Override
    protected void text(Column c, int row, WriteBuffer out, FormatSettings s) {
        ArrayColumn a = (ArrayColumn) c;
        Column e = a.elements();
        out.write('[');
        for (int i = a.start(row), end = a.start(row + 1); i < end; i++) {
            if (i > a.start(row)) out.write(',');
            element.writeQuoted(e, i, out, s);
        }
        out.write(']');
    }

    @Override
    protected void json(Column c, int row, WriteBuffer out, FormatSettings s) {
        ArrayColumn a = (ArrayColumn) c;
        Column e = a.elements();
        out.write('[');
        for (int i = a.start(row), end = a.start(row + 1); i < end; i++) {
            if (i > a.start(row)) out.write(',');
            element.writeJson(e, i, out, s);
        }
        out.write(']');
    }

    @Override
    protected void readTextForm(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        ArrayColumnBuilder ab = (ArrayColumnBuilder) b;
        if (!in.tryRead('[')) {
            throw new DbException(ErrorCode.CANNOT_READ_ARRAY_FROM_TEXT, "Array does not start with '[' character");
        }
        TextInput.skipWhitespace(in);
        if (!in.tryRead(']')) {
            do {
                element.readQuoted(in, ab.elements(), s);
            } while (nextElement(in, ']', "Array"));
        }
        ab.endArray();
    }

    @Override
    protected void jsonValue(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        ArrayColumnBuilder ab = (ArrayColumnBuilder) b;
        if (!in.tryRead('[')) {
            throw new DbException(ErrorCode.CANNOT_READ_ARRAY_FROM_TEXT, "Array does not start with '[' character");
        }
        TextInput.skipWhitespace(in);
        if (!in.tryRead(']')) {
            do {
                element.readJson(in, ab.elements(), s);
            } while (nextElement(in, ']', "Array"));
        }
        ab.endArray();
    }
}
