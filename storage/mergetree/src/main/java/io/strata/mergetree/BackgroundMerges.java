package io.strata.mergetree;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The background pool shared by all MergeTree tables: after each insert (and every few seconds)
 * a table gets one merge task, which merges while the selector finds work and then removes
 * outdated parts. A table never runs two merges at once (its merge lock), which keeps merges
 * and OPTIMIZE from picking the same parts.
 */
final class BackgroundMerges {
    private static final System.Logger LOG = System.getLogger("io.strata.mergetree");
    private static final ScheduledExecutorService POOL = Executors.newScheduledThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "strata-merges");
                t.setDaemon(true);
                t.setPriority(Thread.NORM_PRIORITY - 1);
                return t;
            });
    private static final Map<MergeTreeTable, Boolean> SCHEDULED = new ConcurrentHashMap<>();
    private static final Map<MergeTreeTable, Boolean> KNOWN = new ConcurrentHashMap<>();

    static {
        POOL.scheduleWithFixedDelay(() -> {
            for (MergeTreeTable t : KNOWN.keySet()) onInsert(t);
        }, 5, 5, TimeUnit.SECONDS);
    }

    private BackgroundMerges() {
    }

    static void onInsert(MergeTreeTable table) {
        if (table.isClosed()) return;
        KNOWN.put(table, Boolean.TRUE);
        if (SCHEDULED.putIfAbsent(table, Boolean.TRUE) != null) return;
        POOL.execute(() -> {
            try {
                SCHEDULED.remove(table);
                while (!table.isClosed() && table.mergeOnce()) {
                    // keep merging while there is work
                }
                table.removeOutdated();
            } catch (Throwable t) {
                if (table.isClosed()) return; // closed (dropped, engine shut down) while merging: nothing lost
                LOG.log(System.Logger.Level.WARNING, "Background merge failed for table " + table.schema().definition().database()
                        + "." + table.schema().definition().name() + ": " + t);
            }
        });
    }

    static void forget(MergeTreeTable table) {
        KNOWN.remove(table);
        SCHEDULED.remove(table);
    }
}
