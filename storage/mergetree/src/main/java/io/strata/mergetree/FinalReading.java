package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.ReadRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SELECT ... FINAL: the merged view of a table's parts, computed while reading. Parts of one
 * partition never share keys with another partition, so each partition is merged on its own
 * through the family's rule, one morsel per partition (partitions are read in parallel).
 */
final class FinalReading {
    private FinalReading() {
    }

    static List<ChunkSource> read(MergeTreeTable table, List<DataPart> parts, Header columns, ReadRequest request) {
        AlterConversions conversions = table.conversions();
        MergeTreeSchema schema = conversions.schema();
        ReadPlanner planner = new ReadPlanner(schema, request, table.services());
        Map<String, List<DataPart>> byPartition = new LinkedHashMap<>();
        for (DataPart p : parts) {
            if (p.granules() == 0 || !planner.partitionMayMatch(p)) continue;
            byPartition.computeIfAbsent(p.info().partitionId(), k -> new ArrayList<>()).add(p);
        }
        int[] projection = new int[columns.size()];
        for (int i = 0; i < projection.length; i++) projection[i] = schema.header().indexOf(columns.name(i));
        int blockSize = (int) Math.max(1024, Math.min(65536, request.settings().maxBlockSize()));
        List<ChunkSource> out = new ArrayList<>();
        for (List<DataPart> group : byPartition.values()) {
            // the merged stream opens its parts on the first next(), after the table's read snapshot is
            // released: hold them from now on, so that a merge finishing meanwhile cannot delete their files
            for (DataPart p : group) p.acquire();
            out.add(new ChunkSource() {
                private ChunkSource merged;
                private boolean released;

                @Override
                public Chunk next() {
                    if (merged == null) merged = Merger.mergedStream(conversions, group, blockSize, true);
                    Chunk c = merged.next();
                    if (c == null) return null;
                    Column[] cols = new Column[projection.length];
                    for (int i = 0; i < cols.length; i++) cols[i] = c.column(projection[i]);
                    return new Chunk(cols, c.rowCount());
                }

                @Override
                public long estimatedRows() {
                    long n = 0;
                    for (DataPart p : group) n += p.rows();
                    return n;
                }

                @Override
                public void close() {
                    try {
                        if (merged != null) merged.close();
                    } finally {
                        if (!released) {
                            released = true;
                            for (DataPart p : group) p.release();
                        }
                    }
                }
            });
        }
        return out;
    }
}
