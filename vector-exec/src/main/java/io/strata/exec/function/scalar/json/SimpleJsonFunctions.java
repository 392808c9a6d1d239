package io.strata.exec.function.scalar.json;

import io.strata.core.column.LongColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.ValueBuffer;
import io.strata.exec.function.scalar.Vectors;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * simpleJSON* (formerly visitParam*, kept as aliases): no parsing, just a search for the first
 * {@code "name":} in the text, then a read of what follows it, exactly as ClickHouse does (so a
 * space after the colon, or a match inside a nested object or a string, counts as ClickHouse
 * counts it).
 */
final class SimpleJsonFunctions {
    private SimpleJsonFunctions() {
    }

    private enum Read { HAS, UINT, INT, FLOAT, BOOL, RAW, STRING }

    static List<FunctionDefinition> all() {
        return List.of(
                def("simpleJSONHas", "visitParamHas", Read.HAS),
                def("simpleJSONExtractUInt", "visitParamExtractUInt", Read.UINT),
                def("simpleJSONExtractInt", "visitParamExtractInt", Read.INT),
                def("simpleJSONExtractFloat", "visitParamExtractFloat", Read.FLOAT),
                def("simpleJSONExtractBool", "visitParamExtractBool", Read.BOOL),
                def("simpleJSONExtractRaw", "visitParamExtractRaw", Read.RAW),
                def("simpleJSONExtractString", "visitParamExtractString", Read.STRING));
    }

    private static FunctionDefinition def(String name, String alias, Read read) {
        return FunctionDefinition.of(name, ctx -> bind(ctx, name, read)).aliases(alias);
    }

    private static BoundFunction bind(BindContext ctx, String name, Read read) {
        Arguments.count(ctx, name, 2);
        if (ctx.argumentType(0).id() != io.strata.core.type.TypeId.STRING) throw Arguments.illegalType(ctx.argumentType(0), 0, name);
        String field = Arguments.constantString(ctx, 1, name);
        byte[] needle = ("\"" + field + "\":").getBytes(StandardCharsets.UTF_8);
        DataType rt = switch (read) {
            case HAS, BOOL -> DataTypes.UINT8;
            case UINT -> DataTypes.UINT64;
            case INT -> DataTypes.INT64;
            case FLOAT -> DataTypes.FLOAT64;
            case RAW, STRING -> DataTypes.STRING;
        };
        return Kernel.bound(rt, (args, n) -> {
            StringColumn s = (StringColumn) Vectors.dense(args[0]);
            byte[] b = s.bytes();
            if (read == Read.RAW || read == Read.STRING) {
                StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
                ValueBuffer v = new ValueBuffer();
                for (int i = 0; i < n; i++) {
                    int from = s.start(i), to = from + s.length(i);
                    int at = indexOf(b, from, to, needle);
                    v.reset();
                    if (at >= 0) {
                        if (read == Read.RAW) raw(b, at + needle.length, to, v);
                        else if (!string(b, at + needle.length, to, v)) v.reset();
                    }
                    v.appendTo(out);
                }
                return out.build();
            }
            long[] r = new long[n];
            double[] d = read == Read.FLOAT ? new double[n] : null;
            for (int i = 0; i < n; i++) {
                int from = s.start(i), to = from + s.length(i);
                int at = indexOf(b, from, to, needle);
                if (at < 0) continue;
                int p = at + needle.length;
                switch (read) {
                    case HAS -> r[i] = 1;
                    case BOOL -> r[i] = p + 4 <= to && b[p] == 't' && b[p + 1] == 'r' && b[p + 2] == 'u' && b[p + 3] == 'e' ? 1 : 0;
                    case FLOAT -> d[i] = readFloat(b, p < to && b[p] == '"' ? p + 1 : p, to);
                    default -> r[i] = readInt(b, p < to && b[p] == '"' ? p + 1 : p, to, read == Read.INT);
                }
            }
            if (d != null) return new DoubleColumn(DataTypes.FLOAT64, d, n);
            return new LongColumn(rt, r, n);
        });
    }

    private static int indexOf(byte[] b, int from, int to, byte[] needle) {
        outer:
        for (int i = from; i + needle.length <= to; i++) {
            for (int k = 0; k < needle.length; k++) if (b[i + k] != needle[k]) continue outer;
            return i;
        }
        return -1;
    }

