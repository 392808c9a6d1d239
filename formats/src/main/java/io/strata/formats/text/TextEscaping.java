package io.strata.formats.text;

import io.strata.core.io.WriteBuffer;
import io.strata.core.type.text.TextOutput;
import java.nio.charset.StandardCharsets;

/**
 * Escaping of names and type names (Java strings) in format headers. Column values are written by
 * their type's {@link io.strata.core.type.TextSerialization}; these helpers only cover the text a
 * format itself emits, with the same rules ClickHouse applies to values.
 */
public final class TextEscaping {
    private TextEscaping() {
    }

    /** TabSeparated escaping: {@code \b \f \n \r \t \0 \\ \'}. */
    public static void writeEscaped(WriteBuffer out, String s) {
        writeBackslashEscaped(out, s, '\'');
    }

    /** TSKV key escaping: as TabSeparated, but {@code =} is escaped instead of the single quote. */
    public static void writeTskvKey(WriteBuffer out, String s) {
        writeBackslashEscaped(out, s, '=');
    }

    private static void writeBackslashEscaped(WriteBuffer out, String s, char extra) {
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            switch (b) {
                case '\b' -> out.write('\\').write('b');
                case '\f' -> out.write('\\').write('f');
                case '\n' -> out.write('\\').write('n');
                case '\r' -> out.write('\\').write('r');
                case '\t' -> out.write('\\').write('t');
                case 0 -> out.write('\\').write('0');
                case '\\' -> out.write('\\').write('\\');
                default -> {
                    if (b == extra) out.write('\\');
                    out.write(b);
                }
            }
        }
    }

    /** CSV: always double-quoted, embedded quotes doubled. */
    public static void writeCsv(WriteBuffer out, String s) {
        out.write('"');
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            if (b == '"') out.write('"');
            out.write(b);
        }
        out.write('"');
    }

    /** A JSON string literal, escaped as column values are ({@link TextOutput#writeJson}). */
    public static void writeJson(WriteBuffer out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        TextOutput.writeJson(out, b, 0, b.length);
    }

    /** A JSON string literal of raw UTF-8 bytes (JSONStrings formats quote a value's text form). */
    public static void writeJson(WriteBuffer out, byte[] bytes, int off, int len) {
        TextOutput.writeJson(out, bytes, off, len);
    }

    /**
     * A double as ClickHouse prints it: the shortest text that reads back to the same value, in
     * plain notation for exponents -6..20 and as {@code 1e-7} / {@code 1e21} outside.
     */
    public static String formatDouble(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return (1 / v < 0) ? "-0" : "0";
        java.math.BigDecimal d = new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros();
        String digits = d.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - d.scale();
        String sign = v < 0 ? "-" : "";
        if (exponent >= -6 && exponent < 21) {
            return sign + d.abs().toPlainString();
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + exponent;
    }
}
