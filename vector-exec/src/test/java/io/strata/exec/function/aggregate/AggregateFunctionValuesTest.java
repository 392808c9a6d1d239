package io.strata.exec.function.aggregate;

import static io.strata.exec.function.aggregate.AggregateTesting.bind;
import static io.strata.exec.function.aggregate.AggregateTesting.doubles;
import static io.strata.exec.function.aggregate.AggregateTesting.longs;
import static io.strata.exec.function.aggregate.AggregateTesting.run;
import static io.strata.exec.function.aggregate.AggregateTesting.strings;
import static io.strata.exec.function.aggregate.AggregateTesting.typeOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.column.BigColumn;
import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.AggregateFunction;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DecimalType;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Exact results and result types, as ClickHouse gives them. */
class AggregateFunctionValuesTest {

    private static LongColumn numbers(int n) {
        return longs(DataTypes.UINT64, LongStream.range(0, n).toArray());
    }

    private static String str(Object o) {
        return new String((byte[]) o, StandardCharsets.UTF_8);
    }

    @Test
    void countCountsRowsAndIsCaseInsensitive() {
        assertEquals(10L, run("count", List.of(), numbers(10)));
        assertEquals(DataTypes.UINT64, typeOf("COUNT", List.of()));
        assertEquals(3L, run("Count", List.of(), strings(DataTypes.STRING, "a", "b", "a")));
        assertFalse(AggregateTesting.function("count").returnsNullableForNullableArguments());
    }

