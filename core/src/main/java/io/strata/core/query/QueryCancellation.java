package io.strata.core.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A protocol's way to stop its query at any moment, also before the runner has returned a
 * {@link QueryExecution} (an INSERT ... SELECT or a long DDL does all its work inside
 * {@link QueryRunner#execute}). The protocol creates one per query and puts it in the
 * {@link QueryRequest}; the runner listens to it for as long as the query runs. Thread-safe:
 * {@link #cancel()} is typically called from a network thread.
 */
public final class QueryCancellation {
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean requested;

    /** Asks the query to stop (idempotent): every listener runs once, on the calling thread. */
    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (requested) return;
            requested = true;
            toRun = List.copyOf(listeners);
            listeners.clear();
        }
        for (Runnable r : toRun) r.run();
    }

    public synchronized boolean isRequested() {
        return requested;
    }

    /** Runs {@code listener} when cancellation is requested; at once when it already was. */
    public void onCancel(Runnable listener) {
        synchronized (this) {
            if (!requested) {
                listeners.add(listener);
                return;
            }
        }
        listener.run();
    }
}
