package io.strata.http;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * HTTP sessions: {@code session_id} names a {@link QuerySession} (SET settings, current database,
 * temporary tables) that later requests of the same user reuse, as in ClickHouse.
 *
 * <ul>
 *   <li>A session is keyed by user and id, so two users never share one.</li>
 *   <li>One request at a time: a second request while the session is in use fails with
 *       SESSION_IS_LOCKED instead of waiting, as ClickHouse does.</li>
 *   <li>A session expires {@code session_timeout} seconds (default 60, at most the server's
 *       maximum) after its last request ended; a reaper checks once a second and closes expired
 *       sessions, which drops their temporary tables. The timeout is fixed when the session is
 *       created, as in ClickHouse.</li>
 *   <li>A request without {@code session_id} gets a session of its own that ends with it.</li>
 * </ul>
 */
final class HttpSessions implements AutoCloseable {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long defaultTimeoutSeconds;
    private final long maxTimeoutSeconds;
    private final LongSupplier nanoClock;
    private final Map<Key, Entry> sessions = new HashMap<>(); // guarded by this
    private final boolean reap;
    private ScheduledExecutorService reaper;                  // started with the first named session
    private boolean closed;

    private record Key(String user, String id) {
    }

    private static final class Entry {
        final Key key;
        final QuerySession session;
        final long timeoutNanos;
        boolean inUse;
        long expiresAt;

        Entry(Key key, QuerySession session, long timeoutNanos) {
            this.key = key;
            this.session = session;
            this.timeoutNanos = timeoutNanos;
        }
    }

    HttpSessions(long defaultTimeoutSeconds, long maxTimeoutSeconds) {
        this(defaultTimeoutSeconds, maxTimeoutSeconds, System::nanoTime, true);
    }

    /** With {@code reap=false} nothing expires by itself: tests call {@link #closeExpired()} with their clock. */
    HttpSessions(long defaultTimeoutSeconds, long maxTimeoutSeconds, LongSupplier nanoClock, boolean reap) {
        this.defaultTimeoutSeconds = defaultTimeoutSeconds;
        this.maxTimeoutSeconds = maxTimeoutSeconds;
        this.nanoClock = nanoClock;
        this.reap = reap;
    }

    /**
     * The session {@code id} of {@code user}, created unless {@code check} (then SESSION_NOT_FOUND),
     * and locked for one request until the lease is released.
     *
     * @param timeout the {@code session_timeout} parameter as given, or null for the default
     */
    Lease acquire(String user, String id, String timeout, boolean check) {
        long timeoutSeconds = parseTimeout(timeout);
        Key key = new Key(user, id);
        synchronized (this) {
            if (closed) throw new DbException(ErrorCode.ABORTED, "The server is shutting down");
            Entry e = sessions.get(key);
            if (e == null) {
                if (check) throw new DbException(ErrorCode.SESSION_NOT_FOUND, "Session " + id + " not found");
                e = new Entry(key, new QuerySession(user, "default", Settings.DEFAULTS), timeoutSeconds * NANOS_PER_SECOND);
                sessions.put(key, e);
                startReaper();
            } else if (e.inUse) {
                throw new DbException(ErrorCode.SESSION_IS_LOCKED, "Session " + id + " is locked by a concurrent client");
            }
            e.inUse = true;
            return new Lease(e.session, e);
        }
    }

    /** A session for one request without {@code session_id}: it ends when the lease is released. */
    Lease ephemeral(String user) {
        return new Lease(new QuerySession(user, "default", Settings.DEFAULTS), null);
    }

    /** Named sessions currently kept (in use or waiting to expire). */
    synchronized int size() {
        return sessions.size();
    }

    /** Closes the sessions whose timeout has run out since their last request; returns how many. */
    int closeExpired() {
        List<QuerySession> expired = new ArrayList<>();
        long now = nanoClock.getAsLong();
        synchronized (this) {
            for (Iterator<Entry> it = sessions.values().iterator(); it.hasNext(); ) {
                Entry e = it.next();
                if (!e.inUse && now - e.expiresAt >= 0) {
                    it.remove();
                    expired.add(e.session);
                }
            }
        }
        expired.forEach(HttpSessions::closeQuietly);
        return expired.size();
    }

    private long parseTimeout(String value) {
        if (value == null) return defaultTimeoutSeconds;
        long seconds;
        // an unsigned decimal and nothing else, as ClickHouse reads it
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new DbException(ErrorCode.INVALID_SESSION_TIMEOUT, "Invalid session timeout: '" + value + "'");
        }
        seconds = Long.parseLong(value);
        if (seconds > maxTimeoutSeconds) {
            throw new DbException(ErrorCode.INVALID_SESSION_TIMEOUT, "Session timeout '" + value
                    + "' is larger than max_session_timeout: " + maxTimeoutSeconds
                    + ". Maximum session timeout could be modified in configuration file.");
        }
        return seconds;
    }

    private void startReaper() {
        if (!reap || reaper != null) return;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "http-session-reaper");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                closeExpired();
            } catch (Throwable ignored) {
                // a session that fails to close must not stop the reaper for the others
            }
        }, 1, 1, TimeUnit.SECONDS);
        reaper = executor;
    }

    /** Ends every session (server shutdown): their temporary tables are dropped. */
    @Override
    public void close() {
        List<QuerySession> all = new ArrayList<>();
        ScheduledExecutorService r;
        synchronized (this) {
            closed = true;
            for (Entry e : sessions.values()) all.add(e.session);
            sessions.clear();
            r = reaper;
        }
        if (r != null) r.shutdownNow();
        all.forEach(HttpSessions::closeQuietly);
    }

    private static void closeQuietly(QuerySession s) {
        try {
            s.close();
        } catch (RuntimeException ignored) {
            // ending a session is best effort; its tables are temporary anyway
        }
    }

    /** One request's hold on a session; {@link #release} exactly once (later calls do nothing). */
    final class Lease {
        private final QuerySession session;
        private final Entry entry; // null: a session of this request only
        private boolean released;

        private Lease(QuerySession session, Entry entry) {
            this.session = session;
            this.entry = entry;
        }

        QuerySession session() {
            return session;
        }

        /** Whether this is a named session that outlives the request. */
        boolean named() {
            return entry != null;
        }

        /** Ends the request's use: a named session starts its timeout (or ends with {@code close}). */
        void release(boolean close) {
            if (released) return;
            released = true;
            if (entry == null) {
                closeQuietly(session);
                return;
            }
            boolean end;
            synchronized (HttpSessions.this) {
                entry.inUse = false;
                entry.expiresAt = nanoClock.getAsLong() + entry.timeoutNanos;
                end = close || closed;
                if (end) sessions.remove(entry.key, entry);
            }
            if (end) closeQuietly(session);
        }
    }
}
