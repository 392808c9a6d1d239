package io.strata.server.query;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.query.QuerySession;
import io.strata.sql.analyzer.TableHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The temporary tables of one session ({@code CREATE TEMPORARY TABLE}), kept as the session's
 * runner state: visible to that session only, found before the current database's tables for a
 * name written without a database, and dropped when the session ends (an HTTP session expiring or
 * closed, a request without session, a native connection closing).
 */
final class SessionTables implements AutoCloseable {
    /** The database name temporary tables report, as ClickHouse's catalog keeps them. */
    static final String DATABASE = "_temporary_and_external_tables";

    private final Map<String, TableHandle> tables = new TreeMap<>();
    private boolean closed;

    /** The session's temporary tables, created on first use. */
    static SessionTables of(QuerySession session) {
        synchronized (session) {
            if (session.runnerState() instanceof SessionTables t) return t;
            SessionTables t = new SessionTables();
            session.setRunnerState(t);
            return t;
        }
    }

    /** The temporary table {@code name} of the session, or null. */
    static TableHandle find(QuerySession session, String name) {
        return session.runnerState() instanceof SessionTables t ? t.get(name) : null;
    }

    synchronized TableHandle get(String name) {
        return tables.get(name);
    }

    synchronized boolean contains(String name) {
        return tables.containsKey(name);
    }

    /** Adds a table; TABLE_ALREADY_EXISTS when the name is taken. */
    synchronized void add(TableHandle table) {
        if (closed) throw new DbException(ErrorCode.ABORTED, "The session has ended");
        String name = table.definition().name();
        if (tables.containsKey(name)) {
            throw new DbException(ErrorCode.TABLE_ALREADY_EXISTS, "Temporary table " + name + " already exists");
        }
        tables.put(name, table);
    }

    /** Drops a table; returns false when there is none of that name. */
    boolean drop(String name) {
        TableHandle t;
        synchronized (this) {
            t = tables.remove(name);
        }
        if (t == null) return false;
        dropEngine(t);
        return true;
    }

    synchronized List<String> names() {
        return new ArrayList<>(tables.keySet());
    }

    /** Drops every table: the session has ended. */
    @Override
    public void close() {
        List<TableHandle> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(tables.values());
            tables.clear();
        }
        for (TableHandle t : all) dropEngine(t);
    }

    private static void dropEngine(TableHandle t) {
        try {
            t.engine().drop();
        } finally {
            t.engine().close();
        }
    }
}
