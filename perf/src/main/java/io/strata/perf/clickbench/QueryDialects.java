package io.strata.perf.clickbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The 43 queries as each engine runs them, one file per query: {@code DIR/ENGINE/qNN.sql}, and
 * {@code DIR/ENGINE/check-qNN.sql} where the answer is checked through a variant
 * ({@link ClickBenchQuery#checkVariant()}).
 *
 * <p>Strata and DuckDB run ClickBench's ClickHouse text unchanged. ClickHouse 18.16 lacks two of its
 * functions, replaced by 18.16's equivalents with the same meaning on these arguments:
 * {@code REGEXP_REPLACE} (modern ClickHouse's alias of {@code replaceRegexpAll}) becomes
 * {@code replaceRegexpAll}, and {@code DATE_TRUNC('minute', t)} becomes {@code toStartOfMinute(t)}
 * (both a DateTime at the start of t's minute); and a backslash in a string literal is doubled,
 * since 18.16 reads {@code '\1'} as "1" where modern ClickHouse keeps unknown escapes as they are
 * ({@code "\1"}, the regular expression's back reference). Everything else (extract, COUNT(DISTINCT), OFFSET,
 * length, HAVING) 18.16 takes as it is.
 *
 * <pre>
 * java QueryDialects.java --queries queries.sql --create create.sql --out DIR
 * </pre>
 */
public final class QueryDialects {
    public static final List<String> ENGINES = List.of("strata", "clickhouse", "duckdb");
    private static final Pattern DATE_TRUNC_MINUTE = Pattern.compile("(?i)DATE_TRUNC\\('minute',\\s*(\\w+)\\)");
    private static final Pattern REGEXP_REPLACE = Pattern.compile("(?i)\\bREGEXP_REPLACE\\(");

    private QueryDialects() {
    }

    public static void main(String[] args) throws IOException {
        Path queries = null;
        Path create = null;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--queries" -> queries = Path.of(args[++i]);
                case "--create" -> create = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (queries == null || create == null || out == null) throw new IllegalArgumentException("usage: --queries F --create F --out DIR");
        List<ClickBenchQuery> parsed = read(queries, ClickBenchSchema.read(create));
        for (String engine : ENGINES) {
            Path dir = out.resolve(engine);
            Files.createDirectories(dir);
            for (ClickBenchQuery q : parsed) {
                Files.writeString(dir.resolve(String.format("q%02d.sql", q.number())), dialect(engine, q.sql()) + "\n");
                String variant = q.checkVariant();
                if (variant != null) Files.writeString(dir.resolve(String.format("check-q%02d.sql", q.number())), dialect(engine, variant) + "\n");
            }
        }
    }

    /** The queries of queries.sql, one a line, numbered from 1. */
    public static List<ClickBenchQuery> read(Path queries, ClickBenchSchema schema) throws IOException {
        List<String> star = schema.columns().stream().map(ClickBenchSchema.Column::name).toList();
        List<ClickBenchQuery> out = new ArrayList<>();
        for (String line : Files.readAllLines(queries)) {
            if (line.isBlank()) continue;
            out.add(ClickBenchQuery.parse(out.size() + 1, line, star));
        }
        return out;
    }

    static String dialect(String engine, String sql) {
        if (!engine.equals("clickhouse")) return sql;
        String s = DATE_TRUNC_MINUTE.matcher(sql).replaceAll("toStartOfMinute($1)");
        s = REGEXP_REPLACE.matcher(s).replaceAll("replaceRegexpAll(");
        // 18.16 drops the backslash of an unknown escape in a string literal ('\1' is "1"), where
        // modern ClickHouse keeps it ("\1"): spelled out as '\\1' the literal means the same to both.
        return s.replace("\\", "\\\\");
    }
}
