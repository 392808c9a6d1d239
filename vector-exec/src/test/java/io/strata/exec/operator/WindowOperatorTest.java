package io.strata.exec.operator;

import static io.strata.exec.operator.TestData.*;
import static org.junit.jupiter.api.Assertions.*;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.function.AggregateFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.driver.ExecutionContext;
import io.strata.exec.expression.ColumnReference;
import io.strata.exec.expression.Expression;
import io.strata.exec.function.aggregate.AggregateFunctionBundle;
import io.strata.exec.operator.window.FrameAggregate;
import io.strata.exec.operator.window.FrameSpec;
import io.strata.exec.operator.window.FrameSpec.Bound;
import io.strata.exec.operator.window.FrameSpec.Kind;
import io.strata.exec.operator.window.OffsetFunction;
import io.strata.exec.operator.window.RankingFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** WindowOperator: frame edge cases by hand, and random windows against a naive per-row evaluator. */
class WindowOperatorTest {
    private static final DataType NINT = DataTypes.nullable(DataTypes.INT64);

    private static AggregateCall aggregate(String name, DataType arg) {
        ExecutionContext ctx = context();
        for (AggregateFunction f : new AggregateFunctionBundle().aggregateFunctions()) {
            if (f.name().equals(name)) {
                return AggregateCall.bind(f, arg == null ? List.of() : List.of(arg), List.of(), ctx.functionContext(),
                        arg == null ? new int[0] : new int[] {0});
            }
        }
        throw new AssertionError("no aggregate " + name);
    }

    private static List<List<Object>> run(Chunk input, List<Expression> partition, List<WindowOperator.OrderKey> order,
                                          FrameSpec frame, List<WindowOperator.Call> calls, String... settings) {
        WindowOperator op = new WindowOperator(partition, order, frame, calls, context(settings));
        // feed in two chunks so that buffering is exercised
        int half = input.rowCount() / 2;
        op.addInput(input.slice(0, half));
        op.addInput(input.slice(half, input.rowCount() - half));
        op.finish();
        List<Chunk> out = new ArrayList<>();
        Chunk c;
        while ((c = op.getOutput()) != null) out.add(c);
        assertTrue(op.isFinished());
        return rows(out);
    }

    private static Expression col(int channel, DataType type) {
        return new ColumnReference(channel, type);
    }

    @Test
    void runningSumDefaultFrameIncludesPeers() {
        Chunk in = new Chunk(new Column[] {int64(1, 2, 2, 3), int64(10, 20, 30, 40)}, 4);
        List<List<Object>> r = run(in, List.of(), List.of(new WindowOperator.OrderKey(col(0, DataTypes.INT64), false, false)),
                FrameSpec.DEFAULT, List.of(new WindowOperator.Call(new FrameAggregate(aggregate("sum", DataTypes.INT64)),
                        List.of(col(1, DataTypes.INT64)))));
        assertEquals(List.of(10L, 60L, 60L, 100L), r.stream().map(x -> x.get(2)).toList());
    }

    @Test
    void framesAreClampedToThePartitionAndMayBeEmpty() {
        Chunk in = new Chunk(new Column[] {int64(0, 0, 0, 1, 1), int64(1, 2, 3, 4, 5)}, 5);
        FrameSpec ahead = new FrameSpec(true, new Bound(Kind.FOLLOWING, 2), new Bound(Kind.FOLLOWING, 5));
        List<List<Object>> r = run(in, List.of(col(0, DataTypes.INT64)),
                List.of(new WindowOperator.OrderKey(col(1, DataTypes.INT64), false, false)), ahead,
                List.of(new WindowOperator.Call(new FrameAggregate(aggregate("sum", DataTypes.INT64)), List.of(col(1, DataTypes.INT64))),
                        new WindowOperator.Call(new FrameAggregate(aggregate("count", null)), List.of())));
        assertEquals(List.of(3L, 0L, 0L, 0L, 0L), r.stream().map(x -> x.get(2)).toList());
        assertEquals(List.of(1L, 0L, 0L, 0L, 0L), r.stream().map(x -> x.get(3)).toList());
    }

