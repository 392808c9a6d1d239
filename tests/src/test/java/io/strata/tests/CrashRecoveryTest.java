package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.tests.BatchLedger.Batch;
import io.strata.tests.BatchLedger.Expect;
import io.strata.tests.BatchLedger.Key;
import io.strata.tests.BatchLedger.Observed;
import io.strata.tests.BatchLedger.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of MergeTree tables in the real server process: rounds of concurrent HTTP inserts
 * into a partitioned MergeTree and a ReplacingMergeTree, with background merges, OPTIMIZE and a
 * DELETE mutation running, each round ended
 * by SIGKILL to the server JVM at a random moment.
 * After every restart on the same data directory: each acknowledged insert is visible exactly
 * once, each other insert wholly or not at all (and stays as first seen), each acknowledged
 * deletion stays applied, the ReplacingMergeTree keeps the newest version per key, and no part
 * was moved aside as broken. At the end, a fixed set of queries answers the same before and after
 * a clean restart.
 *
 * <p>Randomised: the seed (-Dcrash.seed) fixes batch shapes, statements and kill delays; the
 * thread interleaving stays the machine's. Rounds: -Dcrash.rounds (default 20).
 */
@Timeout(value = 900, unit = TimeUnit.SECONDS)
class CrashRecoveryTest {
    private static final int INSERT_THREADS = 4;
    private static final int PARTITIONS = 4;
    /** ReplacingMergeTree keys from here on are the per-thread hot keys; they fall in partition 4. */
    private static final long HOT_KEY = 1L << 62;

    private static final String CREATE_PLAIN = "CREATE TABLE plain (round_no UInt32, thread_no UInt8, seq_no UInt32, row_no UInt32, "
            + "p UInt8, chk UInt64, payload String) ENGINE = MergeTree PARTITION BY p ORDER BY (chk, row_no) "
            + "SETTINGS index_granularity = 32";
    private static final String CREATE_REPLACING = "CREATE TABLE repl (key UInt64, version UInt64, round_no UInt32, thread_no UInt8, "
            + "seq_no UInt32, row_no UInt32) ENGINE = ReplacingMergeTree(version) PARTITION BY intDiv(key, 1000000000000000000) "
            + "ORDER BY key SETTINGS index_granularity = 32";

    /** Per batch: rows, distinct row numbers, their range, partitions, and rows whose derived columns are wrong. */
    private static final String PLAIN_BATCHES = "SELECT round_no, thread_no, seq_no, count(), uniqExact(row_no), min(row_no), "
            + "max(row_no), uniqExact(p), countIf(chk != (round_no * 7919 + thread_no * 104729 + seq_no * 31 + row_no * 131) % 1000003 "
            + "OR payload != concat('b', toString(round_no), '-', toString(thread_no), '-', toString(seq_no), '-', toString(row_no))) "
            + "FROM plain GROUP BY round_no, thread_no, seq_no";
    private static final String REPLACING_BATCHES = "SELECT round_no, thread_no, seq_no, count(), uniqExact(row_no), min(row_no), "
            + "max(row_no), uniqExact(intDiv(key, 1000000000000000000)), "
            + "countIf(key != ((round_no * 16 + thread_no) * 100000 + seq_no) * 1000 + row_no OR version != 0) "
            + "FROM repl WHERE key < " + HOT_KEY + " GROUP BY round_no, thread_no, seq_no";
    private static final String HOT_FINAL = "SELECT key - " + HOT_KEY + ", version, round_no, seq_no, thread_no FROM repl FINAL "
            + "WHERE key >= " + HOT_KEY + " ORDER BY key";
    private static final String HOT_MAX = "SELECT key - " + HOT_KEY + ", max(version) FROM repl WHERE key >= " + HOT_KEY
            + " GROUP BY key ORDER BY key";

    /** Answers that merges do not change: compared before and after the final clean restart. */
    private static final List<String> STABLE_QUERIES = List.of(
            "SELECT count(), sum(chk), sum(row_no), uniqExact(concat(toString(round_no), '-', toString(thread_no), '-', toString(seq_no))) FROM plain",
            "SELECT p, count(), sum(chk), min(payload), max(payload) FROM plain GROUP BY p ORDER BY p",
            "SELECT round_no, thread_no, seq_no, count(), sum(row_no) FROM plain GROUP BY round_no, thread_no, seq_no "
                    + "ORDER BY round_no, thread_no, seq_no",
            "SELECT * FROM plain WHERE chk < 3000 ORDER BY chk, row_no, round_no, thread_no, seq_no",
            "SELECT count(), sum(key), max(round_no) FROM repl WHERE key < " + HOT_KEY,
            "SELECT * FROM repl FINAL WHERE key >= " + HOT_KEY + " ORDER BY key",
            "SELECT count() FROM repl FINAL",
            "SELECT round_no, count(), sum(row_no) FROM repl FINAL GROUP BY round_no ORDER BY round_no");

