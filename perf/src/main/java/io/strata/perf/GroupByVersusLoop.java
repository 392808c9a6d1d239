package io.strata.perf;

import io.strata.core.block.Chunk;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryRequest;
import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.server.Engine;
import java.util.Arrays;
import java.util.Map;

/**
 * The foundation's speed check: {@code SELECT number % 10 AS k, count(), sum(number) FROM
 * numbers(N) GROUP BY k ORDER BY k} through the whole engine, against a tight hand-written Java
 * loop computing the same 10 rows, measured in one JVM after 5 warm-up runs of each. Prints median times and the ratio.
 * Run: {@code java --add-modules jdk.incubator.vector -cp <classpath> io.strata.perf.GroupByVersusLoop [N]}.
 */
public final class GroupByVersusLoop {
    private GroupByVersusLoop() {
    }

    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 100_000_000L;
        int runs = 7;
        int warmup = 5; // JIT-compile both sides before measuring
        try (Engine engine = Engine.open(null)) {
            String sql = "SELECT number % 10 AS k, count(), sum(number) FROM numbers(" + n + ") GROUP BY k ORDER BY k";
            double[] engineTimes = new double[runs];
            double[] loopTimes = new double[runs];
            long check = 0;
            for (int r = -warmup; r < runs; r++) {
                long t0 = System.nanoTime();
                QuerySession session = new QuerySession("default", "default", Settings.DEFAULTS);
                try (QueryExecution x = engine.runner().execute(new QueryRequest(sql, session, Map.of(), Map.of(), null, null))) {
                    Chunk c;
                    while ((c = x.next()) != null) check += c.rowCount();
                }
                if (r >= 0) engineTimes[r] = (System.nanoTime() - t0) / 1e9;

                t0 = System.nanoTime();
                long[] counts = new long[10];
                long[] sums = new long[10];
                for (long v = 0; v < n; v++) {
                    int k = (int) (v % 10);
                    counts[k]++;
                    sums[k] += v;
                }
                if (r >= 0) loopTimes[r] = (System.nanoTime() - t0) / 1e9;
                check += counts[3] + sums[7];
            }
            Arrays.sort(engineTimes);
            Arrays.sort(loopTimes);
            double e = engineTimes[runs / 2], l = loopTimes[runs / 2];
            System.out.printf("rows=%d threads=%d engine=%.3fs loop(1 thread)=%.3fs ratio engine/loop=%.2f (check %d)%n",
                    n, Runtime.getRuntime().availableProcessors(), e, l, e / l, check);
        }
    }
}
