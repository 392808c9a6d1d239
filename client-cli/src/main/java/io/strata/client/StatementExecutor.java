package io.strata.client;

import java.io.OutputStream;

/**
 * Runs statements for the client's prompt and scripts, writing results rendered in an output
 * format. {@code strata client} runs them on a server over the native protocol
 * ({@link NativeStatementExecutor}); {@code strata local} plugs in an in-process engine. The
 * prompt and the script runner do not care which.
 */
public interface StatementExecutor {

    /**
     * Runs {@code sql} and writes its result to {@code out}.
     *
     * @param format   output format when the statement has no FORMAT clause
     * @param progress told about the statement's progress while it runs
     * @throws StatementException when the statement fails (its text is what the client prints)
     */
    StatementResult execute(String sql, String format, OutputStream out, ProgressListener progress) throws StatementException;

    /** Runs {@code sql} without progress reports; returns the rows of its result (or sent by an INSERT). */
    default long execute(String sql, String format, OutputStream out) throws StatementException {
        return execute(sql, format, out, ProgressListener.NONE).rows();
    }

    /**
     * Asks the running statement to stop; called from another thread (Ctrl-C). Returns false when
     * nothing runs or it cannot be cancelled; {@link #execute} then returns with
     * {@link StatementResult#cancelled()}.
     */
    default boolean cancel() {
        return false;
    }
}
