package io.strata.core.type.text;

import io.strata.core.io.WriteBuffer;

/**
 * ClickHouse's string escaping styles, writing straight into a {@link WriteBuffer}. Runs of bytes
 * that need no escaping are copied in one call, so the common case costs one bounds check per run.
 */
public final class TextOutput {
    private TextOutput() {
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    // ClickHouse's writeJSONString writes the hex digits of control-character escapes in upper case.
    private static final byte[] HEX_UPPER = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * TabSeparated and quoted-string escaping (ClickHouse's writeAnyEscapedString with {@code '}):
     * backslash, the control characters \b \f \n \r \t, the zero byte and the single quote.
     */
    public static void writeEscaped(WriteBuffer out, byte[] b, int off, int len) {
        int end = off + len;
        int run = off;
        for (int i = off; i < end; i++) {
            int c = b[i];
            int esc = switch (c) {
                case '\b' -> 'b';
                case '\f' -> 'f';
                case '\n' -> 'n';
                case '\r' -> 'r';
                case '\t' -> 't';
                case 0 -> '0';
                case '\\' -> '\\';
                case '\'' -> '\'';
                default -> -1;
            };
            if (esc >= 0) {
                if (i > run) out.write(b, run, i - run);
                out.write('\\');
                out.write(esc);
                run = i + 1;
            }
        }
        if (end > run) out.write(b, run, end - run);
    }

    /** A string in single quotes, escaped as in Values and inside arrays: {@code 'a\'b'}. */
    public static void writeQuoted(WriteBuffer out, byte[] b, int off, int len) {
        out.write('\'');
        writeEscaped(out, b, off, len);
        out.write('\'');
    }

    /** CSV output always wraps strings in double quotes and doubles the quotes inside. */
    public static void writeCsv(WriteBuffer out, byte[] b, int off, int len) {
        out.write('"');
        int end = off + len;
        int run = off;
        for (int i = off; i < end; i++) {
            if (b[i] == '"') {
                out.write(b, run, i + 1 - run);
                out.write('"');
                run = i + 1;
            }
        }
        if (end > run) out.write(b, run, end - run);
        out.write('"');
    }

    /**
     * A JSON string as ClickHouse writes it: {@code " \\ \b \f \n \r \t} escaped, forward slashes
     * escaped (output_format_json_escape_forward_slashes=1), other control characters as
     * {@code \\u001F} (upper-case hex, as ClickHouse) and U+2028/U+2029 as {@code \\u2028}. Invalid
     * UTF-8 is passed through, as ClickHouse does by default (output_format_json_validate_utf8=0).
     */
    public static void writeJson(WriteBuffer out, byte[] b, int off, int len) {
        out.write('"');
        int end = off + len;
        int run = off;
        for (int i = off; i < end; i++) {
            int c = b[i] & 0xFF;
            int esc;
            if (c >= 0x20 && c != '"' && c != '\\' && c != '/') {
                // U+2028 / U+2029 are E2 80 A8 / E2 80 A9: valid JSON but break JavaScript.
                if (c == 0xE2 && i + 2 < end && (b[i + 1] & 0xFF) == 0x80 && ((b[i + 2] & 0xFF) == 0xA8 || (b[i + 2] & 0xFF) == 0xA9)) {
                    if (i > run) out.write(b, run, i - run);
                    out.write((b[i + 2] & 0xFF) == 0xA8 ? "\\u2028" : "\\u2029");
                    i += 2;
                    run = i + 1;
                }
                continue;
            }
            esc = switch (c) {
                case '"' -> '"';
                case '\\' -> '\\';
                case '/' -> '/';
                case '\b' -> 'b';
                case '\f' -> 'f';
                case '\n' -> 'n';
                case '\r' -> 'r';
                case '\t' -> 't';
                default -> -1;
            };
            if (i > run) out.write(b, run, i - run);
            out.write('\\');
            if (esc >= 0) {
                out.write(esc);
            } else {
                out.write('u');
                out.write('0');
                out.write('0');
                out.write(HEX_UPPER[c >> 4]);
                out.write(HEX_UPPER[c & 15]);
            }
            run = i + 1;
        }
        if (end > run) out.write(b, run, end - run);
        out.write('"');
    }

    /** Writes ASCII-only text (dates, numbers already formatted) wrapped in {@code quote}. */
    static void writeHex2(WriteBuffer out, int v) {
        out.write(HEX[(v >> 4) & 15]);
        out.write(HEX[v & 15]);
    }

    static byte hexDigit(int v) {
        return HEX[v & 15];
    }
}
