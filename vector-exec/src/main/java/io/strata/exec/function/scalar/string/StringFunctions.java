package io.strata.exec.function.scalar.string;

import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.conversion.Converter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * String functions over the offsets + bytes layout. Results are built directly into one byte
 * array and one offsets array per chunk; lengths are bytes unless the name says UTF8.
 */
public final class StringFunctions {
    private StringFunctions() {
    }

    public static List<FunctionDefinition> all() {
        return List.of(
                FunctionDefinition.of("length", ctx -> lengthLike(ctx, "length", 0)).ci().aliases("OCTET_LENGTH"),
                FunctionDefinition.of("lengthUTF8", ctx -> lengthLike(ctx, "lengthUTF8", 1)).aliases("char_length", "character_length").ci(),
                FunctionDefinition.of("empty", ctx -> lengthLike(ctx, "empty", 2)),
                FunctionDefinition.of("notEmpty", ctx -> lengthLike(ctx, "notEmpty", 3)),
                FunctionDefinition.of("lower", ctx -> map(ctx, "lower", 0)).aliases("lcase").ci(),
                FunctionDefinition.of("upper", ctx -> map(ctx, "upper", 1)).aliases("ucase").ci(),
                FunctionDefinition.of("lowerUTF8", ctx -> map(ctx, "lowerUTF8", 2)),
                FunctionDefinition.of("upperUTF8", ctx -> map(ctx, "upperUTF8", 3)),
                FunctionDefinition.of("reverse", ctx -> map(ctx, "reverse", 4)).ci(),
                FunctionDefinition.of("trimLeft", ctx -> ctx.argumentCount() == 2 ? MoreStringFunctions.trim(ctx, "trimLeft", true, false) : map(ctx, "trimLeft", 5)).aliases("ltrim").ci(),
                FunctionDefinition.of("trimRight", ctx -> ctx.argumentCount() == 2 ? MoreStringFunctions.trim(ctx, "trimRight", false, true) : map(ctx, "trimRight", 6)).aliases("rtrim").ci(),
                FunctionDefinition.of("trimBoth", ctx -> ctx.argumentCount() == 2 ? MoreStringFunctions.trim(ctx, "trimBoth", true, true) : map(ctx, "trimBoth", 7)).aliases("trim").ci(),
                FunctionDefinition.of("substring", ctx -> substring(ctx, "substring", false)).aliases("substr", "mid").ci(),
                FunctionDefinition.of("substringUTF8", ctx -> substring(ctx, "substringUTF8", true)),
                FunctionDefinition.of("concat", StringFunctions::concat).ci(),
                FunctionDefinition.of("concatAssumeInjective", StringFunctions::concat),
                FunctionDefinition.of("like", ctx -> like(ctx, "like", false, false)),
                FunctionDefinition.of("notLike", ctx -> like(ctx, "notLike", true, false)),
                FunctionDefinition.of("ilike", ctx -> like(ctx, "ilike", false, true)),
                FunctionDefinition.of("notILike", ctx -> like(ctx, "notILike", true, true)),
                FunctionDefinition.of("position", ctx -> position(ctx, "position", false)).ci(),
                FunctionDefinition.of("positionCaseInsensitive", ctx -> position(ctx, "positionCaseInsensitive", true)),
                FunctionDefinition.of("startsWith", ctx -> affix(ctx, "startsWith", true)),
                FunctionDefinition.of("endsWith", ctx -> affix(ctx, "endsWith", false)),
                FunctionDefinition.of("repeat", StringFunctions::repeat).ci());
    }

    private static void requireString(BindContext ctx, int i, String name) {
        if (!Arguments.isString(ctx.argumentType(i))) throw Arguments.illegalType(ctx.argumentType(i), i, name);
    }

    static StringColumn str(Column c) {
        Column d = Vectors.dense(c);
        if (d instanceof StringColumn s) return s;
        throw Vectors.unexpected(d);
    }

