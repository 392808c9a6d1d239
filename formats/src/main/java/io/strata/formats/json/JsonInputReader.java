package io.strata.formats.json;

import io.strata.core.block.Header;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.formats.text.InputErrors;
import io.strata.formats.text.RowInputReader;
import java.io.InputStream;

/**
 * Shared JSON scanning for the JSON*EachRow readers: copies one JSON value's bytes (string,
 * number, literal, or a nested object/array) into the field buffer so the column type can parse
 * it, and reads object keys.
 */
abstract class JsonInputReader extends RowInputReader {
    /** Whether the input is one JSON array of rows ({@code [{...}, {...}]}) rather than rows one after another. */
    private boolean arrayOfRows;
    private boolean started;

    private final boolean rowsAreObjects;

    JsonInputReader(InputStream stream, Header header, FormatSettings settings, boolean rowsAreObjects) {
        super(stream, header, settings);
        this.rowsAreObjects = rowsAreObjects;
    }

    /**
     * Skips whitespace and the separators between rows; returns false at the end of input.
     * Rows may be separated by newlines or commas, and the whole input may be wrapped in [ ].
     */
    protected final boolean nextRow() {
        skipWhitespace();
        if (!started) {
            started = true;
            // Only object rows can be wrapped in an array: for compact rows '[' starts the first row.
            if (rowsAreObjects && in.tryRead('[')) {
                arrayOfRows = true;
            }
        }
        skipWhitespace();
        while (in.tryRead(',')) skipWhitespace();
        if (arrayOfRows && in.tryRead(']')) {
            skipWhitespace();
            while (in.tryRead(';')) skipWhitespace();
            if (!in.eof()) throw InputErrors.expected("<EOF>", in);
            return false;
        }
        return !in.eof();
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
                throw new DbException(ErrorCode.CANNOT_PARSE_QUOTED_STRING,
                        "Cannot parse JSON string: expected closing quote");
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

    /** Reads an object key (a JSON string), unescaped, into the field buffer. */
    protected final void readKey() {
        skipWhitespace();
        if (in.peek() != '"') throw InputErrors.expected("\"", in);
        in.read();
        clearField();
        while (true) {
            int c = in.read();
            if (c == -1) throw new DbException(ErrorCode.CANNOT_PARSE_QUOTED_STRING, "Cannot parse JSON string: expected closing quote");
            if (c == '"') break;
            if (c == '\\') {
                int e = in.read();
                switch (e) {
                    case 'n' -> appendField('\n');
                    case 't' -> appendField('\t');
                    case 'r' -> appendField('\r');
                    case 'b' -> appendField('\b');
                    case 'f' -> appendField('\f');
                    case 'u' -> {
                        int cp = 0;
                        for (int i = 0; i < 4; i++) cp = cp * 16 + Character.digit(in.read(), 16);
                        for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                            appendField(b);
                        }
                    }
                    default -> appendField(e);
                }
            } else {
                appendField(c);
            }
        }
    }
}
