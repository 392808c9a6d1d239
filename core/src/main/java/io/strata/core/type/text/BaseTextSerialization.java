package io.strata.core.type.text;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.TextSerialization;

/**
 * The shared frame of every text serialization. Writers accept Const and LowCardinality columns
 * transparently (the row is resolved to the value/dictionary row here, once, so subclasses see
 * only their dense column kind). Readers share two ClickHouse input rules: an empty CSV field is
 * the default value (input_format_csv_empty_as_default) and a JSON {@code null} is NULL, or the
 * default value with input_format_null_as_default.
 */
public abstract class BaseTextSerialization implements TextSerialization {
    protected final DataType type;

    protected BaseTextSerialization(DataType type) {
        this.type = type;
    }

    public DataType type() { return type; }

    // ---- writing: resolve Const / LowCardinality, then the dense implementation ----

    @Override
    public final void writeText(Column c, int row, WriteBuffer out, FormatSettings s) {
        switch (c) {
            case ConstColumn k -> writeText(k.value(), 0, out, s);
            case LowCardinalityColumn lc -> writeText(lc.dictionary(), lc.indexAt(row), out, s);
            default -> text(c, row, out, s);
        }
    }

    @Override
    public final void writeEscaped(Column c, int row, WriteBuffer out, FormatSettings s) {
        switch (c) {
            case ConstColumn k -> writeEscaped(k.value(), 0, out, s);
            case LowCardinalityColumn lc -> writeEscaped(lc.dictionary(), lc.indexAt(row), out, s);
            default -> escaped(c, row, out, s);
        }
    }

    @Override
    public final void writeQuoted(Column c, int row, WriteBuffer out, FormatSettings s) {
        switch (c) {
            case ConstColumn k -> writeQuoted(k.value(), 0, out, s);
            case LowCardinalityColumn lc -> writeQuoted(lc.dictionary(), lc.indexAt(row), out, s);
            default -> quoted(c, row, out, s);
        }
    }

    @Override
    public final void writeCsv(Column c, int row, WriteBuffer out, FormatSettings s) {
        switch (c) {
            case ConstColumn k -> writeCsv(k.value(), 0, out, s);
            case LowCardinalityColumn lc -> writeCsv(lc.dictionary(), lc.indexAt(row), out, s);
            default -> csv(c, row, out, s);
        }
    }

    @Override
    public final void writeJson(Column c, int row, WriteBuffer out, FormatSettings s) {
        switch (c) {
            case ConstColumn k -> writeJson(k.value(), 0, out, s);
            case LowCardinalityColumn lc -> writeJson(lc.dictionary(), lc.indexAt(row), out, s);
            default -> json(c, row, out, s);
        }
    }

    /** Plain form of a dense (non-Const, non-LowCardinality) column's row. */
    protected abstract void text(Column c, int row, WriteBuffer out, FormatSettings s);

    protected void escaped(Column c, int row, WriteBuffer out, FormatSettings s) {
        text(c, row, out, s);
    }

    protected void quoted(Column c, int row, WriteBuffer out, FormatSettings s) {
        text(c, row, out, s);
    }

    protected void csv(Column c, int row, WriteBuffer out, FormatSettings s) {
        text(c, row, out, s);
    }

    protected void json(Column c, int row, WriteBuffer out, FormatSettings s) {
        text(c, row, out, s);
    }

    // ---- reading ----

    @Override
    public final void readCsv(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        if (TextInput.atEmptyCsvField(in, s.csvDelimiter())) {
            b.appendDefault();
            return;
        }
        csvValue(in, b, s);
    }

    @Override
    public final void readJson(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        TextInput.skipWhitespace(in);
        if (in.peek() == 'n' && TextInput.tryWord(in, "null")) {
            if (!type.isNullable() && !s.nullAsDefault()) {
                throw new DbException(ErrorCode.CANNOT_INSERT_NULL_IN_ORDINARY_COLUMN, "Cannot insert NULL value into a column of type '" + type + "'");
            }
            b.appendDefault();
            return;
        }
        jsonValue(in, b, s);
    }

    /** One CSV field that is not empty. */
    protected abstract void csvValue(ReadBuffer in, ColumnBuilder b, FormatSettings s);

    /** One JSON value that is not {@code null}. */
    protected abstract void jsonValue(ReadBuffer in, ColumnBuilder b, FormatSettings s);

    /** After a whole-text value: only whitespace may follow (CAST('12a' AS Int32) fails). */
    protected final void expectEnd(ReadBuffer in) {
        TextInput.skipWhitespace(in);
        if (!in.eof()) {
            throw new DbException(ErrorCode.CANNOT_PARSE_TEXT, "Cannot parse string as " + type + ": unexpected data after the value at position " + in.position());
        }
    }
}
