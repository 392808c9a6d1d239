package io.strata.exec.function.scalar.url;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.hash.CityHash;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.TypeId;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Vectors;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * ClickHouse's URL functions: extracting a part (protocol, domain, path, queryString, ...), cutting
 * one out (cutWWW, cutQueryString, cutURLParameter, ...), splitting into arrays (URLHierarchy,
 * extractURLParameters), percent coding, port and URLHash. The scans are {@link UrlParts}.
 */
public final class UrlFunctions {
    private UrlFunctions() {
    }

    /** Finds a part of b[from, to) and writes its absolute [start, end) into span. */
    @FunctionalInterface
    interface Finder {
        boolean find(byte[] b, int from, int to, int[] span);
    }

    private static final ArrayType ARRAY_OF_STRING = new ArrayType(DataTypes.STRING);

    public static List<FunctionDefinition> all() {
        List<FunctionDefinition> out = new ArrayList<>();
        out.add(extract("protocol", UrlParts::protocol));
        out.add(extract("domain", UrlParts::host));
        out.add(extract("domainWithoutWWW", UrlFunctions::domainWithoutWww));
        out.add(extract("topLevelDomain", UrlParts::topLevelDomain));
        out.add(extract("firstSignificantSubdomain", (b, f, t, s) -> UrlParts.firstSignificantSubdomain(b, f, t, true, s, new int[1])));
        out.add(extract("cutToFirstSignificantSubdomain", (b, f, t, s) -> cutToFirstSignificant(b, f, t, true, s)));
        out.add(extract("cutToFirstSignificantSubdomainWithWWW", (b, f, t, s) -> cutToFirstSignificant(b, f, t, false, s)));
        out.add(extract("netloc", UrlParts::netloc));
        out.add(extract("path", (b, f, t, s) -> UrlParts.path(b, f, t, false, s)));
        out.add(extract("pathFull", (b, f, t, s) -> UrlParts.path(b, f, t, true, s)));
        out.add(extract("queryString", (b, f, t, s) -> UrlParts.queryString(b, f, t, false, s)));
        out.add(extract("fragment", (b, f, t, s) -> UrlParts.fragment(b, f, t, false, s)));
        out.add(extract("queryStringAndFragment", (b, f, t, s) -> UrlParts.queryStringAndFragment(b, f, t, false, s)));
        out.add(cut("cutWWW", UrlParts::www));
        out.add(cut("cutQueryString", (b, f, t, s) -> UrlParts.queryString(b, f, t, true, s)));
        out.add(cut("cutFragment", (b, f, t, s) -> UrlParts.fragment(b, f, t, true, s)));
        out.add(cut("cutQueryStringAndFragment", (b, f, t, s) -> UrlParts.queryStringAndFragment(b, f, t, true, s)));
        out.add(FunctionDefinition.of("extractURLParameter", UrlFunctions::extractParameter));
        out.add(FunctionDefinition.of("cutURLParameter", UrlFunctions::cutParameter));
        out.add(FunctionDefinition.of("extractURLParameters", ctx -> tokens(ctx, "extractURLParameters", UrlTokens::parameters)));
        out.add(FunctionDefinition.of("extractURLParameterNames", ctx -> tokens(ctx, "extractURLParameterNames", UrlTokens::parameterNames)));
        out.add(FunctionDefinition.of("URLHierarchy", ctx -> tokens(ctx, "URLHierarchy", UrlTokens::hierarchy)));
        out.add(FunctionDefinition.of("URLPathHierarchy", ctx -> tokens(ctx, "URLPathHierarchy", UrlTokens::pathHierarchy)));
        out.add(FunctionDefinition.of("decodeURLComponent", ctx -> coding(ctx, "decodeURLComponent", false, false)));
        out.add(FunctionDefinition.of("encodeURLComponent", ctx -> coding(ctx, "encodeURLComponent", true, false)));
        out.add(FunctionDefinition.of("decodeURLFormComponent", ctx -> coding(ctx, "decodeURLFormComponent", false, true)));
        out.add(FunctionDefinition.of("encodeURLFormComponent", ctx -> coding(ctx, "encodeURLFormComponent", true, true)));
        out.add(FunctionDefinition.of("port", UrlFunctions::port));
        out.add(FunctionDefinition.of("URLHash", UrlFunctions::urlHash));
        return out;
    }

    private static boolean domainWithoutWww(byte[] b, int from, int to, int[] span) {
        if (!UrlParts.host(b, from, to, span)) return false;
        int s = span[0];
        if (span[1] - s > 4 && b[s] == 'w' && b[s + 1] == 'w' && b[s + 2] == 'w' && b[s + 3] == '.') span[0] = s + 4;
        return true;
    }

    private static boolean cutToFirstSignificant(byte[] b, int from, int to, boolean withoutWww, int[] span) {
        int[] domainEnd = new int[1];
        if (!UrlParts.firstSignificantSubdomain(b, from, to, withoutWww, span, domainEnd) || span[1] == span[0]) return UrlParts.none(from, span);
        span[1] = domainEnd[0];
        return true;
    }

