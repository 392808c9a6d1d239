package io.strata.sql.ast;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The value of a string literal whose bytes are not valid UTF-8, such as {@code '\xFF'}: ClickHouse
 * strings are bytes, and a {@code \xNN} escape is one byte, so such a literal cannot travel as a
 * Java String without being re-encoded (which would turn 0xFF into the two bytes C3 BF). Literals
 * that are valid UTF-8 stay Strings. Equality is by content so equal literals still match.
 */
public record BinaryString(byte[] bytes) {
    public BinaryString {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BinaryString b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** A lossy reading for messages and setting values; the literal itself keeps its bytes. */
    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The literal as SQL text that parses back to the same bytes: bytes from 0x80 up as \xHH escapes. */
    public String quoted() {
        StringBuilder ascii = new StringBuilder();
        StringBuilder out = new StringBuilder("'");
        for (byte b : bytes) {
            if (b >= 0) {
                ascii.append((char) b);
                continue;
            }
            out.append(SqlFormatter.escapeQuoted(ascii.toString()));
            ascii.setLength(0);
            out.append(String.format("\\x%02X", b & 0xFF));
        }
        return out.append(SqlFormatter.escapeQuoted(ascii.toString())).append('\'').toString();
    }
}
