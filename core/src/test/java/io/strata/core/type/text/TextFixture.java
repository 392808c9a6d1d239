package io.strata.core.type.text;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/** Shared helpers: parse a value in one style into a one-row column, write a row in one style. */
final class TextFixture {
    static final FormatSettings UTC = FormatSettings.DEFAULT.withTimeZone(ZoneId.of("UTC"));

    enum Style { TEXT, ESCAPED, QUOTED, CSV, JSON }

    static String write(Column c, int row, Style style, FormatSettings s) {
        WriteBuffer out = new WriteBuffer();
        var t = c.type().text();
        switch (style) {
            case TEXT -> t.writeText(c, row, out, s);
            case ESCAPED -> t.writeEscaped(c, row, out, s);
            case QUOTED -> t.writeQuoted(c, row, out, s);
            case CSV -> t.writeCsv(c, row, out, s);
            case JSON -> t.writeJson(c, row, out, s);
        }
        return out.toString();
    }

    static String write(Column c, Style style) {
        return write(c, 0, style, UTC);
    }

    /** Reads one value; {@code streamed} uses a tiny-window stream to exercise buffer refills. */
    static Column read(DataType type, String input, Style style, FormatSettings s, boolean streamed) {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        ReadBuffer in = streamed ? new ReadBuffer(new TrickleStream(bytes)) : new ReadBuffer(bytes);
        ColumnBuilder b = type.createBuilder(1);
        var t = type.text();
        switch (style) {
            case TEXT -> t.readText(in, b, s);
            case ESCAPED -> t.readEscaped(in, b, s);
            case QUOTED -> t.readQuoted(in, b, s);
            case CSV -> t.readCsv(in, b, s);
            case JSON -> t.readJson(in, b, s);
        }
        return b.build();
    }

    static Column read(String typeName, String input, Style style) {
        return read(DataTypes.parse(typeName), input, style, UTC, false);
    }

    /** Parses {@code input} in {@code style} and writes it back in the same style. */
    static String roundTrip(String typeName, String input, Style style) {
        DataType t = DataTypes.parse(typeName);
        String a = write(read(t, input, style, UTC, false), 0, style, UTC);
        String b = write(read(t, input, style, UTC, true), 0, style, UTC);
        if (!a.equals(b)) throw new AssertionError("streamed and array reads differ: " + a + " vs " + b);
        return a;
    }

    /** Parses a value from its plain text, then writes it in {@code style}. */
    static String show(String typeName, String text, Style style) {
        return write(read(typeName, text, Style.TEXT), style);
    }

    /** An input stream returning at most 3 bytes per read. */
    static final class TrickleStream extends ByteArrayInputStream {
        TrickleStream(byte[] b) {
            super(b);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 3));
        }
    }
}
