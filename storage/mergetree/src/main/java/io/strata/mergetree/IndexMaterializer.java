package io.strata.mergetree;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.ChunkSource;
import io.strata.core.type.DataType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ALTER TABLE ... MATERIALIZE INDEX}: gives parts written before an index existed their
 * index file. A part is never changed in place: each one lacking the file becomes a new part
 * version (same blocks and level, a new mutation number) whose directory hard-links the old
 * files, adds the index file computed from the columns the index reads, and carries a new
 * checksums.txt; it replaces the old part atomically like a merge result does.
 */
final class IndexMaterializer {
    private IndexMaterializer() {
    }

    /** Materializes {@code index} for the active parts of {@code partitionId} (null: all); returns the parts rewritten. */
    static int run(MergeTreeTable table, SkipIndex index, String partitionId) {
        if (!index.kind().isBuilt()) return 0;
        int done = 0;
        for (DataPart part : table.activeParts()) {
            if (partitionId != null && !part.info().partitionId().equals(partitionId)) continue;
            if (part.skipIndex(index) != null) continue;
            Path tmp = table.temporaryDirectory("materialize");
            try {
                writePart(table.schema(), index, part, tmp);
            } catch (IOException e) {
                PartDirectories.deleteRecursively(tmp);
                throw new UncheckedIOException("Cannot materialize index " + index.name() + " in part " + part.name(), e);
            } catch (RuntimeException e) {
                PartDirectories.deleteRecursively(tmp);
                throw e;
            }
            try {
                table.commitReplacement(List.of(part), tmp, part.info().withMutation(table.nextBlockNumber()));
                done++;
            } catch (DbException e) {
                // merged away meanwhile: the merged part was written with the index
                if (e.code() != ErrorCode.NO_SUCH_DATA_PART) throw e;
            }
        }
        table.removeOutdated();
        return done;
    }

    private static void writePart(MergeTreeSchema schema, SkipIndex index, DataPart part, Path tmp) throws IOException {
        Files.createDirectories(tmp);
        String indexFile = PartFiles.skipIndexFile(index.name());
        Checksums checksums = new Checksums();
        for (Map.Entry<String, Checksums.Entry> e : part.checksums().files().entrySet()) {
            if (e.getKey().equals(indexFile)) continue;
            linkOrCopy(part.directory().resolve(e.getKey()), tmp.resolve(e.getKey()));
            checksums.add(e.getKey(), e.getValue().size(), e.getValue().crc(), e.getValue().uncompressedSize());
        }
        SkipIndexWriter writer = new SkipIndexWriter(List.of(index));
        Header stored = schema.header();
        List<String> required = index.requiredColumns(stored);
        List<DataType> types = new ArrayList<>();
        for (String c : required) types.add(stored.type(stored.indexOf(c)));
        Header read = new Header(required, types);
        if (part.granules() > 0) {
            // one chunk per granule, so the entries cover the same granules as at insert
            try (ChunkSource src = new PartReader(part, read, List.of(new MarkRange(0, part.granules())))) {
                for (Chunk c = src.next(); c != null; c = src.next()) writer.addGranule(tableOrder(stored, read, c));
            }
        }
        writer.finish(tmp, checksums);
        ChecksummedFile cf = new ChecksummedFile(tmp.resolve(PartFiles.CHECKSUMS));
        cf.write(Checksums.utf8(checksums.render()));
        cf.finish();
        PartWriter.fsyncDirectory(tmp);
    }

    /** Parts are immutable, so the new version shares the old files; a copy where links are refused. */
    private static void linkOrCopy(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(from, to);
        }
    }

    /** The granule as all stored columns: the read ones, and constant defaults for the rest (unused by the index). */
    private static Chunk tableOrder(Header stored, Header read, Chunk c) {
        Column[] cols = new Column[stored.size()];
        for (int i = 0; i < cols.length; i++) {
            int p = read.indexOf(stored.name(i));
            cols[i] = p >= 0 ? c.column(p) : new ConstColumn(stored.type(i).defaultColumn(1), c.rowCount());
        }
        return new Chunk(cols, c.rowCount());
    }
}
