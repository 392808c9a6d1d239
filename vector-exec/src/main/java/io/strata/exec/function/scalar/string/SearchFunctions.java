package io.strata.exec.function.scalar.string;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Vectors;
import java.util.ArrayList;
import java.util.List;

/**
 * Substring search in its four flavours (bytes, ASCII case-insensitive, UTF-8 code points, UTF-8
 * case-insensitive): positionUTF8, positionCaseInsensitiveUTF8, locate (MySQL argument order, as
 * modern ClickHouse), countSubstringsCaseInsensitive(UTF8) and the multiSearch family. Positions are
 * 1-based, in bytes or, for the UTF8 flavours, in code points; 0 means not found.
 */
public final class SearchFunctions {
    private SearchFunctions() {
    }

    /** How bytes compare. */
    enum Mode {
        BYTES(false, false), CASE_INSENSITIVE(true, false), UTF8(false, true), CASE_INSENSITIVE_UTF8(true, true);

        final boolean ci;
        final boolean utf8;

        Mode(boolean ci, boolean utf8) {
            this.ci = ci;
            this.utf8 = utf8;
        }

        String suffix() {
            return (ci ? "CaseInsensitive" : "") + (utf8 ? "UTF8" : "");
        }
    }

    private static final ArrayType ARRAY_OF_UINT64 = new ArrayType(DataTypes.UINT64);

    public static List<FunctionDefinition> all() {
        List<FunctionDefinition> out = new ArrayList<>();
        out.add(FunctionDefinition.of("positionUTF8", ctx -> position(ctx, "positionUTF8", Mode.UTF8, false)));
        out.add(FunctionDefinition.of("positionCaseInsensitiveUTF8", ctx -> position(ctx, "positionCaseInsensitiveUTF8", Mode.CASE_INSENSITIVE_UTF8, false)));
        out.add(FunctionDefinition.of("locate", ctx -> position(ctx, "locate", Mode.BYTES, true)).ci());
        out.add(FunctionDefinition.of("countSubstringsCaseInsensitive", ctx -> count(ctx, "countSubstringsCaseInsensitive", Mode.CASE_INSENSITIVE)));
        out.add(FunctionDefinition.of("countSubstringsCaseInsensitiveUTF8", ctx -> count(ctx, "countSubstringsCaseInsensitiveUTF8", Mode.CASE_INSENSITIVE_UTF8)));
        for (Mode mode : Mode.values()) {
            String s = mode.suffix();
            if (mode != Mode.BYTES) out.add(FunctionDefinition.of("multiSearchAny" + s, ctx -> multi(ctx, "multiSearchAny" + s, mode, Multi.ANY)));
            out.add(FunctionDefinition.of("multiSearchFirstIndex" + s, ctx -> multi(ctx, "multiSearchFirstIndex" + s, mode, Multi.FIRST_INDEX)));
            out.add(FunctionDefinition.of("multiSearchFirstPosition" + s, ctx -> multi(ctx, "multiSearchFirstPosition" + s, mode, Multi.FIRST_POSITION)));
            out.add(FunctionDefinition.of("multiSearchAllPositions" + s, ctx -> multi(ctx, "multiSearchAllPositions" + s, mode, Multi.ALL_POSITIONS)));
        }
        return out;
    }

    private static int codePointAt(byte[] b, int p, int to, int[] width) {
        int c = b[p] & 0xFF;
        int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (c >= 0x80 && c < 0xC0 || p + n > to) {
            width[0] = 1;
            return c;
        }
        width[0] = n;
        if (n == 1) return c;
        int cp = c & (0xFF >> (n + 1));
        for (int k = 1; k < n; k++) cp = cp << 6 | (b[p + k] & 0x3F);
        return cp;
    }

    private static int fold(int cp) {
        return Character.toLowerCase(Character.toUpperCase(cp));
    }

