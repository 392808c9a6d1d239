package io.strata.core.type.text;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.io.ReadBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reading fields in ClickHouse's text styles: a TabSeparated field, a quoted string, a CSV field,
 * a JSON string or a bare token. The unescaped bytes land in a {@link Field} that either views the
 * read buffer's window (fast path: nothing to unescape) or a reusable per-thread array, so
 * parsing a field allocates nothing. A field is valid only until the next read.
 */
public final class TextInput {
    private TextInput() {
    }

    /** Bytes of one field: {@code array[off, off + len)}. */
    public static final class Field {
        public byte[] array;
        public int off;
        public int len;
        private byte[] own = new byte[64];

        void reset() {
            array = own;
            off = 0;
            len = 0;
        }

        void append(int b) {
            if (len == own.length) own = Arrays.copyOf(own, own.length * 2);
            own[len++] = (byte) b;
            array = own;
        }

        void append(byte[] b, int o, int n) {
            if (len + n > own.length) own = Arrays.copyOf(own, Math.max(own.length * 2, len + n));
            System.arraycopy(b, o, own, len, n);
            len += n;
            array = own;
        }

        void view(byte[] b, int o, int n) {
            array = b;
            off = o;
            len = n;
        }

        public byte at(int i) { return array[off + i]; }

        public byte[] toBytes() { return Arrays.copyOfRange(array, off, off + len); }

        @Override
        public String toString() { return new String(array, off, len, StandardCharsets.UTF_8); }
    }

    // One field per thread: a composite reader copies its field (copyToBuffer) before element readers reuse it.
    private static final ThreadLocal<Field> FIELD = ThreadLocal.withInitial(Field::new);

    /** The calling thread's scratch field, emptied. */
    public static Field field() {
        Field f = FIELD.get();
        f.reset();
        return f;
    }

    public static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    public static void skipWhitespace(ReadBuffer in) {
        while (isWhitespace(in.peek())) in.read();
    }

    /** Whether the input continues with {@code word} (ASCII, case-insensitive) not followed by a letter or digit. */
    public static boolean peekWord(ReadBuffer in, String word) {
        int n = word.length();
        for (int i = 0; i < n; i++) {
            int c = in.peekAt(i);
            if (c < 0 || Character.toLowerCase(c) != Character.toLowerCase(word.charAt(i))) return false;
        }
        int next = in.peekAt(n);
        return !(Character.isLetterOrDigit(next) || next == '_');
    }

    /** Consumes {@code word} if {@link #peekWord} sees it. */
    public static boolean tryWord(ReadBuffer in, String word) {
        if (!peekWord(in, word)) return false;
        for (int i = 0; i < word.length(); i++) in.read();
        return true;
    }

    public static void expect(ReadBuffer in, char c, String what) {
        int got = in.peek();
        if (got != c) {
            throw new DbException(ErrorCode.CANNOT_PARSE_INPUT_ASSERTION_FAILED, "Cannot parse input: expected '" + printable(c)
                    + "' " + (got < 0 ? "at end of stream" : "before: '" + printable(got) + "'") + (what == null ? "" : " while reading " + what));
        }
        in.read();
    }

    private static String printable(int c) {
        return switch (c) {
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> String.valueOf((char) c);
        };
    }

    /** The rest of the input (CAST from String parses the whole string). */
    public static Field readWhole(ReadBuffer in) {
        Field f = field();
        while (in.ensureAvailable()) {
            int p = in.bufferPos(), n = in.bufferLimit() - p;
            if (f.len == 0 && f.array == f.own && !in.hasStream()) {
                f.view(in.buffer(), p, n);
                in.advance(n);
                return f;
            }
            f.append(in.buffer(), p, n);
            in.advance(n);
        }
        return f;
    }

    /** A bare token: letters, digits and {@code + - .} (numbers, true/false, inf/nan). */
    public static Field readToken(ReadBuffer in) {
        Field f = field();
        if (in.ensureAvailable()) {
            byte[] b = in.buffer();
            int p = in.bufferPos(), lim = in.bufferLimit(), i = p;
            while (i < lim && isTokenByte(b[i])) i++;
            // the token ends inside the window, or the window is all the input there is
            if (i < lim || !in.hasStream()) {
                f.view(b, p, i - p);
                in.advance(i - p);
                return f;
            }
        }
        while (isTokenByte(in.peek())) f.append(in.read());
        return f;
    }

