package io.strata.exec.join;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.table.ChunkSource;
import io.strata.core.type.DataType;
import io.strata.exec.driver.ExecutionContext;
import io.strata.exec.driver.ParallelPipeline;
import io.strata.exec.operator.ColumnHashing;
import io.strata.exec.operator.JoinKeyIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The spilling join: both sides are split by a hash of their join keys into partitions written to
 * temporary files, so rows that can match always land in partitions of the same number; then each
 * partition pair is joined in memory by a {@link HashJoinTable} on its own, several partitions at
 * once on the query's workers. A partition whose build side is still larger than the limit is
 * split again with another hash seed (up to {@link #MAX_LEVEL} times). Unmatched rows of outer
 * joins stay correct because each row lives in exactly one partition; the keys decide the
 * partition, so a NULL key (matching nothing) may go anywhere.
 */
final class GraceHashJoin {
    /** How many times a partition may be split again. */
    static final int MAX_LEVEL = 4;

    private final ExecutionContext ctx;
    private final JoinSpec spec;
    private final HashJoin.Input probe;
    private final HashJoin.Input build;
    private final JoinOutput output;
    private final HashJoin.Limits limits;
    private final Path directory;
    private final int buckets;
    private final JoinKeyIndex encoder;
    private SpillFile[] buildFiles;
    private SpillFile[] probeFiles;
    private int nextPartition;
    private int fileCounter;

    GraceHashJoin(ExecutionContext ctx, JoinSpec spec, HashJoin.Input probe, HashJoin.Input build, JoinOutput output,
                  HashJoin.Limits limits) {
        this.ctx = ctx;
        this.spec = spec;
        this.probe = probe;
        this.build = build;
        this.output = output;
        this.limits = limits;
        this.buckets = Math.max(2, limits.initialBuckets());
        this.encoder = new JoinKeyIndex(build.side().keyTypes());
        try {
            Files.createDirectories(limits.temporaryDirectory());
            this.directory = Files.createTempDirectory(limits.temporaryDirectory(), "join-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory for a join in " + limits.temporaryDirectory(), e);
        }
    }

    /** Writes the build side ({@code first}, then the rest of {@code rest}) to partitions. */
    void partitionBuild(List<Chunk> first, ChunkSource rest) {
        buildFiles = newFiles(build.types());
        for (Chunk c : first) split(c, build.side(), buildFiles, 0);
        for (Chunk c; (c = rest.next()) != null; ) split(c, build.side(), buildFiles, 0);
        finish(buildFiles);
    }

    /** Writes the probe side to partitions, reading its morsels in parallel. */
    void partitionProbe(List<ChunkSource> morsels) {
        probeFiles = newFiles(probe.types());
        if (!morsels.isEmpty()) {
            try (ChunkSource in = ParallelPipeline.run(ctx, morsels, List::of, ctx.maxThreads())) {
                for (Chunk c; (c = in.next()) != null; ) split(c, probe.side(), probeFiles, 0);
            }
        }
        finish(probeFiles);
    }

    private synchronized SpillFile[] newFiles(List<DataType> types) {
        SpillFile[] files = new SpillFile[buckets];
        for (int i = 0; i < files.length; i++) files[i] = new SpillFile(directory.resolve("part-" + fileCounter++ + ".bin"), types);
        limits.statistics().spilledFiles.addAndGet(files.length);
        return files;
    }

    private void finish(SpillFile[] files) {
        for (SpillFile f : files) {
            f.finish();
            limits.statistics().spilledBytes.addAndGet(f.bytesOnDisk());
            limits.statistics().spilledRows.addAndGet(f.rows());
        }
    }

    /** Appends each row of {@code c} to the file of its key's partition at this level. */
    private void split(Chunk c, JoinSide side, SpillFile[] files, int level) {
        int n = c.rowCount();
        if (n == 0) return;
        ctx.checkInterrupted();
        Column[] keys = side.keyColumns(c);
        JoinKeyIndex.Encoded encoded = encoder.encode(keys, n);
        int[] partitionOf = new int[n];
        int[] counts = new int[files.length];
        long seed = 0x9E3779B97F4A7C15L * (level + 1);
        for (int i = 0; i < n; i++) {
            int p = (int) ((ColumnHashing.mix(encoded.hash(i) ^ seed) >>> 1) % files.length);
            partitionOf[i] = p;
            counts[p]++;
        }
        for (int p = 0; p < files.length; p++) {
            if (counts[p] == 0) continue;
            if (counts[p] == n) {
                files[p].append(c);
                continue;
            }
            int[] rows = new int[counts[p]];
            int k = 0;
            for (int i = 0; i < n; i++) if (partitionOf[i] == p) rows[k++] = i;
            files[p].append(c.take(rows, k));
        }
    }

    /** The next partition's joined rows, or null when every partition is taken. */
    synchronized ChunkSource nextPartition() {
        while (nextPartition < buckets) {
            int p = nextPartition++;
            SpillFile b = buildFiles[p], q = probeFiles[p];
            if (b.rows() == 0 && q.rows() == 0) {
                b.delete();
                q.delete();
                continue;
            }
            return joinPartition(b, q, 0);
        }
        return null;
    }

    private ChunkSource joinPartition(SpillFile b, SpillFile q, int level) {
        long limit = limits.maxBytes();
        if (limit > 0 && b.bytesOnDisk() > limit && level < MAX_LEVEL && b.rows() > 1) {
            SpillFile[] bs = resplit(b, build, level + 1);
            SpillFile[] qs = resplit(q, probe, level + 1);
            List<ChunkSource> parts = new ArrayList<>();
            for (int i = 0; i < bs.length; i++) {
                int at = i;
                parts.add(lazy(() -> joinPartition(bs[at], qs[at], level + 1)));
            }
            return ParallelPipeline.concat(parts);
        }
        return new PartitionJoin(b, q);
    }

    private SpillFile[] resplit(SpillFile f, HashJoin.Input side, int level) {
        SpillFile[] files = newFiles(side.types());
        try (ChunkSource in = f.read()) {
            for (Chunk c; (c = in.next()) != null; ) split(c, side.side(), files, level);
        }
        f.delete();
        finish(files);
        return files;
    }

    private static ChunkSource lazy(java.util.function.Supplier<ChunkSource> open) {
        return new ChunkSource() {
            private ChunkSource source;
            private boolean closed;

            @Override
            public Chunk next() {
                if (closed) return null;
                if (source == null) source = open.get();
                return source.next();
            }

            @Override
            public void close() {
                closed = true;
                if (source != null) source.close();
            }
        };
    }

    /** One partition pair joined in memory: the build file into a table, then the probe file streamed through it. */
    private final class PartitionJoin implements ChunkSource {
        private final SpillFile buildFile;
        private final SpillFile probeFile;
        private HashJoinTable table;
        private ChunkSource probeRows;
        private List<int[]> unmatched;
        private int unmatchedAt;
        private boolean closed;

        PartitionJoin(SpillFile buildFile, SpillFile probeFile) {
            this.buildFile = buildFile;
            this.probeFile = probeFile;
        }

        @Override
        public Chunk next() {
            if (closed) return null;
            if (table == null) {
                List<Chunk> chunks = new ArrayList<>();
                try (ChunkSource in = buildFile.read()) {
                    for (Chunk c; (c = in.next()) != null; ) chunks.add(c);
                }
                table = new HashJoinTable(spec, build.side(), build.types(), chunks);
                ctx.memory().allocate(table.byteSize());
                probeRows = probeFile.read();
            }
            while (probeRows != null) {
                ctx.checkInterrupted();
                Chunk c = probeRows.next();
                if (c == null) {
                    probeRows.close();
                    probeRows = null;
                    unmatched = spec.emitsUnmatchedRight() ? table.unmatchedRows(ctx.blockSize()) : List.of();
                    break;
                }
                Chunk out = HashJoin.probeChunk(output, probe, c, table);
                if (out.rowCount() > 0) return out;
            }
            if (unmatchedAt < unmatched.size()) {
                int[] rows = unmatched.get(unmatchedAt++);
                return output.assemble(null, null, probe.types(), null, table, rows, rows.length);
            }
            close();
            return null;
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            if (probeRows != null) probeRows.close();
            if (table != null) ctx.memory().free(table.byteSize());
            table = null;
            buildFile.delete();
            probeFile.delete();
        }
    }

    /** Deletes the temporary directory and whatever is left in it. */
    void close() {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete temporary join files in " + directory, e);
        }
    }

    Path directory() {
        return directory;
    }

}