    @Test
    void rangeOffsetsOverDescendingKeyWithNulls() {
        Chunk in = new Chunk(new Column[] {nullableInt64(1L, 5L, null, 3L, 4L, null)}, 6);
        FrameSpec frame = new FrameSpec(false, new Bound(Kind.PRECEDING, 1), new Bound(Kind.CURRENT_ROW, 0));
        List<List<Object>> r = run(in, List.of(), List.of(new WindowOperator.OrderKey(col(0, NINT), true, false)), frame,
                List.of(new WindowOperator.Call(new FrameAggregate(aggregate("count", null)), List.of())));
        // DESC, NULLS LAST: 5, 4, 3, 1, NULL, NULL; 1 PRECEDING means values up to 1 larger
        assertEquals(Arrays.asList(5L, 4L, 3L, 1L, null, null), r.stream().map(x -> x.get(0)).toList());
        assertEquals(List.of(1L, 2L, 2L, 1L, 2L, 2L), r.stream().map(x -> x.get(1)).toList());
    }

    @Test
    void rangeOffsetWithTwoOrderKeysIsRejected() {
        FrameSpec frame = new FrameSpec(false, new Bound(Kind.PRECEDING, 1), new Bound(Kind.CURRENT_ROW, 0));
        assertThrows(DbException.class, () -> new WindowOperator(List.of(),
                List.of(new WindowOperator.OrderKey(col(0, DataTypes.INT64), false, false),
                        new WindowOperator.OrderKey(col(0, DataTypes.INT64), false, false)), frame, List.of(), context()));
        assertThrows(DbException.class, () -> new FrameSpec(true, new Bound(Kind.CURRENT_ROW, 0), new Bound(Kind.PRECEDING, 1)));
        assertThrows(DbException.class, () -> new FrameSpec(true, Bound.of(Kind.UNBOUNDED_FOLLOWING), Bound.of(Kind.UNBOUNDED_FOLLOWING)));
    }

    @Test
    void ntileGivesEarlierBucketsTheExtraRows() {
        Chunk in = new Chunk(new Column[] {int64(1, 2, 3, 4, 5, 6, 7)}, 7);
        List<List<Object>> r = run(in, List.of(), List.of(new WindowOperator.OrderKey(col(0, DataTypes.INT64), false, false)),
                FrameSpec.WHOLE_PARTITION, List.of(new WindowOperator.Call(new RankingFunction(RankingFunction.Kind.NTILE, 4), List.of())));
        assertEquals(List.of(1L, 1L, 2L, 2L, 3L, 3L, 4L), r.stream().map(x -> x.get(1)).toList());
    }