    @TempDir
    Path dir;

    private final BatchLedger ledger = new BatchLedger();
    /** Anything a client saw while the server was alive that it should not have: non-200 answers, dropped requests. */
    private final Queue<String> clientProblems = new ConcurrentLinkedQueue<>();
    private volatile CountDownLatch firstAck;
    private long seed;
    /** The server of the moment, killed after a failed test. */
    private ServerProcess running;

    @AfterEach
    void killLeftover() throws InterruptedException {
        if (running != null) running.close();
    }

    @Test
    void acknowledgedInsertsSurviveKillNine() throws Exception {
        seed = Long.getLong("crash.seed", new SecureRandom().nextLong());
        int rounds = Integer.getInteger("crash.rounds", 20);
        System.out.println("CrashRecoveryTest seed " + seed + ", " + rounds + " rounds; reproduce with: mvn -o -pl tests test "
                + "-Dtest=CrashRecoveryTest -Dcrash.seed=" + seed);
        long started = System.nanoTime();
        Path data = dir.resolve("data");
        Random random = new Random(seed);

        running = ServerProcess.start(data);
        running.query(CREATE_PLAIN);
        running.query(CREATE_REPLACING);
        for (int round = 1; round <= rounds; round++) {
            int killAfterMillis = random.nextInt(1500);
            long t0 = System.nanoTime();
            runUntilKilled(running, round, killAfterMillis);
            long t1 = System.nanoTime();
            running = restart(data, "after the kill of round " + round);
            long t2 = System.nanoTime();
            verify(running, "after the kill of round " + round + " (" + killAfterMillis + " ms after the first acknowledged insert)");
            System.out.printf("round %d: killed %d ms after the first acknowledged insert; ran %d ms, restarted in %d ms, verified in %d ms;"
                    + " %d inserts so far%n", round, killAfterMillis, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (System.nanoTime() - t2) / 1_000_000, ledger.size());
        }

        List<String> before = new ArrayList<>();
        for (String q : STABLE_QUERIES) before.add(running.query(q));
        running.stop();
        running.close();
        running = restart(data, "after the final clean stop");
        for (int i = 0; i < STABLE_QUERIES.size(); i++) {
            assertEquals(before.get(i), running.query(STABLE_QUERIES.get(i)), "after a clean restart: " + STABLE_QUERIES.get(i) + seedNote());
        }
        verify(running, "after the final clean restart");
        running.stop();
        running.close();
        running = null;
        System.out.printf("CrashRecoveryTest seed %d: %d rounds, %s, %.1f s%n", seed, rounds, ledger.summary(),
                (System.nanoTime() - started) / 1e9);
    }

    /** A start-up failure after a crash is a finding like any other: report it with the seed. */
    private ServerProcess restart(Path data, String when) throws Exception {
        try {
            return ServerProcess.start(data);
        } catch (AssertionError e) {
            throw new AssertionError(when + ": " + e.getMessage() + seedNote(), e);
        }
    }

    private String seedNote() {
        return "\nreproduce with: mvn -o -pl tests test -Dtest=CrashRecoveryTest -Dcrash.seed=" + seed;
    }

