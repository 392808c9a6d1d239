package io.strata.perf.clickbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks Strata's answers against the peers' and writes the ClickBench table: per query the cold
 * and the hot time of each engine (hot = the fastest of the hot runs, as ClickBench reports it),
 * Strata's ratio to each peer, whether the answers agree; then the geometric means of the ratios,
 * load time, bytes on disk and peak memory per engine. Markdown and CSV.
 *
 * <p>Ratios are ClickBench's: (strata + 10 ms) / (peer + 10 ms), so that queries of a few
 * milliseconds, where timer and round-trip noise rule, do not swing the geometric mean. Above 1
 * means Strata is slower.
 *
 * <p>Reads RESULTS/ENGINE/times.tsv (query TAB cold TAB hot...; the last line per query counts),
 * qNN.tsv (answer), check-qNN.tsv (answer of the check variant), qNN.err (failure), info.tsv.
 */
public final class ClickBenchReport {
    private static final double SHIFT = 0.01;

    /**
     * Queries where DuckDB's semantics differ from ClickHouse's, so its answer may differ from a
     * right one: avg of a BIGINT column sums exactly (HUGEINT) in DuckDB, while ClickHouse (whose
     * answer Strata reproduces) sums Int64 with wrap-around, and the generated UserIDs, 63-bit
     * hashes like the real ones, overflow the sum.
     */
    private static final Map<String, Map<Integer, String>> KNOWN_SEMANTICS = Map.of(
            "duckdb", Map.of(4, "AVG(UserID): DuckDB sums BIGINT exactly, ClickHouse (and Strata) in Int64 with wrap-around"));

    private record Times(double cold, double hot) {
    }

    private final List<ClickBenchQuery> queries;
    private final Path results;
    private final List<String> engines;
    private final List<Integer> selected;
    private final Map<String, Map<Integer, Times>> times = new HashMap<>();
    private final Map<String, Map<String, String>> info = new HashMap<>();

