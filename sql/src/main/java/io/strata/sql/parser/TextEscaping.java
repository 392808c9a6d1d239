package io.strata.sql.parser;

import io.strata.sql.ast.BinaryString;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decoding of quoted strings and identifiers as ClickHouse writes them (backslash escapes and doubled quotes). */
final class TextEscaping {
    private TextEscaping() {}

    /** Removes the surrounding quote characters of a token and decodes its escapes. */
    static String unquote(String token) {
        return unescape(token, 1, token.length() - 1, token.charAt(0));
    }

    /**
     * A string literal's value. ClickHouse strings are bytes and {@code \xNN} is one byte, so a
     * literal whose hex escapes make bytes that are not valid UTF-8 ({@code '\xFF'}) becomes a
     * {@link BinaryString}; otherwise the bytes are decoded back to a String ({@code '\xC3\xA9'} is 'é').
     */
    static Object unquoteValue(String token) {
        if (token.indexOf("\\x") < 0) return unquote(token);
        byte[] bytes = unescapeBytes(token, 1, token.length() - 1, token.charAt(0));
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new BinaryString(bytes);
        }
    }

    private static String unescape(String s, int from, int to, char quote) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == quote && i + 1 < to && s.charAt(i + 1) == quote) {
                out.append(quote);
                i++;
            } else if (c == '\\' && i + 1 < to) {
                char n = s.charAt(++i);
                int simple = simpleEscape(n);
                if (simple >= 0) {
                    out.append((char) simple);
                } else if (n == 'x') {
                    if (hexAt(s, i, to)) {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                        i += 2;
                    } else {
                        out.append("\\x");
                    }
                } else {
                    // ClickHouse keeps the backslash of an unknown escape, which keeps regexps like '\d' intact.
                    out.append('\\').append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #unescape} into bytes: text as UTF-8, each {@code \xNN} as the one byte NN. */
    private static byte[] unescapeBytes(String s, int from, int to, char quote) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        int plainFrom = from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < to && s.charAt(i + 1) == 'x' && hexAt(s, i + 1, to)) {
                writeUtf8(out, unescape(s, plainFrom, i, quote));
                out.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
                i += 3;
                plainFrom = i + 1;
            } else if (c == '\\' && i + 1 < to || c == quote && i + 1 < to && s.charAt(i + 1) == quote) {
                i++;
            }
        }
        writeUtf8(out, unescape(s, plainFrom, to, quote));
        return out.toByteArray();
    }

    private static void writeUtf8(ByteArrayOutputStream out, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
    }

    /** The char a one-letter escape stands for, or -1 for \x and unknown escapes. */
    private static int simpleEscape(char n) {
        return switch (n) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'a' -> '\u0007';
            case 'v' -> '\u000B';
            case 'e' -> '\u001B';
            case '0' -> '\0';
            case '\\', '\'', '"', '`', '/', '=' -> n;
            default -> -1;
        };
    }

    /** Whether two hex digits follow the 'x' at {@code x} before {@code to}. */
    private static boolean hexAt(String s, int x, int to) {
        return x + 2 < to && isHex(s.charAt(x + 1)) && isHex(s.charAt(x + 2));
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