    /**
     * Inserters and a maintenance client run until the server is killed {@code killAfterMillis}
     * after the round's first acknowledged insert (counting from the start instead would spend
     * most short rounds on the fresh JVM's first, slow statements).
     */
    private void runUntilKilled(ServerProcess server, int round, int killAfterMillis) throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        firstAck = new CountDownLatch(1);
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < INSERT_THREADS; t++) {
            int thread = t;
            Random r = new Random(seed * 31 + round * 1009L + thread);
            clients.add(Thread.ofPlatform().name("inserter-" + t).start(() -> insertLoop(server, round, thread, r, killed)));
        }
        Random m = new Random(seed * 31 + round * 1009L + 999);
        clients.add(Thread.ofPlatform().name("maintenance").start(() -> maintenanceLoop(server, round, m, killed)));
        if (!firstAck.await(2, TimeUnit.MINUTES)) clientProblems.add("no insert was acknowledged in round " + round);
        Thread.sleep(killAfterMillis);
        killed.set(true);
        server.kill();
        for (Thread t : clients) {
            t.join(TimeUnit.MINUTES.toMillis(2));
            assertTrue(!t.isAlive(), t.getName() + " still runs after the server was killed" + seedNote());
        }
        server.close();
        assertTrue(clientProblems.isEmpty(), "round " + round + ": " + String.join("\n", clientProblems) + "\nserver output:\n"
                + server.output() + seedNote());
    }

    private void insertLoop(ServerProcess server, int round, int thread, Random r, AtomicBoolean killed) {
        for (int seq = 0; ; seq++) {
            boolean replacing = r.nextInt(5) < 2;
            Map<String, String> params = new LinkedHashMap<>();
            Batch batch;
            String body;
            if (replacing) {
                int rows = 1 + r.nextInt(80);
                long version = round * 1_000_000L + seq + 1;
                batch = new Batch(new Key(round, thread, seq), Table.REPLACING, rows, 1, version);
                body = replacingRows(batch);
                params.put("query", "INSERT INTO repl FORMAT TabSeparated");
            } else {
                int rows = 1 + r.nextInt(120);
                boolean spread = r.nextInt(3) == 0;
                int partition = r.nextInt(PARTITIONS);
                batch = new Batch(new Key(round, thread, seq), Table.PLAIN, rows, spread ? Math.min(rows, PARTITIONS) : 1, 0);
                body = plainRows(batch, spread ? -1 : partition);
                params.put("query", "INSERT INTO plain FORMAT TabSeparated");
            }
            // small insert blocks: one insert writes several parts per partition, published as one
            if (r.nextInt(4) == 0) params.put("max_insert_block_size", String.valueOf(5 + r.nextInt(30)));
            ledger.sent(batch);
            try {
                ServerProcess.Response resp = server.post(params, body);
                if (resp.ok()) {
                    ledger.acknowledged(batch);
                    firstAck.countDown();
                }
                else clientProblems.add("insert " + batch.key + " answered HTTP " + resp.status() + ": " + resp.body());
            } catch (IOException e) {
                if (!killed.get()) clientProblems.add("insert " + batch.key + " failed while the server ran: " + e);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String plainRows(Batch b, int partition) {
        StringBuilder sb = new StringBuilder();
        Key k = b.key;
        for (int row = 0; row < b.rows; row++) {
            long chk = ((long) k.round() * 7919 + k.thread() * 104729L + k.seq() * 31L + row * 131L) % 1000003;
            int p = partition >= 0 ? partition : row % PARTITIONS;
            sb.append(k.round()).append('\t').append(k.thread()).append('\t').append(k.seq()).append('\t').append(row).append('\t')
                    .append(p).append('\t').append(chk).append('\t')
                    .append("b").append(k.round()).append('-').append(k.thread()).append('-').append(k.seq()).append('-').append(row)
                    .append('\n');
        }
        return sb.toString();
    }

    /** Unique keys per row (partition 0) plus the thread's hot row (partition 4): every insert writes two partitions. */
    private static String replacingRows(Batch b) {
        StringBuilder sb = new StringBuilder();
        Key k = b.key;
        if (k.seq() >= 100_000 || b.rows > 1000) throw new IllegalStateException("key layout overflow at " + k);
        for (int row = 0; row < b.rows; row++) {
            long key = ((k.round() * 16L + k.thread()) * 100_000L + k.seq()) * 1000L + row;
            sb.append(key).append("\t0\t").append(k.round()).append('\t').append(k.thread()).append('\t').append(k.seq()).append('\t')
                    .append(row).append('\n');
        }
        sb.append(HOT_KEY + k.thread()).append('\t').append(b.version).append('\t').append(k.round()).append('\t').append(k.thread())
                .append('\t').append(k.seq()).append('\t').append(b.rows).append('\n');
        return sb.toString();
    }

    /** OPTIMIZE now and then, and one DELETE of a batch known to be present, while the inserts run. */
    private void maintenanceLoop(ServerProcess server, int round, Random r, AtomicBoolean killed) {
        List<Batch> deletable = ledger.deletable(round);
        Batch victim = !deletable.isEmpty() && r.nextBoolean() ? deletable.get(r.nextInt(deletable.size())) : null;
        int deleteAt = r.nextInt(6);
        try {
            for (int step = 0; ; step++) {
                if (victim != null && step == deleteAt) {
                    delete(server, victim, killed);
                    victim = null;
                }
                String sql = switch (r.nextInt(5)) {
                    case 0 -> "OPTIMIZE TABLE plain";
                    case 1 -> "OPTIMIZE TABLE plain FINAL";
                    case 2 -> "OPTIMIZE TABLE plain PARTITION " + r.nextInt(PARTITIONS);
                    case 3 -> "OPTIMIZE TABLE repl";
                    default -> "OPTIMIZE TABLE repl FINAL";
                };
                ServerProcess.Response resp = server.post(Map.of(), sql);
                if (!resp.ok()) clientProblems.add(sql + " answered HTTP " + resp.status() + ": " + resp.body());
                Thread.sleep(20 + r.nextInt(100));
            }
        } catch (IOException e) {
            if (!killed.get()) clientProblems.add("maintenance request failed while the server ran: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Deletes one whole batch (its rows live in one part at any time, so a mutation shows it all
     * or nothing) and waits for the mutation (mutations_sync = 1): once answered, the rows must
     * stay gone across crashes; without an answer they may vanish at any later time.
     */
    private void delete(ServerProcess server, Batch victim, AtomicBoolean killed) throws IOException, InterruptedException {
        Key k = victim.key;
        String sql = "ALTER TABLE plain DELETE WHERE round_no = " + k.round() + " AND thread_no = " + k.thread() + " AND seq_no = " + k.seq();
        victim.deleteSent = true;
        victim.deletePending = true;
        victim.expect = Expect.EITHER;
        ServerProcess.Response resp;
        try {
            resp = server.post(Map.of("mutations_sync", "1"), sql);
        } catch (IOException e) {
            if (!killed.get()) clientProblems.add(sql + " failed while the server ran: " + e);
            throw e;
        }
        if (resp.ok()) {
            victim.deletePending = false;
            victim.expect = Expect.ABSENT;
        } else {
            clientProblems.add(sql + " answered HTTP " + resp.status() + ": " + resp.body());
        }
    }

    /** Everything a restarted server must show; settles batches of unknown outcome. */
    private void verify(ServerProcess server, String when) throws Exception {
        List<String> problems = new ArrayList<>();
        problems.addAll(ledger.check(Table.PLAIN, batches(server.query(PLAIN_BATCHES))));
        problems.addAll(ledger.check(Table.REPLACING, batches(server.query(REPLACING_BATCHES))));
        Map<Integer, String> finalRows = new HashMap<>();
        for (String line : lines(server.query(HOT_FINAL))) {
            String[] f = line.split("\t");
            finalRows.put(Integer.parseInt(f[0]), f[1] + " " + f[2] + " " + f[3]);
            if (!f[0].equals(f[4])) problems.add("REPLACING: hot row of thread " + f[0] + " carries thread " + f[4]);
        }
        Map<Integer, Long> maxVersions = new HashMap<>();
        for (String line : lines(server.query(HOT_MAX))) {
            String[] f = line.split("\t");
            maxVersions.put(Integer.parseInt(f[0]), Long.parseLong(f[1]));
        }
        problems.addAll(ledger.checkHotRows(finalRows, maxVersions));
        for (String table : List.of("plain", "repl")) {
            Path detached = dir.resolve("data/data/default/" + table + "/detached");
            if (Files.isDirectory(detached)) {
                try (Stream<Path> s = Files.list(detached)) {
                    List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
                    if (!names.isEmpty()) problems.add(table + ": parts moved aside at start-up " + names);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(when + ":\n" + String.join("\n", problems) + "\nserver output:\n" + server.output() + seedNote());
        }
    }

    private static Map<Key, Observed> batches(String tsv) {
        Map<Key, Observed> out = new TreeMap<>(Key.ORDER);
        for (String line : lines(tsv)) {
            String[] f = line.split("\t");
            Key k = new Key(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]));
            out.put(k, new Observed(Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]),
                    Long.parseLong(f[7]), Long.parseLong(f[8])));
        }
        return out;
    }

    private static List<String> lines(String tsv) {
        return tsv.isEmpty() ? List.of() : List.of(tsv.split("\n"));
    }
}