    private static void requireString(BindContext ctx, int i, String name) {
        // URL functions take String only (ClickHouse refuses FixedString with ILLEGAL_COLUMN at run time).
        if (ctx.argumentType(i).id() != TypeId.STRING) throw Arguments.illegalType(ctx.argumentType(i), i, name);
    }

    static StringColumn strings(Column c) {
        Column d = Vectors.dense(c);
        if (d instanceof StringColumn s) return s;
        throw Vectors.unexpected(d);
    }

    private static FunctionDefinition extract(String name, Finder finder) {
        return FunctionDefinition.of(name, ctx -> {
            Arguments.count(ctx, name, 1);
            requireString(ctx, 0, name);
            return Kernel.bound(DataTypes.STRING, (args, n) -> {
                StringColumn s = strings(args[0]);
                byte[] b = s.bytes();
                int[] span = new int[2];
                StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
                for (int i = 0; i < n; i++) {
                    int from = s.start(i);
                    finder.find(b, from, from + s.length(i), span);
                    out.append(b, span[0], span[1] - span[0]);
                }
                return out.build();
            });
        });
    }

    private static FunctionDefinition cut(String name, Finder finder) {
        return FunctionDefinition.of(name, ctx -> {
            Arguments.count(ctx, name, 1);
            requireString(ctx, 0, name);
            return Kernel.bound(DataTypes.STRING, (args, n) -> {
                StringColumn s = strings(args[0]);
                byte[] b = s.bytes();
                int[] span = new int[2];
                StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
                byte[] row = new byte[64];
                for (int i = 0; i < n; i++) {
                    int from = s.start(i), to = from + s.length(i);
                    finder.find(b, from, to, span);
                    int keep = (span[0] - from) + (to - span[1]);
                    if (row.length < keep) row = new byte[Math.max(keep, row.length * 2)];
                    System.arraycopy(b, from, row, 0, span[0] - from);
                    System.arraycopy(b, span[1], row, span[0] - from, to - span[1]);
                    out.append(row, 0, keep);
                }
                return out.build();
            });
        });
    }