    private static boolean isTokenByte(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '+' || c == '-' || c == '.';
    }

    /** One TabSeparated field, unescaped; stops before {@code \t}, {@code \n} or the end. */
    public static Field readEscapedField(ReadBuffer in) {
        Field f = field();
        if (in.ensureAvailable()) {
            byte[] b = in.buffer();
            int p = in.bufferPos(), lim = in.bufferLimit(), i = p;
            while (i < lim && b[i] != '\t' && b[i] != '\n' && b[i] != '\\') i++;
            if (i < lim ? b[i] != '\\' : !in.hasStream()) {
                f.view(b, p, i - p);
                in.advance(i - p);
                return f;
            }
        }
        while (true) {
            int c = in.peek();
            if (c < 0 || c == '\t' || c == '\n') return f;
            in.read();
            if (c == '\\') readEscapeSequence(in, f);
            else f.append(c);
        }
    }

    /** After a backslash: ClickHouse's escape sequences; an unknown one stands for the character itself. */
    static void readEscapeSequence(ReadBuffer in, Field f) {
        int c = in.read();
        switch (c) {
            case -1 -> throw new DbException(ErrorCode.CANNOT_PARSE_ESCAPE_SEQUENCE, "Cannot parse escape sequence: unexpected end of stream");
            case 'b' -> f.append('\b');
            case 'f' -> f.append('\f');
            case 'n' -> f.append('\n');
            case 'r' -> f.append('\r');
            case 't' -> f.append('\t');
            case '0' -> f.append(0);
            case 'a' -> f.append(7);
            case 'v' -> f.append(0x0B);
            case 'e' -> f.append(0x1B);
            case 'x', 'X' -> {
                int h = hexValue(in.read()), l = hexValue(in.read());
                if (h < 0 || l < 0) throw new DbException(ErrorCode.CANNOT_PARSE_ESCAPE_SEQUENCE, "Cannot parse escape sequence: bad \\x sequence");
                f.append(h << 4 | l);
            }
            default -> f.append(c);
        }
    }

    static int hexValue(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** A string in single quotes with backslash escapes (and {@code ''} for a quote), as in Values. */
    public static Field readQuotedString(ReadBuffer in) {
        Field f = field();
        if (in.peek() != '\'') {
            int c = in.peek();
            throw new DbException(ErrorCode.CANNOT_PARSE_QUOTED_STRING, "Cannot parse quoted string: expected opening quote '''"
                    + (c < 0 ? " at end of stream" : ", got '" + printable(c) + "'"));
        }
        in.read();
        while (true) {
            int c = in.read();
            if (c < 0) throw new DbException(ErrorCode.CANNOT_PARSE_QUOTED_STRING, "Cannot parse quoted string: expected closing quote");
            if (c == '\'') {
                if (in.peek() == '\'') {
                    in.read();
                    f.append('\'');
                    continue;
                }
                return f;
            }
            if (c == '\\') readEscapeSequence(in, f);
            else f.append(c);
        }
    }

    /**
     * One CSV field: in double quotes (a doubled quote is a quote) or bare up to the delimiter or
     * line end, with spaces and tabs around a bare field trimmed (input_format_csv_trim_whitespaces).
     */
    public static Field readCsvField(ReadBuffer in, char delimiter) {
        Field f = field();
        while ((in.peek() == ' ' || in.peek() == '\t') && in.peek() != delimiter) in.read();
        if (in.peek() == '"') {
            in.read();
            while (true) {
                int c = in.read();
                if (c < 0) throw new DbException(ErrorCode.CANNOT_PARSE_QUOTED_STRING, "Cannot parse CSV field: expected closing quote");
                if (c == '"') {
                    if (in.peek() == '"') {
                        in.read();
                        f.append('"');
                        continue;
                    }
                    break;
                }
                f.append(c);
            }
            while ((in.peek() == ' ' || in.peek() == '\t') && in.peek() != delimiter) in.read();
            return f;
        }
        while (true) {
            int c = in.peek();
            if (c < 0 || c == delimiter || c == '\n' || c == '\r') break;
            f.append(in.read());
        }
        while (f.len > 0 && (f.own[f.len - 1] == ' ' || f.own[f.len - 1] == '\t') && f.own[f.len - 1] != delimiter) f.len--;
        return f;
    }

    /** Whether the next CSV field is empty (delimiter, line end or end of input follows). */
    public static boolean atEmptyCsvField(ReadBuffer in, char delimiter) {
        int c = in.peek();
        return c < 0 || c == delimiter || c == '\n' || c == '\r';
    }

    /** A JSON string: {@code "..."} with JSON escapes, {@code \\uXXXX} (and surrogate pairs) as UTF-8. */
    public static Field readJsonString(ReadBuffer in) {
        Field f = field();
        if (in.peek() != '"') {
            throw new DbException(ErrorCode.CANNOT_PARSE_QUOTED_STRING, "Cannot parse JSON string: expected opening quote");
        }
        in.read();
        while (true) {
            int c = in.read();
            if (c < 0) throw new DbException(ErrorCode.CANNOT_PARSE_QUOTED_STRING, "Cannot parse JSON string: expected closing quote");
            if (c == '"') return f;
            if (c != '\\') {
                f.append(c);
                continue;
            }
            int e = in.read();
            switch (e) {
                case 'b' -> f.append('\b');
                case 'f' -> f.append('\f');
                case 'n' -> f.append('\n');
                case 'r' -> f.append('\r');
                case 't' -> f.append('\t');
                case '0' -> f.append(0);
                case 'u' -> {
                    int cp = readHex4(in);
                    if (cp >= 0xD800 && cp < 0xDC00 && in.peek() == '\\' && in.peekAt(1) == 'u') {
                        in.read();
                        in.read();
                        int lo = readHex4(in);
                        if (lo >= 0xDC00 && lo < 0xE000) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        else {
                            appendUtf8(f, cp);
                            cp = lo;
                        }
                    }
                    appendUtf8(f, cp);
                }
                case -1 -> throw new DbException(ErrorCode.CANNOT_PARSE_ESCAPE_SEQUENCE, "Cannot parse JSON string: unexpected end of stream");
                default -> f.append(e);
            }
        }
    }

    private static int readHex4(ReadBuffer in) {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int h = hexValue(in.read());
            if (h < 0) throw new DbException(ErrorCode.CANNOT_PARSE_ESCAPE_SEQUENCE, "Cannot parse escape sequence: bad \\u sequence");
            v = v << 4 | h;
        }
        return v;
    }