    @Test
    void sumResultTypesAndValues() {
        assertEquals(DataTypes.UINT64, typeOf("sum", List.of(), DataTypes.UINT8));
        assertEquals(DataTypes.INT64, typeOf("sum", List.of(), DataTypes.INT8));
        assertEquals(DataTypes.FLOAT64, typeOf("sum", List.of(), DataTypes.FLOAT32));
        assertEquals(new DecimalType(38, 2), typeOf("sum", List.of(), new DecimalType(9, 2)));
        assertEquals(new DecimalType(76, 4), typeOf("SUM", List.of(), new DecimalType(50, 4)));
        assertEquals(45L, run("sum", List.of(), numbers(10)));
        assertEquals(765L, run("sum", List.of(), longs(DataTypes.UINT8, 255, 255, 255)));
        assertEquals(-6L, run("sum", List.of(), longs(DataTypes.INT8, -1, -2, -3)));
        assertEquals(1.75, run("sum", List.of(), doubles(DataTypes.FLOAT64, 1.5, 0.25)));
        // Wraps around like ClickHouse's Int64 / UInt64 arithmetic.
        assertEquals(Long.MIN_VALUE, run("sum", List.of(), longs(DataTypes.INT64, Long.MAX_VALUE, 1)));
        assertEquals(1L, run("sum", List.of(), longs(DataTypes.UINT64, -1L, 2)));
        // Decimal(9, 2): 1.50 + 2.25 - 0.05 = 3.70, unscaled 370, in a 128-bit sum.
        assertEquals(BigInteger.valueOf(370), run("sum", List.of(), longs(new DecimalType(9, 2), 150, 225, -5)));
        BigInteger big = BigInteger.valueOf(Long.MAX_VALUE);
        assertEquals(big.multiply(BigInteger.valueOf(3)), run("sum", List.of(), longs(new DecimalType(18, 0), Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE)));
        DecimalType d30 = new DecimalType(30, 0);
        BigInteger max128 = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE);
        Column wide = new BigColumn(d30, new BigInteger[] {max128, BigInteger.ONE}, 2);
        assertEquals(BigInteger.ONE.shiftLeft(127).negate(), run("sum", List.of(), wide));
        assertThrowsCode(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, () -> bind("sum", List.of(), List.of(DataTypes.STRING)));
        assertThrowsCode(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, () -> bind("sum", List.of(), List.of()));
    }

    @Test
    void avgIsFloat64() {
        assertEquals(DataTypes.FLOAT64, typeOf("avg", List.of(), DataTypes.UINT8));
        assertEquals(DataTypes.FLOAT64, typeOf("avg", List.of(), new DecimalType(9, 2)));
        assertEquals(4.5, run("avg", List.of(), numbers(10)));
        assertEquals(1.25, run("avg", List.of(), longs(new DecimalType(9, 2), 100, 150)));
        assertEquals(1.8446744073709552E19, run("avg", List.of(), longs(DataTypes.UINT64, -1L)));
        assertTrue(Double.isNaN((Double) run("avg", List.of(), longs(DataTypes.INT32))));
        assertEquals(0.0, run("avgOrDefault", List.of(), longs(DataTypes.INT32)));
    }

    @Test
    void minMaxKeepTheArgumentType() {
        assertEquals(DataTypes.DATETIME, typeOf("min", List.of(), DataTypes.DATETIME));
        assertEquals(DataTypes.STRING, typeOf("MAX", List.of(), DataTypes.STRING));
        assertEquals(-3L, run("min", List.of(), longs(DataTypes.INT32, 5, -3, 7)));
        assertEquals(7L, run("max", List.of(), longs(DataTypes.INT32, 5, -3, 7)));
        // UInt64 compares unsigned: 2^64-1 is the maximum.
        assertEquals(-1L, run("max", List.of(), longs(DataTypes.UINT64, 1, -1L, 5)));
        assertEquals(1L, run("min", List.of(), longs(DataTypes.UINT64, 1, -1L, 5)));
        assertEquals("b", str(run("max", List.of(), strings(DataTypes.STRING, "a", "b", "ab", ""))));
        assertEquals("", str(run("min", List.of(), strings(DataTypes.STRING, "a", "b", "ab", ""))));
        // Strings compare by unsigned bytes: 'é' (0xC3 0xA9) sorts after 'z'.
        assertEquals("é", str(run("max", List.of(), strings(DataTypes.STRING, "z", "é"))));
        assertEquals(1.0, run("min", List.of(), doubles(DataTypes.FLOAT64, Double.NaN, 2, 1)));
        assertEquals(2.0, run("max", List.of(), doubles(DataTypes.FLOAT64, 2, Double.NaN, 1)));
        assertEquals(0L, run("min", List.of(), longs(DataTypes.INT32)));
        // arrays (and tuples) compare lexicographically, as in ClickHouse
        assertEquals(new ArrayType(DataTypes.INT32), typeOf("min", List.of(), new ArrayType(DataTypes.INT32)));
    }

    @Test
    void anyAndAnyLast() {
        assertEquals("x", str(run("any", List.of(), strings(DataTypes.STRING, "x", "y", "z"))));
        assertEquals("z", str(run("anyLast", List.of(), strings(DataTypes.STRING, "x", "y", "z"))));
        assertEquals(3L, run("any_value", List.of(), longs(DataTypes.INT32, 3, 4)));
        assertEquals(4L, run("last_value", List.of(), longs(DataTypes.INT32, 3, 4)));
    }

    @Test
    void argMinArgMaxTakeTheFirstOnTies() {
        Column names = strings(DataTypes.STRING, "a", "b", "c", "d");
        Column vals = longs(DataTypes.INT32, 1, 3, 3, 1);
        assertEquals("b", str(run("argMax", List.of(), names, vals)));
        assertEquals("a", str(run("argMin", List.of(), names, vals)));
        assertEquals(DataTypes.STRING, typeOf("argMax", List.of(), DataTypes.STRING, DataTypes.INT32));
        assertEquals(20L, run("argMax", List.of(), longs(DataTypes.INT64, 10, 20), strings(DataTypes.STRING, "a", "b")));
    }

    @Test
    void uniqExactAndUniq() {
        Column s = strings(DataTypes.STRING, "a", "b", "a", "", "ab", "");
        assertEquals(4L, run("uniqExact", List.of(), s));
        assertEquals(4L, run("uniq", List.of(), s));
        assertEquals(DataTypes.UINT64, typeOf("uniq", List.of(), DataTypes.STRING));
        assertEquals(3L, run("uniqExact", List.of(), strings(DataTypes.STRING, "a", "b", "a", "b"), longs(DataTypes.INT32, 1, 1, 1, 2)));
        assertEquals(2L, run("uniqExact", List.of(), doubles(DataTypes.FLOAT64, 0.0, -0.0, Double.NaN, Double.NaN)));
        assertEquals(1000L, run("uniq", List.of(), numbers(1000)));
        assertFalse(AggregateTesting.function("uniq").returnsNullableForNullableArguments());
    }

    @Test
    void uniqIsExactBelowTheThresholdAndCloseAbove() {
        int n = UniquesHashSketch.MAX_SIZE;
        assertEquals((long) n, run("uniq", List.of(), numbers(n)));
        long big = 1_000_000;
        long estimate = (Long) run("uniq", List.of(), numbers((int) big));
        assertTrue(Math.abs(estimate - big) < big * 0.02, "estimate " + estimate);
        // The estimate depends only on the set of values: merging halves gives the same number.
        AggregateFunction.BoundAggregate b = bind("uniq", List.of(), List.of(DataTypes.UINT64));
        AggregateFunction.Accumulator x = b.createAccumulator(), y = b.createAccumulator();
        x.ensureCapacity(1);
        y.ensureCapacity(1);
        Column all = numbers((int) big);
        x.addAll(0, new Column[] {all.slice(0, 300_000)}, 300_000);
        y.addAll(0, new Column[] {all.slice(200_000, 800_000)}, 800_000);
        x.merge(y, new int[] {0}, 1);
        assertEquals(estimate, x.result(1).getObject(0));
    }

    @Test
    void groupArray() {
        assertEquals(List.of(1L, 2L, 3L), run("groupArray", List.of(), longs(DataTypes.INT32, 1, 2, 3)));
        assertEquals(List.of(1L, 2L), run("groupArray", List.of(2L), longs(DataTypes.INT32, 1, 2, 3)));
        assertEquals(new ArrayType(DataTypes.STRING), typeOf("groupArray", List.of(), DataTypes.STRING));
        assertEquals(List.of(), run("groupArray", List.of(), longs(DataTypes.INT32)));
        assertThrowsCode(ErrorCode.BAD_ARGUMENTS, () -> bind("groupArray", List.of(0L), List.of(DataTypes.INT32)));
        assertFalse(AggregateTesting.function("groupArray").returnsNullableForNullableArguments());
    }

    @Test
    void quantileInterpolatesAndQuantileExactDoesNot() {
        assertEquals(4.5, run("quantile", List.of(0.5), numbers(10)));
        assertEquals(4.5, run("median", List.of(), numbers(10)));
        assertEquals(DataTypes.FLOAT64, typeOf("quantile", List.of(0.5), DataTypes.UINT64));
        assertEquals(DataTypes.FLOAT32, typeOf("quantile", List.of(0.5), DataTypes.FLOAT32));
        assertEquals(DataTypes.DATE, typeOf("quantile", List.of(0.5), DataTypes.DATE));
        assertEquals(8.1, (Double) run("quantile", List.of(0.9), numbers(10)), 1e-12);
        assertEquals(0.0, run("quantile", List.of(0), numbers(10)));
        assertEquals(9.0, run("quantile", List.of(1), numbers(10)));
        assertEquals(List.of(0.9, 4.5, 9.0), roundAll(run("quantiles", List.of(0.1, 0.5, 1.0), numbers(10))));
        assertEquals(new ArrayType(DataTypes.FLOAT64), typeOf("quantiles", List.of(0.1, 0.5), DataTypes.INT32));
        assertTrue(Double.isNaN((Double) run("quantile", List.of(0.5), numbers(0))));
        // Dates: the interpolated day is truncated.
        assertEquals(18262L, run("quantile", List.of(0.5), longs(DataTypes.DATE, 18262, 18263)));

        assertEquals(5L, run("quantileExact", List.of(0.5), numbers(10)));
        assertEquals(DataTypes.UINT64, typeOf("quantileExact", List.of(0.5), DataTypes.UINT64));
        assertEquals(5L, run("medianExact", List.of(), numbers(10)));
        assertEquals(9L, run("quantileExact", List.of(1), numbers(10)));
        assertEquals(List.of(0L, 5L, 9L), run("quantilesExact", List.of(0, 0.5, 1), numbers(10)));
        assertEquals(-1L, run("quantileExact", List.of(1), longs(DataTypes.UINT64, 5, -1L, 7)));
        assertEquals(2.5, run("quantileExact", List.of(0.5), doubles(DataTypes.FLOAT64, 3.5, 2.5, 1.5)));
        assertThrowsCode(ErrorCode.PARAMETER_OUT_OF_BOUND, () -> bind("quantile", List.of(1.5), List.of(DataTypes.INT32)));
        assertThrowsCode(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, () -> bind("quantile", List.of(0.5), List.of(DataTypes.STRING)));
    }

    @Test
    void quantileSamplesLargeInputs() {
        double q = (Double) run("quantile", List.of(0.5), numbers(100_000));
        assertTrue(Math.abs(q - 50_000) < 2_500, "median estimate " + q);
    }

    private static List<Double> roundAll(Object o) {
        return ((List<?>) o).stream().map(x -> Math.round((Double) x * 1e9) / 1e9).toList();
    }

    @Test
    void ifCombinator() {
        Column cond = longs(DataTypes.UINT8, 1, 0, 1, 0, 1);
        Column x = longs(DataTypes.INT32, 1, 2, 3, 4, 5);
        assertEquals(3L, run("countIf", List.of(), cond));
        assertEquals(9L, run("sumIf", List.of(), x, cond));
        assertEquals(DataTypes.INT64, typeOf("sumIf", List.of(), DataTypes.INT32, DataTypes.UINT8));
        assertEquals(2L, run("uniqExactIf", List.of(), strings(DataTypes.STRING, "a", "b", "a", "c", "b"), cond));
        assertEquals(3.0, run("quantileIf", List.of(0.5), x, cond));
        assertEquals(List.of(1L, 3L, 5L), run("groupArrayIf", List.of(), x, cond));
        // A Nullable(UInt8) condition that reaches the accumulator: NULL counts as false.
        Column nullableCond = new NullableColumn(DataTypes.nullable(DataTypes.UINT8), cond, new byte[] {0, 0, 1, 0, 0});
        assertEquals(6L, run("sumIf", List.of(), x, nullableCond));
        assertThrowsCode(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, () -> bind("sumIf", List.of(), List.of(DataTypes.INT32, DataTypes.STRING)));
        assertEquals("sumIf", AggregateTesting.function("sumIf").name());
    }

    @Test
    void distinctAndOrNullCombinators() {
        Column x = longs(DataTypes.INT32, 1, 2, 2, 3, 3, 3);
        assertEquals(6L, run("sumDistinct", List.of(), x));
        assertEquals(3L, run("countDistinct", List.of(), x));
        assertEquals(List.of(1L, 2L, 3L), run("groupArrayDistinct", List.of(), x));
        assertEquals(DataTypes.nullable(DataTypes.INT32), typeOf("maxOrNull", List.of(), DataTypes.INT32));
        assertNull(run("maxOrNull", List.of(), longs(DataTypes.INT32)));
        assertEquals(3L, run("maxOrNull", List.of(), x));
        assertEquals(new ArrayType(DataTypes.INT32), typeOf("groupArrayOrNull", List.of(), DataTypes.INT32));
        assertEquals(0L, run("sumOrDefault", List.of(), longs(DataTypes.INT32)));
        assertNull(run("sumOrNullIf", List.of(), x, longs(DataTypes.UINT8, 0, 0, 0, 0, 0, 0)));
        assertNull(AggregateFunctions.resolveCombinators("noSuchFunctionIf", AggregateTesting::lookup));
        assertNull(AggregateFunctions.resolveCombinators("If", AggregateTesting::lookup));
    }

    @Test
    void multipleGroupsAndStatesOfStrings() {
        AggregateFunction.BoundAggregate b = bind("max", List.of(), List.of(DataTypes.STRING));
        AggregateFunction.Accumulator acc = b.createAccumulator();
        acc.ensureCapacity(3);
        StringColumnBuilder sb = new StringColumnBuilder(DataTypes.STRING, 4);
        for (String s : List.of("b", "x", "a", "y")) sb.append(s);
        acc.add(new int[] {0, 1, 0, 1}, new Column[] {sb.build()}, 4);
        Column r = acc.result(3);
        assertArrayEquals("b".getBytes(), (byte[]) r.getObject(0));
        assertArrayEquals("y".getBytes(), (byte[]) r.getObject(1));
        assertArrayEquals(new byte[0], (byte[]) r.getObject(2));
    }

    private static void assertThrowsCode(ErrorCode code, Runnable r) {
        DbException e = assertThrows(DbException.class, r::run);
        assertEquals(code, e.code(), e.getMessage());
    }
}
