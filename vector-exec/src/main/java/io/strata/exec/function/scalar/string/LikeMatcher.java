package io.strata.exec.function.scalar.string;

import java.io.ByteArrayOutputStream;

/**
 * A compiled SQL LIKE pattern over UTF-8 bytes: {@code %} any sequence, {@code _} one character,
 * backslash escapes. Common shapes (exact, prefix, suffix, %needle%) get a direct test; the rest
 * use a greedy matcher that backtracks only to the last {@code %} (linear for typical patterns).
 */
final class LikeMatcher {
    private enum Shape { EXACT, PREFIX, SUFFIX, CONTAINS, GENERAL }

    private final Shape shape;
    private final byte[] literal;     // for the simple shapes
    private final byte[] pattern;     // tokens for GENERAL: 0 = literal byte follows? we keep parallel arrays
    private final byte[] kinds;       // per token: 'L' literal byte, '%' any run, '_' one char
    private final boolean caseInsensitive;

    LikeMatcher(byte[] raw, boolean caseInsensitive) {
        this.caseInsensitive = caseInsensitive;
        ByteArrayOutputStream lit = new ByteArrayOutputStream();
        ByteArrayOutputStream kind = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length; i++) {
            byte c = raw[i];
            if (c == '\\' && i + 1 < raw.length) {
                lit.write(fold(raw[++i]));
                kind.write('L');
            } else if (c == '%' || c == '_') {
                lit.write(0);
                kind.write(c);
            } else {
                lit.write(fold(c));
                kind.write('L');
            }
        }
        this.pattern = lit.toByteArray();
        this.kinds = kind.toByteArray();
        int n = kinds.length;
        int wild = 0, under = 0;
        for (byte k : kinds) {
            if (k == '%') wild++;
            if (k == '_') under++;
        }
        boolean startsWild = n > 0 && kinds[0] == '%', endsWild = n > 0 && kinds[n - 1] == '%';
        if (under == 0 && wild == 0) {
            shape = Shape.EXACT;
            literal = pattern;
        } else if (under == 0 && wild == 1 && endsWild) {
            shape = Shape.PREFIX;
            literal = java.util.Arrays.copyOf(pattern, n - 1);
        } else if (under == 0 && wild == 1 && startsWild) {
            shape = Shape.SUFFIX;
            literal = java.util.Arrays.copyOfRange(pattern, 1, n);
        } else if (under == 0 && wild == 2 && startsWild && endsWild && n >= 2) {
            shape = Shape.CONTAINS;
            literal = java.util.Arrays.copyOfRange(pattern, 1, n - 1);
        } else {
            shape = Shape.GENERAL;
            literal = null;
        }
    }

    private byte fold(byte b) {
        return caseInsensitive && b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }

    private boolean eq(byte s, byte p) {
        return s == p || caseInsensitive && s >= 'A' && s <= 'Z' && s + 32 == p;
    }

    private boolean regionEquals(byte[] s, int off) {
        for (int j = 0; j < literal.length; j++) if (!eq(s[off + j], literal[j])) return false;
        return true;
    }

    boolean matches(byte[] s, int start, int end) {
        int len = end - start;
        switch (shape) {
            case EXACT -> {
                return len == literal.length && regionEquals(s, start);
            }
            case PREFIX -> {
                return len >= literal.length && regionEquals(s, start);
            }
            case SUFFIX -> {
                return len >= literal.length && regionEquals(s, end - literal.length);
            }
            case CONTAINS -> {
                int last = end - literal.length;
                for (int i = start; i <= last; i++) if (regionEquals(s, i)) return true;
                return false;
            }
            default -> {
                return general(s, start, end);
            }
        }
    }

    private static int charEnd(byte[] s, int i, int end) {
        i++;
        while (i < end && (s[i] & 0xC0) == 0x80) i++;
        return i;
    }

    private boolean general(byte[] s, int start, int end) {
        int si = start, pi = 0, n = kinds.length;
        int starP = -1, starS = -1;
        while (si < end) {
            if (pi < n && kinds[pi] == '_') {
                si = charEnd(s, si, end);
                pi++;
            } else if (pi < n && kinds[pi] == 'L' && eq(s[si], pattern[pi])) {
                si++;
                pi++;
            } else if (pi < n && kinds[pi] == '%') {
                starP = pi++;
                starS = si;
            } else if (starP >= 0) {
                pi = starP + 1;
                si = starS = charEnd(s, starS, end);
            } else {
                return false;
            }
        }
        while (pi < n && kinds[pi] == '%') pi++;
        return pi == n;
    }
}
