package io.strata.perf.dashboard;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The load generator of the dashboard benchmark (issue 4): a closed loop of keep-alive HTTP
 * connections, each sending the next query of a fixed sequence as soon as the previous answer is
 * read, for a warm-up and then a measured interval at each of several connection counts.
 *
 * <pre>
 * java DashboardLoad.java run --port P --queries FILE [--connections 1,16,128] [--duration 30]
 *                             [--warmup 5] [--label NAME] [--host 127.0.0.1] [--path /?database=default]
 *                             [--server-pid PID]
 *     one TSV line per connection count on stdout: label, connections, seconds, requests, qps,
 *     p50/p90/p99/max latency in ms, errors, reconnects, the server's CPU milliseconds per
 *     answer over the measured interval (with --server-pid, from /proc; else -), first error
 * java DashboardLoad.java check --port P --queries FILE [--first N] [--out FILE]
 *     runs the first N distinct queries once each on one connection and writes every answer
 *     after a "-- query" line, for comparing two servers with diff
 * </pre>
 *
 * The query file holds one query per line. Connection i of n starts at line i * lines / n and walks
 * the file cyclically, so every server sees the same mix in the same order whatever its speed.
 * A request counts in the measured interval when its answer arrives inside it; queries per second
 * are those answers over the interval. Latency is from the first byte written to the last byte of
 * the answer read. Uses only the JDK, so it runs as a source-file program without a build.
 */
