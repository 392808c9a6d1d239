package io.strata.formats.pretty;

/**
 * How many terminal columns UTF-8 text takes, by ClickHouse's rules (UTF8::computeWidth), which
 * the Pretty formats and Vertical use to pad: printable ASCII takes one column; a tab advances to
 * the next multiple of 8 counted from {@code prefix} (the column where the text starts); control
 * characters, combining marks, unassigned code points, invalid bytes and ANSI escape sequences
 * take none; East Asian wide and fullwidth characters take two; symbols that only became wide in
 * Unicode 9 (most emoji of Unicode 6-8) take one, as ClickHouse counts them.
 */
final class DisplayWidth {
    private DisplayWidth() {
    }

    /** The width of {@code b[off, off + len)} starting at terminal column {@code prefix}. */
    static int width(byte[] b, int off, int len, int prefix) {
        return (int) scan(b, off, len, prefix, Integer.MAX_VALUE, false);
    }

    /** The width of a Java string (column names), from column 0. */
    static int width(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return width(b, 0, b.length, 0);
    }

    /** How many leading bytes of {@code b[off, off + len)} fit in {@code limit} columns (whole characters only). */
    static int bytesBeforeWidth(byte[] b, int off, int len, int prefix, int limit) {
        return (int) scan(b, off, len, prefix, limit, true);
    }

    private static long scan(byte[] b, int off, int len, int prefix, int limit, boolean bytesMode) {
        int end = off + len;
        long width = 0;
        boolean escape = false;
        int i = off;
        while (i < end) {
            int start = i;
            int c = b[i] & 0xFF;
            long next = width;
            if (c >= 0x20 && c <= 0x7E) {
                i++;
                if (!escape) {
                    next++;
                } else if (c >= 0x40 && start > off && (b[start - 1] & 0xFF) != 0x1B) {
                    escape = false; // the final byte of a CSI sequence
                }
            } else if (c < 0x80) {
                i++;
                if (c == 0x1B) escape = true;
                else if (c == '\t') next += 8 - (prefix + width) % 8;
                // other C0 controls and DEL take no column
            } else {
                int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
                int cp = n == 0 || start + n > end ? -1 : decode(b, start, n);
                if (cp < 0) {
                    i++; // an invalid byte has no width; the bytes after it are read again
                } else {
                    i += n;
                    next += codePointWidth(cp);
                }
            }
            if (bytesMode && next > limit) return start - off;
            width = next;
        }
        return bytesMode ? len : width;
    }

    private static int decode(byte[] b, int at, int n) {
        int cp = (b[at] & 0xFF) & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
        for (int k = 1; k < n; k++) {
            int cont = b[at + k] & 0xFF;
            if ((cont & 0xC0) != 0x80) return -1;
            cp = (cp << 6) | (cont & 0x3F);
        }
        int min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
        return cp;
    }

