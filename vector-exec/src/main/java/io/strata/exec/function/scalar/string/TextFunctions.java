package io.strata.exec.function.scalar.string;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DateTimeType;
import io.strata.core.type.DateType;
import io.strata.core.type.FixedStringType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.TypeId;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.ValueBuffer;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.conversion.Converter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * More string functions: left/right, padding, replace, counting, splitting into arrays, hex and
 * base64, char, concatWithSeparator, format and hashes. Byte semantics unless the name says UTF8.
 */
public final class TextFunctions {
    private TextFunctions() {
    }

    static final ArrayType ARRAY_OF_STRING = new ArrayType(DataTypes.STRING);
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    public static List<FunctionDefinition> all() {
        return List.of(
                FunctionDefinition.of("left", ctx -> leftRight(ctx, "left", true, false)).ci(),
                FunctionDefinition.of("right", ctx -> leftRight(ctx, "right", false, false)).ci(),
                FunctionDefinition.of("leftUTF8", ctx -> leftRight(ctx, "leftUTF8", true, true)),
                FunctionDefinition.of("rightUTF8", ctx -> leftRight(ctx, "rightUTF8", false, true)),
                FunctionDefinition.of("leftPad", ctx -> pad(ctx, "leftPad", true, false)).aliases("lpad").ci(),
                FunctionDefinition.of("rightPad", ctx -> pad(ctx, "rightPad", false, false)).aliases("rpad").ci(),
                FunctionDefinition.of("leftPadUTF8", ctx -> pad(ctx, "leftPadUTF8", true, true)),
                FunctionDefinition.of("rightPadUTF8", ctx -> pad(ctx, "rightPadUTF8", false, true)),
                FunctionDefinition.of("replaceOne", ctx -> replace(ctx, "replaceOne", false)),
                FunctionDefinition.of("replaceAll", ctx -> replace(ctx, "replaceAll", true)).aliases("replace").ci(),
                FunctionDefinition.of("countSubstrings", TextFunctions::countSubstrings),
                FunctionDefinition.of("reverseUTF8", TextFunctions::reverseUTF8),
                FunctionDefinition.of("char", TextFunctions::charFunction).ci(),
                FunctionDefinition.of("base64Encode", ctx -> base64(ctx, "base64Encode", 0)).aliases("TO_BASE64").ci(),
                FunctionDefinition.of("base64Decode", ctx -> base64(ctx, "base64Decode", 1)).aliases("FROM_BASE64").ci(),
                FunctionDefinition.of("tryBase64Decode", ctx -> base64(ctx, "tryBase64Decode", 2)),
                FunctionDefinition.of("hex", TextFunctions::hex).ci(),
                FunctionDefinition.of("unhex", TextFunctions::unhex).ci(),
                FunctionDefinition.of("concatWithSeparator", TextFunctions::concatWithSeparator).aliases("concat_ws").ci(),
                FunctionDefinition.of("splitByChar", ctx -> split(ctx, "splitByChar", 0)),
                FunctionDefinition.of("splitByString", ctx -> split(ctx, "splitByString", 1)),
                FunctionDefinition.of("splitByWhitespace", ctx -> split(ctx, "splitByWhitespace", 2)),
                FunctionDefinition.of("splitByNonAlpha", ctx -> split(ctx, "splitByNonAlpha", 3)),
                FunctionDefinition.of("format", TextFunctions::format),
                FunctionDefinition.of("MD5", ctx -> digest(ctx, "MD5", "MD5", 16)).ci(),
                FunctionDefinition.of("SHA1", ctx -> digest(ctx, "SHA1", "SHA-1", 20)).ci(),
                FunctionDefinition.of("SHA256", ctx -> digest(ctx, "SHA256", "SHA-256", 32)).ci(),
                FunctionDefinition.of("SHA224", ctx -> digest(ctx, "SHA224", "SHA-224", 28)).ci(),
                FunctionDefinition.of("SHA384", ctx -> digest(ctx, "SHA384", "SHA-384", 48)).ci(),
                FunctionDefinition.of("SHA512", ctx -> digest(ctx, "SHA512", "SHA-512", 64)).ci(),
                FunctionDefinition.of("multiSearchAny", TextFunctions::multiSearchAny),
                FunctionDefinition.of("toValidUTF8", TextFunctions::toValidUTF8),
                FunctionDefinition.of("isValidUTF8", TextFunctions::isValidUTF8),
                FunctionDefinition.of("space", TextFunctions::space).ci(),
                FunctionDefinition.of("ascii", TextFunctions::ascii).ci(),
                FunctionDefinition.of("initcap", TextFunctions::initcap),
                FunctionDefinition.of("substringIndex", TextFunctions::substringIndex).aliases("SUBSTRING_INDEX").ci());
    }

