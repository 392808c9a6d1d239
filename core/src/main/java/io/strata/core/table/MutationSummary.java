package io.strata.core.table;

/** A mutation of a table as system.mutations shows it. */
public record MutationSummary(String mutationId, String command, long createTimeMillis, long blockNumber,
                              long partsToDo, boolean isDone, String latestFailedPart, long latestFailTimeMillis,
                              String latestFailReason) {
}
