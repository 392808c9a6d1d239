package io.strata.client;

/**
 * How a statement ended, for the prompt's summary line.
 *
 * @param rows          result rows received, or rows sent by an INSERT (clickhouse-client's "rows in set")
 * @param wroteRows     whether any result rows were shown (if not, the prompt says "Ok.")
 * @param cancelled     the statement was cancelled (Ctrl-C) and its end drained
 * @param stats         the server's progress counters at the end
 */
public record StatementResult(long rows, boolean wroteRows, boolean cancelled, QueryStats stats) {
}
