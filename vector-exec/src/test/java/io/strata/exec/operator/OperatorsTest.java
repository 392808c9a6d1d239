package io.strata.exec.operator;

import static io.strata.exec.operator.TestData.*;
import static org.junit.jupiter.api.Assertions.*;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.type.DataTypes;
import io.strata.exec.expression.ColumnReference;
import io.strata.exec.expression.ConstantExpression;
import io.strata.exec.expression.Expression;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorsTest {

    private static Expression col(int channel, Column sample) {
        return new ColumnReference(channel, sample.type());
    }

    @Test
    void filterKeepsNonZeroRowsAndTreatsNullAsFalse() {
        Chunk a = Chunk.of(int64(1, 2, 3, 4), nullableInt64(1L, null, 0L, 5L));
        Chunk b = Chunk.of(int64(5, 6), nullableInt64(null, null));
        Chunk c = Chunk.of(int64(7, 8), nullableInt64(1L, 2L));
        FilterOperator f = new FilterOperator(col(1, a.column(1)));
        List<Chunk> out = runPipeline(List.of(f), a, b, c);
        assertEquals(List.of(List.of(1L, 1L), List.of(4L, 5L), List.of(7L, 1L), List.of(8L, 2L)), rows(out));
        assertEquals(2, out.size(), "the all-NULL chunk is dropped");
        assertSame(c, out.get(1), "a chunk where every row passes goes through untouched");
    }

    @Test
    void filterOnUInt8AndConstants() {
        Chunk a = Chunk.of(int64(1, 2, 3), longs(DataTypes.UINT8, 0, 1, 1));
        assertEquals(List.of(List.of(2L, 1L), List.of(3L, 1L)), rows(runPipeline(List.of(new FilterOperator(col(1, a.column(1)))), a)));
        Expression one = new ConstantExpression(longs(DataTypes.UINT8, 1));
        Expression zero = new ConstantExpression(longs(DataTypes.UINT8, 0));
        Expression nul = new ConstantExpression(nullableInt64((Long) null));
        assertEquals(3, rows(runPipeline(List.of(new FilterOperator(one)), a)).size());
        assertTrue(runPipeline(List.of(new FilterOperator(zero)), a).isEmpty());
        assertTrue(runPipeline(List.of(new FilterOperator(nul)), a).isEmpty());
    }

    @Test
    void projectEvaluatesEachExpression() {
        Chunk a = Chunk.of(int64(1, 2), strings("x", "y"));
        ProjectOperator p = new ProjectOperator(List.of(col(1, a.column(1)), new ConstantExpression(int64(7)), col(0, a.column(0))));
        List<Chunk> out = runPipeline(List.of(p), a);
        assertEquals(List.of(List.of("x", 7L, 1L), List.of("y", 7L, 2L)), rows(out));
        assertInstanceOf(ConstColumn.class, out.getFirst().column(1));
    }

    @Test
    void limitWithOffsetAcrossChunksFinishesEarly() {
        LimitOperator limit = new LimitOperator(3, 2);
        TestData.ListSource source = new TestData.ListSource(Chunk.of(int64(1)), Chunk.of(int64(2, 3)), Chunk.of(int64(4, 5, 6, 7)),
                Chunk.of(int64(8)));
        List<Chunk> out = drain(io.strata.exec.driver.ParallelPipeline.pipe(context(), source, List.of(limit)));
        assertEquals(List.of(List.of(3L), List.of(4L), List.of(5L)), rows(out));
        assertTrue(limit.isFinished());
        assertNotNull(source.next(), "the driver stopped pulling once the limit was satisfied");
    }

    @Test
    void limitZeroAndOffsetBeyondInput() {
        assertTrue(runPipeline(List.of(new LimitOperator(0, 0)), Chunk.of(int64(1, 2))).isEmpty());
        assertTrue(runPipeline(List.of(new LimitOperator(5, 10)), Chunk.of(int64(1, 2))).isEmpty());
    }

    @Test
    void limitByKeepsNRowsPerKeyAfterOffset() {
        Chunk a = Chunk.of(strings("a", "b", "a", "a"), int64(1, 2, 3, 4));
        Chunk b = Chunk.of(strings("b", "a", "b", "c"), int64(5, 6, 7, 8));
        List<Chunk> out = runPipeline(List.of(new LimitByOperator(new int[] {0}, 2, 1)), a, b);
        assertEquals(List.of(List.of("a", 3L), List.of("a", 4L), List.of("b", 5L), List.of("b", 7L)), rows(out));
        List<Chunk> first = runPipeline(List.of(new LimitByOperator(new int[] {0}, 1, 0)), a, b);
        assertEquals(List.of(List.of("a", 1L), List.of("b", 2L), List.of("c", 8L)), rows(first));
    }

    @Test
    void distinctKeepsFirstOccurrenceWithNullsEqual() {
        Chunk a = Chunk.of(nullableInt64(1L, null, 1L, 2L), strings("p", "q", "r", "s"));
        Chunk b = Chunk.of(nullableInt64(null, 3L, 2L, 3L), strings("t", "u", "v", "w"));
        List<Chunk> out = runPipeline(List.of(new DistinctOperator(new int[] {0})), a, b);
        assertEquals(List.of(List.of(1L, "p"), Arrays.asList(null, "q"), List.of(2L, "s"), List.of(3L, "u")), rows(out));
    }

    @Test
    void distinctOnSeveralKeysOfDifferentShapes() {
        // UInt8 + Nullable(Int64) does not fit 64 bits with the NULL bit: serialized table; UInt8+UInt16 packs.
        Chunk a = Chunk.of(longs(DataTypes.UINT8, 1, 1, 2, 1), longs(DataTypes.UINT16, 5, 5, 5, 6), nullableInt64(1L, 1L, null, null));
        assertEquals(3, rows(runPipeline(List.of(new DistinctOperator(new int[] {0, 1})), a)).size());
        assertEquals(3, rows(runPipeline(List.of(new DistinctOperator(new int[] {0, 2})), a)).size());
        assertEquals(3, rows(runPipeline(List.of(new DistinctOperator(new int[] {0, 1, 2})), a)).size());
        // Float keys: -0.0 equals 0.0, NaN equals NaN.
        Chunk f = Chunk.of(float64(0.0, -0.0, Double.NaN, Double.NaN, 1.5));
        assertEquals(3, rows(runPipeline(List.of(new DistinctOperator(new int[] {0})), f)).size());
        // Unsigned 64-bit keys near the top of the range.
        Chunk u = Chunk.of(longs(DataTypes.UINT64, -1L, Long.MIN_VALUE, -1L, 0));
        assertEquals(List.of(List.of(-1L), List.of(Long.MIN_VALUE), List.of(0L)), rows(runPipeline(List.of(new DistinctOperator(new int[] {0})), u)));
    }

    @Test
    void groupTablesAgreeOnManyRandomKeys() {
        java.util.Random random = new java.util.Random(42);
        int n = 50_000;
        long[] v = new long[n];
        for (int i = 0; i < n; i++) v[i] = random.nextInt(5000) - 2500;
        LongColumn keys = int64(v);
        GroupTable packed = GroupTable.create(List.of(DataTypes.INT64), true);
        GroupTable serialized = GroupTable.create(List.of(DataTypes.STRING, DataTypes.INT64), false);
        assertInstanceOf(PackedKeyGroupTable.class, packed);
        assertInstanceOf(SerializedKeyGroupTable.class, serialized);
        int[] a = new int[n], b = new int[n];
        packed.findOrInsert(new Column[] {keys}, n, a);
        serialized.findOrInsert(new Column[] {new ConstColumn(strings("k"), n), keys}, n, b);
        assertArrayEquals(a, b);
        java.util.Map<Long, Integer> reference = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) assertEquals(reference.computeIfAbsent(v[i], k -> reference.size()), a[i]);
        LongColumn built = (LongColumn) packed.keyColumns()[0];
        for (int g = 0; g < packed.groupCount(); g++) assertEquals(reference.keySet().toArray()[g], built.get(g));
    }

    /**
     * Keys that fit two longs (Int64 + Nullable(Int16) + Float32 + UInt8) get the pair table, which
     * numbers groups exactly as the serialized table does, NULL and -0.0/0.0 and NaN included, and
     * gives the same keys back.
     */
    @Test
    void pairPackedKeysGroupLikeSerializedKeys() {
        java.util.Random random = new java.util.Random(7);
        int n = 50_000;
        long[] wide = new long[n], small = new long[n], u = new long[n];
        byte[] nulls = new byte[n];
        double[] f = new double[n];
        double[] floats = {0.0, -0.0, 1.5, Double.NaN, -2.25};
        for (int i = 0; i < n; i++) {
            wide[i] = random.nextInt(4) == 0 ? Long.MIN_VALUE + random.nextInt(3) : random.nextLong(40) - 20;
            small[i] = random.nextInt(5) - 2;
            nulls[i] = (byte) (random.nextInt(6) == 0 ? 1 : 0);
            f[i] = floats[random.nextInt(floats.length)];
            u[i] = random.nextInt(3) == 0 ? 0xFF : random.nextInt(3);
        }
        List<io.strata.core.type.DataType> types = List.of(DataTypes.INT64, DataTypes.nullable(DataTypes.INT16),
                DataTypes.FLOAT32, DataTypes.UINT8);
        Column[] keys = {int64(wide), new io.strata.core.column.NullableColumn(types.get(1), longs(DataTypes.INT16, small), nulls),
                new io.strata.core.column.DoubleColumn(DataTypes.FLOAT32, f), longs(DataTypes.UINT8, u)};
        GroupTable pair = GroupTable.create(types, true);
        assertInstanceOf(Packed128KeyGroupTable.class, pair);
        GroupTable serialized = new SerializedKeyGroupTable(types, true);
        int[] a = new int[n], b = new int[n];
        // two chunks: groups found again across calls and across a rehash
        for (int from : new int[] {0, n / 2}) {
            Column[] part = new Column[keys.length];
            for (int k = 0; k < keys.length; k++) part[k] = keys[k].slice(from, n / 2);
            int[] pa = new int[n / 2], pb = new int[n / 2];
            pair.findOrInsert(part, n / 2, pa);
            serialized.findOrInsert(part, n / 2, pb);
            System.arraycopy(pa, 0, a, from, n / 2);
            System.arraycopy(pb, 0, b, from, n / 2);
        }
        assertArrayEquals(b, a);
        assertTrue(pair.groupCount() > 100 && pair.groupCount() < n, "groups: " + pair.groupCount());
        Column[] pk = pair.keyColumns(), sk = serialized.keyColumns();
        for (int k = 0; k < pk.length; k++) {
            for (int g = 0; g < pair.groupCount(); g++) assertEquals(sk[k].isNullAt(g), pk[k].isNullAt(g));
        }
        assertInstanceOf(SerializedKeyGroupTable.class, GroupTable.create(List.of(DataTypes.INT64, DataTypes.INT64, DataTypes.UINT8), false));
        assertInstanceOf(SerializedKeyGroupTable.class, GroupTable.create(List.of(DataTypes.nullable(DataTypes.INT64), DataTypes.INT32), false));
    }

    /**
     * Plain integer keys in the pair table keep no second copy: keyColumns() unpacks them from the
     * packed pairs, and must give back exactly the serialized table's keys (sign-extended signed
     * values, zero-extended unsigned ones with the high bit set), also after a reserve.
     */
    @Test
    void pairPackedIntegerKeysComeBackUnpacked() {
        java.util.Random random = new java.util.Random(11);
        int n = 40_000;
        long[] wide = new long[n], i32 = new long[n], u16 = new long[n], i8 = new long[n];
        long[] edges64 = {Long.MIN_VALUE, Long.MAX_VALUE, -1, 0};
        for (int i = 0; i < n; i++) {
            wide[i] = random.nextInt(5) == 0 ? edges64[random.nextInt(4)] : random.nextLong(1000) - 500;
            i32[i] = random.nextInt(4) == 0 ? (random.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE) : random.nextInt(7) - 3;
            u16[i] = random.nextInt(4) == 0 ? 0xFFFF - random.nextInt(2) : random.nextInt(3);
            i8[i] = random.nextInt(4) == 0 ? -128 : random.nextInt(5) - 2;
        }
        List<io.strata.core.type.DataType> types = List.of(DataTypes.INT64, DataTypes.INT32, DataTypes.UINT16, DataTypes.INT8);
        Column[] keys = {int64(wide), longs(DataTypes.INT32, i32), longs(DataTypes.UINT16, u16), longs(DataTypes.INT8, i8)};
        GroupTable pair = GroupTable.create(types, true);
        assertInstanceOf(Packed128KeyGroupTable.class, pair);
        GroupTable serialized = new SerializedKeyGroupTable(types, true);
        int[] pa = new int[n / 2], pb = new int[n / 2];
        for (int from : new int[] {0, n / 2}) {
            Column[] part = new Column[keys.length];
            for (int k = 0; k < keys.length; k++) part[k] = keys[k].slice(from, n / 2);
            pair.findOrInsert(part, n / 2, pa);
            serialized.findOrInsert(part, n / 2, pb);
            assertArrayEquals(pb, pa);
            if (from == 0) pair.reserve(3 * pair.groupCount());
        }
        Column[] pk = pair.keyColumns(), sk = serialized.keyColumns();
        assertEquals(serialized.groupCount(), pair.groupCount());
        for (int k = 0; k < pk.length; k++) {
            assertEquals(types.get(k), pk[k].type());
            assertEquals(pair.groupCount(), pk[k].size());
            assertArrayEquals(java.util.Arrays.copyOf(((io.strata.core.column.LongColumn) sk[k]).values(), pair.groupCount()),
                    java.util.Arrays.copyOf(((io.strata.core.column.LongColumn) pk[k]).values(), pair.groupCount()), "key " + k);
        }
    }
}
