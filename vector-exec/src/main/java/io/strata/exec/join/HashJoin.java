package io.strata.exec.join;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.ChunkSource;
import io.strata.core.type.DataType;
import io.strata.exec.driver.ExecutionContext;
import io.strata.exec.driver.ParallelPipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A hash join run as morsels: the build side is read once (in parallel) into a
 * {@link HashJoinTable}, then every probe morsel probes it on its own worker, so the probe uses
 * all cores. The morsel that finishes last emits the build rows that found no partner (RIGHT and
 * FULL joins). When the build side passes the byte limit (max_bytes_in_join, or a share of
 * max_memory_usage) the join turns into a {@link GraceHashJoin}: both sides are partitioned to
 * temporary files by key hash, and the morsels join partition after partition instead.
 */
public final class HashJoin {
    /**
     * {@code algorithm}: join_algorithm; {@code maxBytes}: the build side's limit in memory (0:
     * none); {@code temporaryDirectory}: where partitions go; {@code statistics}: counts spilling.
     */
    public record Limits(String algorithm, long maxBytes, int initialBuckets, Path temporaryDirectory, JoinStatistics statistics) {
        boolean alwaysGrace() {
            return algorithm.equals("grace_hash") || algorithm.equals("partial_merge");
        }
    }

    /** The two sides as the join sees them: how to evaluate keys, the chunk column types, and the morsels. */
    public record Input(JoinSide side, List<DataType> types, Supplier<List<ChunkSource>> morsels) {
    }

    private final ExecutionContext ctx;
    private final JoinSpec spec;
    private final Input probe;
    private final Input build;
    private final JoinOutput output;
    private final Limits limits;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger closedSlots = new AtomicInteger();
    private int slots;
    private List<ChunkSource> probeMorsels;
    private boolean prepared;
    private RuntimeException failure;
    private HashJoinTable table;    // in-memory mode
    private GraceHashJoin grace;     // spilling mode

    private HashJoin(ExecutionContext ctx, JoinSpec spec, Input probe, Input build, JoinOutput output, Limits limits) {
        this.ctx = ctx;
        this.spec = spec;
        this.probe = probe;
        this.build = build;
        this.output = output;
        this.limits = limits;
    }

    /** The join's output morsels: one per probe morsel (at least one). */
    public static List<ChunkSource> open(ExecutionContext ctx, JoinSpec spec, Input probe, Input build, JoinOutput output,
                                         Limits limits) {
        HashJoin join = new HashJoin(ctx, spec, probe, build, output, limits);
        join.probeMorsels = new ArrayList<>(probe.morsels().get());
        join.slots = Math.max(1, join.probeMorsels.size());
        join.running.set(join.slots);
        List<ChunkSource> out = new ArrayList<>();
        for (int i = 0; i < join.slots; i++) out.add(join.new Slot(i));
        return out;
    }

    /** Reads the build side, once, by whichever morsel gets here first; the others wait for it. */
    private synchronized void prepare() {
        if (failure != null) throw failure;
        if (prepared) return;
        prepared = true;
        try {
            build();
        } catch (RuntimeException e) {
            failure = e; // the morsels waiting for the build fail the same way
            throw e;
        }
    }

    private void build() {
        boolean keyed = !build.side().keys().isEmpty();
        long limit = limits.maxBytes();
        List<ChunkSource> buildMorsels = build.morsels().get();
        try (ChunkSource in = ParallelPipeline.run(ctx, buildMorsels, List::of, ctx.maxThreads())) {
            if (keyed && limits.alwaysGrace()) {
                grace = new GraceHashJoin(ctx, spec, probe, build, output, limits);
                grace.partitionBuild(List.of(), in);
            } else {
                List<Chunk> chunks = new ArrayList<>();
                long bytes = 0;
                for (Chunk c; (c = in.next()) != null; ) {
                    if (c.rowCount() == 0) continue;
                    chunks.add(c);
                    bytes += c.byteSize();
                    if (limit > 0 && bytes > limit && keyed) {
                        if (limits.algorithm().equals("hash")) {
                            throw new DbException(ErrorCode.SET_SIZE_LIMIT_EXCEEDED, "Limit for JOIN exceeded, max bytes: "
                                    + limit + ", current bytes: " + bytes);
                        }
                        grace = new GraceHashJoin(ctx, spec, probe, build, output, limits);
                        grace.partitionBuild(chunks, in);
                        chunks = null;
                        break;
                    }
                }
                if (grace == null) {
                    table = new HashJoinTable(spec, build.side(), build.types(), chunks);
                    ctx.memory().allocate(table.byteSize());
                }
            }
        }
        if (grace != null) {
            grace.partitionProbe(probeMorsels);
            probeMorsels = List.of();
        }
    }

    /** One output morsel. */
    private final class Slot implements ChunkSource {
        private final int index;
        private boolean probed;          // its probe morsel is exhausted
        private List<int[]> unmatched;   // build rows left to emit (the last morsel only)
        private int unmatchedAt;
        private ChunkSource partition;   // grace mode: the partition being joined
        private boolean closed;

        Slot(int index) {
            this.index = index;
        }

        @Override
        public Chunk next() {
            if (closed) return null;
            prepare();
            if (grace != null) return nextPartitioned();
            while (!probed) {
                ChunkSource source = index < probeMorsels.size() ? probeMorsels.get(index) : null;
                Chunk c = source == null ? null : source.next();
                if (c == null) {
                    probed = true;
                    if (source != null) source.close();
                    if (running.decrementAndGet() == 0 && spec.emitsUnmatchedRight()) unmatched = table.unmatchedRows(ctx.blockSize());
                    break;
                }
                if (c.rowCount() == 0) continue;
                Chunk out = probeChunk(output, probe, c, table);
                if (out.rowCount() > 0) return out;
            }
            if (unmatched != null && unmatchedAt < unmatched.size()) {
                int[] rows = unmatched.get(unmatchedAt++);
                return output.assemble(null, null, probe.types(), null, table, rows, rows.length);
            }
            close();
            return null;
        }

        private Chunk nextPartitioned() {
            while (true) {
                if (partition == null) {
                    partition = grace.nextPartition();
                    if (partition == null) {
                        close();
                        return null;
                    }
                }
                Chunk c = partition.next();
                if (c != null) return c;
                partition.close();
                partition = null;
            }
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            if (partition != null) partition.close();
            if (!probed) {
                probed = true;
                if (index < probeMorsels.size()) probeMorsels.get(index).close();
                running.decrementAndGet();
            }
            finishSlot();
        }
    }

    /** The last slot to close frees the table and deletes temporary files. */
    private void finishSlot() {
        if (closedSlots.incrementAndGet() == slots) {
            synchronized (this) {
                if (table != null) ctx.memory().free(table.byteSize());
                table = null;
                if (grace != null) grace.close();
            }
        }
    }

    /** Joins a probe chunk against an in-memory table: shared by the grace join's partitions. */
    static Chunk probeChunk(JoinOutput output, Input probe, Chunk c, HashJoinTable t) {
        Column[] keys = probe.side().keyColumns(c);
        HashJoinTable.Pairs pairs = t.probe(c, keys, probe.side());
        return output.assemble(c, keys, probe.types(), pairs.probeRows(), t, pairs.buildRows(), pairs.count());
    }
}
