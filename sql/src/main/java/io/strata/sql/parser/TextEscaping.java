package io.strata.sql.parser;

/** Decoding of quoted strings and identifiers as ClickHouse writes them (backslash escapes and doubled quotes). */
final class TextEscaping {
    private TextEscaping() {}

    /** Removes the surrounding quote characters of a token and decodes its escapes. */
    static String unquote(String token) {
        return unescape(token, 1, token.length() - 1, token.charAt(0));
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
                switch (n) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'a' -> out.append('\u0007');
                    case 'v' -> out.append('\u000B');
                    case 'e' -> out.append('\u001B');
                    case '0' -> out.append('\0');
                    case '\\', '\'', '"', '`', '/', '=' -> out.append(n);
                    case 'x' -> {
                        if (i + 2 < to + 0 && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                            out.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                            i += 2;
                        } else {
                            out.append("\\x");
                        }
                    }
                    // ClickHouse keeps the backslash of an unknown escape, which keeps regexps like '\d' intact.
                    default -> out.append('\\').append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
