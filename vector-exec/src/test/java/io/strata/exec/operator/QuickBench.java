package io.strata.exec.operator;

import static io.strata.exec.operator.TestData.*;

import io.strata.core.block.Chunk;
import io.strata.core.table.ChunkSource;
import io.strata.exec.driver.ExecutionContext;
import io.strata.exec.driver.ParallelPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Not a test: a rough timing run (java -cp ... QuickBench). */
final class QuickBench {
    public static void main(String[] args) {
        Random r = new Random(1);
        List<Chunk> chunks = new ArrayList<>();
        for (int c = 0; c < 160; c++) {
            long[] k = new long[65536];
            String[] s = new String[65536];
            for (int i = 0; i < k.length; i++) { k[i] = r.nextInt(1_000_000); s[i] = "u" + (k[i] % 50000); }
            chunks.add(Chunk.of(int64(k), strings(s)));
        }
        for (int iter = 0; iter < 3; iter++) {
            for (int[] keys : new int[][] {{0}, {1}}) {
                List<ChunkSource> morsels = new ArrayList<>();
                for (int m = 0; m < 16; m++) morsels.add(new TestData.ListSource(chunks.subList(m * 10, m * 10 + 10)));
                ExecutionContext ctx = context("max_threads", "2");
                long t = System.nanoTime();
                List<Chunk> out = drain(AggregationStage.run(ctx, morsels, List::of, keys, List.of(new AggregateCall(TestAggregates.COUNT, new int[0], false, false))));
                long rows = out.stream().mapToLong(Chunk::rowCount).sum();
                System.out.printf("agg keys=%d groups=%d %.0f ms%n", keys[0], rows, (System.nanoTime() - t) / 1e6);
            }
            ExecutionContext ctx = context();
            long t = System.nanoTime();
            List<Chunk> out = drain(ParallelPipeline.pipe(ctx, new TestData.ListSource(chunks.subList(0, 32)), List.of(new SortOperator(List.of(SortKey.ascending(0)), ctx))));
            System.out.printf("sort 2M rows %.0f ms%n", (System.nanoTime() - t) / 1e6);
            t = System.nanoTime();
            out = drain(ParallelPipeline.pipe(ctx, new TestData.ListSource(chunks), List.of(new TopNOperator(List.of(SortKey.descending(1)), 100, ctx))));
            System.out.printf("top100 10M rows %.0f ms%n", (System.nanoTime() - t) / 1e6);
        }
    }
}
