package io.strata.perf.dashboard;

import io.strata.core.block.Chunk;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryRequest;
import io.strata.core.query.QueryRunner;
import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.server.Engine;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The dashboard benchmark's queries run in process, on one thread, against a data directory (no
 * server must be using it): the CPU time and the heap allocated per query, by the thread's own
 * counters, which a machine shared with other work disturbs far less than wall-clock latency.
 * A tool for comparing two builds of the read path; perf/dashboard-bench.sh measures the server.
 *
 * <pre>
 * java -cp perf/target/classes:server/target/strata.jar io.strata.perf.dashboard.InProcessQueries \
 *     DATA_DIR QUERY_FILE [SECONDS [WARMUP_SECONDS [setting=value...]]]
 * </pre>
 */
public final class InProcessQueries {
    private InProcessQueries() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: InProcessQueries DATA_DIR QUERY_FILE [SECONDS [WARMUP_SECONDS [setting=value...]]]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        List<String> queries = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 20;
        double warmup = args.length > 3 ? Double.parseDouble(args[3]) : 20;
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        for (int i = 4; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            settings.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (Engine engine = Engine.open(data)) {
            QueryRunner runner = engine.runner();
            int next = run(runner, queries, 0, warmup, settings, threads, null);
            long[] totals = new long[3];
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long process0 = os.getProcessCpuTime();
            run(runner, queries, next, seconds, settings, threads, totals);
            long process = os.getProcessCpuTime() - process0;
            // thread: this thread only (a query handing work to pool threads hides it there);
            // process: every thread, with JIT compilation and GC
            System.out.printf("queries %d  thread_cpu_us/q %.1f  process_cpu_us/q %.1f  alloc_kb/q %.1f  wall_us/q %.1f%n",
                    totals[0], totals[1] / 1e3 / totals[0], process / 1e3 / totals[0], totals[2] / 1024.0 / totals[0],
                    seconds * 1e6 / totals[0]);
        }
    }

    /** Runs the queries in turn from {@code first} for {@code seconds}; adds count, CPU ns, bytes to totals. */
    private static int run(QueryRunner runner, List<String> queries, int first, double seconds, Map<String, String> settings,
                           com.sun.management.ThreadMXBean threads, long[] totals) {
        long id = Thread.currentThread().threadId();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int next = first;
        long count = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long bytes0 = threads.getThreadAllocatedBytes(id);
        while (System.nanoTime() < end) {
            String sql = queries.get(next);
            next = (next + 1) % queries.size();
            QuerySession session = new QuerySession("default", "default", Settings.DEFAULTS);
            try (QueryExecution e = runner.execute(new QueryRequest(sql, session, settings, Map.of(), null, null))) {
                Chunk c;
                while ((c = e.next()) != null) {
                    if (c.rowCount() < 0) throw new IllegalStateException();
                }
            }
            count++;
        }
        if (totals != null) {
            totals[0] += count;
            totals[1] += threads.getCurrentThreadCpuTime() - cpu0;
            totals[2] += threads.getThreadAllocatedBytes(id) - bytes0;
        }
        return next;
    }
}
