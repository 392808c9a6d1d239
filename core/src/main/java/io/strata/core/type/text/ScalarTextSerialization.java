package io.strata.core.type.text;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;

/**
 * A type whose value is one field of text (numbers, dates, UUID, IPs, enums). Every reading style
 * first cuts out the field (unescaping it) and then hands the bytes to {@link #parse}, which must
 * consume all of them. Subclasses say whether the value is written in quotes in the quoted, CSV
 * and JSON forms (dates, UUIDs: yes; numbers: no).
 */
public abstract class ScalarTextSerialization extends BaseTextSerialization {
    private final boolean quotedForm;

    protected ScalarTextSerialization(DataType type, boolean quotedForm) {
        super(type);
        this.quotedForm = quotedForm;
    }

    /** Parses the whole field and appends the value; throws a DbException naming the type on bad input. */
    protected abstract void parse(TextInput.Field f, ColumnBuilder b, FormatSettings s);

    @Override
    protected void quoted(Column c, int row, WriteBuffer out, FormatSettings s) {
        if (quotedForm) {
            out.write('\'');
            text(c, row, out, s);
            out.write('\'');
        } else {
            text(c, row, out, s);
        }
    }

    @Override
    protected void csv(Column c, int row, WriteBuffer out, FormatSettings s) {
        if (quotedForm) {
            out.write('"');
            text(c, row, out, s);
            out.write('"');
        } else {
            text(c, row, out, s);
        }
    }

    @Override
    protected void json(Column c, int row, WriteBuffer out, FormatSettings s) {
        if (quotedForm) {
            out.write('"');
            text(c, row, out, s);
            out.write('"');
        } else {
            text(c, row, out, s);
        }
    }

    @Override
    public void readText(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        parse(TextInput.readWhole(in), b, s);
    }

    @Override
    public void readEscaped(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        parse(TextInput.readEscapedField(in), b, s);
    }

    @Override
    public void readQuoted(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        parse(quotedForm || in.peek() == '\'' ? TextInput.readQuotedString(in) : TextInput.readToken(in), b, s);
    }

    @Override
    protected void csvValue(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        parse(TextInput.readCsvField(in, s.csvDelimiter()), b, s);
    }

    @Override
    protected void jsonValue(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        parse(in.peek() == '"' ? TextInput.readJsonString(in) : TextInput.readToken(in), b, s);
    }
}
