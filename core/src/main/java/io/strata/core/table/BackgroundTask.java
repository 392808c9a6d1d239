package io.strata.core.table;

/**
 * A merge or mutation running in the background, as system.merges shows it.
 */
public record BackgroundTask(String resultPartName, java.util.List<String> sourcePartNames, long elapsedMillis,
                             double progress, long rowsRead, long rowsWritten, long totalSizeBytesCompressed,
                             boolean isMutation, String partitionId) {
    public BackgroundTask {
        sourcePartNames = java.util.List.copyOf(sourcePartNames);
    }
}
