package io.strata.client;

import java.io.OutputStream;

/**
 * Runs one statement for the interactive client and writes its result, already rendered in the
 * requested output format, to {@code out}. The client talks to a server over HTTP today, to the
 * native protocol later, and `strata local` plugs in an in-process engine; the REPL does not care.
 */
public interface StatementExecutor {

    /**
     * Runs {@code sql}; returns the number of result rows, or -1 when unknown.
     *
     * @param format output format when the statement has no FORMAT clause
     * @throws StatementException when the statement fails (its text is ClickHouse's error line)
     */
    long execute(String sql, String format, OutputStream out) throws StatementException;
}
