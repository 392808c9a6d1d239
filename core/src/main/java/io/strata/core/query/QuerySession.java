package io.strata.core.query;

import io.strata.core.settings.Settings;

/**
 * State that lives across the queries of one session: current database, SET settings and the
 * runner's per-session objects (temporary tables). Protocols own sessions (an HTTP
 * {@code session_id}, a native connection, a {@code strata local} run) and end them with
 * {@link #close()}; the query runner reads and updates them (USE, SET, CREATE TEMPORARY TABLE).
 * Thread-safe, though protocols run one query of a session at a time, as ClickHouse does.
 */
public final class QuerySession implements AutoCloseable {
    private volatile String database;
    private volatile Settings settings;
    private final String user;
    private volatile Object runnerState; // owned by the runner (opaque here): temporary tables

    public QuerySession(String user, String database, Settings settings) {
        this.user = user;
        this.database = database;
        this.settings = settings;
    }

    public String user() { return user; }
    public String database() { return database; }
    public void setDatabase(String database) { this.database = database; }
    public Settings settings() { return settings; }
    public void setSettings(Settings settings) { this.settings = settings; }

    /** Runner-owned state (temporary tables); opaque to protocols. */
    public Object runnerState() { return runnerState; }
    public void setRunnerState(Object state) { this.runnerState = state; }

    /**
     * Ends the session: the runner's state is released (temporary tables are dropped) when it is
     * AutoCloseable. Idempotent; a failure to release is reported as an unchecked exception after
     * the state has been detached, so a later close does not retry it.
     */
    @Override
    public void close() {
        Object state;
        synchronized (this) {
            state = runnerState;
            runnerState = null;
        }
        if (state instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("Cannot close the session's state", e);
            }
        }
    }
}
