package io.strata.tests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The corpus's verification modes (DESIGN.md §6): each SELECT that succeeds is run again with
 * settings that must not change its result, and the outputs must be equal.
 * <ul>
 * <li>{@code tiny-blocks}: table reads return one row per block (max_block_size = 1), so every
 * operator sees its input cut as finely as possible (aggregation states merged row by row, sort
 * and top-N fed single rows, filters that pass nothing in most blocks...);</li>
 * <li>{@code no-optimizer}: the planner's and the storage's rewrites are off — count() from part
 * metadata, sum(x + k) as sum(x) + k * count(), PREWHERE, primary key, partition and skip-index pruning, reading in key order for a
 * top-N, limits pushed into reads — so every query also runs the plain way.</li>
 * </ul>
 */
final class VerificationModes {
    private VerificationModes() {
    }

    /** A mode: its name (in failure messages) and the per-query settings that make it. */
    record Mode(String name, Map<String, String> settings, boolean blockDependentAllowed) {
    }

    /**
     * One-row blocks, on one thread: every operator meets block boundaries everywhere, while
     * aggregates whose value follows the order rows arrive in (groupArray, any, anyLast...) still
     * see them in order, as over ClickHouse's single-stream sources. With several threads, one-row
     * morsels reach the thread-local states in any order and groupArray(number) of numbers(5) came
     * out [4,0,1,2,3] now and then: valid for ClickHouse too, but not the reference.
     */
    static final Mode TINY_BLOCKS = new Mode("tiny-blocks", ordered("max_block_size", "1", "max_threads", "1"), false);

    static final Mode NO_OPTIMIZER = new Mode("no-optimizer", ordered(
            "query_plan_enable_optimizations", "0",
            "optimize_read_in_order", "0",
            "optimize_trivial_count_query", "0",
            "optimize_arithmetic_operations_in_aggregate_functions", "0",
            "optimize_group_by_function_keys", "0",
            "optimize_move_to_prewhere", "0",
            "use_primary_key", "0",
            "use_partition_pruning", "0",
            "use_skip_indexes", "0"), true);

    static final List<Mode> ALL = List.of(TINY_BLOCKS, NO_OPTIMIZER);

    /**
     * Functions whose value depends on how rows are cut into blocks, by their definition in
     * ClickHouse (they work within one block, or approximate in a way that depends on block order): a statement using one is not rerun with tiny blocks.
     */
    private static final Pattern BLOCK_DEPENDENT = Pattern.compile(
            "(?i)\\b(blockSize|blockNumber|rowNumberInBlock|runningDifference|runningDifferenceStartingWithFirstValue"
                    + "|runningAccumulate|neighbor|rowNumberInAllBlocks|runningConcurrency"
                    // t-digest's centroids and topK's ties depend on the order partial states meet (approximate by design in ClickHouse);
                    // anyHeavy's majority vote too when no value is a majority
                    + "|quantiles?TDigest\\w*|medianTDigest\\w*|topK\\w*|anyHeavy\\w*)\\s*\\(");

    private static final Pattern SELECT = Pattern.compile("(?is)^\\s*(\\(\\s*)*(SELECT|WITH)\\b.*");

    /** Whether the statement is a query whose result the modes can compare (a SELECT, not INTO OUTFILE). */
    static boolean isSelect(String sqlWithoutComments) {
        return SELECT.matcher(sqlWithoutComments).matches()
                && !sqlWithoutComments.toUpperCase(Locale.ROOT).contains("INTO OUTFILE");
    }

    /** Statements that show settings: the modes' own settings would show through. */
    private static final Pattern READS_SETTINGS = Pattern.compile("(?i)\\bgetSetting\\s*\\(|\\bsystem\\s*\\.\\s*settings\\b");

    /** Whether the statement is rerun in {@code mode}. */
    static boolean applies(Mode mode, String sqlWithoutComments) {
        if (READS_SETTINGS.matcher(sqlWithoutComments).find()) return false;
        return mode.blockDependentAllowed() || !BLOCK_DEPENDENT.matcher(sqlWithoutComments).find();
    }

    private static final Pattern FLOAT = Pattern.compile("-?\\d+\\.\\d+(?:e[-+]?\\d+)?|-?\\d+e[-+]?\\d+");

    /** Relative difference allowed between two printed floats: a few units in the last place of a double. */
    private static final double FLOAT_TOLERANCE = 1e-13;

    /**
     * Whether a rerun printed the same as the normal run, floats allowed to differ in their last
     * bits: floating-point aggregates (var*, stddev*, covar*, corr, avg of many values) round
     * differently when their partial states merge in another order, as in ClickHouse. Everything
     * but the digits of floats, integers included, must be identical.
     */
    static boolean samePrinted(String normal, String rerun) {
        if (normal.equals(rerun)) return true;
        java.util.regex.Matcher a = FLOAT.matcher(normal), b = FLOAT.matcher(rerun);
        int ia = 0, ib = 0;
        while (true) {
            boolean fa = a.find(), fb = b.find();
            if (fa != fb) return false;
            if (!fa) return normal.substring(ia).equals(rerun.substring(ib));
            if (!normal.substring(ia, a.start()).equals(rerun.substring(ib, b.start()))) return false;
            double x = Double.parseDouble(a.group()), y = Double.parseDouble(b.group());
            if (Math.abs(x - y) > FLOAT_TOLERANCE * Math.max(Math.abs(x), Math.abs(y))) return false;
            ia = a.end();
            ib = b.end();
        }
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }
}
