package io.strata.core.type.text;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.LowCardinalityColumnBuilder;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.LowCardinalityType;
import io.strata.core.type.TextSerialization;

/**
 * LowCardinality(T) is written and read exactly as T. The base class already resolves a
 * LowCardinality column's row to its dictionary row, so writers just delegate. A reader parses
 * into a one-value builder of T and appends that to the dictionary-encoding builder (one small
 * allocation per value: LowCardinality input is deduplicated through a hash map anyway).
 */
public final class LowCardinalityTextSerialization extends BaseTextSerialization {
    private final DataType innerType;
    private final TextSerialization inner;

    public LowCardinalityTextSerialization(LowCardinalityType type) {
        super(type);
        this.innerType = type.inner();
        this.inner = innerType.text();
    }

    @Override protected void text(Column c, int row, WriteBuffer out, FormatSettings s) { inner.writeText(c, row, out, s); }
    @Override protected void escaped(Column c, int row, WriteBuffer out, FormatSettings s) { inner.writeEscaped(c, row, out, s); }
    @Override protected void quoted(Column c, int row, WriteBuffer out, FormatSettings s) { inner.writeQuoted(c, row, out, s); }
    @Override protected void csv(Column c, int row, WriteBuffer out, FormatSettings s) { inner.writeCsv(c, row, out, s); }
    @Override protected void json(Column c, int row, WriteBuffer out, FormatSettings s) { inner.writeJson(c, row, out, s); }

    private interface ValueReader {
        void read(ColumnBuilder target);
    }

    private void read(ColumnBuilder b, ValueReader reader) {
        if (b instanceof LowCardinalityColumnBuilder) {
            ColumnBuilder one = innerType.createBuilder(1);
            reader.read(one);
            b.append(one.build(), 0);
        } else {
            reader.read(b);
        }
    }

    @Override public void readText(ReadBuffer in, ColumnBuilder b, FormatSettings s) { read(b, t -> inner.readText(in, t, s)); }
    @Override public void readEscaped(ReadBuffer in, ColumnBuilder b, FormatSettings s) { read(b, t -> inner.readEscaped(in, t, s)); }
    @Override public void readQuoted(ReadBuffer in, ColumnBuilder b, FormatSettings s) { read(b, t -> inner.readQuoted(in, t, s)); }
    @Override protected void csvValue(ReadBuffer in, ColumnBuilder b, FormatSettings s) { read(b, t -> inner.readCsv(in, t, s)); }
    @Override protected void jsonValue(ReadBuffer in, ColumnBuilder b, FormatSettings s) { read(b, t -> inner.readJson(in, t, s)); }
}
