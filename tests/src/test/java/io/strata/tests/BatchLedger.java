package io.strata.tests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the crash test inserted and what a restarted server must show. Each insert (a batch) is
 * named by (round, thread, seq), which every one of its rows carries, and its rows are all
 * visible or none. An acknowledged batch is visible exactly once; a batch whose answer never came
 * may be either, but once a restart has shown which, it stays so: a later crash must neither
 * bring it back nor lose it. A batch deleted by an acknowledged mutation stays gone.
 */
final class BatchLedger {
    enum Table { PLAIN, REPLACING }

    /** What a restarted server must show of a batch. */
    enum Expect { PRESENT, ABSENT, EITHER }

    record Key(int round, int thread, int seq) {
        static final Comparator<Key> ORDER = Comparator.comparingInt(Key::round).thenComparingInt(Key::thread)
                .thenComparingInt(Key::seq);

        @Override
        public String toString() {
            return "(round " + round + ", thread " + thread + ", seq " + seq + ")";
        }
    }

    /** One batch's rows as a server shows them, grouped by the batch key. */
    record Observed(long count, long distinctRows, long minRow, long maxRow, long partitions, long badRows) {
    }

    static final class Batch {
        final Key key;
        final Table table;
        final int rows;
        /** Distinct partitions its rows fall in (of the rows checked per batch). */
        final int partitions;
        /** ReplacingMergeTree batches: the version of the thread's hot row this batch carries. */
        final long version;
        volatile Expect expect = Expect.EITHER;
        volatile boolean acknowledged;
        /** A DELETE naming this batch got no answer: it may still be applied at any later time. */
        volatile boolean deletePending;
        volatile boolean deleteSent;

        Batch(Key key, Table table, int rows, int partitions, long version) {
            this.key = key;
            this.table = table;
            this.rows = rows;
            this.partitions = partitions;
            this.version = version;
        }
    }

    private final Map<Key, Batch> batches = new ConcurrentHashMap<>();

    /** Records a batch before its request goes out: from then on it may be on the server. */
    void sent(Batch b) {
        if (batches.putIfAbsent(b.key, b) != null) throw new IllegalStateException("batch sent twice: " + b.key);
    }

    void acknowledged(Batch b) {
        b.acknowledged = true;
        b.expect = Expect.PRESENT;
    }

    /** For the summary: batches, acknowledged ones, and unacknowledged ones a restart showed committed. */
    String summary() {
        long acked = batches.values().stream().filter(b -> b.acknowledged).count();
        long committed = batches.values().stream().filter(b -> !b.acknowledged && b.expect == Expect.PRESENT).count();
        return batches.size() + " inserts sent, " + acked + " acknowledged, " + committed + " committed without an answer, "
                + count(Expect.ABSENT) + " absent, " + count(Expect.EITHER) + " undecided";
    }

    int size() {
        return batches.size();
    }

    long count(Expect e) {
        return batches.values().stream().filter(b -> b.expect == e).count();
    }

    /** Plain-table batches of earlier rounds known to be present in one partition, not yet named by a DELETE. */
    List<Batch> deletable(int beforeRound) {
        List<Batch> out = new ArrayList<>();
        for (Batch b : batches.values()) {
            if (b.table == Table.PLAIN && b.key.round() < beforeRound && b.expect == Expect.PRESENT && b.partitions == 1
                    && !b.deleteSent) {
                out.add(b);
            }
        }
        out.sort(Comparator.comparing(b -> b.key, Key.ORDER));
        return out;
    }

    /**
     * Compares what a restarted server shows of {@code table} with the ledger, returns the
     * violations, and settles batches of unknown outcome to what was seen.
     */
    List<String> check(Table table, Map<Key, Observed> seen) {
        List<String> problems = new ArrayList<>();
        for (Key k : seen.keySet()) {
            Batch b = batches.get(k);
            if (b == null || b.table != table) problems.add(table + ": rows of a batch never sent " + k);
        }
        for (Batch b : sorted(table)) {
            Observed o = seen.get(b.key);
            if (o != null && !whole(b, o)) {
                problems.add(table + ": batch " + b.key + " of " + b.rows + " rows in " + b.partitions
                        + " partitions is not visible exactly once (expected " + b.expect + "): " + o);
                continue;
            }
            switch (b.expect) {
                case PRESENT -> {
                    if (o == null) problems.add(table + ": acknowledged batch " + b.key + " of " + b.rows + " rows is lost");
                }
                case ABSENT -> {
                    if (o != null) problems.add(table + ": batch " + b.key + " is visible again after it was seen gone or deleted");
                }
                case EITHER -> {
                    if (o == null) b.expect = Expect.ABSENT;
                    else if (!b.deletePending) b.expect = Expect.PRESENT;
                }
            }
        }
        return problems;
    }

    private static boolean whole(Batch b, Observed o) {
        return o.count() == b.rows && o.distinctRows() == b.rows && o.minRow() == 0 && o.maxRow() == b.rows - 1
                && o.partitions() == b.partitions && o.badRows() == 0;
    }

    /**
     * The ReplacingMergeTree check: each thread's hot row (one key per thread, replaced by every
     * batch of that thread) must carry the highest version among the thread's visible batches,
     * both after FINAL and as max(version) over the unmerged rows. Call after {@link #check}
     * settled the batches. {@code finalRows} maps thread to "version round seq" after FINAL,
     * {@code maxVersions} thread to max(version) without FINAL.
     */
    List<String> checkHotRows(Map<Integer, String> finalRows, Map<Integer, Long> maxVersions) {
        Map<Integer, Batch> newest = new TreeMap<>();
        for (Batch b : sorted(Table.REPLACING)) {
            if (b.expect != Expect.PRESENT) continue;
            newest.merge(b.key.thread(), b, (x, y) -> x.version >= y.version ? x : y);
        }
        List<String> problems = new ArrayList<>();
        Map<Integer, String> expectedFinal = new TreeMap<>();
        Map<Integer, Long> expectedMax = new TreeMap<>();
        for (Map.Entry<Integer, Batch> e : newest.entrySet()) {
            Batch b = e.getValue();
            expectedFinal.put(e.getKey(), b.version + " " + b.key.round() + " " + b.key.seq());
            expectedMax.put(e.getKey(), b.version);
        }
        if (!expectedFinal.equals(new TreeMap<>(finalRows))) {
            problems.add("REPLACING: hot rows after FINAL (thread=version round seq) " + new TreeMap<>(finalRows)
                    + ", expected " + expectedFinal);
        }
        if (!expectedMax.equals(new TreeMap<>(maxVersions))) {
            problems.add("REPLACING: max(version) of hot rows per thread " + new TreeMap<>(maxVersions) + ", expected " + expectedMax);
        }
        return problems;
    }

    private List<Batch> sorted(Table table) {
        List<Batch> out = new ArrayList<>();
        for (Batch b : batches.values()) {
            if (b.table == table) out.add(b);
        }
        out.sort(Comparator.comparing(b -> b.key, Key.ORDER));
        return out;
    }
}