    /** An optional sign and the digits that follow (0 when there are none; a '-' is no number for UInt). */
    private static long readInt(byte[] b, int p, int to, boolean signed) {
        boolean negative = false;
        if (p < to && (b[p] == '-' || b[p] == '+')) {
            if (b[p] == '-') {
                if (!signed) return 0;
                negative = true;
            }
            p++;
        }
        long v = 0;
        while (p < to && b[p] >= '0' && b[p] <= '9') v = v * 10 + (b[p++] - '0');
        return negative ? -v : v;
    }

    /** The longest prefix that reads as a number (0 when none). */
    private static double readFloat(byte[] b, int p, int to) {
        int start = p;
        if (p < to && (b[p] == '-' || b[p] == '+')) p++;
        int digits = p;
        while (p < to && b[p] >= '0' && b[p] <= '9') p++;
        if (p < to && b[p] == '.') {
            p++;
            while (p < to && b[p] >= '0' && b[p] <= '9') p++;
        }
        if (p == digits || p == digits + 1 && b[digits] == '.') return 0;
        int mantissaEnd = p;
        if (p < to && (b[p] == 'e' || b[p] == 'E')) {
            int e = p + 1;
            if (e < to && (b[e] == '-' || b[e] == '+')) e++;
            int expDigits = e;
            while (e < to && b[e] >= '0' && b[e] <= '9') e++;
            if (e > expDigits) mantissaEnd = e;
        }
        return Double.parseDouble(new String(b, start, mantissaEnd - start, StandardCharsets.US_ASCII));
    }

    /**
     * The raw value: up to the first ',' or '}' outside brackets and strings (nothing when the
     * text ends first). Inside a string only a backslash before a quote escapes, as in ClickHouse.
     */
    private static void raw(byte[] b, int p, int to, ValueBuffer out) {
        byte[] expect = new byte[16];
        int depth = 0;
        byte current = 0;
        for (int begin = p; p < to; p++) {
            byte c = b[p];
            if (current != 0 && c == current) {
                depth--;
                current = depth == 0 ? 0 : expect[depth - 1];
            } else if (current == '"') {
                if (c == '\\' && p + 1 < to && b[p + 1] == '"') p++;
            } else {
                switch (c) {
                    case '[', '{', '"' -> {
                        current = c == '[' ? (byte) ']' : c == '{' ? (byte) '}' : (byte) '"';
                        if (depth == expect.length) expect = java.util.Arrays.copyOf(expect, depth * 2);
                        expect[depth++] = current;
                    }
                    default -> {
                        if (current == 0 && (c == ',' || c == '}')) {
                            out.append(b, begin, p - begin);
                            return;
                        }
                    }
                }
            }
        }
    }

    /** A JSON string right at p, unescaped; false when there is none or it is malformed. */
    private static boolean string(byte[] b, int p, int to, ValueBuffer out) {
        if (p >= to || b[p] != '"') return false;
        p++;
        while (p < to) {
            byte c = b[p];
            if (c == '"') return true;
            if (c != '\\') {
                out.append(c);
                p++;
                continue;
            }
            if (p + 1 >= to) return false;
            byte e = b[p + 1];
            p += 2;
            switch (e) {
                case 'b' -> out.append((byte) '\b');
                case 'f' -> out.append((byte) '\f');
                case 'n' -> out.append((byte) '\n');
                case 'r' -> out.append((byte) '\r');
                case 't' -> out.append((byte) '\t');
                case '0' -> out.append((byte) 0);
                case 'u' -> {
                    if (p + 4 > to) return false;
                    int cp = 0;
                    for (int k = 0; k < 4; k++) {
                        int h = Character.digit(b[p + k], 16);
                        if (h < 0) return false;
                        cp = cp << 4 | h;
                    }
                    p += 4;
                    if (cp >= 0xD800 && cp < 0xDC00 && p + 6 <= to && b[p] == '\\' && b[p + 1] == 'u') {
                        int low = 0;
                        boolean ok = true;
                        for (int k = 0; k < 4; k++) {
                            int h = Character.digit(b[p + 2 + k], 16);
                            if (h < 0) ok = false;
                            low = low << 4 | Math.max(h, 0);
                        }
                        if (ok && low >= 0xDC00 && low < 0xE000) {
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                            p += 6;
                        }
                    }
                    JsonScanner.appendUtf8(out, cp);
                }
                default -> out.append(e);
            }
        }
        return false;
    }
}