    private static BoundFunction lengthLike(BindContext ctx, String name, int kind) {
        Arguments.count(ctx, name, 1);
        DataType t = ctx.argumentType(0);
        boolean array = t.id() == io.strata.core.type.TypeId.ARRAY || t.id() == io.strata.core.type.TypeId.MAP;
        if (!Arguments.isString(t) && !(array && kind != 1)) throw Arguments.illegalType(t, 0, name);
        DataType rt = kind <= 1 ? DataTypes.UINT64 : DataTypes.UINT8;
        return Kernel.bound(rt, (args, n) -> {
            long[] r = new long[n];
            Column c = Vectors.dense(args[0]);
            if (c instanceof io.strata.core.column.MapColumn mc) c = mc.nested();
            if (c instanceof io.strata.core.column.ArrayColumn ac) {
                for (int i = 0; i < n; i++) r[i] = ac.length(i);
            } else {
                StringColumn s = (StringColumn) c;
                int[] o = s.offsets();
                byte[] b = s.bytes();
                if (kind == 1) {
                    for (int i = 0; i < n; i++) {
                        long count = 0;
                        for (int j = o[i]; j < o[i + 1]; j++) if ((b[j] & 0xC0) != 0x80) count++;
                        r[i] = count;
                    }
                } else {
                    for (int i = 0; i < n; i++) r[i] = o[i + 1] - o[i];
                }
            }
            if (kind == 2) for (int i = 0; i < n; i++) r[i] = r[i] == 0 ? 1 : 0;
            if (kind == 3) for (int i = 0; i < n; i++) r[i] = r[i] != 0 ? 1 : 0;
            return new LongColumn(rt, r, n);
        });
    }

    /** Byte-to-byte transformations that keep or shrink the length (case mapping, reverse, trims). */
    private static BoundFunction map(BindContext ctx, String name, int kind) {
        Arguments.count(ctx, name, 1);
        requireString(ctx, 0, name);
        DataType rt = kind <= 1 || kind == 4 ? ctx.argumentType(0) : DataTypes.STRING;
        return Kernel.bound(rt, (args, n) -> {
            StringColumn s = str(args[0]);
            byte[] b = s.bytes();
            int[] o = s.offsets();
            if (kind == 2 || kind == 3) {
                // Unicode case mapping can change byte lengths: go through Java strings per row.
                StringBuilderColumn out = new StringBuilderColumn(n, o[n] - o[0]);
                for (int i = 0; i < n; i++) {
                    String v = new String(b, o[i], o[i + 1] - o[i], StandardCharsets.UTF_8);
                    out.add(kind == 2 ? v.toLowerCase(Locale.ROOT) : v.toUpperCase(Locale.ROOT));
                }
                return out.build(rt);
            }
            byte[] r = new byte[o[n] - o[0]];
            int[] ro = new int[n + 1];
            int pos = 0;
            for (int i = 0; i < n; i++) {
                int from = o[i], to = o[i + 1];
                switch (kind) {
                    case 0, 1 -> {
                        for (int j = from; j < to; j++) {
                            byte c = b[j];
                            if (kind == 0 && c >= 'A' && c <= 'Z') c += 32;
                            else if (kind == 1 && c >= 'a' && c <= 'z') c -= 32;
                            r[pos++] = c;
                        }
                    }
                    case 4 -> {
                        for (int j = to - 1; j >= from; j--) r[pos++] = b[j];
                    }
                    default -> {
                        int f = from, t = to;
                        if (kind == 5 || kind == 7) while (f < t && b[f] == ' ') f++;
                        if (kind == 6 || kind == 7) while (t > f && b[t - 1] == ' ') t--;
                        System.arraycopy(b, f, r, pos, t - f);
                        pos += t - f;
                    }
                }
                ro[i + 1] = pos;
            }
            return new StringColumn(rt, r, ro, n);
        });
    }