    /** Whether the needle matches the haystack at byte j (under the mode). */
    private static boolean matchesAt(byte[] h, int j, int to, byte[] n, int ns, int nl, Mode mode, int[] w) {
        if (!mode.ci) {
            if (j + nl > to) return false;
            for (int k = 0; k < nl; k++) if (h[j + k] != n[ns + k]) return false;
            return true;
        }
        if (!mode.utf8) {
            if (j + nl > to) return false;
            for (int k = 0; k < nl; k++) {
                byte x = h[j + k], y = n[ns + k];
                if (x != y && !(asciiLetter(x) && (x | 0x20) == (y | 0x20))) return false;
            }
            return true;
        }
        int p = j, q = ns, ne = ns + nl;
        while (q < ne) {
            if (p >= to) return false;
            int a = codePointAt(h, p, to, w);
            p += w[0];
            int c = codePointAt(n, q, ne, w);
            q += w[0];
            if (a != c && fold(a) != fold(c)) return false;
        }
        return true;
    }

    private static boolean asciiLetter(byte x) {
        return (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z');
    }

    /** The byte index of the first match at or after {@code from}, or -1. */
    static int find(byte[] h, int from, int to, byte[] n, int ns, int nl, Mode mode, int[] w) {
        for (int j = from; j <= to; j++) {
            if (mode.utf8 && j < to && (h[j] & 0xC0) == 0x80) continue;
            if (matchesAt(h, j, to, n, ns, nl, mode, w)) return j;
            if (!mode.ci && j + nl > to) return -1;
        }
        return -1;
    }

    /** The 1-based position of byte index j: bytes, or code points for UTF-8 modes. */
    private static long positionOf(byte[] h, int hs, int j, Mode mode) {
        return mode.utf8 ? TextFunctions.countChars(h, hs, j) + 1 : j - hs + 1;
    }

    private static BoundFunction position(BindContext ctx, String name, Mode mode, boolean needleFirst) {
        Arguments.countBetween(ctx, name, 2, 3);
        int hay = needleFirst ? 1 : 0, needle = needleFirst ? 0 : 1;
        TextFunctions.requireString(ctx, 0, name);
        TextFunctions.requireString(ctx, 1, name);
        if (ctx.argumentCount() == 3) TextFunctions.requireInteger(ctx, 2, name);
        return Kernel.bound(DataTypes.UINT64, (args, n) -> {
            StringColumn h = TextFunctions.str(args[hay]), nd = TextFunctions.str(args[needle]);
            long[] startAt = args.length == 3 ? Vectors.longs(args[2], n) : null;
            byte[] hb = h.bytes();
            long[] r = new long[n];
            int[] w = new int[1];
            for (int i = 0; i < n; i++) {
                int hs = h.start(i), he = hs + h.length(i);
                int from = hs;
                if (startAt != null) {
                    long start = startAt[i];
                    if (start < 1) start = 1;
                    from = mode.utf8 ? TextFunctions.charOffset(hb, hs, he, start - 1) : (int) Math.min(he + 1L, hs + start - 1);
                    if (from > he) continue;
                    if (mode.utf8 && TextFunctions.countChars(hb, hs, he) < start - 1) continue;
                }
                int j = find(hb, from, he, nd.bytes(), nd.start(i), nd.length(i), mode, w);
                if (j >= 0) r[i] = positionOf(hb, hs, j, mode);
            }
            return new LongColumn(DataTypes.UINT64, r, n);
        });
    }

    /** Non-overlapping occurrences (an empty needle counts nothing). */
    private static BoundFunction count(BindContext ctx, String name, Mode mode) {
        Arguments.countBetween(ctx, name, 2, 3);
        TextFunctions.requireString(ctx, 0, name);
        TextFunctions.requireString(ctx, 1, name);
        if (ctx.argumentCount() == 3) TextFunctions.requireInteger(ctx, 2, name);
        return Kernel.bound(DataTypes.UINT64, (args, n) -> {
            StringColumn h = TextFunctions.str(args[0]), nd = TextFunctions.str(args[1]);
            long[] startAt = args.length == 3 ? Vectors.longs(args[2], n) : null;
            byte[] hb = h.bytes();
            long[] r = new long[n];
            int[] w = new int[1];
            for (int i = 0; i < n; i++) {
                int hs = h.start(i), he = hs + h.length(i), nl = nd.length(i);
                if (nl == 0) continue;
                int p = hs;
                if (startAt != null) {
                    long start = Math.max(1, startAt[i]);
                    p = mode.utf8 ? TextFunctions.charOffset(hb, hs, he, start - 1) : (int) Math.min(he, hs + start - 1);
                }
                while (p < he) {
                    int j = find(hb, p, he, nd.bytes(), nd.start(i), nl, mode, w);
                    if (j < 0) break;
                    r[i]++;
                    // skip past the match: its length in the haystack can differ from the needle's under UTF-8 folding
                    p = j + matchLength(hb, j, he, nd.bytes(), nd.start(i), nl, mode, w);
                }
            }
            return new LongColumn(DataTypes.UINT64, r, n);
        });
    }

    private static int matchLength(byte[] h, int j, int to, byte[] n, int ns, int nl, Mode mode, int[] w) {
        if (!mode.utf8) return nl;
        int p = j, q = ns, ne = ns + nl;
        while (q < ne) {
            codePointAt(h, p, to, w);
            p += w[0];
            codePointAt(n, q, ne, w);
            q += w[0];
        }
        return p - j;
    }

    enum Multi { ANY, FIRST_INDEX, FIRST_POSITION, ALL_POSITIONS }

    private static BoundFunction multi(BindContext ctx, String name, Mode mode, Multi kind) {
        Arguments.count(ctx, name, 2);
        TextFunctions.requireString(ctx, 0, name);
        DataType t = ctx.argumentType(1);
        if (!(t instanceof ArrayType at) || !(Arguments.isString(at.element()) || at.element().id() == io.strata.core.type.TypeId.NOTHING)) {
            throw Arguments.illegalType(t, 1, name);
        }
        DataType rt = switch (kind) {
            case ANY -> DataTypes.UINT8;
            case FIRST_INDEX, FIRST_POSITION -> DataTypes.UINT64;
            case ALL_POSITIONS -> ARRAY_OF_UINT64;
        };
        return Kernel.bound(rt, (args, n) -> {
            StringColumn h = TextFunctions.str(args[0]);
            ArrayColumn a = (ArrayColumn) Vectors.dense(args[1]);
            StringColumn needles = a.elements() instanceof StringColumn sc ? sc : null;
            byte[] hb = h.bytes();
            int[] w = new int[1];
            long[] r = new long[n];
            List<Long> positions = kind == Multi.ALL_POSITIONS ? new ArrayList<>() : null;
            int[] offsets = kind == Multi.ALL_POSITIONS ? new int[n + 1] : null;
            for (int i = 0; i < n; i++) {
                int hs = h.start(i), he = hs + h.length(i);
                long best = 0;
                for (int k = 0, e = a.length(i); k < e; k++) {
                    int j = a.start(i) + k;
                    int found = find(hb, hs, he, needles.bytes(), needles.start(j), needles.length(j), mode, w);
                    long pos = found < 0 ? 0 : positionOf(hb, hs, found, mode);
                    switch (kind) {
                        case ANY -> {
                            if (pos > 0) best = 1;
                        }
                        case FIRST_INDEX -> {
                            if (pos > 0 && best == 0) best = k + 1;
                        }
                        case FIRST_POSITION -> {
                            if (pos > 0 && (best == 0 || pos < best)) best = pos;
                        }
                        case ALL_POSITIONS -> positions.add(pos);
                    }
                    if (kind == Multi.ANY && best == 1 || kind == Multi.FIRST_INDEX && best > 0) break;
                }
                r[i] = best;
                if (offsets != null) offsets[i + 1] = positions.size();
            }
            if (kind != Multi.ALL_POSITIONS) return new LongColumn(rt, r, n);
            long[] flat = new long[positions.size()];
            for (int k = 0; k < flat.length; k++) flat[k] = positions.get(k);
            return new ArrayColumn(ARRAY_OF_UINT64, offsets, new LongColumn(DataTypes.UINT64, flat, flat.length), n);
        });
    }
}