public final class DashboardLoad {
    private DashboardLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) usage("a command is required");
        String command = args[0];
        String host = "127.0.0.1";
        int port = -1;
        Path queries = null;
        int[] connections = {1, 16, 128};
        double duration = 30;
        double warmup = 5;
        String label = "server";
        String path = "/?database=default";
        int first = 20;
        Path out = null;
        long serverPid = -1;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--host" -> host = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Path.of(args[++i]);
                case "--connections" -> connections = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--duration" -> duration = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--label" -> label = args[++i];
                case "--path" -> path = args[++i];
                case "--first" -> first = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--server-pid" -> serverPid = Long.parseLong(args[++i]);
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (port <= 0) usage("--port is required");
        if (queries == null) usage("--queries FILE is required");
        List<byte[]> sequence = new ArrayList<>();
        for (String line : Files.readAllLines(queries, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) sequence.add(line.getBytes(StandardCharsets.UTF_8));
        }
        if (sequence.isEmpty()) usage(queries + " holds no query");
        InetSocketAddress address = new InetSocketAddress(host, port);
        switch (command) {
            case "run" -> {
                System.out.println("label\tconnections\tseconds\trequests\tqps\tp50_ms\tp90_ms\tp99_ms\tmax_ms\terrors\treconnects\tcpu_ms_per_query\tfirst_error");
                for (int n : connections) {
                    LevelResult r = runLevel(address, path, sequence, n, warmup, duration, serverPid);
                    System.out.println(r.line(label));
                    System.out.flush();
                }
            }
            case "check" -> check(address, path, sequence, first, out);
            default -> usage("unknown command " + command);
        }
    }

    private static void usage(String problem) {
        System.err.println("DashboardLoad: " + problem);
        System.err.println("usage: DashboardLoad run --port P --queries FILE [--connections 1,16,128] [--duration S] [--warmup S]"
                + " [--label NAME] [--host H] [--path P]");
        System.err.println("       DashboardLoad check --port P --queries FILE [--first N] [--out FILE]");
        System.exit(2);
    }

    // ---------------------------------------------------------------------------------------

    private static void check(InetSocketAddress address, String path, List<byte[]> sequence, int first, Path out)
            throws IOException {
        List<String> seen = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        try (KeepAliveConnection c = new KeepAliveConnection(address, path)) {
            for (byte[] q : sequence) {
                String sql = new String(q, StandardCharsets.UTF_8);
                if (seen.contains(sql)) continue;
                if (seen.size() == first) break;
                seen.add(sql);
                KeepAliveConnection.Response r = c.execute(q, true);
                text.append("-- ").append(sql).append('\n');
                if (r.status() != 200) text.append("HTTP ").append(r.status()).append('\n');
                text.append(new String(r.body(), StandardCharsets.UTF_8));
            }
        }
        if (out == null) {
            System.out.print(text);
        } else {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        }
    }

    /** One connection count's outcome. */
    private record LevelResult(int connections, double seconds, long[] latencies, long errors, long reconnects,
                               double cpuSeconds, String firstError) {
        String line(String label) {
            long n = latencies.length;
            return String.join("\t", label, String.valueOf(connections), String.format("%.1f", seconds), String.valueOf(n),
                    String.format("%.1f", n / seconds), ms(percentile(0.50)), ms(percentile(0.90)), ms(percentile(0.99)),
                    ms(n == 0 ? -1 : latencies[latencies.length - 1]), String.valueOf(errors), String.valueOf(reconnects),
                    cpuSeconds < 0 || n == 0 ? "-" : String.format("%.3f", cpuSeconds * 1000 / n),
                    firstError == null ? "" : firstError);
        }

        /** The nearest-rank percentile of the sorted latencies, or -1 when there are none. */
        private long percentile(double p) {
            if (latencies.length == 0) return -1;
            int rank = (int) Math.ceil(p * latencies.length);
            return latencies[Math.max(0, Math.min(latencies.length - 1, rank - 1))];
        }

        private static String ms(long nanos) {
            return nanos < 0 ? "-" : String.format("%.2f", nanos / 1e6);
        }
    }

    private static LevelResult runLevel(InetSocketAddress address, String path, List<byte[]> sequence, int connections,
                                        double warmupSeconds, double durationSeconds, long serverPid)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long measureUntil = measureFrom + (long) (durationSeconds * 1e9);
        AtomicLong errors = new AtomicLong();
        AtomicLong reconnects = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        Worker[] workers = new Worker[connections];
        Thread[] threads = new Thread[connections];
        for (int i = 0; i < connections; i++) {
            int offset = (int) ((long) i * sequence.size() / connections);
            workers[i] = new Worker(address, path, sequence, offset, measureFrom, measureUntil, errors, reconnects, firstError);
            threads[i] = Thread.ofPlatform().name("load-" + i).daemon().start(workers[i]);
        }
        // the server's CPU time over the measured interval (the workers' clock, not theirs to set)
        double cpuSeconds = -1;
        if (serverPid > 0) {
            sleepUntil(measureFrom);
            double before = cpuSeconds(serverPid);
            sleepUntil(measureUntil);
            double after = cpuSeconds(serverPid);
            if (before >= 0 && after >= 0) cpuSeconds = after - before;
        }
        for (Thread t : threads) t.join();
        int total = 0;
        for (Worker w : workers) total += w.count;
        long[] all = new long[total];
        int at = 0;
        for (Worker w : workers) {
            System.arraycopy(w.latencies, 0, all, at, w.count);
            at += w.count;
        }
        Arrays.sort(all);
        return new LevelResult(connections, durationSeconds, all, errors.get(), reconnects.get(), cpuSeconds, firstError.get());
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }

    /**
     * User + system CPU seconds of a process so far, from /proc/PID/stat (fields 14 and 15 in
     * clock ticks, counted after the parenthesised command name); -1 when unreadable.
     */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the name: state is field 3, so utime (14) and stime (15) are at 11 and 12 here
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** USER_HZ: 100 on every Linux the benchmark runs on (getconf CLK_TCK). */
    private static final double CLOCK_TICKS = 100.0;

    /** One connection's closed loop. Latencies of answers inside the measured interval are kept. */
    private static final class Worker implements Runnable {
        private final InetSocketAddress address;
        private final String path;
        private final List<byte[]> sequence;
        private final long measureFrom;
        private final long measureUntil;
        private final AtomicLong errors;
        private final AtomicLong reconnects;
        private final AtomicReference<String> firstError;
        private int next;
        long[] latencies = new long[1024];
        int count;

        Worker(InetSocketAddress address, String path, List<byte[]> sequence, int offset, long measureFrom,
               long measureUntil, AtomicLong errors, AtomicLong reconnects, AtomicReference<String> firstError) {
            this.address = address;
            this.path = path;
            this.sequence = sequence;
            this.next = offset;
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
            this.errors = errors;
            this.reconnects = reconnects;
            this.firstError = firstError;
        }

        @Override
        public void run() {
            KeepAliveConnection connection = new KeepAliveConnection(address, path);
            try {
                while (true) {
                    long begin = System.nanoTime();
                    if (begin >= measureUntil) break;
                    byte[] query = sequence.get(next);
                    next = (next + 1) % sequence.size();
                    String error = null;
                    try {
                        KeepAliveConnection.Response r = connection.execute(query, false);
                        if (r.status() != 200) {
                            error = "HTTP " + r.status() + ": " + new String(r.body(), StandardCharsets.UTF_8);
                        }
                    } catch (IOException | RuntimeException e) {
                        error = e.toString();
                        connection.close();
                    }
                    long end = System.nanoTime();
                    boolean measured = end >= measureFrom && end < measureUntil;
                    if (error != null) {
                        if (measured) errors.incrementAndGet();
                        firstError.compareAndSet(null, error.replaceAll("\\s+", " ").strip());
                        if (connection.reconnects() > 1000) break; // the server is gone: stop hammering
                        continue;
                    }
                    if (measured) {
                        if (count == latencies.length) latencies = Arrays.copyOf(latencies, count * 2);
                        latencies[count++] = end - begin;
                    }
                }
            } finally {
                reconnects.addAndGet(connection.reconnects());
                connection.close();
            }
        }
    }
}
