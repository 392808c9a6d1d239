package io.strata.exec.function.scalar.json;

import io.strata.core.io.WriteBuffer;
import io.strata.core.type.text.FloatTextSerialization;
import io.strata.exec.function.scalar.ValueBuffer;

/**
 * A small JSON scanner over the bytes of a String column: it validates and walks a document in
 * place (no tree is built), so the JSON functions cost one pass per row and allocate nothing for
 * navigation. Positions are absolute indexes into the row's byte array; -1 means "invalid" or
 * "not found".
 */
final class JsonScanner {
    private JsonScanner() {
    }

    /** Deeper nesting is refused, as simdjson refuses documents past its depth limit. */
    private static final int MAX_DEPTH = 1024;

    enum Kind { OBJECT, ARRAY, STRING, INT64, UINT64, DOUBLE, BOOL, NULL }

    static int skipWhitespace(byte[] b, int p, int to) {
        while (p < to && (b[p] == ' ' || b[p] == '\t' || b[p] == '\n' || b[p] == '\r')) p++;
        return p;
    }

    /** The start of the whole document's value when b[from, to) is one valid JSON value, else -1. */
    static int document(byte[] b, int from, int to) {
        int p = skipWhitespace(b, from, to);
        int end = valueEnd(b, p, to, 0);
        if (end < 0 || skipWhitespace(b, end, to) != to) return -1;
        return p;
    }

    /** The end of the value that starts at p (no leading whitespace), or -1 when it is not valid JSON. */
    static int valueEnd(byte[] b, int p, int to, int depth) {
        if (p >= to || depth > MAX_DEPTH) return -1;
        switch (b[p]) {
            case '{' -> {
                p = skipWhitespace(b, p + 1, to);
                if (p < to && b[p] == '}') return p + 1;
                while (true) {
                    if (p >= to || b[p] != '"') return -1;
                    p = stringEnd(b, p, to);
                    if (p < 0) return -1;
                    p = skipWhitespace(b, p, to);
                    if (p >= to || b[p] != ':') return -1;
                    p = valueEnd(b, skipWhitespace(b, p + 1, to), to, depth + 1);
                    if (p < 0) return -1;
                    p = skipWhitespace(b, p, to);
                    if (p >= to) return -1;
                    if (b[p] == '}') return p + 1;
                    if (b[p] != ',') return -1;
                    p = skipWhitespace(b, p + 1, to);
                }
            }
            case '[' -> {
                p = skipWhitespace(b, p + 1, to);
                if (p < to && b[p] == ']') return p + 1;
                while (true) {
                    p = valueEnd(b, p, to, depth + 1);
                    if (p < 0) return -1;
                    p = skipWhitespace(b, p, to);
                    if (p >= to) return -1;
                    if (b[p] == ']') return p + 1;
                    if (b[p] != ',') return -1;
                    p = skipWhitespace(b, p + 1, to);
                }
            }
            case '"' -> {
                return stringEnd(b, p, to);
            }
            case 't' -> {
                return literal(b, p, to, "true");
            }
            case 'f' -> {
                return literal(b, p, to, "false");
            }
            case 'n' -> {
                return literal(b, p, to, "null");
            }
            default -> {
                return numberEnd(b, p, to);
            }
        }
    }

    private static int literal(byte[] b, int p, int to, String word) {
        if (p + word.length() > to) return -1;
        for (int k = 0; k < word.length(); k++) if (b[p + k] != word.charAt(k)) return -1;
        return p + word.length();
    }

