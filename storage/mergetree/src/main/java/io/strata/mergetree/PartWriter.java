package io.strata.mergetree;

import io.strata.compression.Codec;
import io.strata.compression.Codecs;
import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.binary.NativeSerialization;
import io.strata.exec.operator.Columns;
import io.strata.exec.operator.RowComparator;
import io.strata.exec.operator.RowComparators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes one part into a directory: rows arrive already sorted by the sorting key, in chunks of
 * any size; they are cut into granules of {@code index_granularity} rows (fewer when rows are
 * large: adaptive by {@code index_granularity_bytes}). Each granule's columns go to the part's
 * {@link PartDataWriter} in Native layout (wide: a {@code .bin} + {@code .mrk} per column; compact:
 * one {@code data.bin} + {@code data.mrk3}), and the sorting key's first row goes to the primary
 * index. {@link #finish} adds the metadata files, checksums.txt last, and fsyncs everything; the
 * caller then publishes the directory by an atomic rename.
 */
final class PartWriter implements AutoCloseable {
    private final Path dir;
    private final MergeTreeSchema schema;
    private final Header columns;
    private final int granularity;
    private final long granularityBytes;
    private final PartType type;
    private final PartDataWriter data;
    private final int[] keyColumnIndex;
    private final int[] minmaxIndex;
    private final List<Column[]> indexRows = new ArrayList<>();
    private final Column[] minmax; // per minmax column: 2 rows (min, max) or null before the first row
    private final SkipIndexWriter skipIndexes;
    /** Per column of the table: where {@code columns} has it (-1: not written). */
    private final int[] storedPosition;
    /** Per column of the table that no built skip index reads, a one-row default standing in for it; null for the others. */
    private final Column[] unreadBySkipIndexes;
    private int[] granuleRows = new int[16];
    private int granules;
    private long rows;
    private Chunk pending; // rows of an unfinished granule carried into the next write
    private int pendingTarget;
    private Chunk lastRow;
    private boolean finished;
    private long ttlMin = Long.MAX_VALUE;
    private long ttlMax = Long.MIN_VALUE;

    /**
     * A writer of a part of {@code type} holding {@code columns} (the table's stored columns, in
     * table order, plus the lightweight-delete mask when a mutation keeps one). Block sizes of 0
     * take the compression defaults.
     */
    PartWriter(Path dir, MergeTreeSchema schema, Header columns, PartType type, int minCompressBlock, int maxCompressBlock) {
        this.dir = dir;
        this.schema = schema;
        this.columns = columns;
        this.type = type;
        this.granularity = schema.settings().indexGranularity();
        this.granularityBytes = schema.settings().indexGranularityBytes();
        try {
            Files.createDirectories(dir);
            Codec[] codecs = new Codec[columns.size()];
            for (int i = 0; i < codecs.length; i++) {
                int table = schema.header().indexOf(columns.name(i));
                codecs[i] = table >= 0 ? schema.codec(table) : Codecs.defaultCodec();
            }
            data = PartDataWriter.create(type, dir, columns, codecs, minCompressBlock, maxCompressBlock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create part directory " + dir, e);
        }
        keyColumnIndex = new int[schema.primaryKeySize()];
        minmaxIndex = new int[schema.minmaxColumns().size()];
        for (int i = 0; i < minmaxIndex.length; i++) minmaxIndex[i] = columns.indexOf(schema.minmaxColumns().get(i));
        minmax = new Column[minmaxIndex.length];
        skipIndexes = new SkipIndexWriter(schema.skipIndexes());
        Header table = schema.header();
        storedPosition = new int[table.size()];
        unreadBySkipIndexes = new Column[table.size()];
        boolean[] read = new boolean[table.size()];
        for (SkipIndex index : schema.skipIndexes()) {
            if (!index.kind().isBuilt()) continue;
            for (String c : index.requiredColumns(table)) read[table.indexOf(c)] = true;
        }
        for (int i = 0; i < storedPosition.length; i++) {
            storedPosition[i] = columns.indexOf(table.name(i));
            if (!read[i]) unreadBySkipIndexes[i] = table.type(i).defaultColumn(1);
        }
    }

    /** Appends rows (stored columns in {@code columns} order, sorted after every row written before). */
    void write(Chunk chunk) {
        int n = chunk.rowCount();
        if (n == 0) return;
        updateMinmax(chunk);
        updateTtl(chunk);
        int offset = 0;
        if (pending != null) {
            int need = pendingTarget - pending.rowCount();
            int take = Math.min(need, n);
            pending = Columns.concat(List.of(pending, chunk.slice(0, take)));
            offset = take;
            if (pending.rowCount() == pendingTarget) {
                writeGranule(pending, 0, pending.rowCount());
                pending = null;
            }
        }
        int perGranule = granuleRowsFor(chunk);
        while (offset < n) {
            int len = Math.min(perGranule, n - offset);
            if (len < perGranule) {
                pending = chunk.slice(offset, len);
                pendingTarget = perGranule;
                break;
            }
            writeGranule(chunk, offset, len);
            offset += len;
        }
        lastRow = chunk.slice(n - 1, 1);
    }

    /** Rows per granule for rows like these: index_granularity, fewer for wide rows. */
    private int granuleRowsFor(Chunk chunk) {
        if (granularityBytes <= 0) return granularity;
        long bytes = Math.max(1, chunk.byteSize() / Math.max(1, chunk.rowCount()));
        long rowsForBytes = Math.max(1, granularityBytes / bytes);
        return (int) Math.min(granularity, rowsForBytes);
    }

    private void writeGranule(Chunk chunk, int from, int len) {
        Column[] key = new Column[keyColumnIndex.length];
        if (key.length > 0) {
            Column[] all = schema.sortingKeyColumns(tableOrder(chunk.slice(from, 1)));
            System.arraycopy(all, 0, key, 0, key.length);
        }
        indexRows.add(key);
        try {
            data.writeGranule(chunk, from, len);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write part " + dir, e);
        }
        if (!skipIndexes.isEmpty()) skipIndexes.addGranule(skipIndexInput(chunk, from, len));
        if (granules == granuleRows.length) granuleRows = Arrays.copyOf(granuleRows, granules * 2);
        granuleRows[granules++] = len;
        rows += len;
    }

    /**
     * Rows [from, from + len) of {@code chunk} in the table's column order for the skip indexes:
     * the columns they read, sliced; every other column a constant they never read (slicing all of
     * a wide row's columns, strings included, for indexes on a few of them was a quarter of what an
     * insert of ClickBench's rows allocated).
     */
    private Chunk skipIndexInput(Chunk chunk, int from, int len) {
        Header table = schema.header();
        Column[] cols = new Column[table.size()];
        for (int i = 0; i < cols.length; i++) {
            int p = storedPosition[i];
            if (unreadBySkipIndexes[i] != null) cols[i] = new ConstColumn(unreadBySkipIndexes[i], len);
            else cols[i] = p >= 0 ? chunk.column(p).slice(from, len) : table.type(i).defaultColumn(len);
        }
        return new Chunk(cols, len);
    }

    /** A chunk in the table's stored-column order (key expressions are compiled against it). */
    private Chunk tableOrder(Chunk c) {
        Header h = schema.header();
        if (h.names().equals(columns.names())) return c;
        Column[] cols = new Column[h.size()];
        for (int i = 0; i < cols.length; i++) {
            int p = storedPosition[i];
            cols[i] = p >= 0 ? c.column(p) : h.type(i).defaultColumn(c.rowCount());
        }
        return new Chunk(cols, c.rowCount());
    }

    private void updateMinmax(Chunk chunk) {
        for (int m = 0; m < minmaxIndex.length; m++) {
            Column c = chunk.column(minmaxIndex[m]);
            RowComparator cmp = RowComparators.create(c, c, 1);
            int lo = 0, hi = 0;
            for (int r = 1; r < chunk.rowCount(); r++) {
                if (cmp.compare(r, lo) < 0) lo = r;
                if (cmp.compare(r, hi) > 0) hi = r;
            }
            Column candidate = Columns.concatColumns(List.of(c.slice(lo, 1), c.slice(hi, 1)));
            if (minmax[m] == null) {
                minmax[m] = candidate;
            } else {
                Column both = Columns.concatColumns(List.of(minmax[m], candidate));
                RowComparator bc = RowComparators.create(both, both, 1);
                int min = bc.compare(2, 0) < 0 ? 2 : 0;
                int max = bc.compare(3, 1) > 0 ? 3 : 1;
                minmax[m] = both.take(new int[] {min, max}, 2);
            }
        }
    }

    /** Tracks the earliest and latest row TTL for ttl.txt. */
    private void updateTtl(Chunk chunk) {
        RowTtl ttl = schema.rowTtl();
        if (ttl == null) return;
        for (long t : ttl.seconds(tableOrder(chunk))) {
            if (t == 0) continue;
            ttlMin = Math.min(ttlMin, t);
            ttlMax = Math.max(ttlMax, t);
        }
    }

    long rows() {
        return rows;
    }

    PartType type() {
        return type;
    }

    /**
     * Completes the part: flushes column streams, writes the primary index, partition value,
     * min/max index, columns, count and format files, then checksums.txt; fsyncs all and the
     * directory. {@code partitionValue} holds one row per partition key element.
     */
    void finish(Column[] partitionValue, Map<String, String> commitMetadata) {
        if (pending != null) {
            writeGranule(pending, 0, pending.rowCount());
            pending = null;
        }
        Checksums checksums = new Checksums();
        try {
            data.finish(checksums);
            writeIndex(checksums);
            skipIndexes.finish(dir, checksums);
            if (partitionValue.length > 0) writeValues(PartFiles.PARTITION, schema.partitionHeader().types(), partitionValue, checksums);
            for (int m = 0; m < minmaxIndex.length; m++) {
                if (minmax[m] == null) continue;
                writeValues(PartFiles.minmaxFile(schema.minmaxColumns().get(m)), List.of(columns.type(minmaxIndex[m])),
                        new Column[] {minmax[m]}, checksums);
            }
            StringBuilder cols = new StringBuilder("columns format version: 1\n").append(columns.size()).append(" columns:\n");
            for (int i = 0; i < columns.size(); i++) {
                cols.append('`').append(columns.name(i).replace("\\", "\\\\").replace("`", "\\`")).append("` ")
                        .append(columns.type(i).name()).append('\n');
            }
            writeSmall(PartFiles.COLUMNS, cols.toString(), checksums);
            writeSmall(PartFiles.COUNT, Long.toString(rows), checksums);
            writeSmall(PartFiles.FORMAT_VERSION_FILE, Integer.toString(PartFiles.FORMAT_VERSION), checksums);
            if (ttlMin <= ttlMax) writeSmall(PartFiles.TTL_INFO, RowTtl.renderInfo(ttlMin, ttlMax), checksums);
            if (commitMetadata != null && !commitMetadata.isEmpty()) {
                StringBuilder md = new StringBuilder();
                for (Map.Entry<String, String> e : commitMetadata.entrySet()) {
                    md.append(e.getKey().replace("\t", " ").replace("\n", " ")).append('\t')
                            .append(e.getValue().replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
                }
                writeSmall(PartFiles.COMMIT_METADATA, md.toString(), checksums);
            }
            ChecksummedFile cf = new ChecksummedFile(dir.resolve(PartFiles.CHECKSUMS));
            cf.write(Checksums.utf8(checksums.render()));
            cf.finish();
            fsyncDirectory(dir);
            finished = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write part " + dir, e);
        }
    }

    private void writeIndex(Checksums checksums) throws IOException {
        WriteBuffer wb = new WriteBuffer();
        wb.write(PartFiles.INDEX_MAGIC).write(PartFiles.FORMAT_VERSION);
        wb.writeVarUInt(granules);
        for (int g = 0; g < granules; g++) wb.writeVarUInt(granuleRows[g]);
        int keys = keyColumnIndex.length;
        wb.writeVarUInt(keys);
        if (keys > 0 && granules > 0) {
            List<DataType> types = schema.sortingKeyHeader().types().subList(0, keys);
            Column[] last = schema.sortingKeyColumns(tableOrder(lastRow));
            for (int k = 0; k < keys; k++) {
                List<Column> parts = new ArrayList<>(granules + 1);
                for (Column[] row : indexRows) parts.add(row[k]);
                parts.add(last[k]);
                Column col = Columns.concatColumns(parts);
                NativeSerialization.write(types.get(k), col, 0, col.size(), wb);
            }
        }
        writeSmall(PartFiles.PRIMARY_INDEX, wb.toByteArray(), checksums);
    }

    private void writeValues(String file, List<DataType> types, Column[] values, Checksums checksums) throws IOException {
        WriteBuffer wb = new WriteBuffer();
        wb.write(PartFiles.VALUES_MAGIC).write(PartFiles.FORMAT_VERSION);
        wb.writeVarUInt(values.length == 0 ? 0 : values[0].size());
        for (int i = 0; i < values.length; i++) NativeSerialization.write(types.get(i), values[i], 0, values[i].size(), wb);
        writeSmall(file, wb.toByteArray(), checksums);
    }

    private void writeSmall(String file, String text, Checksums checksums) throws IOException {
        writeSmall(file, Checksums.utf8(text), checksums);
    }

    private void writeSmall(String file, byte[] data, Checksums checksums) throws IOException {
        ChecksummedFile f = new ChecksummedFile(dir.resolve(file));
        f.write(data);
        f.finish();
        checksums.add(file, f.size(), f.crc(), 0);
    }

    static void fsyncDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }

    /** Removes a part that will not be published. */
    void abort() {
        data.closeQuietly();
        PartDirectories.deleteRecursively(dir);
    }

    @Override
    public void close() {
        if (!finished) abort();
    }
}
