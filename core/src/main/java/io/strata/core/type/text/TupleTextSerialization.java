package io.strata.core.type.text;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.TupleColumn;
import io.strata.core.column.TupleColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.TextSerialization;
import io.strata.core.type.TupleType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tuple: {@code (1,'a')} with elements in the quoted form. CSV writes the elements as separate
 * fields ({@code 1,"a"}), as ClickHouse does. JSON writes an unnamed tuple as an array
 * {@code [1,"a"]} and a named one as an object {@code {"x":1,"y":"a"}}
 * (output_format_json_named_tuples_as_objects); both are accepted on input.
 */
public final class TupleTextSerialization extends CompositeTextSerialization {
    private final TextSerialization[] elements;
    private final byte[][] names; // null for an unnamed tuple

    public TupleTextSerialization(TupleType type) {
        super(type);
        List<io.strata.core.type.DataType> types = type.elements();
        this.elements = new TextSerialization[types.size()];
        for (int i = 0; i < elements.length; i++) elements[i] = types.get(i).text();
        if (type.names() != null) {
            names = new byte[elements.length][];
            for (int i = 0; i < elements.length; i++) names[i] = type.names().get(i).getBytes(StandardCharsets.UTF_8);
        } else {
            names = null;
        }
    }

    @Override
    protected void text(Column c, int row, WriteBuffer out, FormatSettings s) {
        TupleColumn t = (TupleColumn) c;
        out.write('(');
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) out.write(',');
            elements[i].writeQuoted(t.element(i), row, out, s);
        }
        out.write(')');
    }

    @Override
    protected void csv(Column c, int row, WriteBuffer out, FormatSettings s) {
        TupleColumn t = (TupleColumn) c;
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) out.write(s.csvDelimiter());
            elements[i].writeCsv(t.element(i), row, out, s);
        }
    }

    @Override
    protected void json(Column c, int row, WriteBuffer out, FormatSettings s) {
        TupleColumn t = (TupleColumn) c;
        out.write(names == null ? '[' : '{');
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) out.write(',');
            if (names != null) {
                TextOutput.writeJson(out, names[i], 0, names[i].length);
                out.write(':');
            }
            elements[i].writeJson(t.element(i), row, out, s);
        }
        out.write(names == null ? ']' : '}');
    }

    @Override
    protected void readTextForm(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        TupleColumnBuilder tb = (TupleColumnBuilder) b;
        TextInput.expect(in, '(', "Tuple");
        for (int i = 0; i < elements.length; i++) {
            TextInput.skipWhitespace(in);
            elements[i].readQuoted(in, tb.element(i), s);
            TextInput.skipWhitespace(in);
            if (i + 1 < elements.length) TextInput.expect(in, ',', "Tuple");
        }
        TextInput.skipWhitespace(in);
        in.tryRead(','); // ClickHouse allows a trailing comma: (1,)
        TextInput.skipWhitespace(in);
        TextInput.expect(in, ')', "Tuple");
        tb.endTuple();
    }

    @Override
    protected void csvValue(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        TupleColumnBuilder tb = (TupleColumnBuilder) b;
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) TextInput.expect(in, s.csvDelimiter(), "Tuple in CSV");
            elements[i].readCsv(in, tb.element(i), s);
        }
        tb.endTuple();
    }

    @Override
    protected void jsonValue(ReadBuffer in, ColumnBuilder b, FormatSettings s) {
        TupleColumnBuilder tb = (TupleColumnBuilder) b;
        if (in.peek() == '{') {
            readJsonObject(in, tb, s);
            return;
        }
        TextInput.expect(in, '[', "Tuple");
        for (int i = 0; i < elements.length; i++) {
            TextInput.skipWhitespace(in);
            elements[i].readJson(in, tb.element(i), s);
            TextInput.skipWhitespace(in);
            if (i + 1 < elements.length) TextInput.expect(in, ',', "Tuple");
        }
        TextInput.skipWhitespace(in);
        TextInput.expect(in, ']', "Tuple");
        tb.endTuple();
    }

    private void readJsonObject(ReadBuffer in, TupleColumnBuilder tb, FormatSettings s) {
        in.read();
        boolean[] seen = new boolean[elements.length];
        TextInput.skipWhitespace(in);
        if (!in.tryRead('}')) {
            do {
                TextInput.skipWhitespace(in);
                String key = TextInput.readJsonString(in).toString();
                TextInput.skipWhitespace(in);
                TextInput.expect(in, ':', "Tuple");
                TextInput.skipWhitespace(in);
                int idx = indexOf(key);
                if (idx < 0 || seen[idx]) {
                    if (idx < 0 && s.skipUnknownFields()) {
                        TextInput.skipJsonValue(in);
                        continue;
                    }
                    throw new DbException(ErrorCode.INCORRECT_DATA, (idx < 0 ? "Unknown" : "Duplicate") + " element '" + key + "' for " + type.name());
                }
                elements[idx].readJson(in, tb.element(idx), s);
                seen[idx] = true;
            } while (nextElement(in, '}', "Tuple"));
        }
        for (int i = 0; i < elements.length; i++) {
            if (!seen[i]) tb.element(i).appendDefault();
        }
        tb.endTuple();
    }

    private int indexOf(String key) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        if (names == null) {
            // unnamed tuples accept 1-based positions as keys
            try {
                int i = Integer.parseInt(key) - 1;
                return i >= 0 && i < elements.length ? i : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        for (int i = 0; i < names.length; i++) if (java.util.Arrays.equals(names[i], k)) return i;
        return -1;
    }
}
