package io.strata.core.type.text;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.MapColumn;
import io.strata.core.column.MapColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.MapType;
import io.strata.core.type.TextSerialization;
import io.strata.core.type.TypeId;

/**
 * Map(K, V): {@code {'k':1,'k2':2}} with keys and values in the quoted form. JSON writes an
 * object {@code {"k":1}}; a non-String key becomes a JSON string of its plain text
 * ({@code {"1":2}}), as ClickHouse does, and is parsed back from that text.
 */
public final class MapTextSerialization extends CompositeTextSerialization {
    private final TextSerialization key;
    private final TextSerialization value;
    private final boolean stringKey;

    public MapTextSerialization(MapType type) {
        super(type);
        this.key = type.key().text();
        this.value = type.value().text();
        TypeId k = type.key().unwrap().id();
        this.stringKey = k == TypeId.STRING || k == TypeId.FIXED_STRING;
    }

    @Override
    protected void text(Column c, int row, WriteBuffer out, FormatSettings s) {
        MapColumn m = (MapColumn) c;
        ArrayColumn nested = m.nested();
        Column keys = m.keys(), values = m.values();
        out.write('{');
        for (int i = nested.start(row), end = nested.start(row + 1); i < end; i++) {
            if (i > nested.start(row)) out.write(',');
            key.writeQuoted(keys, i, out, s);
            out.write(':');
            value.writeQuoted(values, i, out, s);
        }
        out.write('}');
    }

    @Override
    protected void json(Column c, int row, WriteBuffer out, FormatSettings s) {
        MapColumn m = (MapColumn) c;
        ArrayColumn nested = m.nested();
        Column keys = m.keys(), values = m.values();
        out.write('{');
        for (int i = nested.start(row), end = nested.start(row + 1); i < end; i++) {
            if (i > nested.start(row)) out.write(',');
            if (stringKey) {
                key.writeJson(keys, i, out, s);
            } else {
                WriteBuffer tmp = new WriteBuffer();
                key.writeText(keys, i, tmp, s);
                byte[] k = tmp.toByteArray();
                TextOutput.writeJson(out, k, 0, k.length);
            }
            out.write(':');
            value.writeJson(values, i, out, s);
        }
        out.write('}');
    }

    @Override
    protected void readTextForm(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        MapColumnBuilder mb = (MapColumnBuilder) b;
        if (!in.tryRead('{')) {
            throw new DbException(ErrorCode.CANNOT_READ_ALL_DATA, "Map does not start with '{' character");
        }
        TextInput.skipWhitespace(in);
        if (!in.tryRead('}')) {
            do {
                key.readQuoted(in, mb.keys(), s);
                TextInput.skipWhitespace(in);
                TextInput.expect(in, ':', "Map");
                TextInput.skipWhitespace(in);
                value.readQuoted(in, mb.values(), s);
                mb.endEntry();
            } while (nextElement(in, '}', "Map"));
        }
        mb.endMap();
    }

    @Override
    protected void jsonValue(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        MapColumnBuilder mb = (MapColumnBuilder) b;
        if (!in.tryRead('{')) {
            throw new DbException(ErrorCode.CANNOT_READ_ALL_DATA, "Map does not start with '{' character");
        }
        TextInput.skipWhitespace(in);
        if (!in.tryRead('}')) {
            do {
                if (stringKey) {
                    key.readJson(in, mb.keys(), s);
                } else {
                    key.readText(TextInput.copyToBuffer(TextInput.readJsonString(in)), mb.keys(), s);
                }
                TextInput.skipWhitespace(in);
                TextInput.expect(in, ':', "Map");
                TextInput.skipWhitespace(in);
                value.readJson(in, mb.values(), s);
                mb.endEntry();
            } while (nextElement(in, '}', "Map"));
        }
        mb.endMap();
    }
}
