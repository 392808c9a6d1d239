package io.strata.core.table;

/**
 * A directory in a table's {@code detached/} folder, as system.detached_parts shows it. When the
 * directory name parses as {@code [reason_]partition_min_max_level[_mutation]}, {@code validName}
 * is true and the reason, partition id, block range and level are filled; otherwise they are
 * meaningless and shown as NULL.
 */
public record DetachedPart(String name, String path, long bytesOnDisk, boolean validName, String reason,
                           String partitionId, long minBlock, long maxBlock, int level) {
}
