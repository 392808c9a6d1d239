package io.strata.server.query;

/**
 * The server's budget of query worker threads (ClickHouse's concurrent_threads_soft_limit): a
 * query takes up to max_threads slots when it starts and gives them back when it ends; once the
 * budget is spent, a new query still gets one slot, so it runs on its own thread alone. Many
 * concurrent queries therefore share the cores instead of each starting max_threads workers of
 * its own: 128 dashboard queries on 2 cores run as 128 single-threaded pipelines (plus a few
 * parallel ones), not as 256 worker threads fighting over the CPU caches.
 */
final class CpuSlots {
    private int total;
    private int used;

    CpuSlots(int total) {
        this.total = Math.max(1, total);
    }

    synchronized void resize(int total) {
        this.total = Math.max(1, total);
    }

    /** Takes between 1 and {@code wanted} slots, as many as are free; returns how many. */
    synchronized int acquire(int wanted) {
        int granted = Math.max(1, Math.min(wanted, total - used));
        used += granted;
        return granted;
    }

    synchronized void release(int slots) {
        used -= slots;
    }

    synchronized int used() {
        return used;
    }

    synchronized int total() {
        return total;
    }
}
