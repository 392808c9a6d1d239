package io.strata.core.table;

import java.util.List;

/**
 * A data part of a table as system.parts and system.parts_columns show it. {@code partition}
 * is the partition key value as ClickHouse prints it ({@code tuple()} without a key).
 */
public record PartSummary(String partition, String partitionId, String name, boolean active, long rows, long bytesOnDisk,
                          long compressedBytes, long uncompressedBytes, long marks, long marksBytes, long minBlock,
                          long maxBlock, int level, long dataVersion, long modificationTimeMillis, String partType,
                          String path, List<ColumnSummary> columns) {

    public PartSummary {
        columns = List.copyOf(columns);
    }

    /** One column of a part (system.parts_columns). */
    public record ColumnSummary(String name, String type, int position, long compressedBytes, long uncompressedBytes,
                                long marksBytes) {
    }
}
