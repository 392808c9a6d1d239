package io.strata.core.query;

import io.strata.core.settings.Settings;

/**
 * State that lives across the queries of one session: current database and SET settings.
 * Protocols own sessions (an HTTP session_id, a native connection, a `strata local` run);
 * the query runner reads and updates them (USE, SET). Thread-safe.
 */
public final class QuerySession {
    private volatile String database;
    private volatile Settings settings;
    private final String user;
    private volatile Object temporaryTables; // owned by the runner (opaque here)

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
    public Object runnerState() { return temporaryTables; }
    public void setRunnerState(Object state) { this.temporaryTables = state; }
}