    private ClickBenchReport(List<ClickBenchQuery> queries, Path results, List<String> engines, List<Integer> selected) throws IOException {
        this.queries = queries;
        this.results = results;
        this.engines = engines;
        this.selected = selected;
        for (String engine : engines) {
            Map<Integer, Times> t = new HashMap<>();
            Path file = results.resolve(engine).resolve("times.tsv");
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    String[] f = line.split("\t");
                    if (f.length < 3) continue;
                    double hot = Double.MAX_VALUE;
                    for (int i = 2; i < f.length; i++) hot = Math.min(hot, Double.parseDouble(f[i]));
                    t.put(Integer.parseInt(f[0]), new Times(Double.parseDouble(f[1]), hot));
                }
            }
            times.put(engine, t);
            Map<String, String> facts = new LinkedHashMap<>();
            Path infoFile = results.resolve(engine).resolve("info.tsv");
            if (Files.exists(infoFile)) {
                for (String line : Files.readAllLines(infoFile)) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) facts.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            info.put(engine, facts);
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        List<ClickBenchQuery> queries = QueryDialects.read(Path.of(a.get("queries")), ClickBenchSchema.read(Path.of(a.get("create"))));
        List<String> engines = Arrays.asList(a.getOrDefault("engines", "strata clickhouse duckdb").trim().split("\\s+"));
        List<Integer> selected = Arrays.stream(a.get("select").trim().split("\\s+")).map(Integer::parseInt).toList();
        ClickBenchReport report = new ClickBenchReport(queries, Path.of(a.get("results")), engines, selected);
        String md = report.markdown(a);
        Files.writeString(Path.of(a.get("markdown")), md, StandardCharsets.UTF_8);
        Files.writeString(Path.of(a.get("csv")), report.csv(), StandardCharsets.UTF_8);
        System.out.print(md);
        System.out.println("\n(written to " + a.get("markdown") + " and " + a.get("csv") + ")");
    }

    private List<String> peers() {
        return engines.stream().filter(e -> !e.equals("strata")).toList();
    }

    /** Strata's answer to query q against a peer's. */
    ResultComparison.Verdict check(ClickBenchQuery q, String peer) throws IOException {
        String file = String.format("q%02d.tsv", q.number());
        Path mine = results.resolve("strata").resolve(file);
        Path theirs = results.resolve(peer).resolve(file);
        if (!Files.exists(mine) || !Files.exists(theirs)) return new ResultComparison.Verdict(ResultComparison.Kind.MISSING, "");
        if (q.needsVariant()) {
            // The timed answers can only agree in size; the variant (keys shown) is compared in full.
            List<String> x = Files.readAllLines(theirs);
            List<String> y = Files.readAllLines(mine);
            if (x.size() != y.size()) return new ResultComparison.Verdict(ResultComparison.Kind.DIFFERENT, y.size() + " rows instead of " + x.size());
            String checkFile = String.format("check-q%02d.tsv", q.number());
            Path mineCheck = results.resolve("strata").resolve(checkFile);
            Path theirsCheck = results.resolve(peer).resolve(checkFile);
            if (!Files.exists(mineCheck) || !Files.exists(theirsCheck)) return new ResultComparison.Verdict(ResultComparison.Kind.MISSING, "check variant");
            ClickBenchQuery variant = ClickBenchQuery.parse(q.number(), q.checkVariant(), List.of());
            return ResultComparison.compare(Files.readAllLines(theirsCheck), Files.readAllLines(mineCheck), variant.orderKeys(), variant.limit(), variant.offset());
        }
        ResultComparison.Verdict v = ResultComparison.compare(Files.readAllLines(theirs), Files.readAllLines(mine), q.orderKeys(), q.limit(), q.offset());
        String known = KNOWN_SEMANTICS.getOrDefault(peer, Map.of()).get(q.number());
        if (v.kind() == ResultComparison.Kind.DIFFERENT && known != null) return new ResultComparison.Verdict(ResultComparison.Kind.SEMANTICS, known);
        return v;
    }

    private String cell(String engine, int q, boolean hot) {
        Times t = times.get(engine).get(q);
        if (t != null) return String.format(Locale.ROOT, "%.3f", hot ? t.hot() : t.cold());
        if (Files.exists(results.resolve(engine).resolve(String.format("q%02d.err", q)))) return "error";
        return "-";
    }

    private Double ratio(String peer, int q, boolean hot) {
        Times s = times.get("strata").get(q);
        Times p = times.get(peer).get(q);
        if (s == null || p == null) return null;
        return hot ? (s.hot() + SHIFT) / (p.hot() + SHIFT) : (s.cold() + SHIFT) / (p.cold() + SHIFT);
    }

    private Double geomean(String peer, boolean hot) {
        double logs = 0;
        int n = 0;
        for (int q : selected) {
            Double r = ratio(peer, q, hot);
            if (r == null) continue;
            logs += Math.log(r);
            n++;
        }
        return n == 0 ? null : Math.exp(logs / n);
    }

    private static String fmt(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    String markdown(Map<String, String> a) throws IOException {
        boolean strata = engines.contains("strata");
        StringBuilder md = new StringBuilder();
        md.append("## ClickBench, ").append(a.get("rows")).append(" rows (seed ").append(a.get("seed")).append(")\n\n");
        md.append("Date ").append(LocalDate.now()).append("; machine: ").append(a.getOrDefault("machine", "?"))
                .append("; load average (1/5/15 min) before / after: ").append(a.getOrDefault("load-average", "?")).append(".\n");
        String tries = a.getOrDefault("tries", "3");
        md.append(switch (a.getOrDefault("restart", "split")) {
            case "once" -> "Cold: a query's first run on a server that has run the queries before it (RESTART=once; DuckDB: a freshly opened database); hot: the fastest of "
                    + tries + " runs after it.";
            case "query" -> "Cold: the first run on a freshly started server (RESTART=query; DuckDB: a freshly opened database); hot: the fastest of "
                    + tries + " runs after it on the same server.";
            default -> "Cold: the query's first run on a freshly started server (DuckDB: a freshly opened database); hot: the fastest of "
                    + tries + " runs on one long-running server (not restarted between queries, as in ClickBench), after one more untimed run of the query (RESTART=split).";
        }).append(" Seconds. Ratio: (Strata + 0.01) / (peer + 0.01), above 1 = Strata slower.\n\n");
        // Engines
        md.append("| engine | version | load s | bytes on disk | peak RSS load MB | peak RSS queries MB | queries answered |\n|---|---|---|---|---|---|---|\n");
        for (String e : engines) {
            Map<String, String> f = info.get(e);
            md.append("| ").append(e).append(" | ").append(f.getOrDefault("version", "-")).append(f.containsKey("status") ? " (" + f.get("status") + ")" : "")
                    .append(" | ").append(f.getOrDefault("load_s", "-")).append(" | ").append(f.getOrDefault("bytes", "-"))
                    .append(" | ").append(f.getOrDefault("load_rss_mb", "-")).append(" | ").append(f.getOrDefault("query_rss_mb", "-"))
                    .append(" | ").append(times.get(e).keySet().stream().filter(selected::contains).count()).append("/").append(selected.size()).append(" |\n");
        }
        md.append('\n');
        // Per query
        StringBuilder head = new StringBuilder("| Q |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String e : engines) {
            head.append(' ').append(e).append(" cold | ").append(e).append(" hot |");
            rule.append("---|---|");
        }
        if (strata) {
            for (String p : peers()) {
                head.append(" hot ratio ").append(p).append(" | answer = ").append(p).append(" |");
                rule.append("---|---|");
            }
        }
        md.append(head).append('\n').append(rule).append('\n');
        Map<String, int[]> agreement = new HashMap<>();
        List<String> differences = new ArrayList<>();
        for (ClickBenchQuery q : queries) {
            if (!selected.contains(q.number())) continue;
            md.append("| ").append(q.number()).append(" |");
            for (String e : engines) md.append(' ').append(cell(e, q.number(), false)).append(" | ").append(cell(e, q.number(), true)).append(" |");
            if (strata) {
                for (String p : peers()) {
                    ResultComparison.Verdict v = check(q, p);
                    agreement.computeIfAbsent(p, k -> new int[3])[v.ok() ? 0 : v.kind() == ResultComparison.Kind.SEMANTICS ? 2 : 1]++;
                    if (!v.ok() && !v.detail().isEmpty()) differences.add("Q" + q.number() + " vs " + p + ": " + v.kind().label() + ", " + v.detail());
                    md.append(' ').append(fmt(ratio(p, q.number(), true))).append(" | ").append(v.kind().label()).append(" |");
                }
            }
            md.append('\n');
        }
        if (strata && !peers().isEmpty()) {
            md.append("\nGeometric mean of Strata's ratios:");
            for (String p : peers()) {
                int[] ag = agreement.getOrDefault(p, new int[3]);
                md.append(" vs ").append(p).append(" hot ").append(fmt(geomean(p, true))).append(", cold ").append(fmt(geomean(p, false)))
                        .append(" (answers equal on ").append(ag[0]).append(" of ").append(ag[0] + ag[1] + ag[2])
                        .append(ag[2] > 0 ? ", " + ag[2] + " differ by the peer's semantics" : "").append(");");
            }
            md.setLength(md.length() - 1);
            md.append(".\n");
        }
        for (String d : differences) md.append("\n- ").append(d);
        if (!differences.isEmpty()) md.append('\n');
        return md.toString();
    }

    String csv() throws IOException {
        StringBuilder csv = new StringBuilder("query");
        for (String e : engines) csv.append(',').append(e).append("_cold_s,").append(e).append("_hot_s");
        boolean strata = engines.contains("strata");
        if (strata) for (String p : peers()) csv.append(",ratio_hot_").append(p).append(",ratio_cold_").append(p).append(",answer_vs_").append(p);
        csv.append('\n');
        for (ClickBenchQuery q : queries) {
            if (!selected.contains(q.number())) continue;
            csv.append(q.number());
            for (String e : engines) csv.append(',').append(cell(e, q.number(), false)).append(',').append(cell(e, q.number(), true));
            if (strata) {
                for (String p : peers()) {
                    csv.append(',').append(fmt(ratio(p, q.number(), true))).append(',').append(fmt(ratio(p, q.number(), false)))
                            .append(',').append(check(q, p).kind().name().toLowerCase(Locale.ROOT));
                }
            }
            csv.append('\n');
        }
        if (strata) {
            csv.append("geomean");
            for (String e : engines) csv.append(",,");
            for (String p : peers()) csv.append(',').append(fmt(geomean(p, true))).append(',').append(fmt(geomean(p, false))).append(',');
            csv.append('\n');
        }
        for (String e : engines) {
            Map<String, String> f = info.get(e);
            for (String key : List.of("load_s", "bytes", "load_rss_mb", "query_rss_mb")) {
                csv.append(e).append('_').append(key).append(',').append(f.getOrDefault(key, "")).append('\n');
            }
        }
        return csv.toString();
    }
}
