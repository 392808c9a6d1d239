package io.strata.exec.operator;

import static io.strata.exec.operator.TestData.*;
import static org.junit.jupiter.api.Assertions.*;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.ChunkSource;
import io.strata.core.type.DataTypes;
import io.strata.exec.driver.ExecutionContext;
import io.strata.exec.expression.ColumnReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AggregationStageTest {

    /** Morsels of (k1 Nullable(Int64), k2 String, k3 UInt8, v Nullable(Int64)) rows; filled into `rows` as well. */
    private static List<ChunkSource> morsels(Random random, int morselCount, int chunksPerMorsel, int chunkRows, List<Object[]> rows) {
        List<ChunkSource> out = new ArrayList<>();
        for (int m = 0; m < morselCount; m++) {
            List<Chunk> chunks = new ArrayList<>();
            for (int c = 0; c < chunksPerMorsel; c++) {
                int n = random.nextInt(chunkRows + 1);
                Long[] k1 = new Long[n];
                String[] k2 = new String[n];
                long[] k3 = new long[n];
                Long[] v = new Long[n];
                for (int i = 0; i < n; i++) {
                    k1[i] = random.nextInt(20) == 0 ? null : (long) random.nextInt(300) - 100;
                    k2[i] = "key" + random.nextInt(40);
                    k3[i] = random.nextInt(256);
                    v[i] = random.nextInt(7) == 0 ? null : (long) random.nextInt(1000);
                    rows.add(new Object[] {k1[i], k2[i], k3[i], v[i]});
                }
                chunks.add(Chunk.of(nullableInt64(k1), strings(k2), longs(DataTypes.UINT8, k3), nullableInt64(v)));
            }
            out.add(new TestData.ListSource(chunks));
        }
        return out;
    }

    private static List<AggregateCall> calls() {
        return List.of(
                new AggregateCall(TestAggregates.COUNT, new int[0], false, false),      // count()
                new AggregateCall(TestAggregates.COUNT, new int[] {3}, true, false),    // count(v)
                new AggregateCall(TestAggregates.SUM, new int[] {3}, true, true));      // sum(v) as Nullable
    }

    /** key list → [count(), count(v), sum(v) or null]. */
    private static Map<List<Object>, List<Object>> reference(List<Object[]> rows, int[] keys) {
        Map<List<Object>, long[]> acc = new HashMap<>();
        Map<List<Object>, Boolean> seen = new HashMap<>();
        for (Object[] r : rows) {
            List<Object> key = new ArrayList<>();
            for (int k : keys) key.add(r[k]);
            long[] a = acc.computeIfAbsent(key, x -> new long[3]);
            seen.putIfAbsent(key, false);
            a[0]++;
            if (r[3] != null) {
                a[1]++;
                a[2] += (Long) r[3];
                seen.put(key, true);
            }
        }
        Map<List<Object>, List<Object>> out = new HashMap<>();
        acc.forEach((k, a) -> out.put(k, Arrays.asList(a[0], a[1], seen.get(k) ? (Object) a[2] : null)));
        return out;
    }

    private static Map<List<Object>, List<Object>> actual(List<Chunk> chunks, int keyCount) {
        Map<List<Object>, List<Object>> out = new HashMap<>();
        for (List<Object> row : rows(chunks)) {
            List<Object> key = new ArrayList<>(row.subList(0, keyCount));
            assertNull(out.put(key, new ArrayList<>(row.subList(keyCount, row.size()))), "duplicate group " + key);
        }
        return out;
    }

    @Test
    void parallelAggregationMatchesReference() {
        long seed = System.nanoTime();
        System.out.println("AggregationStageTest.parallelAggregationMatchesReference seed=" + seed);
        int[][] keySets = {{0}, {1}, {2}, {0, 2}, {1, 0}, {2, 1, 0}};
        for (int threads : new int[] {1, 2, 4}) {
            for (int[] keys : keySets) {
                Random random = new Random(seed + threads * 31L + Arrays.hashCode(keys));
                List<Object[]> rows = new ArrayList<>();
                List<ChunkSource> morsels = morsels(random, 17, 3, 700, rows);
                ExecutionContext ctx = context("max_threads", String.valueOf(threads), "max_block_size", "97");
                List<Chunk> out = drain(AggregationStage.run(ctx, morsels, List::of, keys, calls()));
                for (Chunk c : out) assertTrue(c.rowCount() <= 97);
                assertEquals(reference(rows, keys), actual(out, keys.length), "seed=" + seed + " threads=" + threads + " keys=" + Arrays.toString(keys));
                Chunk first = out.getFirst();
                for (int i = 0; i < keys.length; i++) assertEquals(morsels.isEmpty() ? null : typeOfChannel(keys[i]), first.column(i).type().name());
                assertEquals("Nullable(Int64)", first.column(keys.length + 2).type().name());
                assertEquals(0, ctx.memory().used(), "memory released when the result source is closed");
            }
        }
    }

    private static String typeOfChannel(int channel) {
        return switch (channel) {
            case 0 -> "Nullable(Int64)";
            case 1 -> "String";
            case 2 -> "UInt8";
            default -> "Nullable(Int64)";
        };
    }

    @Test
    void preAggregationOperatorsRunPerWorker() {
        Random random = new Random(7);
        List<Object[]> rows = new ArrayList<>();
        List<ChunkSource> morsels = morsels(random, 9, 2, 500, rows);
        rows.removeIf(r -> (Long) r[2] < 128);
        ExecutionContext ctx = context("max_threads", "3");
        // WHERE k3 >= 128, expressed on the UInt8 column's top bit through a hand-written predicate.
        io.strata.exec.expression.Expression predicate = new io.strata.exec.expression.Expression() {
            @Override public io.strata.core.type.DataType type() { return DataTypes.UINT8; }
            @Override public Column evaluate(Chunk input) {
                long[] v = ((io.strata.core.column.LongColumn) input.column(2)).values();
                long[] out = new long[input.rowCount()];
                for (int i = 0; i < out.length; i++) out[i] = v[i] >= 128 ? 1 : 0;
                return longs(DataTypes.UINT8, out);
            }
        };
        List<Chunk> out = drain(AggregationStage.run(ctx, morsels, () -> List.of(new FilterOperator(predicate)), new int[] {1}, calls()));
        assertEquals(reference(rows, new int[] {1}), actual(out, 1));
    }

    @Test
    void noGroupByOnEmptyInputReturnsOneRow() {
        ExecutionContext ctx = context("max_threads", "4");
        List<ChunkSource> morsels = List.of(new TestData.ListSource(), new TestData.ListSource(Chunk.of(nullableInt64(), strings(), longs(DataTypes.UINT8), nullableInt64())));
        List<Chunk> out = drain(AggregationStage.run(ctx, morsels, List::of, new int[0], calls()));
        assertEquals(List.of(Arrays.asList(0L, 0L, null)), rows(out));
        List<Chunk> none = drain(AggregationStage.run(ctx, List.of(new TestData.ListSource()), List::of, new int[0], calls(), true));
        assertTrue(none.isEmpty());
        List<Chunk> grouped = drain(AggregationStage.run(ctx, List.of(new TestData.ListSource()), List::of, new int[] {0}, calls()));
        assertTrue(grouped.isEmpty(), "GROUP BY over no rows gives no rows");
    }

    @Test
    void noGroupByOverManyMorsels() {
        Random random = new Random(3);
        List<Object[]> rows = new ArrayList<>();
        List<ChunkSource> morsels = morsels(random, 12, 2, 300, rows);
        List<Chunk> out = drain(AggregationStage.run(context("max_threads", "4"), morsels, List::of, new int[0], calls()));
        assertEquals(List.of(reference(rows, new int[0]).get(List.of())), rows(out));
    }

    @Test
    void constAndLowCardinalityColumnsAreUnwrapped() {
        Column lc = io.strata.core.type.DataTypes.parse("LowCardinality(String)").createBuilder(4) instanceof io.strata.core.column.ColumnBuilder b
                ? fill(b, strings("a", "b", "a", "a")) : null;
        Chunk c = Chunk.of(lc, new ConstColumn(int64(5), 4));
        List<AggregateCall> sum = List.of(new AggregateCall(TestAggregates.SUM, new int[] {1}, false, false));
        List<Chunk> out = drain(AggregationStage.run(context(), List.of(new TestData.ListSource(c)), List::of, new int[] {0}, sum));
        List<List<Object>> r = new ArrayList<>(rows(out));
        r.sort(Comparator.comparing(x -> (String) x.get(0)));
        assertEquals(List.of(List.of("a", 15L), List.of("b", 5L)), r);
        assertEquals("LowCardinality(String)", out.getFirst().column(0).type().name());
    }

    private static Column fill(io.strata.core.column.ColumnBuilder b, Column src) {
        for (int i = 0; i < src.size(); i++) b.append(src, i);
        return b.build();
    }

    @Test
    void memoryLimitGivesMemoryLimitExceeded() {
        Random random = new Random(5);
        List<ChunkSource> morsels = new ArrayList<>();
        for (int m = 0; m < 8; m++) {
            long[] k = new long[20_000];
            for (int i = 0; i < k.length; i++) k[i] = random.nextLong();
            morsels.add(new TestData.ListSource(Chunk.of(int64(k))));
        }
        ExecutionContext ctx = context("max_threads", "2", "max_memory_usage", "1000000");
        List<AggregateCall> count = List.of(new AggregateCall(TestAggregates.COUNT, new int[0], false, false));
        DbException e = assertThrows(DbException.class, () -> drain(AggregationStage.run(ctx, morsels, List::of, new int[] {0}, count)));
        assertEquals(ErrorCode.MEMORY_LIMIT_EXCEEDED, e.code());
        assertEquals(0, ctx.memory().used());
    }

    @Test
    void cancellationStopsWorkers() throws Exception {
        ExecutionContext ctx = context("max_threads", "4");
        List<ChunkSource> morsels = new ArrayList<>();
        for (int m = 0; m < 4; m++) morsels.add(TestData.endless());
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException ignored) {
            }
            ctx.cancel();
        });
        canceller.start();
        long start = System.nanoTime();
        List<AggregateCall> count = List.of(new AggregateCall(TestAggregates.COUNT, new int[0], false, false));
        DbException e = assertThrows(DbException.class, () -> drain(AggregationStage.run(ctx, morsels, List::of, new int[] {0}, count)));
        assertEquals(ErrorCode.QUERY_WAS_CANCELLED, e.code());
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
        canceller.join();
        for (ChunkSource m : morsels) assertTrue(((TestData.EndlessSource) m).closed);
    }
}
