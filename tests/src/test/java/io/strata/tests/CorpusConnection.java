package io.strata.tests;

import java.io.ByteArrayOutputStream;
import java.util.Map;

/**
 * Where the SQL corpus runs a file's statements: the engine in this JVM, or a server process over
 * HTTP or the native protocol. One connection serves one file; the session state a file builds
 * (SET, USE) lives as long as the connection.
 */
interface CorpusConnection extends AutoCloseable {

    /**
     * Runs one statement and appends what a client prints for it (TabSeparated unless the
     * statement names a FORMAT; nothing for DDL, INSERT, SET). {@code settings} are per-query
     * changes on top of the session's, as a client sends them with the query.
     *
     * @throws Failure when the statement failed, with ClickHouse's error name
     */
    void execute(String sql, Map<String, String> settings, ByteArrayOutputStream output) throws Failure;

    @Override
    void close();

    /** A statement's error as the client saw it: the code's name (UNKNOWN_TABLE) and the message. */
    final class Failure extends Exception {
        private final String codeName;

        Failure(String codeName, String message, Throwable cause) {
            super(message, cause);
            this.codeName = codeName;
        }

        String codeName() {
            return codeName;
        }
    }
}
