package io.strata.core.type.text;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;

/**
 * String: raw bytes in plain text, TabSeparated-escaped, single-quoted in the quoted form, always
 * double-quoted in CSV, JSON-escaped in JSON. JSON input also accepts a bare scalar (number,
 * true/false) as its text, as input_format_json_read_numbers_as_strings /
 * input_format_json_read_bools_as_strings do by default.
 */
public class StringTextSerialization extends BaseTextSerialization {

    public StringTextSerialization(DataType type) {
        super(type);
    }

    @Override
    protected void text(Column c, int row, WriteBuffer out, FormatSettings s) {
        StringColumn sc = (StringColumn) c;
        out.write(sc.bytes(), sc.start(row), sc.length(row));
    }

    @Override
    protected void escaped(Column c, int row, WriteBuffer out, FormatSettings s) {
        StringColumn sc = (StringColumn) c;
        TextOutput.writeEscaped(out, sc.bytes(), sc.start(row), sc.length(row));
    }

    @Override
    protected void quoted(Column c, int row, WriteBuffer out, FormatSettings s) {
        StringColumn sc = (StringColumn) c;
        TextOutput.writeQuoted(out, sc.bytes(), sc.start(row), sc.length(row));
    }

    @Override
    protected void csv(Column c, int row, WriteBuffer out, FormatSettings s) {
        StringColumn sc = (StringColumn) c;
        TextOutput.writeCsv(out, sc.bytes(), sc.start(row), sc.length(row));
    }

    @Override
    protected void json(Column c, int row, WriteBuffer out, FormatSettings s) {
        StringColumn sc = (StringColumn) c;
        TextOutput.writeJson(out, sc.bytes(), sc.start(row), sc.length(row));
    }

    private static void append(ColumnBuilder b, TextInput.Field f) {
        ((StringColumnBuilder) b).append(f.array, f.off, f.len);
    }

    @Override
    public void readText(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        append(b, TextInput.readWhole(in));
    }

    @Override
    public void readEscaped(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        append(b, TextInput.readEscapedField(in));
    }

    @Override
    public void readQuoted(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        append(b, TextInput.readQuotedString(in));
    }

    @Override
    protected void csvValue(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        append(b, TextInput.readCsvField(in, s.csvDelimiter()));
    }

    @Override
    protected void jsonValue(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        append(b, in.peek() == '"' ? TextInput.readJsonString(in) : TextInput.readToken(in));
    }
}