    private static BoundFunction substring(BindContext ctx, String name, boolean utf8) {
        Arguments.countBetween(ctx, name, 2, 3);
        requireString(ctx, 0, name);
        for (int i = 1; i < ctx.argumentCount(); i++) {
            if (!ctx.argumentType(i).isInteger()) throw Arguments.illegalType(ctx.argumentType(i), i, name);
        }
        boolean withLength = ctx.argumentCount() == 3;
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = str(args[0]);
            long[] off = Vectors.longs(args[1], n), len = withLength ? Vectors.longs(args[2], n) : null;
            byte[] b = s.bytes();
            int[] o = s.offsets();
            byte[] r = new byte[o[n] - o[0]];
            int[] ro = new int[n + 1];
            int pos = 0;
            for (int i = 0; i < n; i++) {
                int from = o[i], to = o[i + 1];
                // Work in characters for UTF8, bytes otherwise: positions are 1-based, negative from the end.
                int size = utf8 ? countChars(b, from, to) : to - from;
                long start = off[i] > 0 ? off[i] - 1 : off[i] < 0 ? size + off[i] : -1;
                long end;
                if (off[i] == 0) {
                    ro[i + 1] = pos;
                    continue;
                }
                if (len == null) end = size;
                else if (len[i] >= 0) end = start + len[i];
                else end = size + len[i];
                start = Math.max(0, start);
                end = Math.min(size, end);
                if (end > start) {
                    int bs = utf8 ? charOffset(b, from, to, start) : (int) (from + start);
                    int be = utf8 ? charOffset(b, from, to, end) : (int) (from + end);
                    System.arraycopy(b, bs, r, pos, be - bs);
                    pos += be - bs;
                }
                ro[i + 1] = pos;
            }
            return new StringColumn(DataTypes.STRING, r, ro, n);
        });
    }

    private static int countChars(byte[] b, int from, int to) {
        int c = 0;
        for (int j = from; j < to; j++) if ((b[j] & 0xC0) != 0x80) c++;
        return c;
    }

    private static int charOffset(byte[] b, int from, int to, long chars) {
        int j = from;
        long seen = 0;
        while (j < to) {
            if ((b[j] & 0xC0) != 0x80) {
                if (seen == chars) return j;
                seen++;
            }
            j++;
        }
        return to;
    }

    private static BoundFunction concat(BindContext ctx) {
        if (ctx.argumentCount() < 2) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                    "Number of arguments for function concat doesn't match: passed %d, should be at least 2", ctx.argumentCount());
        }
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            // Non-string arguments are converted with toString first, as modern ClickHouse does.
            StringColumn[] parts = new StringColumn[args.length];
            long total = 0;
            Converter conv = new Converter(fc, Converter.Mode.THROW);
            for (int k = 0; k < args.length; k++) {
                Column c = Vectors.dense(args[k]);
                parts[k] = c instanceof StringColumn s && s.type().id() == io.strata.core.type.TypeId.STRING ? s
                        : (StringColumn) Vectors.dense(conv.convert(c, DataTypes.STRING));
                total += parts[k].offsets()[n] - parts[k].offsets()[0];
            }
            byte[] r = new byte[(int) total];
            int[] ro = new int[n + 1];
            int pos = 0;
            for (int i = 0; i < n; i++) {
                for (StringColumn p : parts) {
                    int s = p.start(i), l = p.length(i);
                    System.arraycopy(p.bytes(), s, r, pos, l);
                    pos += l;
                }
                ro[i + 1] = pos;
            }
            return new StringColumn(DataTypes.STRING, r, ro, n);
        });
    }

    private static BoundFunction like(BindContext ctx, String name, boolean negate, boolean ci) {
        Arguments.count(ctx, name, 2);
        requireString(ctx, 0, name);
        requireString(ctx, 1, name);
        Column constant = ctx.constantArgument(1);
        byte[] pattern = constant == null ? null : Arguments.constantBytes(constant);
        // A constant pattern is compiled once at bind time; a column of patterns per row.
        LikeMatcher compiled = pattern == null ? null : new LikeMatcher(pattern, ci);
        return Kernel.bound(DataTypes.UINT8, (args, n) -> {
            StringColumn s = str(args[0]);
            byte[] b = s.bytes();
            int[] o = s.offsets();
            long[] r = new long[n];
            if (compiled != null) {
                for (int i = 0; i < n; i++) r[i] = compiled.matches(b, o[i], o[i + 1]) != negate ? 1 : 0;
            } else {
                StringColumn p = str(args[1]);
                for (int i = 0; i < n; i++) {
                    LikeMatcher m = new LikeMatcher(p.getBytes(i), ci);
                    r[i] = m.matches(b, o[i], o[i + 1]) != negate ? 1 : 0;
                }
            }
            return new LongColumn(DataTypes.UINT8, r, n);
        });
    }

    private static BoundFunction position(BindContext ctx, String name, boolean ci) {
        Arguments.countBetween(ctx, name, 2, 3);
        requireString(ctx, 0, name);
        requireString(ctx, 1, name);
        return Kernel.bound(DataTypes.UINT64, (args, n) -> {
            StringColumn h = str(args[0]), nd = str(args[1]);
            long[] startAt = args.length == 3 ? Vectors.longs(args[2], n) : null;
            byte[] hb = h.bytes(), nb = nd.bytes();
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                int hs = h.start(i), he = hs + h.length(i), ns = nd.start(i), nl = nd.length(i);
                int from = hs + (startAt == null ? 0 : (int) Math.max(0, startAt[i] - 1));
                if (from > he) continue;
                for (int j = from; j + nl <= he; j++) {
                    boolean ok = true;
                    for (int k = 0; k < nl && ok; k++) {
                        byte x = hb[j + k], y = nb[ns + k];
                        ok = x == y || ci && (x | 0x20) == (y | 0x20) && Character.isLetter(x & 0xFF);
                    }
                    if (ok) {
                        // ClickHouse positions are 1-based byte offsets.
                        r[i] = j - hs + 1;
                        break;
                    }
                }
            }
            return new LongColumn(DataTypes.UINT64, r, n);
        });
    }

    private static BoundFunction affix(BindContext ctx, String name, boolean prefix) {
        Arguments.count(ctx, name, 2);
        requireString(ctx, 0, name);
        requireString(ctx, 1, name);
        return Kernel.bound(DataTypes.UINT8, (args, n) -> {
            StringColumn s = str(args[0]), a = str(args[1]);
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                int sl = s.length(i), al = a.length(i);
                if (al > sl) continue;
                int ss = prefix ? s.start(i) : s.start(i) + sl - al;
                r[i] = Arrays.equals(s.bytes(), ss, ss + al, a.bytes(), a.start(i), a.start(i) + al) ? 1 : 0;
            }
            return new LongColumn(DataTypes.UINT8, r, n);
        });
    }

    private static BoundFunction repeat(BindContext ctx) {
        Arguments.count(ctx, "repeat", 2);
        requireString(ctx, 0, "repeat");
        if (!ctx.argumentType(1).isInteger()) throw Arguments.illegalType(ctx.argumentType(1), 1, "repeat");
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = str(args[0]);
            long[] times = Vectors.longs(args[1], n);
            StringBuilderColumn out = new StringBuilderColumn(n, 64);
            for (int i = 0; i < n; i++) {
                if (times[i] > 1_000_000) throw DbException.of(ErrorCode.TOO_LARGE_STRING_SIZE, "Too many times to repeat (%d)", times[i]);
                out.addRepeated(s.bytes(), s.start(i), s.length(i), (int) Math.max(0, times[i]));
            }
            return out.build(DataTypes.STRING);
        });
    }

    /** Accumulates string values into one byte array plus offsets. */
    static final class StringBuilderColumn {
        private byte[] bytes;
        private final int[] offsets;
        private int pos;
        private int rows;

        StringBuilderColumn(int n, int expectedBytes) {
            bytes = new byte[Math.max(16, expectedBytes)];
            offsets = new int[n + 1];
        }

        private void ensure(long extra) {
            if (pos + extra > bytes.length) {
                if (pos + extra > Integer.MAX_VALUE - 16) throw DbException.of(ErrorCode.TOO_LARGE_STRING_SIZE, "String column is too large");
                bytes = Arrays.copyOf(bytes, (int) Math.max(pos + extra, bytes.length * 2L));
            }
        }

        void add(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            ensure(b.length);
            System.arraycopy(b, 0, bytes, pos, b.length);
            pos += b.length;
            offsets[++rows] = pos;
        }

        void addRepeated(byte[] b, int off, int len, int times) {
            ensure((long) len * times);
            for (int t = 0; t < times; t++) {
                System.arraycopy(b, off, bytes, pos, len);
                pos += len;
            }
            offsets[++rows] = pos;
        }

        StringColumn build(DataType type) {
            return new StringColumn(type, bytes, offsets, rows);
        }
    }
}
