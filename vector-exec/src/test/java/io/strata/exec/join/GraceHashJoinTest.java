package io.strata.exec.join;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.query.QueryProgress;
import io.strata.core.settings.Settings;
import io.strata.core.table.ChunkSource;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.driver.ExecutionContext;
import io.strata.exec.driver.ParallelPipeline;
import io.strata.exec.expression.ColumnReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spilling join against the in-memory one on random data: with a small max_bytes_in_join the
 * build side goes to partition files (which the statistics count from the files' sizes), the
 * rows are the same multiset as the in-memory join's, and the temporary files are gone afterwards.
 */
class GraceHashJoinTest {
    private static final List<DataType> TYPES = List.of(DataTypes.UINT64, DataTypes.STRING);

    @TempDir
    Path tmp;

    @Test
    void spillingJoinEqualsInMemoryJoin() throws Exception {
        long seed = Long.getLong("join.seed", System.nanoTime());
        System.out.println("GraceHashJoinTest seed " + seed + " (rerun with -Djoin.seed=" + seed + ")");
        Random random = new Random(seed);
        List<Chunk> left = randomChunks(random, 6, 3000, 2000);
        List<Chunk> right = randomChunks(random, 5, 3000, 2000);
        JoinSpec[] specs = {
            new JoinSpec(JoinSpec.Kind.INNER, JoinSpec.Strictness.ALL, null),
            new JoinSpec(JoinSpec.Kind.LEFT, JoinSpec.Strictness.ALL, null),
            new JoinSpec(JoinSpec.Kind.RIGHT, JoinSpec.Strictness.ALL, null),
            new JoinSpec(JoinSpec.Kind.FULL, JoinSpec.Strictness.ALL, null),
            new JoinSpec(JoinSpec.Kind.LEFT, JoinSpec.Strictness.ANTI, null),
            new JoinSpec(JoinSpec.Kind.RIGHT, JoinSpec.Strictness.ANTI, null),
            new JoinSpec(JoinSpec.Kind.LEFT, JoinSpec.Strictness.SEMI, null),
        };
        for (JoinSpec spec : specs) {
            // SEMI keeps one (any) right row per left row: compare the left columns only
            boolean leftOnly = spec.strictness() == JoinSpec.Strictness.SEMI;
            JoinStatistics memoryStats = new JoinStatistics();
            List<String> inMemory = run(spec, left, right, new HashJoin.Limits("hash", 0, 8, tmp, memoryStats), leftOnly);
            JoinStatistics spillStats = new JoinStatistics();
            List<String> spilled = run(spec, left, right, new HashJoin.Limits("default", 20_000, 4, tmp, spillStats), leftOnly);
            assertEquals(0, memoryStats.spilledFiles.get(), spec.toString());
            assertTrue(spillStats.spilledFiles.get() > 0, spec + ": no partition files");
            assertTrue(spillStats.spilledBytes.get() > 0, spec + ": nothing written to the partition files");
            assertTrue(spillStats.spilledRows.get() >= rows(right), spec + ": the build side was not spilled whole");
            assertEquals(inMemory, spilled, spec + " (seed " + seed + ")");
            try (Stream<Path> left2 = Files.list(tmp)) {
                assertFalse(left2.findAny().isPresent(), "temporary join files are left behind");
            }
        }
    }

    @Test
    void graceHashAlgorithmPartitionsWithoutALimit() {
        Random random = new Random(7);
        List<Chunk> left = randomChunks(random, 3, 500, 300);
        List<Chunk> right = randomChunks(random, 3, 500, 300);
        JoinSpec spec = new JoinSpec(JoinSpec.Kind.FULL, JoinSpec.Strictness.ALL, null);
        JoinStatistics stats = new JoinStatistics();
        List<String> grace = run(spec, left, right, new HashJoin.Limits("grace_hash", 0, 8, tmp, stats), false);
        List<String> memory = run(spec, left, right, new HashJoin.Limits("hash", 0, 8, tmp, new JoinStatistics()), false);
        assertEquals(memory, grace);
        assertEquals(16, stats.spilledFiles.get()); // 8 partitions for each side
    }

    @Test
    void hashAlgorithmRefusesABuildSideOverTheLimit() {
        Random random = new Random(11);
        List<Chunk> left = randomChunks(random, 2, 1000, 100);
        List<Chunk> right = randomChunks(random, 2, 1000, 100);
        JoinSpec spec = new JoinSpec(JoinSpec.Kind.INNER, JoinSpec.Strictness.ALL, null);
        DbException e = assertThrows(DbException.class,
                () -> run(spec, left, right, new HashJoin.Limits("hash", 1000, 8, tmp, new JoinStatistics()), false));
        assertEquals(ErrorCode.SET_SIZE_LIMIT_EXCEEDED, e.code());
    }

    private static long rows(List<Chunk> chunks) {
        return chunks.stream().mapToLong(Chunk::rowCount).sum();
    }

    /** Joins on column 0 and returns every output row as text, sorted. */
    private static List<String> run(JoinSpec spec, List<Chunk> left, List<Chunk> right, HashJoin.Limits limits, boolean leftOnly) {
        ExecutionContext ctx = new ExecutionContext(Settings.DEFAULTS, new FunctionContext(ZoneOffset.UTC, Instant.now(), Settings.DEFAULTS),
                new QueryProgress());
        JoinSide.Bound key = new JoinSide.Bound(new ColumnReference(0, DataTypes.UINT64), new int[] {0});
        JoinSide side = new JoinSide(List.of(key), null, null);
        HashJoin.Input probe = new HashJoin.Input(side, TYPES, () -> morsels(left));
        HashJoin.Input build = new HashJoin.Input(side, TYPES, () -> morsels(right));
        List<JoinOutput.Source> sources = new ArrayList<>(List.of(
                new JoinOutput.Source(JoinOutput.From.PROBE, 0, false), new JoinOutput.Source(JoinOutput.From.PROBE, 1, false)));
        if (!leftOnly) {
            sources.add(new JoinOutput.Source(JoinOutput.From.BUILD, 0, false));
            sources.add(new JoinOutput.Source(JoinOutput.From.BUILD, 1, false));
        }
        List<DataType> types = leftOnly ? TYPES : List.of(DataTypes.UINT64, DataTypes.STRING, DataTypes.UINT64, DataTypes.STRING);
        JoinOutput output = new JoinOutput(sources, types);
        List<ChunkSource> out = HashJoin.open(ctx, spec, probe, build, output, limits);
        List<String> rows = new ArrayList<>();
        try (ChunkSource all = ParallelPipeline.run(ctx, out, List::of, 4)) {
            for (Chunk c; (c = all.next()) != null; ) {
                for (int r = 0; r < c.rowCount(); r++) {
                    StringBuilder sb = new StringBuilder();
                    for (Column col : c.columns()) {
                        Object v = col.getObject(r);
                        sb.append(v instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : v).append('\t');
                    }
                    rows.add(sb.toString());
                }
            }
        }
        rows.sort(null);
        return rows;
    }

    private static List<ChunkSource> morsels(List<Chunk> chunks) {
        List<ChunkSource> out = new ArrayList<>();
        for (Chunk c : chunks) {
            out.add(new ChunkSource() {
                private boolean done;

                @Override
                public Chunk next() {
                    if (done) return null;
                    done = true;
                    return c;
                }

                @Override
                public void close() {
                    done = true;
                }
            });
        }
        return out;
    }

    private static List<Chunk> randomChunks(Random random, int count, int rows, int keys) {
        List<Chunk> out = new ArrayList<>();
        int id = 0;
        for (int i = 0; i < count; i++) {
            long[] k = new long[rows];
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            int[] offsets = new int[rows + 1];
            for (int r = 0; r < rows; r++) {
                k[r] = random.nextInt(keys);
                bytes.writeBytes(("v" + id++ + "-" + "x".repeat(random.nextInt(20))).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                offsets[r + 1] = bytes.size();
            }
            Column keyColumn = new LongColumn(DataTypes.UINT64, k);
            Column text = new StringColumn(DataTypes.STRING, bytes.toByteArray(), offsets, rows);
            out.add(new Chunk(new Column[] {keyColumn, text}, rows));
        }
        return out;
    }
}