    static int codePointWidth(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.CONTROL
                || type == Character.UNASSIGNED || type == Character.FORMAT || type == Character.SURROGATE) {
            return 0;
        }
        if (cp >= 0x1160 && cp <= 0x11FF) return 0; // Hangul medial vowels and final consonants combine
        return isWide(cp) && !widenedInUnicode9(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x231A && cp <= 0x231B) || (cp >= 0x2329 && cp <= 0x232A)
                || (cp >= 0x23E9 && cp <= 0x23EC) || cp == 0x23F0 || cp == 0x23F3 || (cp >= 0x25FD && cp <= 0x25FE)
                || (cp >= 0x2614 && cp <= 0x2615) || (cp >= 0x2648 && cp <= 0x2653) || cp == 0x267F || cp == 0x2693
                || cp == 0x26A1 || (cp >= 0x26AA && cp <= 0x26AB) || (cp >= 0x26BD && cp <= 0x26BE)
                || (cp >= 0x26C4 && cp <= 0x26C5) || cp == 0x26CE || cp == 0x26D4 || cp == 0x26EA
                || (cp >= 0x26F2 && cp <= 0x26F3) || cp == 0x26F5 || cp == 0x26FA || cp == 0x26FD || cp == 0x2705
                || (cp >= 0x270A && cp <= 0x270B) || cp == 0x2728 || cp == 0x274C || cp == 0x274E
                || (cp >= 0x2753 && cp <= 0x2755) || cp == 0x2757 || (cp >= 0x2795 && cp <= 0x2797) || cp == 0x27B0
                || cp == 0x27BF || (cp >= 0x2B1B && cp <= 0x2B1C) || cp == 0x2B50 || cp == 0x2B55
                || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) || (cp >= 0xA960 && cp <= 0xA97F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE10 && cp <= 0xFE19)
                || (cp >= 0xFE30 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x16FE0 && cp <= 0x18AFF) || (cp >= 0x1B000 && cp <= 0x1B2FF) || cp == 0x1F004 || cp == 0x1F0CF
                || cp == 0x1F18E || (cp >= 0x1F191 && cp <= 0x1F19A) || (cp >= 0x1F200 && cp <= 0x1F251)
                || (cp >= 0x1F300 && cp <= 0x1F64F && cp != 0x1F321 && !(cp >= 0x1F322 && cp <= 0x1F32C)
                    && cp != 0x1F336 && cp != 0x1F37D && !(cp >= 0x1F394 && cp <= 0x1F39F)
                    && !(cp >= 0x1F3CB && cp <= 0x1F3CE) && !(cp >= 0x1F3D4 && cp <= 0x1F3DF)
                    && !(cp >= 0x1F3F1 && cp <= 0x1F3F3) && !(cp >= 0x1F3F5 && cp <= 0x1F3F7) && cp != 0x1F43F
                    && cp != 0x1F441 && !(cp >= 0x1F4FD && cp <= 0x1F4FE) && !(cp >= 0x1F53E && cp <= 0x1F54A)
                    && cp != 0x1F54F && !(cp >= 0x1F568 && cp <= 0x1F579) && !(cp >= 0x1F57B && cp <= 0x1F594)
                    && !(cp >= 0x1F597 && cp <= 0x1F5A3) && !(cp >= 0x1F5A5 && cp <= 0x1F5FA))
                || (cp >= 0x1F680 && cp <= 0x1F6C5) || cp == 0x1F6CC || (cp >= 0x1F6D0 && cp <= 0x1F6D2)
                || (cp >= 0x1F6D5 && cp <= 0x1F6D7) || (cp >= 0x1F6DC && cp <= 0x1F6DF) || (cp >= 0x1F6EB && cp <= 0x1F6EC)
                || (cp >= 0x1F6F4 && cp <= 0x1F6FC) || (cp >= 0x1F7E0 && cp <= 0x1F7EB) || cp == 0x1F7F0
                || (cp >= 0x1F90C && cp <= 0x1F93A) || (cp >= 0x1F93C && cp <= 0x1F945) || (cp >= 0x1F947 && cp <= 0x1F9FF)
                || (cp >= 0x1FA70 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x2FFFD) || (cp >= 0x30000 && cp <= 0x3FFFD);
    }

    /**
     * Code points that Unicode 9 made wide (emoji of earlier versions). ClickHouse's wcwidth counts
     * them as one column, because terminals built on older tables draw them so.
     */
    private static boolean widenedInUnicode9(int cp) {
        return (cp >= 0x231A && cp <= 0x231B) || (cp >= 0x23E9 && cp <= 0x23EC) || cp == 0x23F0 || cp == 0x23F3
                || (cp >= 0x25FD && cp <= 0x25FE) || (cp >= 0x2614 && cp <= 0x2615) || (cp >= 0x2648 && cp <= 0x2653)
                || cp == 0x267F || cp == 0x2693 || cp == 0x26A1 || (cp >= 0x26AA && cp <= 0x26AB)
                || (cp >= 0x26BD && cp <= 0x26BE) || (cp >= 0x26C4 && cp <= 0x26C5) || cp == 0x26CE || cp == 0x26D4
                || cp == 0x26EA || (cp >= 0x26F2 && cp <= 0x26F3) || cp == 0x26F5 || cp == 0x26FA || cp == 0x26FD
                || cp == 0x2705 || (cp >= 0x270A && cp <= 0x270B) || cp == 0x2728 || cp == 0x274C || cp == 0x274E
                || (cp >= 0x2753 && cp <= 0x2755) || cp == 0x2757 || (cp >= 0x2795 && cp <= 0x2797) || cp == 0x27B0
                || cp == 0x27BF || (cp >= 0x2B1B && cp <= 0x2B1C) || cp == 0x2B50 || cp == 0x2B55 || cp == 0x1F004
                || cp == 0x1F0CF || cp == 0x1F18E || (cp >= 0x1F191 && cp <= 0x1F19A) || cp == 0x1F201 || cp == 0x1F21A
                || cp == 0x1F22F || (cp >= 0x1F232 && cp <= 0x1F236) || (cp >= 0x1F238 && cp <= 0x1F23A)
                || (cp >= 0x1F250 && cp <= 0x1F251) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F680 && cp <= 0x1F6C5) || cp == 0x1F6CC || (cp >= 0x1F6D0 && cp <= 0x1F6D2)
                || (cp >= 0x1F6EB && cp <= 0x1F6EC) || (cp >= 0x1F6F4 && cp <= 0x1F6F6) || (cp >= 0x1F910 && cp <= 0x1F91E)
                || (cp >= 0x1F920 && cp <= 0x1F927) || cp == 0x1F930 || (cp >= 0x1F933 && cp <= 0x1F93E)
                || (cp >= 0x1F940 && cp <= 0x1F94B) || (cp >= 0x1F950 && cp <= 0x1F95E) || (cp >= 0x1F980 && cp <= 0x1F991)
                || cp == 0x1F9C0;
    }
}
