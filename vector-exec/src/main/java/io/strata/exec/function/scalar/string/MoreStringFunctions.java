package io.strata.exec.function.scalar.string;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.ArrayColumnBuilder;
import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.IntegerType;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.ValueBuffer;
import io.strata.exec.function.scalar.Vectors;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rest of ClickHouse's string library: regular-expression counting and groups (countMatches,
 * extractGroups, extractAllGroupsHorizontal/Vertical, multiMatchAnyIndex, multiMatchAllIndices),
 * bin/unbin, initcapUTF8, soundex and appendTrailingCharIfAbsent.
 */
public final class MoreStringFunctions {
    private MoreStringFunctions() {
    }

    private static final ArrayType ARRAY_OF_STRING = new ArrayType(DataTypes.STRING);
    private static final ArrayType ARRAY_OF_ARRAY_OF_STRING = new ArrayType(ARRAY_OF_STRING);
    private static final ArrayType ARRAY_OF_UINT64 = new ArrayType(DataTypes.UINT64);

    public static List<FunctionDefinition> all() {
        return List.of(
                FunctionDefinition.of("countMatches", ctx -> countMatches(ctx, "countMatches", false)),
                FunctionDefinition.of("countMatchesCaseInsensitive", ctx -> countMatches(ctx, "countMatchesCaseInsensitive", true)),
                FunctionDefinition.of("extractGroups", MoreStringFunctions::extractGroups),
                FunctionDefinition.of("extractAllGroupsHorizontal", ctx -> extractAllGroups(ctx, "extractAllGroupsHorizontal", true)),
                FunctionDefinition.of("extractAllGroupsVertical", ctx -> extractAllGroups(ctx, "extractAllGroupsVertical", false)).aliases("extractAllGroups"),
                FunctionDefinition.of("multiMatchAnyIndex", ctx -> multiMatch(ctx, "multiMatchAnyIndex", false)),
                FunctionDefinition.of("multiMatchAllIndices", ctx -> multiMatch(ctx, "multiMatchAllIndices", true)),
                FunctionDefinition.of("bin", MoreStringFunctions::bin).ci(),
                FunctionDefinition.of("unbin", MoreStringFunctions::unbin).ci(),
                FunctionDefinition.of("initcapUTF8", MoreStringFunctions::initcapUtf8),
                FunctionDefinition.of("soundex", MoreStringFunctions::soundex).ci(),
                FunctionDefinition.of("appendTrailingCharIfAbsent", MoreStringFunctions::appendTrailingChar));
    }

    private static Pattern constantPattern(BindContext ctx, int i, String name, boolean ci) {
        String p = Arguments.constantString(ctx, i, name);
        return RegexpFunctions.compile(ci ? "(?i)" + p : p);
    }

    private static String text(StringColumn s, int i) {
        return new String(s.bytes(), s.start(i), s.length(i), StandardCharsets.UTF_8);
    }

