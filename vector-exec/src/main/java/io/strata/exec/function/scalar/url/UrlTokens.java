package io.strata.exec.function.scalar.url;

import io.strata.core.column.StringColumnBuilder;

/** The array-valued URL functions (hierarchies, parameter lists) and the parameter cut of cutURLParameter. */
final class UrlTokens {
    private UrlTokens() {
    }

    /** Appends the elements of one row; returns how many. */
    @FunctionalInterface
    interface Splitter {
        int split(byte[] b, int from, int to, StringColumnBuilder out);
    }

    /** URLHierarchy: "scheme://host/", then each longer prefix ending after a '/', '?' or '#'; a non-URL is itself. */
    static int hierarchy(byte[] b, int from, int to, StringColumnBuilder out) {
        if (from == to) return 0;
        int p = UrlParts.afterHost(b, from, to);
        if (p < 0) {
            out.append(b, from, to - from);
            return 1;
        }
        if (p != to) p++;
        out.append(b, from, p - from);
        int count = 1;
        while (p < to) {
            int next = UrlParts.nextLevel(b, p, to);
            if (next < 0) break;
            out.append(b, from, next - from);
            count++;
            p = next;
        }
        return count;
    }

    /** URLPathHierarchy: the same prefixes without "scheme://host"; empty for a non-URL. */
    static int pathHierarchy(byte[] b, int from, int to, StringColumnBuilder out) {
        if (from == to) return 0;
        int start = UrlParts.afterHost(b, from, to);
        if (start < 0) return 0;
        int p = start != to ? start + 1 : start;
        int count = 0;
        while (p < to) {
            int next = UrlParts.nextLevel(b, p, to);
            if (next < 0) break;
            out.append(b, start, next - start);
            count++;
            p = next;
        }
        return count;
    }

    private static int firstAny(byte[] b, int from, int to, String symbols) {
        for (int i = from; i < to; i++) if (symbols.indexOf(b[i]) >= 0) return i;
        return to;
    }

    /** extractURLParameters: "name=value" pieces of the query string and fragment (a trailing piece without '=' or '&' is dropped). */
    static int parameters(byte[] b, int from, int to, StringColumnBuilder out) {
        int p = UrlParts.indexOfAny(b, from, to, '?', '#');
        if (p + 1 >= to) return 0;
        p++;
        int count = 0;
        while (true) {
            int tokenStart;
            while (true) {
                tokenStart = p;
                p = firstAny(b, p, to, "=&#?");
                if (p == to) return count;
                if (b[p] == '?') {
                    p++;
                    continue;
                }
                break;
            }
            int tokenEnd;
            if (b[p] == '&' || b[p] == '#') {
                tokenEnd = p++;
            } else {
                p = UrlParts.indexOfAny(b, p + 1, to, '&', '#');
                if (p == to) {
                    tokenEnd = to;
                } else {
                    tokenEnd = p++;
                }
            }
            out.append(b, tokenStart, tokenEnd - tokenStart);
            count++;
            if (tokenEnd == to) return count;
        }
    }

    /** extractURLParameterNames: the names of those pieces. */
    static int parameterNames(byte[] b, int from, int to, StringColumnBuilder out) {
        int p = from;
        boolean first = true;
        int count = 0;
        while (p != to) {
            p = first ? UrlParts.indexOfAny(b, p, to, '?', '#') : UrlParts.indexOfAny(b, p, to, '&', '#');
            first = false;
            if (p + 1 >= to) return count;
            p++;
            int tokenStart, tokenEnd;
            while (true) {
                tokenStart = p;
                p = firstAny(b, p, to, "=&#?");
                if (p == to) return count;
                tokenEnd = p;
                if (b[p] == '?') {
                    p++;
                    continue;
                }
                break;
            }
            out.append(b, tokenStart, tokenEnd - tokenStart);
            count++;
        }
        return count;
    }

    /**
     * The range cutURLParameter removes for one name, packed as begin << 32 | end, or -1 when the
     * parameter is absent: "name=value" plus the '&' after it (or the one before it when last).
     */
    static long parameterCut(byte[] b, int from, int to, byte[] name) {
        int q = UrlParts.indexOfAny(b, from, to, '?', '#');
        int search = q + 1;
        while (search < to) {
            int at = UrlParts.find(b, search, to, name, 0, name.length);
            if (at < 0) return -1;
            byte prev = b[at - 1];
            if (prev != '?' && prev != '#' && prev != '&') {
                search = at + name.length + 1;
                continue;
            }
            int begin = at;
            int end = UrlParts.indexOfAny(b, at + name.length + 1, to, '&', '#');
            if (end < to && b[end] == '&') end++;
            else if (prev == '&') begin--;
            return (long) begin << 32 | end;
        }
        return -1;
    }

    /** The length of the URL up to its level-th hierarchy level, 0 when it has fewer (URLHash(url, N)). */
    static int levelLength(long level, byte[] b, int from, int to) {
        int p = UrlParts.afterHost(b, from, to);
        if (p < 0) return level == 0 ? to - from : 0;
        if (p != to) p++;
        if (level == 0) return p - from;
        long current = 0;
        while (current != level && p < to) {
            int next = UrlParts.nextLevel(b, p, to);
            if (next < 0) break;
            p = next;
            current++;
        }
        return current == level ? p - from : 0;
    }
}
