package io.strata.exec.operator;

import static io.strata.exec.operator.TestData.*;
import static org.junit.jupiter.api.Assertions.*;

import io.strata.core.block.Chunk;
import io.strata.core.function.AggregateFunction;
import io.strata.core.table.ChunkSource;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.driver.ExecutionContext;
import io.strata.exec.function.aggregate.AggregateFunctionBundle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The aggregation stage with the real built-in aggregates (count, sum, avg, min, max, uniqExact). */
class BuiltinAggregatesStageTest {

    private static AggregateFunction.BoundAggregate bind(String name, DataType... args) {
        ExecutionContext ctx = context();
        for (AggregateFunction f : new AggregateFunctionBundle().aggregateFunctions()) {
            if (f.name().equals(name)) return f.bind(List.of(args), List.of(), ctx.functionContext());
        }
        throw new AssertionError("no aggregate " + name);
    }

    @Test
    void emptyInputWithoutGroupByGivesClickHouseDefaults() {
        List<AggregateCall> calls = List.of(
                new AggregateCall(bind("count"), new int[0], false, false),
                new AggregateCall(bind("sum", DataTypes.INT64), new int[] {0}, false, false),
                new AggregateCall(bind("avg", DataTypes.INT64), new int[] {0}, false, false),
                new AggregateCall(bind("min", DataTypes.INT64), new int[] {0}, false, false),
                new AggregateCall(bind("sum", DataTypes.INT64), new int[] {1}, true, true),
                new AggregateCall(bind("count", DataTypes.INT64), new int[] {1}, true, false));
        List<ChunkSource> morsels = List.of(new TestData.ListSource(), new TestData.ListSource());
        List<Chunk> out = drain(AggregationStage.run(context("max_threads", "2"), morsels, List::of, new int[0], calls));
        List<List<Object>> r = rows(out);
        assertEquals(1, r.size());
        assertEquals(0L, r.getFirst().get(0));
        assertEquals(0L, r.getFirst().get(1));
        assertTrue(Double.isNaN((Double) r.getFirst().get(2)));
        assertEquals(0L, r.getFirst().get(3));
        assertNull(r.getFirst().get(4));
        assertEquals(0L, r.getFirst().get(5));
    }

    @Test
    void groupedBuiltinsMatchReferenceOnSeveralThreads() {
        long seed = System.nanoTime();
        System.out.println("BuiltinAggregatesStageTest seed=" + seed);
        Random random = new Random(seed);
        List<ChunkSource> morsels = new ArrayList<>();
        Map<String, long[]> reference = new HashMap<>(); // key -> count, sum, min, max, nonNullCount
        Map<String, java.util.Set<Long>> distinct = new HashMap<>();
        for (int m = 0; m < 10; m++) {
            int n = 1 + random.nextInt(2000);
            String[] k = new String[n];
            Long[] v = new Long[n];
            for (int i = 0; i < n; i++) {
                k[i] = "g" + random.nextInt(100);
                v[i] = random.nextInt(5) == 0 ? null : (long) random.nextInt(1000) - 500;
                long[] a = reference.computeIfAbsent(k[i], x -> new long[] {0, 0, Long.MAX_VALUE, Long.MIN_VALUE, 0});
                a[0]++;
                if (v[i] != null) {
                    a[1] += v[i];
                    a[2] = Math.min(a[2], v[i]);
                    a[3] = Math.max(a[3], v[i]);
                    a[4]++;
                    distinct.computeIfAbsent(k[i], x -> new java.util.HashSet<>()).add(v[i]);
                }
            }
            morsels.add(new TestData.ListSource(Chunk.of(strings(k), nullableInt64(v))));
        }
        List<AggregateCall> calls = List.of(
                new AggregateCall(bind("count"), new int[0], false, false),
                new AggregateCall(bind("sum", DataTypes.INT64), new int[] {1}, true, true),
                new AggregateCall(bind("min", DataTypes.INT64), new int[] {1}, true, true),
                new AggregateCall(bind("max", DataTypes.INT64), new int[] {1}, true, true),
                new AggregateCall(bind("avg", DataTypes.INT64), new int[] {1}, true, true),
                new AggregateCall(bind("uniqExact", DataTypes.INT64), new int[] {1}, true, false));
        List<Chunk> out = drain(AggregationStage.run(context("max_threads", "4"), morsels, List::of, new int[] {0}, calls));
        List<List<Object>> rows = rows(out);
        assertEquals(reference.size(), rows.size(), "seed=" + seed);
        for (List<Object> r : rows) {
            long[] a = reference.get((String) r.get(0));
            boolean any = a[4] > 0;
            assertEquals(a[0], r.get(1));
            assertEquals(any ? a[1] : null, r.get(2));
            assertEquals(any ? a[2] : null, r.get(3));
            assertEquals(any ? a[3] : null, r.get(4));
            if (any) assertEquals((double) a[1] / a[4], (Double) r.get(5), 1e-9);
            else assertNull(r.get(5));
            assertEquals((long) distinct.getOrDefault((String) r.get(0), java.util.Set.of()).size(), r.get(6), "seed=" + seed + " " + Arrays.toString(a));
        }
    }
}