    private static BoundFunction countMatches(BindContext ctx, String name, boolean ci) {
        Arguments.count(ctx, name, 2);
        TextFunctions.requireString(ctx, 0, name);
        Pattern p = constantPattern(ctx, 1, name, ci);
        return Kernel.bound(DataTypes.UINT64, (args, n) -> {
            StringColumn s = TextFunctions.str(args[0]);
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                Matcher m = p.matcher(text(s, i));
                int from = 0;
                String t = text(s, i);
                while (from <= t.length() && m.find(from)) {
                    // An empty match ends the count, as in ClickHouse.
                    if (m.end() == m.start()) break;
                    r[i]++;
                    from = m.end();
                }
            }
            return new LongColumn(DataTypes.UINT64, r, n);
        });
    }

    private static Pattern groupPattern(BindContext ctx, String name) {
        Arguments.count(ctx, name, 2);
        TextFunctions.requireString(ctx, 0, name);
        Pattern p = constantPattern(ctx, 1, name, false);
        if (p.matcher("").groupCount() == 0) {
            throw DbException.of(ErrorCode.BAD_ARGUMENTS, "There are no groups in regexp: %s", p.pattern());
        }
        return p;
    }

    private static void appendGroup(StringColumnBuilder out, Matcher m, int g) {
        String v = m.group(g);
        out.append(v == null ? new byte[0] : v.getBytes(StandardCharsets.UTF_8));
    }

    /** The groups of the first match; an array of empty strings when nothing matches. */
    private static BoundFunction extractGroups(BindContext ctx) {
        Pattern p = groupPattern(ctx, "extractGroups");
        int groups = p.matcher("").groupCount();
        return Kernel.bound(ARRAY_OF_STRING, (args, n) -> {
            StringColumn s = TextFunctions.str(args[0]);
            ArrayColumnBuilder out = new ArrayColumnBuilder(ARRAY_OF_STRING, n);
            StringColumnBuilder e = (StringColumnBuilder) out.elements();
            for (int i = 0; i < n; i++) {
                Matcher m = p.matcher(text(s, i));
                boolean found = m.find();
                for (int g = 1; g <= groups; g++) {
                    if (found) appendGroup(e, m, g);
                    else e.appendDefault();
                }
                out.endArray();
            }
            return out.build();
        });
    }

    private static BoundFunction extractAllGroups(BindContext ctx, String name, boolean horizontal) {
        Pattern p = groupPattern(ctx, name);
        int groups = p.matcher("").groupCount();
        return Kernel.bound(ARRAY_OF_ARRAY_OF_STRING, (args, n) -> {
            StringColumn s = TextFunctions.str(args[0]);
            ArrayColumnBuilder out = new ArrayColumnBuilder(ARRAY_OF_ARRAY_OF_STRING, n);
            ArrayColumnBuilder inner = (ArrayColumnBuilder) out.elements();
            StringColumnBuilder e = (StringColumnBuilder) inner.elements();
            List<String[]> matches = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                matches.clear();
                Matcher m = p.matcher(text(s, i));
                while (m.find()) {
                    String[] row = new String[groups];
                    for (int g = 1; g <= groups; g++) row[g - 1] = m.group(g) == null ? "" : m.group(g);
                    matches.add(row);
                    if (m.end() == m.start()) break;
                }
                if (horizontal) {
                    // One array per group, empty ones when nothing matches.
                    for (int g = 0; g < groups; g++) {
                        for (String[] row : matches) e.append(row[g].getBytes(StandardCharsets.UTF_8));
                        inner.endArray();
                    }
                } else {
                    for (String[] row : matches) {
                        for (String v : row) e.append(v.getBytes(StandardCharsets.UTF_8));
                        inner.endArray();
                    }
                }
                out.endArray();
            }
            return out.build();
        });
    }

    /** multiMatchAnyIndex: the smallest index of a matching pattern; multiMatchAllIndices: all of them, ascending. */
    private static BoundFunction multiMatch(BindContext ctx, String name, boolean all) {
        Arguments.count(ctx, name, 2);
        TextFunctions.requireString(ctx, 0, name);
        Column c = ctx.constantArgument(1);
        if (c == null || !(ctx.argumentType(1) instanceof ArrayType)) throw Arguments.illegalType(ctx.argumentType(1), 1, name);
        ArrayColumn patterns = (ArrayColumn) Vectors.dense(c);
        List<Pattern> compiled = new ArrayList<>();
        if (patterns.length(0) > 0) {
            StringColumn ps = TextFunctions.str(patterns.elements());
            for (int j = patterns.start(0); j < patterns.start(0) + patterns.length(0); j++) compiled.add(RegexpFunctions.compile(text(ps, j)));
        }
        DataType rt = all ? ARRAY_OF_UINT64 : DataTypes.UINT64;
        return Kernel.bound(rt, (args, n) -> {
            StringColumn s = TextFunctions.str(args[0]);
            long[] r = new long[n];
            List<Long> indices = new ArrayList<>();
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                String t = text(s, i);
                for (int k = 0; k < compiled.size(); k++) {
                    if (compiled.get(k).matcher(t).find()) {
                        if (!all) {
                            r[i] = k + 1;
                            break;
                        }
                        indices.add((long) k + 1);
                    }
                }
                offsets[i + 1] = indices.size();
            }
            if (!all) return new LongColumn(DataTypes.UINT64, r, n);
            long[] flat = indices.stream().mapToLong(Long::longValue).toArray();
            return new ArrayColumn(ARRAY_OF_UINT64, offsets, new LongColumn(DataTypes.UINT64, flat, flat.length), n);
        });
    }

    /** bin: eight digits per byte, integers big-endian without leading zero bytes (as hex), strings byte by byte. */
    private static BoundFunction bin(BindContext ctx) {
        Arguments.count(ctx, "bin", 1);
        DataType t = ctx.argumentType(0);
        boolean string = Arguments.isString(t);
        if (!string && !(t instanceof IntegerType it && it.bits() <= 64)) throw Arguments.illegalType(t, 0, "bin");
        int width = string ? 0 : ((IntegerType) t).bits() / 8;
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            ValueBuffer row = new ValueBuffer();
            Column c = Vectors.dense(args[0]);
            if (string) {
                StringColumn s = (StringColumn) c;
                for (int i = 0; i < n; i++) {
                    row.reset();
                    for (int j = s.start(i); j < s.start(i) + s.length(i); j++) appendBits(row, s.bytes()[j]);
                    row.appendTo(out);
                }
            } else {
                long[] v = Vectors.longs(c, n);
                for (int i = 0; i < n; i++) {
                    long x = width == 8 ? v[i] : v[i] & ((1L << (width * 8)) - 1);
                    int lead = Math.max(1, 8 - Long.numberOfLeadingZeros(x) / 8);
                    row.reset();
                    for (int k = lead - 1; k >= 0; k--) appendBits(row, (byte) (x >>> (8 * k)));
                    row.appendTo(out);
                }
            }
            return out.build();
        });
    }

    private static void appendBits(ValueBuffer row, byte b) {
        for (int k = 7; k >= 0; k--) row.append((byte) ('0' + ((b >> k) & 1)));
    }

    /** unbin: binary digits to bytes, the first byte taking the leftover high bits when the length is not a multiple of 8. */
    private static BoundFunction unbin(BindContext ctx) {
        Arguments.count(ctx, "unbin", 1);
        TextFunctions.requireString(ctx, 0, "unbin");
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = TextFunctions.str(args[0]);
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            ValueBuffer row = new ValueBuffer();
            byte[] b = s.bytes();
            for (int i = 0; i < n; i++) {
                row.reset();
                int from = s.start(i), len = s.length(i);
                // The first byte takes the leftover high bits when the length is not a multiple of 8.
                int group = len % 8 == 0 ? 8 : len % 8;
                int v = 0, bits = 0;
                for (int j = from; j < from + len; j++) {
                    v = v << 1 | (b[j] & 1);
                    if (++bits == group) {
                        row.append((byte) v);
                        v = 0;
                        bits = 0;
                        group = 8;
                    }
                }
                row.appendTo(out);
            }
            return out.build();
        });
    }

    private static BoundFunction initcapUtf8(BindContext ctx) {
        Arguments.count(ctx, "initcapUTF8", 1);
        TextFunctions.requireString(ctx, 0, "initcapUTF8");
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = TextFunctions.str(args[0]);
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String t = text(s, i);
                sb.setLength(0);
                boolean prevAlnum = false;
                for (int k = 0; k < t.length(); ) {
                    int cp = t.codePointAt(k);
                    boolean alnum = Character.isLetterOrDigit(cp);
                    sb.appendCodePoint(alnum ? (prevAlnum ? Character.toLowerCase(cp) : Character.toUpperCase(cp)) : cp);
                    prevAlnum = alnum;
                    k += Character.charCount(cp);
                }
                out.append(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
            return out.build();
        });
    }

    private static char soundexCode(byte c) {
        return switch (c | 0x20) {
            case 'b', 'f', 'p', 'v' -> '1';
            case 'c', 'g', 'j', 'k', 'q', 's', 'x', 'z' -> '2';
            case 'd', 't' -> '3';
            case 'l' -> '4';
            case 'm', 'n' -> '5';
            case 'r' -> '6';
            default -> '0';
        };
    }

    private static boolean asciiLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * American Soundex: the first letter, then the codes of the following letters (vowels, h, w
     * and y separate equal codes; non-letters are skipped), padded with '0' to four characters.
     */
    private static BoundFunction soundex(BindContext ctx) {
        Arguments.count(ctx, "soundex", 1);
        TextFunctions.requireString(ctx, 0, "soundex");
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = TextFunctions.str(args[0]);
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            byte[] b = s.bytes();
            byte[] code = new byte[4];
            for (int i = 0; i < n; i++) {
                int j = s.start(i), end = j + s.length(i);
                while (j < end && !asciiLetter(b[j])) j++;
                if (j == end) {
                    out.append(code, 0, 0);
                    continue;
                }
                code[0] = (byte) (b[j] & ~0x20);
                int len = 1;
                char last = soundexCode(b[j]);
                for (j++; j < end && len < 4; j++) {
                    if (!asciiLetter(b[j])) continue;
                    char c = soundexCode(b[j]);
                    if (c != '0' && c != last) code[len++] = (byte) c;
                    last = c;
                }
                while (len < 4) code[len++] = '0';
                out.append(code, 0, 4);
            }
            return out.build();
        });
    }

    private static BoundFunction appendTrailingChar(BindContext ctx) {
        Arguments.count(ctx, "appendTrailingCharIfAbsent", 2);
        TextFunctions.requireString(ctx, 0, "appendTrailingCharIfAbsent");
        byte[] c = Arguments.constantString(ctx, 1, "appendTrailingCharIfAbsent").getBytes(StandardCharsets.UTF_8);
        if (c.length != 1) throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Second argument of function appendTrailingCharIfAbsent must be a one-character string");
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = TextFunctions.str(args[0]);
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            ValueBuffer row = new ValueBuffer();
            for (int i = 0; i < n; i++) {
                int from = s.start(i), len = s.length(i);
                row.reset().append(s.bytes(), from, len);
                if (len > 0 && s.bytes()[from + len - 1] != c[0]) row.append(c[0]);
                row.appendTo(out);
            }
            return out.build();
        });
    }

    /** trimLeft/trimRight/trimBoth(s, characters): strips any of the given bytes (TRIM(BOTH 'x' FROM s)). */
    static BoundFunction trim(BindContext ctx, String name, boolean left, boolean right) {
        Arguments.count(ctx, name, 2);
        TextFunctions.requireString(ctx, 0, name);
        byte[] chars = Arguments.constantString(ctx, 1, name).getBytes(StandardCharsets.UTF_8);
        boolean[] strip = new boolean[256];
        for (byte c : chars) strip[c & 0xFF] = true;
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = TextFunctions.str(args[0]);
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            byte[] b = s.bytes();
            for (int i = 0; i < n; i++) {
                int f = s.start(i), t = f + s.length(i);
                if (left) while (f < t && strip[b[f] & 0xFF]) f++;
                if (right) while (t > f && strip[b[t - 1] & 0xFF]) t--;
                out.append(b, f, t - f);
            }
            return out.build();
        });
    }
}