    private static void appendUtf8(Field f, int cp) {
        if (cp < 0x80) f.append(cp);
        else if (cp < 0x800) {
            f.append(0xC0 | cp >> 6);
            f.append(0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            f.append(0xE0 | cp >> 12);
            f.append(0x80 | cp >> 6 & 0x3F);
            f.append(0x80 | cp & 0x3F);
        } else {
            f.append(0xF0 | cp >> 18);
            f.append(0x80 | cp >> 12 & 0x3F);
            f.append(0x80 | cp >> 6 & 0x3F);
            f.append(0x80 | cp & 0x3F);
        }
    }

    /** Skips one JSON value of any kind (for unknown fields and objects read as text). */
    public static void skipJsonValue(ReadBuffer in) {
        skipWhitespace(in);
        int c = in.peek();
        if (c == '"') {
            readJsonString(in);
        } else if (c == '[' || c == '{') {
            in.read();
            int close = c == '[' ? ']' : '}';
            skipWhitespace(in);
            if (in.peek() == close) {
                in.read();
                return;
            }
            while (true) {
                skipJsonValue(in);
                skipWhitespace(in);
                if (c == '{') {
                    expect(in, ':', "JSON object");
                    skipJsonValue(in);
                    skipWhitespace(in);
                }
                int d = in.read();
                if (d == close) return;
                if (d != ',') throw new DbException(ErrorCode.INCORRECT_DATA, "Cannot parse JSON: expected ',' or '" + (char) close + "'");
            }
        } else {
            readToken(in);
        }
    }

    /** ClickHouse's message for text that is not a value of the type, e.g. {@code '12a'} as Int32. */
    public static DbException cannotParse(ErrorCode code, Field f, String typeName, int errorPos) {
        String text = f.toString();
        String where = errorPos <= 0 ? "syntax error at begin of string"
                : "syntax error at position " + errorPos + " (parsed just '" + new String(f.array, f.off, Math.min(errorPos, f.len), StandardCharsets.UTF_8) + "')";
        return new DbException(code, "Cannot parse string '" + text + "' as " + typeName + ": " + where);
    }

    /** The bytes of a field as a {@link ReadBuffer}, copied so that element readers may reuse the scratch field. */
    public static ReadBuffer copyToBuffer(Field f) {
        return new ReadBuffer(f.toBytes());
    }
}