    private static BoundFunction extractParameter(BindContext ctx) {
        Arguments.count(ctx, "extractURLParameter", 2);
        requireString(ctx, 0, "extractURLParameter");
        requireString(ctx, 1, "extractURLParameter");
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = strings(args[0]), names = strings(args[1]);
            byte[] b = s.bytes();
            int[] span = new int[2];
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            for (int i = 0; i < n; i++) {
                int from = s.start(i);
                UrlParts.parameter(b, from, from + s.length(i), names.bytes(), names.start(i), names.length(i), span);
                out.append(b, span[0], span[1] - span[0]);
            }
            return out.build();
        });
    }

    private static BoundFunction cutParameter(BindContext ctx) {
        Arguments.count(ctx, "cutURLParameter", 2);
        requireString(ctx, 0, "cutURLParameter");
        DataType second = ctx.argumentType(1);
        boolean array = second instanceof ArrayType;
        if (!(second.id() == TypeId.STRING || array && (((ArrayType) second).element().id() == TypeId.STRING
                || ((ArrayType) second).element().id() == TypeId.NOTHING))) {
            throw Arguments.illegalType(second, 1, "cutURLParameter");
        }
        if (ctx.constantArgument(1) == null) {
            throw DbException.of(ErrorCode.ILLEGAL_COLUMN, "Second argument of function cutURLParameter must be constant string or constant array");
        }
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            List<byte[]> names = new ArrayList<>();
            Column c = Vectors.dense(args[1]);
            if (c instanceof ArrayColumn a) {
                if (n > 0 && a.length(0) > 0) {
                    StringColumn e = strings(a.elements());
                    for (int j = a.start(0); j < a.start(0) + a.length(0); j++) names.add(e.getBytes(j));
                }
            } else {
                names.add(strings(c).getBytes(0));
            }
            StringColumn s = strings(args[0]);
            byte[] b = s.bytes();
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            long[] cuts = new long[names.size()];
            byte[] row = new byte[64];
            for (int i = 0; i < n; i++) {
                int from = s.start(i), to = from + s.length(i);
                int count = 0;
                for (byte[] name : names) {
                    long cut = UrlTokens.parameterCut(b, from, to, name);
                    if (cut >= 0) cuts[count++] = cut;
                }
                java.util.Arrays.sort(cuts, 0, count);
                if (row.length < to - from) row = new byte[Math.max(to - from, row.length * 2)];
                int len = 0, prevEnd = from;
                for (int k = 0; k < count; k++) {
                    int begin = (int) (cuts[k] >>> 32), end = (int) cuts[k];
                    if (begin > prevEnd) {
                        System.arraycopy(b, prevEnd, row, len, begin - prevEnd);
                        len += begin - prevEnd;
                    }
                    prevEnd = Math.max(prevEnd, end);
                }
                System.arraycopy(b, prevEnd, row, len, to - prevEnd);
                len += to - prevEnd;
                out.append(row, 0, len);
            }
            return out.build();
        });
    }

    private static BoundFunction tokens(BindContext ctx, String name, UrlTokens.Splitter splitter) {
        Arguments.count(ctx, name, 1);
        requireString(ctx, 0, name);
        return Kernel.bound(ARRAY_OF_STRING, (args, n) -> {
            StringColumn s = strings(args[0]);
            StringColumnBuilder elements = new StringColumnBuilder(DataTypes.STRING, n * 2);
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                int from = s.start(i);
                offsets[i + 1] = offsets[i] + splitter.split(s.bytes(), from, from + s.length(i), elements);
            }
            return new ArrayColumn(ARRAY_OF_STRING, offsets, elements.build(), n);
        });
    }

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private static int unhex(byte c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    private static BoundFunction coding(BindContext ctx, String name, boolean encode, boolean form) {
        Arguments.count(ctx, name, 1);
        requireString(ctx, 0, name);
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = strings(args[0]);
            byte[] b = s.bytes();
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            byte[] row = new byte[64];
            for (int i = 0; i < n; i++) {
                int from = s.start(i), to = from + s.length(i);
                if (row.length < 3 * (to - from)) row = new byte[Math.max(3 * (to - from), row.length * 2)];
                int len = 0;
                if (encode) {
                    for (int p = from; p < to; p++) {
                        byte c = b[p];
                        if (UrlParts.alnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
                            row[len++] = c;
                        } else if (c == ' ' && form) {
                            row[len++] = '+';
                        } else {
                            row[len++] = '%';
                            row[len++] = HEX[(c >> 4) & 15];
                            row[len++] = HEX[c & 15];
                        }
                    }
                } else {
                    int p = from;
                    while (p < to) {
                        byte c = b[p];
                        if (c == '+' && form) {
                            row[len++] = ' ';
                            p++;
                        } else if (c == '%') {
                            // A complete %XY decodes; any other three bytes from '%' stay as they are, and
                            // a '%' with fewer than two bytes after it keeps the rest of the string.
                            if (p + 2 < to) {
                                int hi = unhex(b[p + 1]), lo = unhex(b[p + 2]);
                                if (hi >= 0 && lo >= 0) {
                                    row[len++] = (byte) (hi << 4 | lo);
                                } else {
                                    System.arraycopy(b, p, row, len, 3);
                                    len += 3;
                                }
                                p += 3;
                            } else {
                                while (p < to) row[len++] = b[p++];
                            }
                        } else {
                            row[len++] = c;
                            p++;
                        }
                    }
                }
                out.append(row, 0, len);
            }
            return out.build();
        });
    }

    private static BoundFunction port(BindContext ctx) {
        Arguments.countBetween(ctx, "port", 1, 2);
        requireString(ctx, 0, "port");
        long defaultPort = 0;
        if (ctx.argumentCount() == 2) {
            if (ctx.argumentType(1).id() != TypeId.UINT16) {
                throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type %s of second argument of function port. Must be UInt16.", ctx.argumentType(1));
            }
            defaultPort = Arguments.constantLong(ctx, 1, "port");
        }
        long fallback = defaultPort;
        return Kernel.bound(DataTypes.UINT16, (args, n) -> {
            StringColumn s = strings(args[0]);
            long[] r = new long[n];
            int[] span = new int[2];
            for (int i = 0; i < n; i++) {
                int from = s.start(i);
                r[i] = UrlParts.port(s.bytes(), from, from + s.length(i), fallback, span);
            }
            return new LongColumn(DataTypes.UINT16, r, n);
        });
    }

    /**
     * URLHash(url): CityHash64 of the URL without one trailing '/', '?' or '#'; URLHash(url, N):
     * the same of the URL cut after its N-th URLHierarchy level (0 when it has fewer levels).
     */
    private static BoundFunction urlHash(BindContext ctx) {
        Arguments.countBetween(ctx, "URLHash", 1, 2);
        requireString(ctx, 0, "URLHash");
        boolean leveled = ctx.argumentCount() == 2;
        if (leveled && !ctx.argumentType(1).isInteger()) throw Arguments.illegalType(ctx.argumentType(1), 1, "URLHash");
        return Kernel.bound(DataTypes.UINT64, (args, n) -> {
            StringColumn s = strings(args[0]);
            long[] levels = leveled ? Vectors.longs(args[1], n) : null;
            byte[] b = s.bytes();
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                int from = s.start(i), len = s.length(i);
                if (leveled) len = UrlTokens.levelLength(levels[i], b, from, from + len);
                if (len > 0 && (b[from + len - 1] == '/' || b[from + len - 1] == '?' || b[from + len - 1] == '#')) len--;
                r[i] = CityHash.cityHash64(b, from, len);
            }
            return new LongColumn(DataTypes.UINT64, r, n);
        });
    }
}
