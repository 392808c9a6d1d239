package io.strata.exec.operator;

import static io.strata.exec.operator.TestData.*;
import static org.junit.jupiter.api.Assertions.*;

import io.strata.core.block.Chunk;
import io.strata.core.column.LongColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.table.ChunkSource;
import io.strata.exec.driver.ExecutionContext;
import io.strata.exec.driver.ParallelPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelPipelineTest {

    private static Operator failing(AtomicInteger calls) {
        return new Operator() {
            private Chunk pending;
            private boolean done;

            @Override public boolean needsInput() { return pending == null && !done; }

            @Override
            public void addInput(Chunk chunk) {
                if (calls.incrementAndGet() == 5) throw new DbException(ErrorCode.ILLEGAL_DIVISION, "Division by zero");
                pending = chunk;
            }

            @Override public Chunk getOutput() { Chunk c = pending; pending = null; return c; }
            @Override public void finish() { done = true; }
            @Override public boolean isFinished() { return done && pending == null; }
        };
    }

    @Test
    void parallelRunProducesEveryRowOnce() {
        for (int threads : new int[] {1, 2, 4}) {
            List<ChunkSource> morsels = new ArrayList<>();
            long expectedSum = 0;
            for (int m = 0; m < 20; m++) {
                List<Chunk> chunks = new ArrayList<>();
                for (int c = 0; c < 5; c++) {
                    long[] v = new long[100];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = m * 10_000L + c * 100 + i;
                        if (v[i] % 3 == 0) expectedSum += v[i];
                    }
                    chunks.add(Chunk.of(int64(v)));
                }
                morsels.add(new TestData.ListSource(chunks));
            }
            ExecutionContext ctx = context();
            io.strata.exec.expression.Expression divisibleBy3 = new io.strata.exec.expression.Expression() {
                @Override public io.strata.core.type.DataType type() { return io.strata.core.type.DataTypes.UINT8; }
                @Override public io.strata.core.column.Column evaluate(Chunk input) {
                    long[] v = ((LongColumn) input.column(0)).values();
                    long[] out = new long[input.rowCount()];
                    for (int i = 0; i < out.length; i++) out[i] = v[i] % 3 == 0 ? 1 : 0;
                    return longs(io.strata.core.type.DataTypes.UINT8, out);
                }
            };
            List<Chunk> out = drain(ParallelPipeline.run(ctx, morsels, () -> List.of(new FilterOperator(divisibleBy3)), threads));
            long sum = 0;
            for (List<Object> r : rows(out)) sum += (Long) r.getFirst();
            assertEquals(expectedSum, sum, "threads=" + threads);
            for (ChunkSource m : morsels) assertTrue(((TestData.ListSource) m).closed);
        }
    }

    @Test
    void closingTheConsumerStopsWorkers() {
        List<ChunkSource> morsels = new ArrayList<>();
        for (int m = 0; m < 4; m++) morsels.add(endless());
        ExecutionContext ctx = context();
        // A per-driver LIMIT never finishes over endless input with a huge limit; the consumer closes after 10 chunks.
        ChunkSource source = ParallelPipeline.run(ctx, morsels, () -> List.of(new LimitOperator(Long.MAX_VALUE, 0)), 4);
        for (int i = 0; i < 10; i++) assertNotNull(source.next());
        source.close();
        for (ChunkSource m : morsels) assertTrue(((TestData.EndlessSource) m).closed, "workers stopped and closed their morsels");
    }

    @Test
    void perDriverLimitFinishesWorkersEarly() {
        List<ChunkSource> morsels = new ArrayList<>();
        for (int m = 0; m < 4; m++) morsels.add(endless());
        List<Chunk> out = drain(ParallelPipeline.run(context(), morsels, () -> List.of(new LimitOperator(5, 0)), 4));
        int rows = 0;
        for (Chunk c : out) rows += c.rowCount();
        assertEquals(20, rows);
    }

    @Test
    void firstErrorIsRethrownToTheConsumer() {
        List<ChunkSource> morsels = new ArrayList<>();
        for (int m = 0; m < 8; m++) morsels.add(new TestData.ListSource(Chunk.of(int64(1)), Chunk.of(int64(2)), Chunk.of(int64(3))));
        AtomicInteger calls = new AtomicInteger();
        DbException e = assertThrows(DbException.class,
                () -> drain(ParallelPipeline.run(context(), morsels, () -> List.of(failing(calls)), 3)));
        assertEquals(ErrorCode.ILLEGAL_DIVISION, e.code());
        AtomicInteger single = new AtomicInteger();
        List<ChunkSource> more = new ArrayList<>();
        for (int m = 0; m < 8; m++) more.add(new TestData.ListSource(Chunk.of(int64(1)), Chunk.of(int64(2))));
        assertThrows(DbException.class, () -> drain(ParallelPipeline.run(context(), more, () -> List.of(failing(single)), 1)));
    }

    @Test
    void cancellationStopsAPipeline() {
        ExecutionContext ctx = context();
        List<ChunkSource> morsels = new ArrayList<>();
        for (int m = 0; m < 3; m++) morsels.add(endless());
        ChunkSource source = ParallelPipeline.run(ctx, morsels, List::of, 3);
        assertNotNull(source.next());
        ctx.cancel();
        DbException e = assertThrows(DbException.class, () -> {
            while (source.next() != null) {
                // keeps pulling until the cancellation is noticed
            }
        });
        assertEquals(ErrorCode.QUERY_WAS_CANCELLED, e.code());
        source.close();
        for (ChunkSource m : morsels) assertTrue(((TestData.EndlessSource) m).closed);
    }

    @Test
    void closingBeforeTheFirstPullClosesMorsels() {
        List<ChunkSource> morsels = new ArrayList<>();
        for (int m = 0; m < 3; m++) morsels.add(endless());
        ParallelPipeline.run(context(), morsels, List::of, 3).close();
        for (ChunkSource m : morsels) assertTrue(((TestData.EndlessSource) m).closed);
        assertEquals(0, ((TestData.EndlessSource) morsels.getFirst()).produced, "no work before the first pull");
    }
}
