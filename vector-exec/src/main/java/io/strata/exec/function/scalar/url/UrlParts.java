package io.strata.exec.function.scalar.url;

/**
 * Finds the parts of a URL inside a byte range, as ClickHouse's URL functions do: not an RFC 3986
 * parser but the same fast, forgiving scans (src/Functions/URL), so odd inputs give ClickHouse's
 * odd answers. Every finder writes the absolute [start, end) of its part into {@code span} and
 * returns whether the part was found; a part not found is the empty span at {@code from}.
 */
final class UrlParts {
    private UrlParts() {
    }

    static boolean alpha(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    static boolean alnum(byte c) {
        return alpha(c) || digit(c);
    }

    /** Characters that make a string no URL at all for the host scanners. */
    static boolean restricted(byte c) {
        return switch (c) {
            case ' ', '\t', '<', '>', '%', '{', '}', '|', '\\', '^', '~', '[', ']', ';', '=', '&' -> true;
            default -> false;
        };
    }

    static boolean none(int from, int[] span) {
        span[0] = from;
        span[1] = from;
        return false;
    }

    static boolean found(int start, int end, int[] span) {
        span[0] = start;
        span[1] = end;
        return true;
    }

    static int indexOf(byte[] b, int from, int to, char c) {
        for (int i = from; i < to; i++) if (b[i] == c) return i;
        return to;
    }

    static int indexOfAny(byte[] b, int from, int to, char c1, char c2) {
        for (int i = from; i < to; i++) if (b[i] == c1 || b[i] == c2) return i;
        return to;
    }

    /** The scheme: a letter, then letters, digits, '+', '-' or '.'; its end (== from when none). */
    static int schemeEnd(byte[] b, int from, int to) {
        if (from >= to || !alpha(b[from])) return from;
        int p = from + 1;
        while (p < to && (alnum(b[p]) || b[p] == '+' || b[p] == '-' || b[p] == '.')) p++;
        return p;
    }

    /** protocol(): the scheme when a ':' follows it and at least four bytes remain from the ':'. */
    static boolean protocol(byte[] b, int from, int to, int[] span) {
        int end = schemeEnd(b, from, to);
        if (end == from || to - end < 4 || b[end] != ':') return none(from, span);
        return found(from, end, span);
    }

    /** Where the authority starts: after "//" or after "scheme://" (scheme within 16 bytes), else from; -1 when not a URL. */
    private static int authorityStart(byte[] b, int from, int to) {
        int size = to - from;
        if (size >= 2 && b[from] == '/' && b[from + 1] == '/') return from + 2;
        int schemeLimit = from + Math.min(size, 16);
        int p = from + 1;
        for (; p < schemeLimit; p++) {
            byte c = b[p];
            if (alnum(c) || c == '.' || c == '-' || c == '+') continue;
            if (restricted(c)) return -1;
            break;
        }
        if (schemeLimit - p > 2 && b[p] == ':' && b[p + 1] == '/' && b[p + 2] == '/') return p + 3;
        return from;
    }

    /** The host (domain()): it must contain a dot followed by something other than ':', '/', '?' or '#'. */
    static boolean host(byte[] b, int from, int to, int[] span) {
        int p = authorityStart(b, from, to);
        if (p < 0) return none(from, span);
        int dot = -1, start = p;
        for (; p < to; p++) {
            byte c = b[p];
            switch (c) {
                case '.' -> dot = p;
                case ':', '/', '?', '#' -> {
                    return checkHost(b, p, dot, start, from, span);
                }
                case '@' -> start = p + 1;
                default -> {
                    if (restricted(c)) return none(from, span);
                }
            }
        }
        return checkHost(b, to, dot, start, from, span);
    }

    private static boolean checkHost(byte[] b, int end, int dot, int start, int from, int[] span) {
        if (dot < 0 || start >= end || end - dot == 1) return none(from, span);
        byte after = b[dot + 1];
        if (after == ':' || after == '/' || after == '?' || after == '#') return none(from, span);
        return found(start, end, span);
    }

    /** netloc(): user info, host and port. */
    static boolean netloc(byte[] b, int from, int to, int[] span) {
        int p = authorityStart(b, from, to);
        if (p < 0) return none(from, span);
        boolean identification = false;
        int question = to, slash = to, start = p;
        for (; p < to; p++) {
            byte c = b[p];
            switch (c) {
                case '/' -> {
                    if (identification) return found(start, p, span);
                    if (slash == to) slash = p;
                }
                case '?' -> {
                    if (identification) return found(start, p, span);
                    if (question == to) question = p;
                }
                case '#' -> {
                    return found(start, p, span);
                }
                case '@' -> identification = true;
                default -> {
                    if (restricted(c)) return found(start, Math.max(start, Math.min(Math.min(p - 1, question), slash)), span);
                }
            }
        }
        if (identification) return found(start, to, span);
        return found(start, Math.min(question, slash), span);
    }

    /** path() (withQuery false) or pathFull(): from the first '/' that does not start "//". */
    static boolean path(byte[] b, int from, int to, boolean withQuery, int[] span) {
        int p = indexOf(b, from, to, '/');
        if (p == to) return none(from, span);
        if (p + 1 < to && b[p + 1] == '/') {
            p = indexOf(b, p + 2, to, '/');
            if (p == to) return none(from, span);
        }
        return found(p, withQuery ? to : indexOfAny(b, p, to, '?', '#'), span);
    }

    /** queryString(): after '?' up to '#'; with the '?' when {@code withMark}. */
    static boolean queryString(byte[] b, int from, int to, boolean withMark, int[] span) {
        int q = indexOf(b, from, to, '?');
        if (q == to) return none(from, span);
        int start = withMark ? q : q + 1;
        return found(start, Math.max(start, indexOf(b, q, to, '#')), span);
    }

    /** fragment(): after '#'; with the '#' when {@code withMark}. */
    static boolean fragment(byte[] b, int from, int to, boolean withMark, int[] span) {
        int h = indexOf(b, from, to, '#');
        if (h == to) return none(from, span);
        return found(withMark ? h : h + 1, to, span);
    }

    /** queryStringAndFragment(): from '?' (else from '#', keeping it) to the end. */
    static boolean queryStringAndFragment(byte[] b, int from, int to, boolean withMark, int[] span) {
        int q = indexOf(b, from, to, '?');
        if (q != to) return found(withMark ? q : q + 1, to, span);
        int h = indexOf(b, from, to, '#');
        if (h != to) return found(h, to, span);
        return none(from, span);
    }

    /** The "www." that cutWWW removes: right after "scheme://" or "//" (and any user info). */
    static boolean www(byte[] b, int from, int to, int[] span) {
        int p = indexOf(b, from, to, '/');
        if (p == to) return none(from, span);
        if (p != from) {
            int[] proto = new int[2];
            protocol(b, from, to, proto);
            if (p != proto[1] + 1 || proto[1] == proto[0]) return none(from, span);
        }
        if (to - p < 2 || b[p + 1] != '/') return none(from, span);
        p += 2;
        int start = p;
        for (; p < to; p++) {
            byte c = b[p];
            if (c == '@') start = p + 1;
            else if (c == ':' || c == '/' || c == '?' || c == '#') break;
        }
        if (start + 4 < to && b[start] == 'w' && b[start + 1] == 'w' && b[start + 2] == 'w' && b[start + 3] == '.') {
            return found(start, start + 4, span);
        }
        return none(from, span);
    }

    /** topLevelDomain(): after the host's last dot (a trailing dot ignored); nothing for IPv4. */
    static boolean topLevelDomain(byte[] b, int from, int to, int[] span) {
        if (!host(b, from, to, span)) return false;
        int start = span[0], end = span[1];
        if (b[end - 1] == '.') end--;
        int dot = -1;
        for (int i = end - 1; i >= start; i--) {
            if (b[i] == '.') {
                dot = i;
                break;
            }
        }
        if (dot < 0 || dot + 1 >= end || digit(b[dot + 1])) return none(from, span);
        return found(dot + 1, end, span);
    }

    /**
     * firstSignificantSubdomain(): the label left of the top-level domain, or one further left
     * when the second level is a registry's own ("co.uk", "com.tr"). ClickHouse looks the pair up
     * in the public suffix list; this keeps ClickHouse 18.16's short list of such second levels
     * (com, net, org, co), which agrees with the full list for the common cases. {@code domainEnd}
     * receives the end of the host (for cutToFirstSignificantSubdomain).
     */
    static boolean firstSignificantSubdomain(byte[] b, int from, int to, boolean withoutWww, int[] span, int[] domainEnd) {
        if (!host(b, from, to, span)) return false;
        int begin = span[0], end = span[1];
        if (withoutWww && end - begin > 4 && b[begin] == 'w' && b[begin + 1] == 'w' && b[begin + 2] == 'w' && b[begin + 3] == '.') begin += 4;
        domainEnd[0] = end;
        if (b[end - 1] == '.') end--;
        int last0 = -1, last1 = -1, last2 = -1;
        for (int i = begin; i < end; i++) {
            if (b[i] == '.') {
                last2 = last1;
                last1 = last0;
                last0 = i;
            }
        }
        if (last0 < 0) return found(begin, end, span);
        if (last1 < 0) return found(begin, last0, span);
        if (last2 < 0) last2 = begin - 1;
        if (registrySecondLevel(b, last1 + 1, last0)) return found(last2 + 1, last1, span);
        return found(last1 + 1, last0, span);
    }

    private static boolean registrySecondLevel(byte[] b, int start, int end) {
        int len = end - start;
        if (len == 2) return b[start] == 'c' && b[start + 1] == 'o';
        if (len != 3) return false;
        return (b[start] == 'c' && b[start + 1] == 'o' && b[start + 2] == 'm')
                || (b[start] == 'n' && b[start + 1] == 'e' && b[start + 2] == 't')
                || (b[start] == 'o' && b[start + 1] == 'r' && b[start + 2] == 'g');
    }

    /** Skips the "scheme://host" part as URLHierarchy does; -1 when the URL has no such prefix. */
    static int afterHost(byte[] b, int from, int to) {
        int p = from;
        // ClickHouse's test excludes the letters a and z and the digits 0 and 9 (strict comparisons); kept as is.
        while (p < to && ((b[p] > 'a' && b[p] < 'z') || (b[p] > '0' && b[p] < '9'))) p++;
        if (p == from || p == to || !(p + 3 < to && b[p] == ':' && b[p + 1] == '/' && b[p + 2] == '/')) return -1;
        p += 3;
        while (p < to && !(b[p] == '/' || b[p] == '?' || b[p] == '#')) p++;
        return p;
    }

    /** The end of the next hierarchy level after {@code p}: separators skipped, then up to and including the next one; -1 when none. */
    static int nextLevel(byte[] b, int p, int to) {
        while (p < to && (b[p] == '/' || b[p] == '?' || b[p] == '#')) p++;
        if (p == to) return -1;
        while (p < to && !(b[p] == '/' || b[p] == '?' || b[p] == '#')) p++;
        return p != to ? p + 1 : p;
    }

    /** port(): the digits after the host's ':' (up to '/'), else the default. */
    static long port(byte[] b, int from, int to, long defaultPort, int[] span) {
        if (!host(b, from, to, span)) return defaultPort;
        if (span[1] - span[0] == to - from) return defaultPort;
        int p = span[1];
        if (p >= to || b[p++] != ':') return defaultPort;
        // ClickHouse accumulates onto the default port (port * 10 + digit from it); kept for equal results.
        long port = defaultPort;
        for (; p < to; p++) {
            if (b[p] == '/') break;
            if (!digit(b[p])) return defaultPort;
            port = port * 10 + (b[p] - '0');
            if (port > 65535) return defaultPort;
        }
        return port;
    }

    /** The [start, end) of the value of parameter {@code name} in the query string or fragment, or false. */
    static boolean parameter(byte[] b, int from, int to, byte[] name, int nameFrom, int nameLen, int[] span) {
        int q = indexOfAny(b, from, to, '?', '#');
        if (q + 1 >= to) return none(from, span);
        int p = q + 1;
        while (true) {
            int at = find(b, p, to, name, nameFrom, nameLen);
            if (at < 0) return none(from, span);
            byte prev = b[at - 1];
            p = at + nameLen + 1;
            if (prev != '?' && prev != '#' && prev != '&') continue;
            return found(p, indexOfAny(b, p, to, '&', '#'), span);
        }
    }

    /** Finds "name=" in b[from, to); the index of the name, or -1. */
    static int find(byte[] b, int from, int to, byte[] name, int nameFrom, int nameLen) {
        int need = nameLen + 1;
        outer:
        for (int i = from; i + need <= to; i++) {
            for (int k = 0; k < nameLen; k++) if (b[i + k] != name[nameFrom + k]) continue outer;
            if (b[i + nameLen] == '=') return i;
        }
        return -1;
    }
}