    private static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    static int numberEnd(byte[] b, int p, int to) {
        int start = p;
        if (p < to && b[p] == '-') p++;
        if (p >= to || !digit(b[p])) return -1;
        if (b[p] == '0') {
            p++;
        } else {
            while (p < to && digit(b[p])) p++;
        }
        if (p < to && b[p] == '.') {
            p++;
            if (p >= to || !digit(b[p])) return -1;
            while (p < to && digit(b[p])) p++;
        }
        if (p < to && (b[p] == 'e' || b[p] == 'E')) {
            p++;
            if (p < to && (b[p] == '+' || b[p] == '-')) p++;
            if (p >= to || !digit(b[p])) return -1;
            while (p < to && digit(b[p])) p++;
        }
        return p > start ? p : -1;
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** The end (after the closing quote) of the string starting at p, or -1. */
    static int stringEnd(byte[] b, int p, int to) {
        p++;
        while (p < to) {
            byte c = b[p];
            if (c == '"') return p + 1;
            if ((c & 0xFF) < 0x20) return -1;
            if (c == '\\') {
                if (p + 1 >= to) return -1;
                switch (b[p + 1]) {
                    case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> p += 2;
                    case 'u' -> {
                        if (p + 6 > to) return -1;
                        for (int k = 2; k < 6; k++) if (hex(b[p + k]) < 0) return -1;
                        p += 6;
                    }
                    default -> {
                        return -1;
                    }
                }
            } else {
                p++;
            }
        }
        return -1;
    }

    /** Appends the unescaped content of the (valid) string at p to out. */
    static void decodeString(byte[] b, int p, ValueBuffer out) {
        p++;
        while (true) {
            byte c = b[p];
            if (c == '"') return;
            if (c != '\\') {
                out.append(c);
                p++;
                continue;
            }
            byte e = b[p + 1];
            p += 2;
            switch (e) {
                case 'b' -> out.append((byte) '\b');
                case 'f' -> out.append((byte) '\f');
                case 'n' -> out.append((byte) '\n');
                case 'r' -> out.append((byte) '\r');
                case 't' -> out.append((byte) '\t');
                case 'u' -> {
                    int cp = hex4(b, p);
                    p += 4;
                    if (cp >= 0xD800 && cp < 0xDC00 && b[p] == '\\' && b[p + 1] == 'u') {
                        int low = hex4(b, p + 2);
                        if (low >= 0xDC00 && low < 0xE000) {
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                            p += 6;
                        }
                    }
                    appendUtf8(out, cp);
                }
                default -> out.append(e);
            }
        }
    }

    private static int hex4(byte[] b, int p) {
        return hex(b[p]) << 12 | hex(b[p + 1]) << 8 | hex(b[p + 2]) << 4 | hex(b[p + 3]);
    }

    static void appendUtf8(ValueBuffer out, int cp) {
        if (cp < 0x80) {
            out.append((byte) cp);
        } else if (cp < 0x800) {
            out.append((byte) (0xC0 | cp >> 6)).append((byte) (0x80 | cp & 0x3F));
        } else if (cp < 0x10000) {
            out.append((byte) (0xE0 | cp >> 12)).append((byte) (0x80 | cp >> 6 & 0x3F)).append((byte) (0x80 | cp & 0x3F));
        } else {
            out.append((byte) (0xF0 | cp >> 18)).append((byte) (0x80 | cp >> 12 & 0x3F))
                    .append((byte) (0x80 | cp >> 6 & 0x3F)).append((byte) (0x80 | cp & 0x3F));
        }
    }

    /** Whether the (valid) string at p equals the needle once unescaped. */
    static boolean stringEquals(byte[] b, int p, byte[] needle, int nFrom, int nLen, ValueBuffer scratch) {
        int end = stringEnd(b, p, b.length);
        boolean escaped = false;
        for (int i = p + 1; i < end - 1; i++) {
            if (b[i] == '\\') {
                escaped = true;
                break;
            }
        }
        if (!escaped) {
            if (end - p - 2 != nLen) return false;
            for (int k = 0; k < nLen; k++) if (b[p + 1 + k] != needle[nFrom + k]) return false;
            return true;
        }
        scratch.reset();
        decodeString(b, p, scratch);
        if (scratch.length() != nLen) return false;
        byte[] got = scratch.bytes();
        for (int k = 0; k < nLen; k++) if (got[k] != needle[nFrom + k]) return false;
        return true;
    }

    static Kind kind(byte[] b, int p, int to) {
        return switch (b[p]) {
            case '{' -> Kind.OBJECT;
            case '[' -> Kind.ARRAY;
            case '"' -> Kind.STRING;
            case 't', 'f' -> Kind.BOOL;
            case 'n' -> Kind.NULL;
            default -> numberKind(b, p, numberEnd(b, p, to));
        };
    }

    /** simdjson's classes of a number: integers that fit Int64, else UInt64, else Double. */
    private static Kind numberKind(byte[] b, int p, int end) {
        boolean negative = b[p] == '-';
        int digits = 0;
        for (int i = negative ? p + 1 : p; i < end; i++) {
            if (!digit(b[i])) return Kind.DOUBLE;
            digits++;
        }
        if (digits < 19) return Kind.INT64;
        if (negative) return integerFits(b, p + 1, end, "9223372036854775808") ? Kind.INT64 : Kind.DOUBLE;
        if (integerFits(b, p, end, "9223372036854775807")) return Kind.INT64;
        return integerFits(b, p, end, "18446744073709551615") ? Kind.UINT64 : Kind.DOUBLE;
    }

    private static boolean integerFits(byte[] b, int from, int end, String max) {
        int len = end - from;
        if (len != max.length()) return len < max.length();
        for (int k = 0; k < len; k++) {
            if (b[from + k] != max.charAt(k)) return b[from + k] < max.charAt(k);
        }
        return true;
    }

    /** The value of an INT64 or UINT64 number (UInt64 as its two's complement bits). */
    static long integer(byte[] b, int p, int to) {
        boolean negative = b[p] == '-';
        long v = 0;
        for (int i = negative ? p + 1 : p; i < to && digit(b[i]); i++) v = v * 10 + (b[i] - '0');
        return negative ? -v : v;
    }

    static double number(byte[] b, int p, int to) {
        int end = numberEnd(b, p, to);
        return Double.parseDouble(new String(b, p, end - p, java.nio.charset.StandardCharsets.US_ASCII));
    }

    /**
     * Moves into the container at p by one step: a key (keyLen >= 0) finds the first member of an
     * object with that name; otherwise an index, 1-based, negative counting from the end, picks an
     * array element or an object member. Returns the value's start, or -1. When {@code keyOut} is
     * not null it receives the start of the member's key (objects only).
     */
    static int child(byte[] b, int p, int to, byte[] key, int keyFrom, int keyLen, long index, ValueBuffer scratch, int[] keyOut) {
        boolean object = b[p] == '{';
        if (!object && b[p] != '[') return -1;
        if (keyLen < 0 && index == 0) return -1;
        if (keyLen >= 0 && !object) return -1;
        if (index < 0) {
            long count = count(b, p, to);
            index = count + index + 1;
            if (index <= 0) return -1;
        }
        int q = skipWhitespace(b, p + 1, to);
        if (b[q] == '}' || b[q] == ']') return -1;
        long position = 0;
        while (true) {
            position++;
            int keyStart = -1;
            if (object) {
                keyStart = q;
                q = skipWhitespace(b, stringEnd(b, q, to), to) + 1;
                q = skipWhitespace(b, q, to);
            }
            boolean hit = keyLen >= 0 ? stringEquals(b, keyStart, key, keyFrom, keyLen, scratch) : position == index;
            if (hit) {
                if (keyOut != null) keyOut[0] = keyStart;
                return q;
            }
            q = skipWhitespace(b, valueEnd(b, q, to, 0), to);
            if (b[q] != ',') return -1;
            q = skipWhitespace(b, q + 1, to);
        }
    }

    /** The number of elements or members of the container at p. */
    static long count(byte[] b, int p, int to) {
        boolean object = b[p] == '{';
        int q = skipWhitespace(b, p + 1, to);
        if (b[q] == '}' || b[q] == ']') return 0;
        long n = 0;
        while (true) {
            n++;
            if (object) q = skipWhitespace(b, skipWhitespace(b, stringEnd(b, q, to), to) + 1, to);
            q = skipWhitespace(b, valueEnd(b, q, to, 0), to);
            if (b[q] != ',') return n;
            q = skipWhitespace(b, q + 1, to);
        }
    }

    /** Iterates a container: the start of the first element (or member key), or -1 when empty. */
    static int first(byte[] b, int p, int to) {
        int q = skipWhitespace(b, p + 1, to);
        return b[q] == '}' || b[q] == ']' ? -1 : q;
    }

    /** For an object member at key position q: the start of its value. */
    static int memberValue(byte[] b, int q, int to) {
        return skipWhitespace(b, skipWhitespace(b, stringEnd(b, q, to), to) + 1, to);
    }

    /** After the value at q: the start of the next element/member, or -1 at the container's end. */
    static int next(byte[] b, int valueStart, int to) {
        int q = skipWhitespace(b, valueEnd(b, valueStart, to, 0), to);
        return b[q] == ',' ? skipWhitespace(b, q + 1, to) : -1;
    }

    /**
     * Writes the value at p as ClickHouse's JSONExtractRaw prints it: minified, strings re-escaped,
     * numbers as simdjson reads them (200.0 prints as 200).
     */
    static void writeRaw(byte[] b, int p, int to, ValueBuffer out, ValueBuffer scratch) {
        switch (b[p]) {
            case '{', '[' -> {
                boolean object = b[p] == '{';
                out.append(b[p]);
                int q = first(b, p, to);
                boolean firstMember = true;
                while (q >= 0) {
                    if (!firstMember) out.append((byte) ',');
                    firstMember = false;
                    int v = q;
                    if (object) {
                        writeString(b, q, out, scratch);
                        out.append((byte) ':');
                        v = memberValue(b, q, to);
                    }
                    writeRaw(b, v, to, out, scratch);
                    q = next(b, v, to);
                }
                out.append(object ? (byte) '}' : (byte) ']');
            }
            case '"' -> writeString(b, p, out, scratch);
            case 't' -> out.appendAscii("true");
            case 'f' -> out.appendAscii("false");
            case 'n' -> out.appendAscii("null");
            default -> {
                Kind k = kind(b, p, to);
                if (k == Kind.INT64) {
                    out.appendAscii(Long.toString(integer(b, p, to)));
                } else if (k == Kind.UINT64) {
                    out.appendAscii(Long.toUnsignedString(integer(b, p, to)));
                } else {
                    WriteBuffer w = new WriteBuffer();
                    FloatTextSerialization.writeFloat(w, number(b, p, to), false);
                    out.append(w.toByteArray());
                }
            }
        }
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Writes the string at p re-escaped as ClickHouse's JSON writer does. */
    static void writeString(byte[] b, int p, ValueBuffer out, ValueBuffer scratch) {
        scratch.reset();
        decodeString(b, p, scratch);
        byte[] s = scratch.bytes();
        int n = scratch.length();
        out.append((byte) '"');
        for (int i = 0; i < n; i++) {
            byte c = s[i];
            switch (c) {
                case '"' -> out.append((byte) '\\').append((byte) '"');
                case '\\' -> out.append((byte) '\\').append((byte) '\\');
                case '/' -> out.append((byte) '\\').append((byte) '/');
                case '\b' -> out.append((byte) '\\').append((byte) 'b');
                case '\f' -> out.append((byte) '\\').append((byte) 'f');
                case '\n' -> out.append((byte) '\\').append((byte) 'n');
                case '\r' -> out.append((byte) '\\').append((byte) 'r');
                case '\t' -> out.append((byte) '\\').append((byte) 't');
                default -> {
                    if ((c & 0xFF) < 0x20) {
                        out.appendAscii("\\u00").append(HEX[c >> 4]).append(HEX[c & 15]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append((byte) '"');
    }
}
