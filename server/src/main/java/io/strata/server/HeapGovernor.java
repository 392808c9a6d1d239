package io.strata.server;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * A soft limit on the old generation for the throughput collectors (ParallelGC, SerialGC), which
 * have none of their own: they grow the old generation up to the maximum heap before they collect
 * it, so garbage promoted by earlier queries (the arrays a large GROUP BY resized away, finished
 * queries' blocks) makes the server resident at its maximum heap after a few large queries, though
 * what is live is a fraction of that.
 *
 * <p>After each young collection the governor reads the old generation's occupancy; past the soft
 * limit it asks for a full collection (on its own thread, never on a query's), which compacts the
 * old generation so later promotions reuse the pages already resident instead of touching new ones.
 * The limit then follows what the full collection found live: at least the configured floor, and
 * a quarter as much again as the live data, so a query whose working set is larger than the floor
 * runs with a few full collections rather than one after every young collection. (Measured on
 * ClickBench's 43 queries at 10 M rows, one server, best of three: peak resident 6.3 GB without
 * the governor, 4.2 GB with a 1.5 GB floor and half the live data as margin, 3.6 GB with a 1 GB
 * floor and a quarter, and the queries as fast or faster: the full collections of a compacted old
 * generation take 30-200 ms, fewer pages are touched for the first time.) The hard limit stays
 * the JVM's maximum heap: a query that needs more than the soft limit still gets it.
 *
 * <p>G1, ZGC and Shenandoah size their heaps themselves; the governor does nothing under them.
 */
public final class HeapGovernor {
    private final String oldGenName;
    private final long floor;
    /** The soft limit on the old generation, in bytes. */
    private volatile long limit;
    private final AtomicBoolean collecting = new AtomicBoolean();
    private final AtomicLong fullCollections = new AtomicLong();

    private HeapGovernor(MemoryPoolMXBean oldGen, long floor) {
        this.oldGenName = oldGen.getName();
        this.floor = floor;
        this.limit = floor;
    }

    /**
     * Starts a governor with soft limit {@code floorBytes} on the old generation when the JVM runs a
     * collector without one (returns null otherwise, or when {@code floorBytes <= 0}).
     */
    public static HeapGovernor start(long floorBytes) {
        if (floorBytes <= 0) return null;
        MemoryPoolMXBean old = null;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            String name = pool.getName();
            if (name.equals("PS Old Gen") || name.equals("Tenured Gen")) old = pool;
        }
        if (old == null) return null;
        HeapGovernor governor = new HeapGovernor(old, floorBytes);
        NotificationListener listener = (notification, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) return;
            governor.collected(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()));
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) emitter.addNotificationListener(listener, null, null);
        }
        return governor;
    }

    /**
     * The default floor: a sixth of the maximum heap, at least 512 MB; 0 (off) when the maximum heap
     * is under 3 GB, small enough that the collector's own limit serves.
     */
    public static long defaultFloor() {
        long max = Runtime.getRuntime().maxMemory();
        if (max == Long.MAX_VALUE || max < 3L << 30) return 0;
        return Math.max(512L << 20, max / 6);
    }

    /** Full collections the governor asked for. */
    public long fullCollections() {
        return fullCollections.get();
    }

    private void collected(GarbageCollectionNotificationInfo info) {
        MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(oldGenName);
        if (after == null) return;
        long used = after.getUsed();
        if (info.getGcAction().toLowerCase(Locale.ROOT).contains("major")) {
            // what a full collection leaves is live: the next one is due when a quarter as much again was promoted
            limit = Math.max(floor, used + used / 4);
            return;
        }
        if (used > limit && collecting.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("strata-heap-governor").start(() -> {
                try {
                    fullCollections.incrementAndGet();
                    System.gc();
                } finally {
                    collecting.set(false);
                }
            });
        }
    }
}
