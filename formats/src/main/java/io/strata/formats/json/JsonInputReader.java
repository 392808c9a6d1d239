package io.strata.formats.json;

import io.strata.core.block.Header;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.settings.Settings;
import io.strata.core.type.DataType;
import io.strata.core.type.text.TextInput;
import io.strata.formats.text.FieldDecoder;
import io.strata.formats.text.InputErrors;
import io.strata.formats.text.RowInputReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared JSON scanning for the JSON input formats: copies one JSON value's bytes (string, number,
 * literal, or a nested object/array) into the field buffer so the column type can parse it, reads
 * object keys, and parses the two row shapes: an object of named values (JSONEachRow, JSON) and
 * an array of values in column order (JSONCompactEachRow, JSONCompact). In the Strings formats
 * every value is a JSON string holding the value's text form ({@code "1"}, {@code "[1,2]"}).
 * A malformed row is skipped to the next line under input_format_allow_errors_*.
 */
abstract class JsonInputReader extends RowInputReader {
    private final boolean strings;
    private final Map<String, Integer> positions = new HashMap<>();
    private final byte[][] names;
    private final boolean[] seen;
    private int nextExpected;

    JsonInputReader(InputStream stream, Header header, FormatSettings settings, Settings querySettings, boolean strings) {
        super(stream, header, settings, querySettings);
        this.strings = strings;
        names = new byte[header.size()][];
        for (int i = 0; i < header.size(); i++) {
            positions.put(header.name(i), i);
            names[i] = header.name(i).getBytes(StandardCharsets.UTF_8);
        }
        seen = new boolean[header.size()];
    }

    /** Skips whitespace and then any commas; used between rows (which may be separated by commas or not). */
    protected final void skipRowSeparators() {
        skipWhitespace();
        while (in.tryRead(',')) skipWhitespace();
    }

    /** Parses one {@code {"name": value, ...}} row; unknown names per input_format_skip_unknown_fields. */
    protected final void readObjectRow(ColumnBuilder[] builders, String format) {
        expect('{');
        Arrays.fill(seen, false);
        nextExpected = 0;
        skipWhitespace();
        if (in.tryRead('}')) return;
        while (true) {
            readKey();
            int i = columnOfKey();
            if (i < 0 && !settings.skipUnknownFields()) {
                throw new DbException(ErrorCode.INCORRECT_DATA, "Unknown field found while parsing " + format + " format: " + fieldString());
            }
            if (i >= 0 && seen[i]) {
                throw new DbException(ErrorCode.INCORRECT_DATA, "Duplicate field found while parsing " + format + " format: " + fieldString());
            }
            skipWhitespace();
            expect(':');
            readValue();
            if (i >= 0) {
                seen[i] = true;
                nextExpected = i + 1;
                decodeValue(i, builders);
            }
            skipWhitespace();
            if (in.tryRead(',')) continue;
            expect('}');
            return;
        }
    }

    /**
     * Parses one {@code [value, ...]} row whose i-th value belongs to header column
     * {@code columnMap[i]} (-1: skipped).
     */
    protected final void readArrayRow(ColumnBuilder[] builders, int[] columnMap, String format) {
        expect('[');
        for (int i = 0; i < columnMap.length; i++) {
            skipWhitespace();
            if (i > 0) {
                if (in.peek() == ']') {
                    throw new DbException(ErrorCode.INCORRECT_DATA, "Expected " + columnMap.length + " values in a " + format
                            + " row, got " + i);
                }
                expect(',');
            }
            readValue();
            if (columnMap[i] >= 0) decodeValue(columnMap[i], builders);
        }
        skipWhitespace();
        if (in.peek() == ',') {
            throw new DbException(ErrorCode.INCORRECT_DATA, "Expected " + columnMap.length + " values in a " + format
                    + " row, got more");
        }
        expect(']');
    }

    /** A {@code ["a", "b"]} line of names or types (WithNames formats, JSON meta). */
    protected final List<String> readStringArray() {
        skipWhitespace();
        expect('[');
        List<String> out = new ArrayList<>();
        skipWhitespace();
        if (in.tryRead(']')) return out;
        while (true) {
            readKey();
            out.add(fieldString());
            skipWhitespace();
            if (in.tryRead(',')) continue;
            expect(']');
            return out;
        }
    }

