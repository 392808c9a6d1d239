package io.strata.exec.operator;

import static io.strata.exec.operator.TestData.*;
import static org.junit.jupiter.api.Assertions.*;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.driver.ExecutionContext;
import io.strata.exec.driver.ParallelPipeline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SortTest {

    private static List<Object> sortColumn(Column column, SortKey key, int chunkSize) {
        ExecutionContext ctx = context("max_block_size", "2");
        List<Chunk> in = new ArrayList<>();
        for (int i = 0; i < column.size(); i += chunkSize) in.add(Chunk.of(column.slice(i, Math.min(chunkSize, column.size() - i))));
        List<Chunk> out = drain(ParallelPipeline.pipe(ctx, new TestData.ListSource(in), List.of(new SortOperator(List.of(key), ctx))));
        for (Chunk c : out) assertTrue(c.rowCount() <= 2, "output chunks respect max_block_size");
        assertEquals(0, ctx.memory().used(), "memory released after output");
        return rows(out).stream().map(r -> r.getFirst()).toList();
    }

    @Test
    void integersSignedAndUnsigned() {
        assertEquals(List.of(-5L, 0L, 3L, 9L), sortColumn(int64(3, -5, 9, 0), SortKey.ascending(0), 3));
        assertEquals(List.of(9L, 3L, 0L, -5L), sortColumn(int64(3, -5, 9, 0), SortKey.descending(0), 1));
        // UInt64: -1L is 18446744073709551615, the largest.
        assertEquals(List.of(0L, 7L, Long.MIN_VALUE, -1L), sortColumn(longs(DataTypes.UINT64, -1L, 7, Long.MIN_VALUE, 0), SortKey.ascending(0), 2));
    }

    @Test
    void nullsAndNansLastByDefaultInBothDirections() {
        Column c = nullableFloat64(2.0, null, Double.NaN, -1.0, null, 5.0);
        assertEquals(Arrays.asList(-1.0, 2.0, 5.0, Double.NaN, null, null), sortColumn(c, SortKey.ascending(0), 4));
        assertEquals(Arrays.asList(5.0, 2.0, -1.0, Double.NaN, null, null), sortColumn(c, SortKey.descending(0), 4));
        assertEquals(Arrays.asList(null, null, Double.NaN, -1.0, 2.0, 5.0), sortColumn(c, new SortKey(0, false, true), 4));
        assertEquals(Arrays.asList(null, null, Double.NaN, 5.0, 2.0, -1.0), sortColumn(c, new SortKey(0, true, true), 4));
        assertEquals(Arrays.asList(-1.0, 1.0, Double.NaN), sortColumn(float64(Double.NaN, 1.0, -1.0), SortKey.ascending(0), 1));
    }

    @Test
    void stringsCompareBytewise() {
        Column c = strings("b", "", "ab", "a", "é", "B");
        assertEquals(List.of("", "B", "a", "ab", "b", "é"), sortColumn(c, SortKey.ascending(0), 2));
        Column n = nullableStrings("x", null, "a");
        assertEquals(Arrays.asList("x", "a", null), sortColumn(n, SortKey.descending(0), 2));
    }

    @Test
    void arraysAndTuplesLexicographically() {
        DataType arrayType = DataTypes.parse("Array(Int64)");
        ColumnBuilder b = arrayType.createBuilder(4);
        Column values = int64(1, 2, 1, 1, 3, 0);
        // [1,2], [1], [1,3], []
        appendArray(b, arrayType, values, 0, 2);
        appendArray(b, arrayType, values, 2, 1);
        appendArray(b, arrayType, values, 3, 2);
        appendArray(b, arrayType, values, 5, 0);
        assertEquals(List.of(List.of(), List.of(1L), List.of(1L, 2L), List.of(1L, 3L)), sortColumn(b.build(), SortKey.ascending(0), 3));
    }

    private static void appendArray(ColumnBuilder b, DataType type, Column values, int from, int len) {
        int[] offsets = {0, len};
        b.append(new io.strata.core.column.ArrayColumn(type, offsets, values.slice(from, len), 1), 0);
    }

    @Test
    void severalKeysAndStability() {
        Chunk a = Chunk.of(strings("x", "y", "x", "y", "x"), int64(1, 1, 2, 2, 1), int64(0, 1, 2, 3, 4));
        ExecutionContext ctx = context();
        List<Chunk> out = drain(ParallelPipeline.pipe(ctx, new TestData.ListSource(a),
                List.of(new SortOperator(List.of(SortKey.descending(0), SortKey.ascending(1)), ctx))));
        assertEquals(List.of(1L, 3L, 0L, 4L, 2L), rows(out).stream().map(r -> r.get(2)).toList());
    }

    @Test
    void topNEqualsSortThenLimitOnRandomData() {
        long seed = System.nanoTime();
        System.out.println("SortTest.topNEqualsSortThenLimitOnRandomData seed=" + seed);
        Random random = new Random(seed);
        for (int round = 0; round < 30; round++) {
            int rows = random.nextInt(20_000);
            int chunkSize = 1 + random.nextInt(3000);
            long n = random.nextInt(4) == 0 ? random.nextInt(10) : random.nextInt(rows + 10);
            List<Chunk> chunks = new ArrayList<>();
            int cardinality = 1 + random.nextInt(50);
            for (int from = 0; from < rows; from += chunkSize) {
                int len = Math.min(chunkSize, rows - from);
                Long[] k1 = new Long[len];
                String[] k2 = new String[len];
                long[] id = new long[len];
                for (int i = 0; i < len; i++) {
                    k1[i] = random.nextInt(10) == 0 ? null : (long) random.nextInt(cardinality);
                    k2[i] = "s" + random.nextInt(cardinality);
                    id[i] = from + i;
                }
                chunks.add(Chunk.of(nullableInt64(k1), strings(k2), int64(id)));
            }
            List<SortKey> keys = List.of(new SortKey(0, random.nextBoolean(), random.nextBoolean()), new SortKey(1, random.nextBoolean(), false));
            ExecutionContext ctx = context("max_block_size", String.valueOf(1 + random.nextInt(5000)));
            List<Chunk> expected = drain(ParallelPipeline.pipe(ctx, new TestData.ListSource(chunks),
                    List.of(new SortOperator(keys, ctx), new LimitOperator(n, 0))));
            List<Chunk> actual = drain(ParallelPipeline.pipe(ctx, new TestData.ListSource(chunks), List.of(new TopNOperator(keys, n, ctx))));
            assertEquals(rows(expected), rows(actual), "seed=" + seed + " round=" + round);
            assertEquals(0, ctx.memory().used());
        }
    }

    @Test
    void sortOverMemoryLimitFails() {
        ExecutionContext ctx = context("max_memory_usage", "100000");
        long[] v = new long[10_000];
        List<Chunk> chunks = List.of(Chunk.of(int64(v)), Chunk.of(int64(v)));
        DbException e = assertThrows(DbException.class,
                () -> drain(ParallelPipeline.pipe(ctx, new TestData.ListSource(chunks), List.of(new SortOperator(List.of(SortKey.ascending(0)), ctx)))));
        assertEquals(ErrorCode.MEMORY_LIMIT_EXCEEDED, e.code());
    }

    @Test
    void specialisedSingleKeySortEqualsComparatorSort() {
        long seed = System.nanoTime();
        System.out.println("SortTest.specialisedSingleKeySortEqualsComparatorSort seed=" + seed);
        Random random = new Random(seed);
        double[] specials = {Double.NaN, -0.0, 0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1e300, 1e-300};
        for (int round = 0; round < 40; round++) {
            int n = random.nextInt(3000);
            Column column;
            if (random.nextBoolean()) {
                long[] v = new long[n];
                for (int i = 0; i < n; i++) v[i] = random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(20) - 10;
                column = longs(random.nextBoolean() ? DataTypes.UINT64 : DataTypes.INT64, v);
            } else {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) v[i] = random.nextInt(4) == 0 ? specials[random.nextInt(specials.length)] : random.nextInt(20) - 10.5;
                column = float64(v);
            }
            SortKey key = new SortKey(0, random.nextBoolean(), random.nextBoolean());
            int[] a = new int[n], b = new int[n];
            for (int i = 0; i < n; i++) a[i] = b[i] = i;
            RowSorter.sort(a, n, new Column[] {column}, List.of(key));
            RowSorter.sort(b, n, RowComparators.forKeys(new Column[] {column}, new Column[] {column}, List.of(key)));
            assertArrayEquals(b, a, "seed=" + seed + " round=" + round + " key=" + key + " type=" + column.type());
        }
    }

    @Test
    void packedAndRadixMultiKeySortEqualsComparatorSort() {
        long seed = System.nanoTime();
        System.out.println("SortTest.packedAndRadixMultiKeySortEqualsComparatorSort seed=" + seed);
        Random random = new Random(seed);
        for (int round = 0; round < 30; round++) {
            // above and below the radix threshold; key shapes of a MergeTree key (narrow ids, dates,
            // 64-bit hashes), floats, and strings that stop the packing part-way
            int n = random.nextBoolean() ? random.nextInt(1500) : 1000 + random.nextInt(20_000);
            int width = 2 + random.nextInt(4);
            Column[] columns = new Column[width];
            List<SortKey> keys = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                int shape = random.nextInt(6);
                int distinct = 1 + random.nextInt(50);
                switch (shape) {
                    case 0, 1 -> {
                        long[] v = new long[n];
                        for (int i = 0; i < n; i++) v[i] = 1000 + random.nextInt(distinct);
                        columns[c] = longs(DataTypes.UINT32, v);
                    }
                    case 2 -> {
                        long[] v = new long[n];
                        long[] pool = new long[distinct];
                        for (int i = 0; i < distinct; i++) pool[i] = random.nextLong();
                        for (int i = 0; i < n; i++) v[i] = pool[random.nextInt(distinct)];
                        columns[c] = longs(random.nextBoolean() ? DataTypes.UINT64 : DataTypes.INT64, v);
                    }
                    case 3 -> {
                        long[] v = new long[n];
                        for (int i = 0; i < n; i++) v[i] = random.nextInt(2 * distinct) - distinct;
                        columns[c] = longs(DataTypes.INT64, v);
                    }
                    case 4 -> {
                        double[] v = new double[n];
                        for (int i = 0; i < n; i++) v[i] = random.nextInt(10) == 0 ? Double.NaN : random.nextInt(distinct) / 4.0;
                        columns[c] = float64(v);
                    }
                    default -> {
                        String[] v = new String[n];
                        for (int i = 0; i < n; i++) v[i] = "s" + random.nextInt(distinct);
                        columns[c] = strings(v);
                    }
                }
                keys.add(new SortKey(c, random.nextBoolean(), random.nextBoolean()));
            }
            int[] a = new int[n], b = new int[n];
            for (int i = 0; i < n; i++) a[i] = b[i] = i;
            RowSorter.sort(a, n, columns, keys);
            RowSorter.sort(b, n, RowComparators.forKeys(columns, columns, keys));
            List<String> types = Arrays.stream(columns).map(col -> col.type().name()).toList();
            assertArrayEquals(b, a, "seed=" + seed + " round=" + round + " n=" + n + " keys=" + keys + " types=" + types);
        }
    }

    @Test
    void lowCardinalityAndConstColumnsSortAcrossChunks() {
        DataType lcType = DataTypes.parse("LowCardinality(String)");
        ColumnBuilder b1 = lcType.createBuilder(3), b2 = lcType.createBuilder(3);
        Column s1 = strings("m", "c", "x"), s2 = strings("a", "z", "c");
        for (int i = 0; i < 3; i++) {
            b1.append(s1, i);
            b2.append(s2, i);
        }
        Chunk a = Chunk.of(b1.build(), new io.strata.core.column.ConstColumn(int64(1), 3));
        Chunk b = Chunk.of(b2.build(), int64(2, 3, 4));
        ExecutionContext ctx = context();
        List<Chunk> top = drain(ParallelPipeline.pipe(ctx, new TestData.ListSource(a, b),
                List.of(new TopNOperator(List.of(SortKey.ascending(0)), 4, ctx))));
        assertEquals(List.of(List.of("a", 2L), List.of("c", 1L), List.of("c", 4L), List.of("m", 1L)), rows(top));
        assertEquals("LowCardinality(String)", top.getFirst().column(0).type().name());
        List<Chunk> sorted = drain(ParallelPipeline.pipe(ctx, new TestData.ListSource(a, b),
                List.of(new SortOperator(List.of(SortKey.descending(1), SortKey.ascending(0)), ctx))));
        assertEquals(List.of("c", "z", "a", "c", "m", "x"), rows(sorted).stream().map(r -> r.getFirst()).toList());
    }

    /**
     * A top-N with a threshold publishes the tightest n-th value of its first key as soon as it
     * holds n rows; the threshold keeps the tighter of several offers and lets through ranges
     * that touch the bound (ties may still enter), ascending, descending and unsigned.
     */
    @Test
    void topNPublishesItsBound() {
        ExecutionContext ctx = context();
        io.strata.core.table.TopNThreshold asc = new io.strata.core.table.TopNThreshold("x", false, false);
        assertTrue(asc.mayEnter(Long.MAX_VALUE, Long.MAX_VALUE));
        List<Chunk> top = drain(ParallelPipeline.pipe(ctx, new TestData.ListSource(Chunk.of(int64(50, 40, 30, 20)), Chunk.of(int64(5, 60, 7))),
                List.of(new TopNOperator(List.of(SortKey.ascending(0)), 3, ctx, asc))));
        assertEquals(List.of(List.of(5L), List.of(7L), List.of(20L)), rows(top));
        assertTrue(asc.isSet());
        assertTrue(asc.mayEnter(20, 100));
        assertFalse(asc.mayEnter(21, 100));
        asc.offer(30); // a looser bound from another top-N changes nothing
        assertFalse(asc.mayEnter(21, 21));
        io.strata.core.table.TopNThreshold desc = new io.strata.core.table.TopNThreshold("x", true, false);
        drain(ParallelPipeline.pipe(ctx, new TestData.ListSource(Chunk.of(int64(1, 9, 3, 8))),
                List.of(new TopNOperator(List.of(SortKey.descending(0)), 2, ctx, desc))));
        assertTrue(desc.mayEnter(0, 8));
        assertFalse(desc.mayEnter(0, 7));
        io.strata.core.table.TopNThreshold unsigned = new io.strata.core.table.TopNThreshold("x", false, true);
        unsigned.offer(-1L); // 2^64 - 1
        assertTrue(unsigned.mayEnter(5, 5));
        unsigned.offer(10);
        assertFalse(unsigned.mayEnter(-2L, -1L));
    }
}
