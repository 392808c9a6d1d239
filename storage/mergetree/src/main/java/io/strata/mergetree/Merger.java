package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.table.ChunkSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Merges parts of one partition into one: a k-way merge of the parts (read in full, in block
 * order) through the family's rule, written as a new part at level max+1 covering their block
 * range, published in place of the sources. A merge that leaves no rows still writes an empty
 * part, so that the sources stay covered across a restart.
 */
final class Merger {
    private Merger() {
    }

    /** Progress of a running merge (system.merges). */
    static final class Progress {
        final long started = System.currentTimeMillis();
        final long totalRows;
        volatile long rowsRead;
        volatile long rowsWritten;

        Progress(long totalRows) {
            this.totalRows = totalRows;
        }
    }

    static DataPart merge(MergeTreeTable table, List<DataPart> parts, Progress progress) {
        return merge(table, parts, progress, false);
    }

    /** As above; {@code deduplicate} (OPTIMIZE ... DEDUPLICATE) also drops rows equal in every column. */
    static DataPart merge(MergeTreeTable table, List<DataPart> parts, Progress progress, boolean deduplicate) {
        AlterConversions conversions = table.conversions();
        MergeTreeSchema schema = conversions.schema();
        List<DataPart> sorted = new ArrayList<>(parts);
        sorted.sort(java.util.Comparator.comparing(DataPart::info));
        PartInfo first = sorted.get(0).info();
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE, mutation = 0;
        int level = 0;
        for (DataPart p : sorted) {
            min = Math.min(min, p.info().minBlock());
            max = Math.max(max, p.info().maxBlock());
            level = Math.max(level, p.info().level());
            mutation = Math.max(mutation, p.info().mutation());
        }
        PartInfo info = new PartInfo(first.partitionId(), min, max, level + 1, mutation);
        int blockSize = (int) Math.max(1, schema.settings().get("merge_max_block_size"));
        ChunkSource merged = mergedStream(conversions, sorted, blockSize, false);
        // rows whose TTL has passed are dropped by every merge
        ChunkSource ttlApplied = schema.rowTtl() == null ? merged : schema.rowTtl().dropExpired(merged, System.currentTimeMillis() / 1000);
        ChunkSource stream = deduplicate ? new DeduplicatingStream(ttlApplied, schema) : ttlApplied;
        Path tmp = table.temporaryDirectory("merge");
        CompressBlockSizes blocks = CompressBlockSizes.of(schema.settings());
        PartWriter writer = new PartWriter(tmp, schema, schema.header(), outputType(schema, sorted), blocks.min(), blocks.max());
        boolean ok = false;
        try (stream; writer) {
            Chunk c;
            while ((c = stream.next()) != null) {
                if (table.isClosed()) throw new io.strata.core.error.DbException(io.strata.core.error.ErrorCode.ABORTED, "Merge cancelled: table is shut down");
                writer.write(c);
                if (progress != null) progress.rowsWritten += c.rowCount();
            }
            Column[] partitionValue = sorted.get(0).partitionValue();
            writer.finish(partitionValue, java.util.Map.of());
            ok = true;
        } finally {
            if (!ok) PartDirectories.deleteRecursively(tmp);
        }
        return table.commitReplacement(sorted, tmp, info);
    }

    /**
     * Wide or compact for the merged part, decided before writing as ClickHouse does: from the
     * sources' uncompressed column bytes and rows summed (rows a merge drops are not foreseen).
     */
    static PartType outputType(MergeTreeSchema schema, List<DataPart> sources) {
        long bytes = 0, rows = 0;
        for (DataPart p : sources) {
            bytes += p.uncompressedBytes();
            rows += p.rows();
        }
        return PartType.choose(schema.settings(), bytes, rows);
    }

    /**
     * The rows of {@code parts} merged in key order with the family's rule applied (all stored
     * columns, table order). {@code finalSelect} applies the rules SELECT ... FINAL adds.
     */
    static ChunkSource mergedStream(AlterConversions conversions, List<DataPart> parts, int blockSize, boolean finalSelect) {
        MergeTreeSchema schema = conversions.schema();
        List<ChunkSource> sources = new ArrayList<>();
        for (DataPart p : parts) {
            if (p.granules() == 0) continue;
            sources.add(conversions.fullReader(p));
        }
        int keyCount = schema.mergeKeySize();
        Function<Chunk, Column[]> keyOf = schema::mergeKeyColumns;
        ChunkSource merged = new MergingSortedStream(sources, keyOf, keyCount, blockSize);
        if (schema.mode() == MergeMode.ORDINARY || keyCount == 0) return merged;
        return new FamilyMerge(merged, schema, finalSelect, blockSize);
    }
}
