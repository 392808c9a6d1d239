package io.strata.perf.clickbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compares two engines' TabSeparated answers to one query after putting every value in a
 * canonical text: integers as they are, other numbers rounded to 10 significant digits (so that
 * 1234, 1234.0 and 1234.0000000000002 agree, as AVG prints differently per engine and summation
 * order moves the last bits), strings and dates unchanged.
 *
 * <p>Ties: an ORDER BY ... LIMIT answer may end (and, with OFFSET, start) inside a run of rows
 * with equal sort keys, and which of the tied rows make it in is up to the engine. So the keys
 * must agree row by row, rows whose keys lie strictly inside the window must agree as a multiset
 * per key, and at the window's edges only the number of rows with each key must agree.
 */
public final class ResultComparison {
    /** The outcome: {@code detail} says where the answers differ. */
    public record Verdict(Kind kind, String detail) {
        public boolean ok() {
            return kind == Kind.EQUAL || kind == Kind.EQUAL_UP_TO_TIES;
        }
    }

    public enum Kind {
        EQUAL("equal"), EQUAL_UP_TO_TIES("equal (ties)"), DIFFERENT("DIFFERENT"), MISSING("missing"),
        /** Different where the peer's SQL semantics differ from ClickHouse's (see ClickBenchReport). */
        SEMANTICS("differs (semantics)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?|-?inf|nan|-?Infinity|NaN");

    private ResultComparison() {
    }

    /** Compares answers given as TSV lines; {@code keys} are the ORDER BY positions in a row. */
    public static Verdict compare(List<String> expected, List<String> actual, List<Integer> keys, long limit, long offset) {
        if (expected.size() != actual.size()) {
            return new Verdict(Kind.DIFFERENT, actual.size() + " rows instead of " + expected.size());
        }
        List<List<String>> a = canonical(expected);
        List<List<String>> b = canonical(actual);
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).size() != b.get(i).size()) return new Verdict(Kind.DIFFERENT, "row " + (i + 1) + " has " + b.get(i).size() + " columns");
            if (!project(a.get(i), keys).equals(project(b.get(i), keys))) {
                return new Verdict(Kind.DIFFERENT, "row " + (i + 1) + ": sort key " + project(b.get(i), keys) + " instead of " + project(a.get(i), keys));
            }
        }
        // Runs of equal keys, in order; with no keys the whole answer is one run (order free).
        boolean ties = false;
        int start = 0;
        while (start < a.size()) {
            int end = start + 1;
            while (end < a.size() && project(a.get(end), keys).equals(project(a.get(start), keys))) end++;
            boolean atEdge = limit >= 0 && !keys.isEmpty() && ((start == 0 && offset > 0) || (end == a.size() && a.size() == limit));
            Map<List<String>, Integer> counts = new HashMap<>();
            for (int i = start; i < end; i++) counts.merge(a.get(i), 1, Integer::sum);
            for (int i = start; i < end; i++) counts.merge(b.get(i), -1, Integer::sum);
            boolean same = counts.values().stream().allMatch(c -> c == 0);
            if (!same) {
                if (!atEdge) {
                    List<String> missing = counts.entrySet().stream().filter(e -> e.getValue() > 0).findFirst().map(Map.Entry::getKey).orElse(List.of());
                    return new Verdict(Kind.DIFFERENT, "rows " + (start + 1) + ".." + end + " differ, e.g. missing " + String.join("\t", missing));
                }
                ties = true;
            }
            start = end;
        }
        return ties ? new Verdict(Kind.EQUAL_UP_TO_TIES, "") : new Verdict(Kind.EQUAL, "");
    }

    static List<List<String>> canonical(List<String> lines) {
        List<List<String>> rows = new ArrayList<>(lines.size());
        for (String line : lines) {
            List<String> row = new ArrayList<>();
            for (String field : line.split("\t", -1)) row.add(canonical(field));
            rows.add(row);
        }
        return rows;
    }

    static String canonical(String field) {
        if (INTEGER.matcher(field).matches()) return field.equals("-0") ? "0" : field;
        if (!NUMBER.matcher(field).matches()) return field;
        double v = Double.parseDouble(field.replace("inf", "Infinity").replace("nan", "NaN"));
        if (Double.isNaN(v) || Double.isInfinite(v)) return Double.toString(v);
        double rounded = Double.parseDouble(String.format(Locale.ROOT, "%.9e", v));
        if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) return Long.toString((long) rounded);
        return String.format(Locale.ROOT, "%.9e", rounded);
    }

    private static List<String> project(List<String> row, List<Integer> keys) {
        List<String> out = new ArrayList<>(keys.size());
        for (int k : keys) out.add(k < row.size() ? row.get(k) : "");
        return out;
    }
}
