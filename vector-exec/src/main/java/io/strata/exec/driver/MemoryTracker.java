package io.strata.exec.driver;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-query memory accounting for the big consumers (hash tables, sort buffers, materialized
 * results). Exceeding max_memory_usage gives MEMORY_LIMIT_EXCEEDED instead of an OutOfMemoryError.
 */
public final class MemoryTracker {
    private final long limit; // 0 = unlimited
    private final AtomicLong used = new AtomicLong();
    private final AtomicLong peak = new AtomicLong();

    public MemoryTracker(long limit) {
        this.limit = limit;
    }

    public void allocate(long bytes) {
        long now = used.addAndGet(bytes);
        if (limit > 0 && now > limit) {
            used.addAndGet(-bytes);
            throw new DbException(ErrorCode.MEMORY_LIMIT_EXCEEDED, String.format(
                    "Memory limit (for query) exceeded: would use %s (attempt to allocate chunk of %d bytes), maximum: %s",
                    readable(now), bytes, readable(limit)));
        }
        peak.accumulateAndGet(now, Math::max);
    }

    public void free(long bytes) {
        used.addAndGet(-bytes);
    }

    public long used() { return used.get(); }
    public long peak() { return peak.get(); }
    public long limit() { return limit; }

    static String readable(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format("%.2f %s", v, units[u]);
    }
}
