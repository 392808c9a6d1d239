package io.strata.exec.function.scalar.string;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataTypes;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Vectors;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular-expression functions (match, extract, extractAll, replaceRegexpOne/All, splitByRegexp,
 * multiMatchAny). ClickHouse uses RE2; java.util.regex accepts nearly the same syntax, so a pattern
 * is translated only where they differ ({@code (?P<name>} groups). Values are decoded as UTF-8.
 */
public final class RegexpFunctions {
    private RegexpFunctions() {
    }

    static final ErrorCode CANNOT_COMPILE_REGEXP = ErrorCode.CANNOT_COMPILE_REGEXP;

    public static List<FunctionDefinition> all() {
        return List.of(
                FunctionDefinition.of("match", RegexpFunctions::match).aliases("REGEXP_MATCHES").ci(),
                FunctionDefinition.of("extract", RegexpFunctions::extract),
                FunctionDefinition.of("extractAll", RegexpFunctions::extractAll),
                FunctionDefinition.of("replaceRegexpOne", ctx -> replace(ctx, "replaceRegexpOne", false)),
                FunctionDefinition.of("replaceRegexpAll", ctx -> replace(ctx, "replaceRegexpAll", true)).aliases("REGEXP_REPLACE").ci(),
                FunctionDefinition.of("splitByRegexp", RegexpFunctions::splitByRegexp),
                FunctionDefinition.of("multiMatchAny", RegexpFunctions::multiMatchAny));
    }

    static Pattern compile(String re2) {
        try {
            return Pattern.compile(re2.replace("(?P<", "(?<"), Pattern.DOTALL);
        } catch (PatternSyntaxException e) {
            throw new DbException(CANNOT_COMPILE_REGEXP, "OptimizedRegularExpression: cannot compile re2: " + re2 + ", error: " + e.getDescription());
        }
    }

    /** A per-chunk pattern source: the bind-time constant or the row's own pattern (the last one cached). */
    private static final class Patterns {
        private final Pattern constant;
        private final StringColumn column;
        private String lastText;
        private Pattern last;

        Patterns(Pattern constant, Column column) {
            this.constant = constant;
            this.column = constant == null ? StringFunctions.str(column) : null;
        }

        Pattern at(int row) {
            if (constant != null) return constant;
            String t = column.getString(row);
            if (!t.equals(lastText)) {
                last = compile(t);
                lastText = t;
            }
            return last;
        }
    }

    private static Pattern constantPattern(BindContext ctx, int i) {
        Column c = ctx.constantArgument(i);
        byte[] b = c == null ? null : Arguments.constantBytes(c);
        return b == null ? null : compile(new String(b, StandardCharsets.UTF_8));
    }

    private static String text(StringColumn s, int i) {
        return new String(s.bytes(), s.start(i), s.length(i), StandardCharsets.UTF_8);
    }

    private static void strings(BindContext ctx, String name, int count) {
        Arguments.count(ctx, name, count);
        for (int i = 0; i < count; i++) TextFunctions.requireString(ctx, i, name);
    }

    private static BoundFunction match(BindContext ctx) {
        strings(ctx, "match", 2);
        Pattern p = constantPattern(ctx, 1);
        return Kernel.bound(DataTypes.UINT8, (args, n) -> {
            StringColumn s = StringFunctions.str(args[0]);
            Patterns ps = new Patterns(p, args[1]);
            long[] r = new long[n];
            for (int i = 0; i < n; i++) r[i] = ps.at(i).matcher(text(s, i)).find() ? 1 : 0;
            return new LongColumn(DataTypes.UINT8, r, n);
        });
    }

    private static BoundFunction extract(BindContext ctx) {
        strings(ctx, "extract", 2);
        Pattern p = constantPattern(ctx, 1);
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = StringFunctions.str(args[0]);
            Patterns ps = new Patterns(p, args[1]);
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            for (int i = 0; i < n; i++) {
                Matcher m = ps.at(i).matcher(text(s, i));
                // The first capturing group when there is one, else the whole match.
                String v = m.find() ? (m.groupCount() > 0 ? m.group(1) : m.group()) : "";
                out.append(v == null ? "" : v);
            }
            return out.build();
        });
    }

    private static BoundFunction extractAll(BindContext ctx) {
        strings(ctx, "extractAll", 2);
        Pattern p = constantPattern(ctx, 1);
        ArrayType rt = TextFunctions.ARRAY_OF_STRING;
        return Kernel.bound(rt, (args, n) -> {
            StringColumn s = StringFunctions.str(args[0]);
            Patterns ps = new Patterns(p, args[1]);
            StringColumnBuilder elems = new StringColumnBuilder(DataTypes.STRING, n);
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                Matcher m = ps.at(i).matcher(text(s, i));
                int c = 0;
                while (m.find()) {
                    String v = m.groupCount() > 0 ? m.group(1) : m.group();
                    if (m.end() == m.start() && v.isEmpty()) {
                        if (m.end() >= m.regionEnd()) break;
                        continue;
                    }
                    elems.append(v == null ? "" : v);
                    c++;
                }
                offsets[i + 1] = offsets[i] + c;
            }
            return new ArrayColumn(rt, offsets, elems.build(), n);
        });
    }

    private static BoundFunction replace(BindContext ctx, String name, boolean all) {
        strings(ctx, name, 3);
        Pattern p = constantPattern(ctx, 1);
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumn s = StringFunctions.str(args[0]), rep = StringFunctions.str(args[2]);
            Patterns ps = new Patterns(p, args[1]);
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String v = text(s, i), r = text(rep, i);
                Pattern pattern = ps.at(i);
                if (pattern.pattern().isEmpty()) {
                    throw DbException.of(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Length of the pattern argument in function %s must be greater than 0.", name);
                }
                Matcher m = pattern.matcher(v);
                sb.setLength(0);
                int pos = 0;
                // ClickHouse's scan: stop at the end of the input, and after an empty match copy the
                // rest unchanged (so 'x*' on 'abc' gives '-abc' and 'a*' on 'aaa' gives one 'X').
                while (pos < v.length() && m.find(pos)) {
                    sb.append(v, pos, m.start());
                    appendReplacement(sb, r, m);
                    pos = m.end();
                    if (!all || m.end() == m.start()) break;
                }
                sb.append(v, pos, v.length());
                out.append(sb.toString());
            }
            return out.build();
        });
    }

    /** RE2 substitutions: {@code \0}..{@code \9} are groups, {@code \\} a backslash. */
    private static void appendReplacement(StringBuilder sb, String r, Matcher m) {
        for (int k = 0; k < r.length(); k++) {
            char c = r.charAt(k);
            if (c == '\\' && k + 1 < r.length()) {
                char d = r.charAt(k + 1);
                if (d >= '0' && d <= '9') {
                    int g = d - '0';
                    if (g <= m.groupCount() && m.group(g) != null) sb.append(m.group(g));
                    k++;
                    continue;
                }
                if (d == '\\') {
                    sb.append('\\');
                    k++;
                    continue;
                }
            }
            sb.append(c);
        }
    }

    private static BoundFunction splitByRegexp(BindContext ctx) {
        Arguments.countBetween(ctx, "splitByRegexp", 2, 3);
        TextFunctions.requireString(ctx, 0, "splitByRegexp");
        TextFunctions.requireString(ctx, 1, "splitByRegexp");
        Pattern p = constantPattern(ctx, 0);
        if (p == null) throw DbException.of(ErrorCode.ILLEGAL_COLUMN, "Illegal column of first argument of function splitByRegexp. Must be constant string.");
        long max = ctx.argumentCount() == 3 ? Arguments.constantLong(ctx, 2, "splitByRegexp") : 0;
        ArrayType rt = TextFunctions.ARRAY_OF_STRING;
        return Kernel.bound(rt, (args, n) -> {
            StringColumn s = StringFunctions.str(args[1]);
            StringColumnBuilder elems = new StringColumnBuilder(DataTypes.STRING, n);
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                String v = text(s, i);
                int c = 0;
                if (p.pattern().isEmpty()) {
                    // An empty pattern splits into characters.
                    for (int k = 0; k < v.length(); k = v.offsetByCodePoints(k, 1)) {
                        if (max > 0 && c == max) break;
                        elems.append(v.substring(k, v.offsetByCodePoints(k, 1)));
                        c++;
                    }
                } else {
                    Matcher m = p.matcher(v);
                    int pos = 0;
                    while (!(max > 0 && c == max - 1) && m.find()) {
                        if (m.end() == m.start()) continue;
                        elems.append(v.substring(pos, m.start()));
                        c++;
                        pos = m.end();
                    }
                    if (!(max > 0 && c == max)) {
                        elems.append(v.substring(pos));
                        c++;
                    }
                }
                offsets[i + 1] = offsets[i] + c;
            }
            return new ArrayColumn(rt, offsets, elems.build(), n);
        });
    }

    private static BoundFunction multiMatchAny(BindContext ctx) {
        Arguments.count(ctx, "multiMatchAny", 2);
        TextFunctions.requireString(ctx, 0, "multiMatchAny");
        return Kernel.bound(DataTypes.UINT8, (args, n) -> {
            StringColumn s = StringFunctions.str(args[0]);
            ArrayColumn a = (ArrayColumn) Vectors.dense(args[1]);
            StringColumn pats = StringFunctions.str(a.elements());
            Pattern[] compiled = new Pattern[pats.size()];
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                String v = text(s, i);
                for (int j = a.start(i); j < a.start(i + 1) && r[i] == 0; j++) {
                    if (compiled[j] == null) compiled[j] = compile(pats.getString(j));
                    if (compiled[j].matcher(v).find()) r[i] = 1;
                }
            }
            return new LongColumn(DataTypes.UINT8, r, n);
        });
    }
}
