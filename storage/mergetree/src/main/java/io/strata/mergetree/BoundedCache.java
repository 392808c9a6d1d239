package io.strata.mergetree;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * A least-recently-used map bounded by the bytes its values hold (each value's weight is given
 * when it is put), shared by all queries of the server: the mark cache and the uncompressed block
 * cache. Values must be immutable, since any number of readers use them at once.
 *
 * <p>One lock guards the map: a get or put holds it for a hash lookup and a few pointer moves,
 * while loading a missing value (reading and decompressing a block) happens outside it, so two
 * readers missing the same key at once may both load it (the second put wins, harmlessly).
 */
final class BoundedCache<K, V> {
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<K, Weighted<V>> map = new LinkedHashMap<>(256, 0.75f, true);
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private long capacity;
    private long bytes;

    private record Weighted<V>(V value, long weight) {
    }

    BoundedCache(long capacity) {
        this.capacity = Math.max(0, capacity);
    }

    /** The cached value, or null (counted as a miss). */
    V get(K key) {
        lock.lock();
        try {
            Weighted<V> w = map.get(key);
            if (w == null) {
                misses.increment();
                return null;
            }
            hits.increment();
            return w.value;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Caches {@code value} as weighing {@code weight} bytes, evicting the least recently used
     * entries beyond the capacity. A value heavier than the whole capacity is not cached.
     */
    void put(K key, V value, long weight) {
        lock.lock();
        try {
            if (weight > capacity) return;
            Weighted<V> old = map.put(key, new Weighted<>(value, weight));
            if (old != null) bytes -= old.weight;
            bytes += weight;
            evict();
        } finally {
            lock.unlock();
        }
    }

    /** Drops every entry whose key matches (the files of removed parts). */
    void removeIf(Predicate<K> doomed) {
        lock.lock();
        try {
            for (Iterator<Map.Entry<K, Weighted<V>>> it = map.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<K, Weighted<V>> e = it.next();
                if (doomed.test(e.getKey())) {
                    bytes -= e.getValue().weight;
                    it.remove();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Changes the bound; shrinking evicts at once. 0 turns the cache off. */
    void setCapacity(long capacity) {
        lock.lock();
        try {
            this.capacity = Math.max(0, capacity);
            evict();
        } finally {
            lock.unlock();
        }
    }

    private void evict() {
        if (bytes <= capacity) return;
        for (Iterator<Weighted<V>> it = map.values().iterator(); bytes > capacity && it.hasNext(); ) {
            bytes -= it.next().weight;
            it.remove();
        }
    }

    long capacity() {
        lock.lock();
        try {
            return capacity;
        } finally {
            lock.unlock();
        }
    }

    long bytes() {
        lock.lock();
        try {
            return bytes;
        } finally {
            lock.unlock();
        }
    }

    int entries() {
        lock.lock();
        try {
            return map.size();
        } finally {
            lock.unlock();
        }
    }

    long hits() {
        return hits.sum();
    }

    long misses() {
        return misses.sum();
    }
}