    static void requireString(BindContext ctx, int i, String name) {
        if (!Arguments.isString(ctx.argumentType(i))) throw Arguments.illegalType(ctx.argumentType(i), i, name);
    }

    static void requireInteger(BindContext ctx, int i, String name) {
        if (!ctx.argumentType(i).isInteger()) throw Arguments.illegalType(ctx.argumentType(i), i, name);
    }

    static StringColumn str(Column c) {
        return StringFunctions.str(c);
    }

    /** Byte offset of the character {@code chars} code points after {@code from} (clamped to {@code to}). */
    static int charOffset(byte[] b, int from, int to, long chars) {
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

    static int countChars(byte[] b, int from, int to) {
        int c = 0;
        for (int j = from; j < to; j++) if ((b[j] & 0xC0) != 0x80) c++;
        return c;
    }

    private static BoundFunction leftRight(BindContext ctx, String name, boolean left, boolean utf8) {
        Arguments.count(ctx, name, 2);
        requireString(ctx, 0, name);
        requireInteger(ctx, 1, name);
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = str(args[0]);
            long[] len = Vectors.longs(args[1], n);
            byte[] b = s.bytes();
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            for (int i = 0; i < n; i++) {
                int from = s.start(i), to = from + s.length(i);
                long size = utf8 ? countChars(b, from, to) : to - from;
                long k = len[i];
                // A negative length counts from the other end: left(s, -2) drops the last two.
                long keep = k >= 0 ? Math.min(k, size) : Math.max(0, size + k);
                long startChar = left ? 0 : size - keep;
                int bs = utf8 ? charOffset(b, from, to, startChar) : (int) (from + startChar);
                int be = utf8 ? charOffset(b, from, to, startChar + keep) : (int) (bs + keep);
                out.append(b, bs, be - bs);
            }
            return out.build();
        });
    }

    private static BoundFunction pad(BindContext ctx, String name, boolean left, boolean utf8) {
        Arguments.countBetween(ctx, name, 2, 3);
        requireString(ctx, 0, name);
        requireInteger(ctx, 1, name);
        if (ctx.argumentCount() == 3) requireString(ctx, 2, name);
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = str(args[0]);
            long[] len = Vectors.longs(args[1], n);
            StringColumn p = args.length == 3 ? str(args[2]) : null;
            byte[] b = s.bytes();
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            byte[] space = {' '};
            ValueBuffer row = new ValueBuffer();
            for (int i = 0; i < n; i++) {
                if (len[i] < 0 || len[i] > 1 << 30) throw DbException.of(ErrorCode.TOO_LARGE_STRING_SIZE, "Too large string size (%d) in function %s", len[i], name);
                int from = s.start(i), to = from + s.length(i);
                byte[] pb = p == null ? space : p.bytes();
                int ps = p == null ? 0 : p.start(i), pe = p == null ? 1 : ps + p.length(i);
                long size = utf8 ? countChars(b, from, to) : to - from;
                long target = len[i];
                row.reset();
                if (size >= target) {
                    // Longer strings are cut to the requested length (from the left for both pads).
                    int be = utf8 ? charOffset(b, from, to, target) : (int) (from + target);
                    out.append(b, from, be - from);
                    continue;
                }
                long missing = target - size;
                if (!left) row.append(b, from, to - from);
                if (pe > ps) {
                    int padChars = utf8 ? countChars(pb, ps, pe) : pe - ps;
                    long written = 0;
                    while (written < missing) {
                        long take = Math.min(padChars, missing - written);
                        int end = utf8 ? charOffset(pb, ps, pe, take) : (int) (ps + take);
                        row.append(pb, ps, end - ps);
                        written += take;
                    }
                }
                if (left) row.append(b, from, to - from);
                row.appendTo(out);
            }
            return out.build();
        });
    }

    static int indexOf(byte[] h, int from, int to, byte[] nb, int ns, int nl) {
        outer:
        for (int j = from; j + nl <= to; j++) {
            for (int k = 0; k < nl; k++) if (h[j + k] != nb[ns + k]) continue outer;
            return j;
        }
        return -1;
    }

    private static BoundFunction replace(BindContext ctx, String name, boolean all) {
        Arguments.count(ctx, name, 3);
        for (int i = 0; i < 3; i++) requireString(ctx, i, name);
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = str(args[0]), pat = str(args[1]), rep = str(args[2]);
            byte[] b = s.bytes(), pb = pat.bytes(), rb = rep.bytes();
            ValueBuffer row = new ValueBuffer();
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            for (int i = 0; i < n; i++) {
                int from = s.start(i), to = from + s.length(i), ps = pat.start(i), pl = pat.length(i);
                if (pl == 0) {
                    out.append(b, from, to - from);
                    continue;
                }
                row.reset();
                int pos = from;
                while (true) {
                    int at = indexOf(b, pos, to, pb, ps, pl);
                    if (at < 0) break;
                    row.append(b, pos, at - pos);
                    row.append(rb, rep.start(i), rep.length(i));
                    pos = at + pl;
                    if (!all) break;
                }
                row.append(b, pos, to - pos);
                row.appendTo(out);
            }
            return out.build();
        });
    }

    private static BoundFunction countSubstrings(BindContext ctx) {
        Arguments.countBetween(ctx, "countSubstrings", 2, 3);
        requireString(ctx, 0, "countSubstrings");
        requireString(ctx, 1, "countSubstrings");
        return Kernel.bound(DataTypes.UINT64, (args, n) -> {
            StringColumn s = str(args[0]), nd = str(args[1]);
            long[] startAt = args.length == 3 ? Vectors.longs(args[2], n) : null;
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                int from = s.start(i), to = from + s.length(i), nl = nd.length(i);
                if (startAt != null) from += (int) Math.min(Math.max(0, startAt[i] - 1), to - from);
                if (nl == 0) continue;
                int pos = from;
                long c = 0;
                // Occurrences do not overlap: the search resumes after each match.
                while ((pos = indexOf(s.bytes(), pos, to, nd.bytes(), nd.start(i), nl)) >= 0) {
                    c++;
                    pos += nl;
                }
                r[i] = c;
            }
            return new LongColumn(DataTypes.UINT64, r, n);
        });
    }

    private static BoundFunction reverseUTF8(BindContext ctx) {
        Arguments.count(ctx, "reverseUTF8", 1);
        requireString(ctx, 0, "reverseUTF8");
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = str(args[0]);
            byte[] b = s.bytes();
            int[] o = s.offsets();
            byte[] r = new byte[o[n] - o[0]];
            int[] ro = new int[n + 1];
            int pos = 0;
            for (int i = 0; i < n; i++) {
                int from = o[i], end = o[i + 1];
                // Copy code points (a lead byte and its continuation bytes) back to front.
                int j = end;
                while (j > from) {
                    int k = j - 1;
                    while (k > from && (b[k] & 0xC0) == 0x80) k--;
                    System.arraycopy(b, k, r, pos, j - k);
                    pos += j - k;
                    j = k;
                }
                ro[i + 1] = pos;
            }
            return new StringColumn(DataTypes.STRING, r, ro, n);
        });
    }

    private static BoundFunction charFunction(BindContext ctx) {
        Arguments.atLeast(ctx, "char", 1);
        for (int i = 0; i < ctx.argumentCount(); i++) {
            if (!NumericTypes.isNative(ctx.argumentType(i)) && !NumericTypes.isDecimal(ctx.argumentType(i))) {
                throw Arguments.illegalType(ctx.argumentType(i), i, "char");
            }
        }
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            int w = args.length;
            long[][] v = new long[w][];
            for (int k = 0; k < w; k++) v[k] = Vectors.longs(args[k], n);
            byte[] r = new byte[n * w];
            int[] ro = new int[n + 1];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < w; k++) r[i * w + k] = (byte) v[k][i];
                ro[i + 1] = (i + 1) * w;
            }
            return new StringColumn(DataTypes.STRING, r, ro, n);
        });
    }

    private static BoundFunction base64(BindContext ctx, String name, int kind) {
        Arguments.count(ctx, name, 1);
        requireString(ctx, 0, name);
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = str(args[0]);
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            ValueBuffer row = new ValueBuffer();
            for (int i = 0; i < n; i++) {
                row.reset();
                if (kind == 0) {
                    encodeBase64(s.bytes(), s.start(i), s.length(i), row);
                } else if (!decodeBase64(s.bytes(), s.start(i), s.length(i), row)) {
                    if (kind == 1) {
                        throw DbException.of(ErrorCode.INCORRECT_DATA, "Failed to decode base64 input '%s'", s.getString(i));
                    }
                    row.reset();
                }
                row.appendTo(out);
            }
            return out.build();
        });
    }

    private static final byte[] BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BASE64_VALUE = new byte[256];

    static {
        Arrays.fill(BASE64_VALUE, (byte) -1);
        for (int k = 0; k < 64; k++) BASE64_VALUE[BASE64[k]] = (byte) k;
    }

    static void encodeBase64(byte[] b, int from, int len, ValueBuffer out) {
        int end = from + len, j = from;
        for (; j + 2 < end; j += 3) {
            int v = (b[j] & 255) << 16 | (b[j + 1] & 255) << 8 | (b[j + 2] & 255);
            out.append(BASE64[v >>> 18]).append(BASE64[v >>> 12 & 63]).append(BASE64[v >>> 6 & 63]).append(BASE64[v & 63]);
        }
        int rest = end - j;
        if (rest > 0) {
            int v = (b[j] & 255) << 16 | (rest == 2 ? (b[j + 1] & 255) << 8 : 0);
            out.append(BASE64[v >>> 18]).append(BASE64[v >>> 12 & 63]);
            out.append(rest == 2 ? BASE64[v >>> 6 & 63] : (byte) '=').append((byte) '=');
        }
    }

    /** Standard alphabet, padding optional; false on any other byte or a dangling sextet. */
    static boolean decodeBase64(byte[] b, int from, int len, ValueBuffer out) {
        int end = from + len;
        while (end > from && b[end - 1] == '=') end--;
        if (from + len - end > 2) return false;
        int acc = 0, bits = 0;
        for (int j = from; j < end; j++) {
            int v = BASE64_VALUE[b[j] & 255];
            if (v < 0) return false;
            acc = acc << 6 | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out.append((byte) (acc >>> bits));
            }
        }
        return bits < 6;
    }

    private static BoundFunction hex(BindContext ctx) {
        Arguments.count(ctx, "hex", 1);
        DataType t = ctx.argumentType(0);
        boolean string = Arguments.isString(t) || t instanceof FixedStringType;
        boolean integer = t instanceof IntegerType || t instanceof DateType || t instanceof DateTimeType dt && !dt.is64()
                || t.id() == TypeId.IPV4 || t.id() == TypeId.ENUM8 || t.id() == TypeId.ENUM16;
        boolean floating = NumericTypes.isFloat(t);
        if (!string && !integer && !floating) throw Arguments.illegalType(t, 0, "hex");
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            Column c = Vectors.dense(args[0]);
            ValueBuffer row = new ValueBuffer();
            byte[] scratch = new byte[8];
            if (string) {
                StringColumn s = (StringColumn) c;
                for (int i = 0; i < n; i++) appendHex(row.reset(), s.bytes(), s.start(i), s.length(i)).appendTo(out);
            } else if (floating) {
                double[] d = Vectors.doubles(c, n);
                boolean f32 = t.id() == TypeId.FLOAT32;
                for (int i = 0; i < n; i++) {
                    // The in-memory (little-endian) bytes of the IEEE value.
                    long bits = f32 ? Float.floatToRawIntBits((float) d[i]) & 0xFFFF_FFFFL : Double.doubleToRawLongBits(d[i]);
                    int size = f32 ? 4 : 8;
                    for (int k = 0; k < size; k++) scratch[k] = (byte) (bits >>> (8 * k));
                    appendHex(row.reset(), scratch, 0, size).appendTo(out);
                }
            } else {
                long[] v = Vectors.longs(c, n);
                int bytes = t instanceof IntegerType it ? it.bits() / 8 : 8;
                for (int i = 0; i < n; i++) {
                    long x = bytes == 8 ? v[i] : v[i] & ((1L << (bytes * 8)) - 1);
                    // Big-endian without leading zero bytes (but at least one byte).
                    int lead = Math.max(1, 8 - Long.numberOfLeadingZeros(x) / 8);
                    for (int k = 0; k < lead; k++) scratch[k] = (byte) (x >>> (8 * (lead - 1 - k)));
                    appendHex(row.reset(), scratch, 0, lead).appendTo(out);
                }
            }
            return out.build();
        });
    }

    static ValueBuffer appendHex(ValueBuffer row, byte[] b, int from, int len) {
        for (int k = 0; k < len; k++) {
            row.append(HEX[(b[from + k] >> 4) & 15]);
            row.append(HEX[b[from + k] & 15]);
        }
        return row;
    }

    private static int hexDigit(byte c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return 0;
    }

    private static BoundFunction unhex(BindContext ctx) {
        Arguments.count(ctx, "unhex", 1);
        requireString(ctx, 0, "unhex");
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = str(args[0]);
            byte[] b = s.bytes();
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            ValueBuffer row = new ValueBuffer();
            for (int i = 0; i < n; i++) {
                int from = s.start(i), end = from + s.length(i);
                row.reset();
                int j = from;
                // An odd length means an implicit leading zero nibble.
                if ((end - from) % 2 == 1) row.append((byte) hexDigit(b[j++]));
                for (; j + 1 < end + 1 && j < end; j += 2) row.append((byte) (hexDigit(b[j]) << 4 | hexDigit(b[j + 1])));
                row.appendTo(out);
            }
            return out.build();
        });
    }

    private static BoundFunction concatWithSeparator(BindContext ctx) {
        Arguments.atLeast(ctx, "concatWithSeparator", 1);
        requireString(ctx, 0, "concatWithSeparator");
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            Converter conv = new Converter(fc, Converter.Mode.THROW);
            StringColumn sep = str(args[0]);
            StringColumn[] parts = new StringColumn[args.length - 1];
            for (int k = 1; k < args.length; k++) parts[k - 1] = str(conv.convert(Vectors.dense(args[k]), DataTypes.STRING));
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            ValueBuffer row = new ValueBuffer();
            for (int i = 0; i < n; i++) {
                row.reset();
                for (int k = 0; k < parts.length; k++) {
                    if (k > 0) row.append(sep.bytes(), sep.start(i), sep.length(i));
                    row.append(parts[k].bytes(), parts[k].start(i), parts[k].length(i));
                }
                row.appendTo(out);
            }
            return out.build();
        });
    }

    private static boolean isWhitespace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static boolean isAlnum(byte c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || (c & 0x80) != 0;
    }

    /** kind 0: splitByChar(sep, s), 1: splitByString(sep, s), 2: splitByWhitespace(s), 3: splitByNonAlpha(s). */
    private static BoundFunction split(BindContext ctx, String name, int kind) {
        int strArg = kind <= 1 ? 1 : 0;
        Arguments.countBetween(ctx, name, strArg + 1, strArg + 2);
        requireString(ctx, strArg, name);
        byte[] sep = null;
        if (kind <= 1) {
            sep = ctx.constantArgument(0) == null ? null : Arguments.constantBytes(ctx.constantArgument(0));
            if (sep == null) throw DbException.of(ErrorCode.ILLEGAL_COLUMN, "Illegal column of first argument of function %s. Must be constant string.", name);
            if (kind == 0 && sep.length != 1) {
                throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Illegal separator for function %s. Must be exactly one byte.", name);
            }
        }
        long max = ctx.argumentCount() == strArg + 2 ? Arguments.constantLong(ctx, strArg + 1, name) : 0;
        byte[] separator = sep;
        return Kernel.bound(ARRAY_OF_STRING, (args, n) -> {
            StringColumn s = str(args[strArg]);
            byte[] b = s.bytes();
            StringColumnBuilder elems = new StringColumnBuilder(DataTypes.STRING, n * 2);
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                int from = s.start(i), to = from + s.length(i);
                int count = 0;
                if (kind >= 2) {
                    int j = from;
                    while (j < to) {
                        while (j < to && (kind == 2 ? isWhitespace(b[j]) : !isAlnum(b[j]))) j++;
                        if (j >= to) break;
                        int start = j;
                        while (j < to && !(kind == 2 ? isWhitespace(b[j]) : !isAlnum(b[j]))) j++;
                        if (max > 0 && count == max) break;
                        elems.append(b, start, j - start);
                        count++;
                    }
                } else if (separator.length == 0) {
                    // An empty separator splits into single bytes.
                    for (int j = from; j < to; j++) {
                        if (max > 0 && count == max) break;
                        elems.append(b, j, 1);
                        count++;
                    }
                } else {
                    int pos = from;
                    while (true) {
                        if (max > 0 && count == max) break;
                        int at = indexOf(b, pos, to, separator, 0, separator.length);
                        if (at < 0) {
                            elems.append(b, pos, to - pos);
                            count++;
                            break;
                        }
                        elems.append(b, pos, at - pos);
                        count++;
                        pos = at + separator.length;
                    }
                }
                offsets[i + 1] = offsets[i] + count;
            }
            return new ArrayColumn(ARRAY_OF_STRING, offsets, elems.build(), n);
        });
    }

    private static BoundFunction format(BindContext ctx) {
        Arguments.atLeast(ctx, "format", 1);
        String pattern = Arguments.constantString(ctx, 0, "format");
        FunctionContext fc = ctx.functionContext();
        // Parse once: literal pieces and argument indexes ({} is the next argument, {k} the k-th).
        List<Object> pieces = new java.util.ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int next = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '{') {
                lit.append('{');
                i++;
            } else if (c == '}' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '}') {
                lit.append('}');
                i++;
            } else if (c == '{') {
                int close = pattern.indexOf('}', i);
                if (close < 0) throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Unclosed '{' in format pattern");
                String idx = pattern.substring(i + 1, close);
                int k = idx.isEmpty() ? next++ : Integer.parseInt(idx.trim());
                if (k + 1 >= ctx.argumentCount()) throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Not enough arguments to fill the placeholders in the format string");
                pieces.add(lit.toString().getBytes(StandardCharsets.UTF_8));
                lit.setLength(0);
                pieces.add(k + 1);
                i = close;
            } else {
                lit.append(c);
            }
        }
        pieces.add(lit.toString().getBytes(StandardCharsets.UTF_8));
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            Converter conv = new Converter(fc, Converter.Mode.THROW);
            StringColumn[] parts = new StringColumn[args.length];
            for (int k = 1; k < args.length; k++) parts[k] = str(conv.convert(Vectors.dense(args[k]), DataTypes.STRING));
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            ValueBuffer row = new ValueBuffer();
            for (int i = 0; i < n; i++) {
                row.reset();
                for (Object p : pieces) {
                    if (p instanceof byte[] literal) row.append(literal);
                    else {
                        StringColumn c = parts[(Integer) p];
                        row.append(c.bytes(), c.start(i), c.length(i));
                    }
                }
                row.appendTo(out);
            }
            return out.build();
        });
    }

    private static BoundFunction digest(BindContext ctx, String name, String algorithm, int size) {
        Arguments.count(ctx, name, 1);
        requireString(ctx, 0, name);
        FixedStringType rt = new FixedStringType(size);
        return Kernel.bound(rt, (args, n) -> {
            StringColumn s = str(args[0]);
            MessageDigest md;
            try {
                md = MessageDigest.getInstance(algorithm);
            } catch (NoSuchAlgorithmException e) {
                throw new DbException(ErrorCode.NOT_IMPLEMENTED, algorithm + " is not available");
            }
            byte[] r = new byte[n * size];
            int[] ro = new int[n + 1];
            for (int i = 0; i < n; i++) {
                md.update(s.bytes(), s.start(i), s.length(i));
                try {
                    md.digest(r, i * size, size);
                } catch (java.security.DigestException e) {
                    throw new DbException(ErrorCode.LOGICAL_ERROR, e.getMessage());
                }
                ro[i + 1] = (i + 1) * size;
            }
            return new StringColumn(rt, r, ro, n);
        });
    }

    private static BoundFunction multiSearchAny(BindContext ctx) {
        Arguments.count(ctx, "multiSearchAny", 2);
        requireString(ctx, 0, "multiSearchAny");
        if (!(ctx.argumentType(1) instanceof ArrayType at) || !Arguments.isString(at.element())) {
            throw Arguments.illegalType(ctx.argumentType(1), 1, "multiSearchAny");
        }
        return Kernel.bound(DataTypes.UINT8, (args, n) -> {
            StringColumn s = str(args[0]);
            ArrayColumn a = (ArrayColumn) Vectors.dense(args[1]);
            StringColumn needles = str(a.elements());
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                int from = s.start(i), to = from + s.length(i);
                for (int j = a.start(i); j < a.start(i + 1) && r[i] == 0; j++) {
                    if (indexOf(s.bytes(), from, to, needles.bytes(), needles.start(j), needles.length(j)) >= 0) r[i] = 1;
                }
            }
            return new LongColumn(DataTypes.UINT8, r, n);
        });
    }

    private static BoundFunction toValidUTF8(BindContext ctx) {
        Arguments.count(ctx, "toValidUTF8", 1);
        requireString(ctx, 0, "toValidUTF8");
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = str(args[0]);
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            for (int i = 0; i < n; i++) {
                // Java's decoder replaces each malformed sequence with U+FFFD, as ClickHouse does.
                out.append(new String(s.bytes(), s.start(i), s.length(i), StandardCharsets.UTF_8));
            }
            return out.build();
        });
    }

    private static BoundFunction isValidUTF8(BindContext ctx) {
        Arguments.count(ctx, "isValidUTF8", 1);
        requireString(ctx, 0, "isValidUTF8");
        return Kernel.bound(DataTypes.UINT8, (args, n) -> {
            StringColumn s = str(args[0]);
            long[] r = new long[n];
            java.nio.charset.CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder();
            for (int i = 0; i < n; i++) {
                try {
                    dec.reset().decode(java.nio.ByteBuffer.wrap(s.bytes(), s.start(i), s.length(i)));
                    r[i] = 1;
                } catch (java.nio.charset.CharacterCodingException e) {
                    r[i] = 0;
                }
            }
            return new LongColumn(DataTypes.UINT8, r, n);
        });
    }

    private static BoundFunction space(BindContext ctx) {
        Arguments.count(ctx, "space", 1);
        requireInteger(ctx, 0, "space");
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            long[] len = Vectors.longs(args[0], n);
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            long max = 0;
            for (int i = 0; i < n; i++) max = Math.max(max, len[i]);
            if (max > 1_000_000) throw DbException.of(ErrorCode.TOO_LARGE_STRING_SIZE, "Too large string size (%d) in function space", max);
            byte[] spaces = new byte[(int) max];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < n; i++) out.append(spaces, 0, (int) Math.max(0, len[i]));
            return out.build();
        });
    }

    private static BoundFunction ascii(BindContext ctx) {
        Arguments.count(ctx, "ascii", 1);
        requireString(ctx, 0, "ascii");
        return Kernel.bound(DataTypes.INT32, (args, n) -> {
            StringColumn s = str(args[0]);
            long[] r = new long[n];
            for (int i = 0; i < n; i++) r[i] = s.length(i) == 0 ? 0 : s.bytes()[s.start(i)];
            return new LongColumn(DataTypes.INT32, r, n);
        });
    }

    /** initcap: the first letter of each alphanumeric word upper-cased, the rest lower-cased (ASCII). */
    private static BoundFunction initcap(BindContext ctx) {
        Arguments.count(ctx, "initcap", 1);
        requireString(ctx, 0, "initcap");
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = str(args[0]);
            byte[] b = s.bytes();
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            ValueBuffer row = new ValueBuffer();
            for (int i = 0; i < n; i++) {
                row.reset();
                boolean prevAlnum = false;
                for (int j = s.start(i), end = j + s.length(i); j < end; j++) {
                    byte c = b[j];
                    boolean alnum = isAlnum(c);
                    if (c >= 'a' && c <= 'z' && !prevAlnum) c -= 32;
                    else if (c >= 'A' && c <= 'Z' && prevAlnum) c += 32;
                    row.append(c);
                    prevAlnum = alnum;
                }
                row.appendTo(out);
            }
            return out.build();
        });
    }

    /** substringIndex(s, delim, count): before the count-th delimiter (count > 0) or after the count-th from the end. */
    private static BoundFunction substringIndex(BindContext ctx) {
        Arguments.count(ctx, "substringIndex", 3);
        requireString(ctx, 0, "substringIndex");
        requireString(ctx, 1, "substringIndex");
        requireInteger(ctx, 2, "substringIndex");
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = str(args[0]), d = str(args[1]);
            long[] count = Vectors.longs(args[2], n);
            byte[] b = s.bytes();
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            for (int i = 0; i < n; i++) {
                int from = s.start(i), to = from + s.length(i), dl = d.length(i);
                long k = count[i];
                if (k == 0 || dl == 0) {
                    out.append(new byte[0]);
                    continue;
                }
                // Collect delimiter positions, then cut at the k-th one from the requested side.
                List<Integer> hits = new java.util.ArrayList<>();
                int pos = from;
                while ((pos = indexOf(b, pos, to, d.bytes(), d.start(i), dl)) >= 0) {
                    hits.add(pos);
                    pos += dl;
                }
                if (Math.abs(k) > hits.size()) out.append(b, from, to - from);
                else if (k > 0) out.append(b, from, hits.get((int) k - 1) - from);
                else {
                    int cut = hits.get(hits.size() + (int) k) + dl;
                    out.append(b, cut, to - cut);
                }
            }
            return out.build();
        });
    }

    static byte[] copy(StringColumn s, int i) {
        return Arrays.copyOfRange(s.bytes(), s.start(i), s.start(i) + s.length(i));
    }
}