    /** Decodes the value in the field buffer into column {@code column}: NULL, the JSON form, or the text of a JSON string. */
    private void decodeValue(int column, ColumnBuilder[] builders) {
        DataType type = header.type(column);
        if (fieldIsNull()) {
            decoder.appendNull(type, builders[column]);
            return;
        }
        try {
            if (!strings) {
                decoder.decode(type, builders[column], field, 0, fieldLength, FieldDecoder.Style.JSON);
                return;
            }
            if (fieldLength == 0 || field[0] != '"') {
                throw new DbException(ErrorCode.INCORRECT_DATA, "Expected a JSON string, got " + InputErrors.excerpt(field, 0, fieldLength));
            }
            TextInput.Field text = TextInput.readJsonString(new ReadBuffer(field, 0, fieldLength));
            byte[] bytes = text.toBytes();
            if (type.isNullable() && isNullText(bytes)) {
                builders[column].appendNull();
            } else {
                decoder.decode(type, builders[column], bytes, 0, bytes.length, FieldDecoder.Style.RAW);
            }
        } catch (DbException e) {
            throw new DbException(e.code(), e.getMessage() + " (while reading the value of key " + header.name(column) + ")", e);
        }
    }

    /** The text forms of NULL a Strings format may carry: NULL (any case) or ᴺᵁᴸᴸ. */
    private static boolean isNullText(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        return s.equalsIgnoreCase("NULL") || s.equals("ᴺᵁᴸᴸ");
    }

    /**
     * The column of the key in the field buffer, or -1. Keys usually come in column order, so
     * the column after the previous key is tried first, without building a String.
     */
    private int columnOfKey() {
        int n = names.length;
        if (n == 0) return -1;
        int guess = nextExpected < n ? nextExpected : 0;
        if (Arrays.equals(field, 0, fieldLength, names[guess], 0, names[guess].length)) return guess;
        Integer index = positions.get(fieldString());
        return index == null ? -1 : index;
    }

    /** Copies one JSON value into the field buffer. */
    protected final void readValue() {
        clearField();
        skipWhitespace();
        copyValue(0);
    }

    private void copyValue(int depth) {
        if (depth > 1000) throw new DbException(ErrorCode.INCORRECT_DATA, "JSON value is nested too deeply");
        int c = in.peek();
        switch (c) {
            case '"' -> copyString();
            case '{', '[' -> {
                int close = c == '{' ? '}' : ']';
                appendField(in.read());
                while (true) {
                    skipWhitespace();
                    int p = in.peek();
                    if (p == -1) throw InputErrors.expected(String.valueOf((char) close), in);
                    if (p == close) {
                        appendField(in.read());
                        return;
                    }
                    if (p == ',' || p == ':') {
                        appendField(in.read());
                        continue;
                    }
                    copyValue(depth + 1);
                }
            }
            case -1 -> throw InputErrors.expected("JSON value", in);
            default -> {
                // number, true/false/null: everything up to a structural character
                while (true) {
                    int p = in.peek();
                    if (p == -1 || p == ',' || p == '}' || p == ']' || p == ' ' || p == '\n' || p == '\t' || p == '\r') break;
                    appendField(in.read());
                }
                if (fieldLength == 0) throw InputErrors.expected("JSON value", in);
            }
        }
    }

    private void copyString() {
        appendField(in.read());
        while (true) {
            int c = in.read();
            if (c == -1) {
                throw new DbException(ErrorCode.CANNOT_PARSE_QUOTED_STRING, "Cannot parse JSON string: expected closing quote");
            }
            appendField(c);
            if (c == '\\') {
                int next = in.read();
                if (next != -1) appendField(next);
            } else if (c == '"') {
                return;
            }
        }
    }

    /** Whether the field buffer holds the JSON literal null. */
    protected final boolean fieldIsNull() {
        return fieldEquals("null");
    }

    /** Reads a JSON string (an object key, a name), unescaped, into the field buffer. */
    protected final void readKey() {
        skipWhitespace();
        if (in.peek() != '"') throw InputErrors.expected("\"", in);
        TextInput.Field key = TextInput.readJsonString(in);
        clearField();
        for (int i = 0; i < key.len; i++) appendField(key.array[key.off + i]);
    }

    /** Skips one JSON value of any kind. */
    protected final void skipValue() {
        TextInput.skipJsonValue(in);
    }

    // A malformed row is abandoned up to the next line that is not inside a string, as ClickHouse's
    // skipToUnescapedNextLineOrEOF does.
    @Override
    protected void syncAfterError() {
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\\') in.read();
            else if (c == '\n') return;
        }
    }
}