    /** Random partitions, keys with NULLs and ties, random frames: every function against a naive evaluation. */
    @Test
    void randomWindowsMatchNaiveEvaluation() {
        long seed = System.nanoTime();
        System.out.println("WindowOperatorTest seed=" + seed);
        Random random = new Random(seed);
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(round < 20 ? 5 : 80) + 1;
            Long[] part = new Long[n], key = new Long[n], value = new Long[n];
            for (int i = 0; i < n; i++) {
                part[i] = (long) random.nextInt(3);
                key[i] = random.nextInt(6) == 0 ? null : (long) random.nextInt(8);
                value[i] = random.nextInt(5) == 0 ? null : (long) random.nextInt(100) - 20;
            }
            boolean desc = random.nextBoolean();
            boolean nullsFirst = random.nextBoolean();
            boolean hasOrder = random.nextInt(5) != 0;
            boolean rows = random.nextBoolean() || !hasOrder;
            FrameSpec frame = randomFrame(random, rows);
            Chunk in = new Chunk(new Column[] {nullableInt64(part), nullableInt64(key), nullableInt64(value)}, n);
            List<WindowOperator.OrderKey> order = hasOrder ? List.of(new WindowOperator.OrderKey(col(1, NINT), desc, nullsFirst)) : List.of();
            List<WindowOperator.Call> calls = List.of(
                    new WindowOperator.Call(new FrameAggregate(aggregate("sum", NINT)), List.of(col(2, NINT))),
                    new WindowOperator.Call(new FrameAggregate(aggregate("count", null)), List.of()),
                    new WindowOperator.Call(new FrameAggregate(aggregate("groupArray", NINT)), List.of(col(2, NINT))),
                    new WindowOperator.Call(new FrameAggregate(aggregate("min", NINT)), List.of(col(2, NINT))),
                    new WindowOperator.Call(new RankingFunction(RankingFunction.Kind.ROW_NUMBER, 0), List.of()),
                    new WindowOperator.Call(new RankingFunction(RankingFunction.Kind.RANK, 0), List.of()),
                    new WindowOperator.Call(new RankingFunction(RankingFunction.Kind.DENSE_RANK, 0), List.of()),
                    new WindowOperator.Call(new OffsetFunction(OffsetFunction.Kind.LAG_IN_FRAME, 1, false, NINT), List.of(col(2, NINT))),
                    new WindowOperator.Call(new OffsetFunction(OffsetFunction.Kind.LEAD, 2, false, NINT), List.of(col(2, NINT))),
                    new WindowOperator.Call(new OffsetFunction(OffsetFunction.Kind.NTH_VALUE, 2, false, NINT), List.of(col(2, NINT))));
            String block = Integer.toString(random.nextInt(7) + 1);
            List<List<Object>> actual = run(in, List.of(col(0, NINT)), order, frame, calls, "max_block_size", block);
            List<List<Object>> expected = naive(part, key, value, hasOrder, desc, nullsFirst, frame);
            assertEquals(expected, actual, "seed=" + seed + " round=" + round + " frame=" + frame + " desc=" + desc
                    + " nullsFirst=" + nullsFirst + " order=" + hasOrder);
        }
    }

    private static FrameSpec randomFrame(Random random, boolean rows) {
        while (true) {
            Bound s = randomBound(random), e = randomBound(random);
            try {
                return new FrameSpec(rows, s, e);
            } catch (DbException ignored) {
                // start after end, or an unbounded end in the wrong place: draw again
            }
        }
    }

    private static Bound randomBound(Random random) {
        Kind k = Kind.values()[random.nextInt(Kind.values().length)];
        return new Bound(k, k == Kind.PRECEDING || k == Kind.FOLLOWING ? random.nextInt(4) : 0);
    }

    /** Sorts stably by (partition, key) and evaluates every row's frame by its definition. */
    private static List<List<Object>> naive(Long[] part, Long[] key, Long[] value, boolean hasOrder, boolean desc,
                                            boolean nullsFirst, FrameSpec frame) {
        int n = part.length;
        partitions = part;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        Comparator<Integer> byKey = (a, b) -> compareKeys(key[a], key[b], desc, nullsFirst);
        Comparator<Integer> cmp = Comparator.comparing(i -> part[i]);
        if (hasOrder) cmp = cmp.thenComparing(byKey);
        Arrays.sort(idx, cmp);
        List<List<Object>> out = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            int row = idx[p];
            int ps = p, pe = p;
            while (ps > 0 && Objects.equals(part[idx[ps - 1]], part[row])) ps--;
            while (pe < n && Objects.equals(part[idx[pe]], part[row])) pe++;
            List<Integer> frameRows = new ArrayList<>();
            for (int q = ps; q < pe; q++) if (inFrame(q, p, idx, key, hasOrder, desc, frame)) frameRows.add(q);
            long sum = 0, count = frameRows.size();
            boolean any = false;
            Long min = null;
            List<Object> array = new ArrayList<>();
            for (int q : frameRows) {
                Long v = value[idx[q]];
                if (v == null) continue;
                any = true;
                sum += v;
                min = min == null ? v : Math.min(min, v);
                array.add(v);
            }
            long rank = 1, dense = 1;
            for (int q = ps; q < p; q++) {
                if (hasOrder && !Objects.equals(key[idx[q]], key[row])) rank = q - ps + 2;
                if (hasOrder && q > ps && !Objects.equals(key[idx[q]], key[idx[q - 1]])) dense++;
            }
            if (hasOrder && p > ps && !Objects.equals(key[idx[p - 1]], key[row])) dense++;
            int first = frameRows.isEmpty() ? -1 : frameRows.getFirst(), last = frameRows.isEmpty() ? -2 : frameRows.getLast();
            Long lag = p - 1 >= first && p - 1 <= last ? value[idx[p - 1]] : null;
            Long lead = p + 2 < pe ? value[idx[p + 2]] : null;
            Long nth = first >= 0 && first + 1 <= last ? value[idx[first + 1]] : null;
            out.add(Arrays.asList(part[row], key[row], value[row], any ? sum : null, count, array, min,
                    (long) (p - ps + 1), rank, dense, lag, lead, nth));
        }
        return out;
    }

    private static int compareKeys(Long a, Long b, boolean desc, boolean nullsFirst) {
        if (a == null || b == null) {
            if (a == b) return 0;
            return (a == null) == nullsFirst ? -1 : 1;
        }
        int c = Long.compare(a, b);
        return desc ? -c : c;
    }

    private static boolean inFrame(int q, int p, Integer[] idx, Long[] key, boolean hasOrder, boolean desc, FrameSpec f) {
        if (f.rows()) return q >= rowBound(f.start(), p) && q <= rowBound(f.end(), p);
        int ps = p, pe = p;
        while (ps > 0 && sameGroup(idx, ps - 1, p)) ps--;
        while (pe < idx.length && sameGroup(idx, pe, p)) pe++;
        int s = rangePosition(f.start(), true, p, ps, pe, idx, key, hasOrder, desc);
        int e = rangePosition(f.end(), false, p, ps, pe, idx, key, hasOrder, desc);
        return q >= s && q < e;
    }

    private static Long[] partitions;

    private static long rowBound(Bound b, int p) {
        return switch (b.kind()) {
            case UNBOUNDED_PRECEDING -> Long.MIN_VALUE;
            case UNBOUNDED_FOLLOWING -> Long.MAX_VALUE;
            case CURRENT_ROW -> p;
            case PRECEDING -> p - (long) b.offset();
            case FOLLOWING -> p + (long) b.offset();
        };
    }

    private static boolean sameGroup(Integer[] idx, int a, int b) {
        return Objects.equals(partitions[idx[a]], partitions[idx[b]]);
    }

    /** A RANGE bound as a position: frame start (first row in) or frame end (first row after). */
    private static int rangePosition(Bound b, boolean start, int p, int ps, int pe, Integer[] idx, Long[] key, boolean hasOrder,
                                     boolean desc) {
        Long kp = hasOrder ? key[idx[p]] : null;
        switch (b.kind()) {
            case UNBOUNDED_PRECEDING -> {
                return ps;
            }
            case UNBOUNDED_FOLLOWING -> {
                return pe;
            }
            default -> {
            }
        }
        if (b.kind() == Kind.CURRENT_ROW || kp == null) {
            int pos = start ? ps : pe;
            for (int q = ps; q < pe; q++) {
                Long kq = hasOrder ? key[idx[q]] : null;
                if (Objects.equals(kq, kp)) {
                    if (start) return q;
                    pos = q + 1;
                }
            }
            return pos;
        }
        double bound = b.kind() == Kind.PRECEDING ? -b.offset() : b.offset();
        int nnLo = pe, nnHi = ps;
        for (int q = ps; q < pe; q++) {
            if (key[idx[q]] != null) {
                nnLo = Math.min(nnLo, q);
                nnHi = q + 1;
            }
        }
        if (start) {
            for (int q = ps; q < pe; q++) {
                Long kq = key[idx[q]];
                if (kq != null && (desc ? kp - kq : kq - kp) >= bound) return q;
            }
            return nnHi;
        }
        int pos = nnLo;
        for (int q = ps; q < pe; q++) {
            Long kq = key[idx[q]];
            if (kq != null && (desc ? kp - kq : kq - kp) <= bound) pos = q + 1;
        }
        return pos;
    }
}
