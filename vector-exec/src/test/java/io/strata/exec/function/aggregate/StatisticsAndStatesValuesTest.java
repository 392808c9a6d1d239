package io.strata.exec.function.aggregate;

import static io.strata.exec.function.aggregate.AggregateTesting.bind;
import static io.strata.exec.function.aggregate.AggregateTesting.doubles;
import static io.strata.exec.function.aggregate.AggregateTesting.longs;
import static io.strata.exec.function.aggregate.AggregateTesting.run;
import static io.strata.exec.function.aggregate.AggregateTesting.strings;
import static io.strata.exec.function.aggregate.AggregateTesting.typeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.AggregateFunction;
import io.strata.core.function.ScalarFunction;
import io.strata.core.type.AggregateFunctionType;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DecimalType;
import io.strata.core.function.FunctionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Exact results of the statistics, uniq variants, groupUniqArray and the state combinators, as ClickHouse gives them. */
class StatisticsAndStatesValuesTest {

    private static LongColumn numbers(long from, long to) {
        return longs(DataTypes.UINT64, LongStream.range(from, to).toArray());
    }

    private static double d(Object o) {
        return (Double) o;
    }

    private static void assertThrowsCode(ErrorCode code, Runnable r) {
        DbException e = assertThrows(DbException.class, r::run);
        assertEquals(code, e.code(), e.getMessage());
    }

    @Test
    void varianceAndStandardDeviation() {
        Column x = longs(DataTypes.INT32, 2, 4, 4, 4, 5, 5, 7, 9);
        assertEquals(4.0, run("varPop", List.of(), x));
        assertEquals(4.571428571428571, run("varSamp", List.of(), x));
        assertEquals(2.0, run("stddevPop", List.of(), x));
        assertEquals(Math.sqrt(32.0 / 7), run("stddevSamp", List.of(), x));
        assertEquals(1.25, run("varPop", List.of(), numbers(1, 5)));
        assertEquals(1.6666666666666667, run("varSamp", List.of(), numbers(1, 5)));
        assertEquals(1.25, run("VAR_POP", List.of(), numbers(1, 5)));
        assertEquals(1.25, run("var_pop", List.of(), numbers(1, 5)));
        assertEquals(Math.sqrt(1.25), run("STD", List.of(), numbers(1, 5)));
        assertEquals(1.25, run("varPopStable", List.of(), numbers(1, 5)));
        assertEquals(DataTypes.FLOAT64, typeOf("varPop", List.of(), DataTypes.UINT8));
        assertEquals(DataTypes.FLOAT64, typeOf("stddevSamp", List.of(), new DecimalType(9, 2)));
        // Decimal(9, 2): 1.00, 2.00, 3.00.
        assertEquals(1.0, run("varSamp", List.of(), longs(new DecimalType(9, 2), 100, 200, 300)));
        // Edge cases as modern ClickHouse: nan without rows, nan for a sample of one.
        assertTrue(Double.isNaN(d(run("varPop", List.of(), longs(DataTypes.INT32)))));
        assertEquals(0.0, run("varPop", List.of(), longs(DataTypes.INT32, 7)));
        assertTrue(Double.isNaN(d(run("varSamp", List.of(), longs(DataTypes.INT32, 7)))));
        assertTrue(Double.isNaN(d(run("stddevSamp", List.of(), longs(DataTypes.INT32, 7)))));
        // Numerically stable: a large offset does not destroy a small variance.
        assertEquals(1.25, d(run("varPop", List.of(), doubles(DataTypes.FLOAT64, 1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4))), 1e-6);
        assertThrowsCode(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, () -> bind("varPop", List.of(), List.of(DataTypes.STRING)));
        assertThrowsCode(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, () -> bind("varPop", List.of(), List.of(DataTypes.INT32, DataTypes.INT32)));
        assertThrowsCode(ErrorCode.AGGREGATE_FUNCTION_DOESNT_ALLOW_PARAMETERS, () -> bind("varPop", List.of(1L), List.of(DataTypes.INT32)));
    }

    @Test
    void covarianceAndCorrelation() {
        Column x = longs(DataTypes.INT32, 1, 2, 3, 4);
        Column y = doubles(DataTypes.FLOAT64, 2, 4, 6, 8);
        assertEquals(2.5, run("covarPop", List.of(), x, y));
        assertEquals(10.0 / 3, d(run("covarSamp", List.of(), x, y)), 1e-15);
        assertEquals(1.0, d(run("corr", List.of(), x, y)), 1e-15);
        assertEquals(-1.0, d(run("corr", List.of(), x, doubles(DataTypes.FLOAT64, 8, 6, 4, 2))), 1e-15);
        assertEquals(2.5, run("COVAR_POP", List.of(), x, y));
        assertTrue(Double.isNaN(d(run("corr", List.of(), x, doubles(DataTypes.FLOAT64, 1, 1, 1, 1)))));
        assertTrue(Double.isNaN(d(run("covarSamp", List.of(), longs(DataTypes.INT32, 1), longs(DataTypes.INT32, 1)))));
        assertTrue(Double.isNaN(d(run("covarPop", List.of(), longs(DataTypes.INT32), longs(DataTypes.INT32)))));
        assertThrowsCode(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, () -> bind("corr", List.of(), List.of(DataTypes.INT32)));
    }

    @Test
    void sumWithOverflowWrapsInTheArgumentType() {
        assertEquals(DataTypes.UINT8, typeOf("sumWithOverflow", List.of(), DataTypes.UINT8));
        assertEquals(44L, run("sumWithOverflow", List.of(), longs(DataTypes.UINT8, 200, 100)));
        assertEquals(-56L, run("sumWithOverflow", List.of(), longs(DataTypes.INT8, 100, 100)));
        assertEquals(Integer.MIN_VALUE + 0L, run("sumWithOverflow", List.of(), longs(DataTypes.INT32, Integer.MAX_VALUE, 1)));
        assertEquals(45L, run("sumWithOverflow", List.of(), numbers(0, 10)));
        assertEquals(1.75, run("sumWithOverflow", List.of(), doubles(DataTypes.FLOAT64, 1.5, 0.25)));
        assertThrowsCode(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, () -> bind("sumWithOverflow", List.of(), List.of(DataTypes.STRING)));
    }

    @Test
    void uniqVariantsAreExactForSmallSets() {
        Column x = longs(DataTypes.INT32, 1, 2, 2, 3, 3, 3);
        for (String f : List.of("uniqCombined", "uniqCombined64", "uniqHLL12")) {
            assertEquals(3L, run(f, List.of(), x), f);
            assertEquals(2L, run(f, List.of(), strings(DataTypes.STRING, "a", "b", "a")), f);
            assertEquals(0L, run(f, List.of(), longs(DataTypes.INT32)), f);
            assertEquals(DataTypes.UINT64, typeOf(f, List.of(), DataTypes.STRING));
        }
        assertEquals(3L, run("uniqCombined", List.of(12L), x));
        assertThrowsCode(ErrorCode.ARGUMENT_OUT_OF_BOUND, () -> bind("uniqCombined", List.of(25L), List.of(DataTypes.INT32)));
        assertThrowsCode(ErrorCode.AGGREGATE_FUNCTION_DOESNT_ALLOW_PARAMETERS, () -> bind("uniqHLL12", List.of(12L), List.of(DataTypes.INT32)));
        // Beyond the small set: a HyperLogLog with 4096 registers, standard error ~1.6%.
        long est = (Long) run("uniqHLL12", List.of(), numbers(0, 100_000));
        assertTrue(Math.abs(est - 100_000) < 5_000, "uniqHLL12 estimate " + est);
        long small = (Long) run("uniqHLL12", List.of(), numbers(0, 1000));
        assertTrue(Math.abs(small - 1000) < 50, "uniqHLL12 estimate " + small);
        // ClickHouse 18.16: SELECT uniqCombined(number) FROM numbers(50000) = 50159 (past the exact tiers)
        assertEquals(50_159L, run("uniqCombined", List.of(), numbers(0, 50_000)));
    }

    @Test
    void groupUniqArrayKeepsFirstAppearances() {
        Column x = longs(DataTypes.INT32, 3, 1, 3, 2, 1);
        assertEquals(new ArrayType(DataTypes.INT32), typeOf("groupUniqArray", List.of(), DataTypes.INT32));
        assertEquals(List.of(3L, 1L, 2L), run("groupUniqArray", List.of(), x));
        assertEquals(List.of(3L, 1L), run("groupUniqArray", List.of(2L), x));
        Object s = run("groupUniqArray", List.of(), strings(DataTypes.STRING, "b", "a", "b"));
        assertEquals(2, ((List<?>) s).size());
        assertThrowsCode(ErrorCode.BAD_ARGUMENTS, () -> bind("groupUniqArray", List.of(0L), List.of(DataTypes.INT32)));
    }

    @Test
    void topKIsMostFrequentFirst() {
        Column x = longs(DataTypes.UINT8, 1, 1, 1, 2, 2, 3, 4, 4, 4, 4, 5);
        assertEquals(new ArrayType(DataTypes.UINT8), typeOf("topK", List.of(3L), DataTypes.UINT8));
        assertEquals(List.of(4L, 1L, 2L), run("topK", List.of(3L), x));
        assertEquals(List.of(4L, 1L, 2L, 3L, 5L), run("topK", List.of(), x));
        assertEquals(List.of(0L, 1L), run("topK", List.of(2L), numbers(0, 3)));
        Object s = run("topK", List.of(2L), strings(DataTypes.STRING, "a", "b", "b", "c", "c", "c"));
        assertEquals(List.of("c", "b"), ((List<?>) s).stream().map(o -> new String((byte[]) o)).toList());
        assertThrowsCode(ErrorCode.ARGUMENT_OUT_OF_BOUND, () -> bind("topK", List.of(0L), List.of(DataTypes.INT32)));
        assertThrowsCode(ErrorCode.ARGUMENT_OUT_OF_BOUND, () -> bind("topK", List.of(100_000L), List.of(DataTypes.INT32)));
    }

    /** Runs an aggregate over groups (ids) and returns its result column. */
    private static Column runGroups(String name, List<Object> params, int groups, int[] ids, Column... args) {
        List<DataType> types = new ArrayList<>();
        for (Column c : args) types.add(c.type());
        AggregateFunction.BoundAggregate b = bind(name, params, types);
        AggregateFunction.Accumulator acc = b.createAccumulator();
        acc.ensureCapacity(groups);
        acc.add(ids, args, ids.length);
        Column r = acc.result(groups);
        assertEquals(b.returnType(), r.type());
        return r;
    }

    private static Column finalizeAggregation(Column states) {
        ScalarFunction f = new FinalizeAggregationFunction();
        ScalarFunction.BoundFunction b = f.bind(new ScalarFunction.BindContext() {
            @Override public List<DataType> argumentTypes() { return List.of(states.type()); }
            @Override public Column constantArgument(int i) { return null; }
            @Override public FunctionContext functionContext() { return AggregateTesting.context(); }
        });
        Column r = b.execute(new Column[] {states}, states.size());
        assertEquals(b.returnType(), r.type());
        return r;
    }

    @Test
    void stateTypesAreNamedAsClickHouseNamesThem() {
        assertEquals("AggregateFunction(sum, UInt64)", typeOf("sumState", List.of(), DataTypes.UINT64).name());
        assertEquals("AggregateFunction(quantile(0.5), Float64)", typeOf("quantileState", List.of(0.5), DataTypes.FLOAT64).name());
        assertEquals("AggregateFunction(quantiles(0.1, 0.9), UInt8)", typeOf("quantilesState", List.of(0.1, 0.9), DataTypes.UINT8).name());
        assertEquals("AggregateFunction(quantile, UInt8)", typeOf("medianState", List.of(), DataTypes.UINT8).name());
        assertEquals("AggregateFunction(count)", typeOf("countState", List.of()).name());
        assertEquals("AggregateFunction(sumIf, Int32, UInt8)", typeOf("sumIfState", List.of(), DataTypes.INT32, DataTypes.UINT8).name());
        assertEquals("AggregateFunction(groupArray(10), String)", typeOf("groupArrayState", List.of(10L), DataTypes.STRING).name());
        DataType st = typeOf("sumState", List.of(), DataTypes.UINT64);
        assertEquals(st, typeOf("sumMergeState", List.of(), st));
        assertEquals(DataTypes.UINT64, typeOf("sumMerge", List.of(), st));
        assertEquals(DataTypes.FLOAT64, typeOf("avgMerge", List.of(), typeOf("avgState", List.of(), DataTypes.INT32)));
    }

    @Test
    void stateMergeAndFinalize() {
        // SELECT finalizeAggregation(sumState(number)) FROM numbers(10) → 45
        Column oneState = runGroups("sumState", List.of(), 1, new int[10], numbers(0, 10));
        assertEquals(45L, finalizeAggregation(oneState).getObject(0));
        // SELECT sumMerge(s) FROM (SELECT sumState(number) AS s FROM numbers(10) GROUP BY number % 3) → 45
        int[] byMod3 = new int[10];
        for (int i = 0; i < 10; i++) byMod3[i] = i % 3;
        Column three = runGroups("sumState", List.of(), 3, byMod3, numbers(0, 10));
        assertEquals(List.of(18L, 12L, 15L), List.of(finalizeAggregation(three).getObject(0), finalizeAggregation(three).getObject(1),
                finalizeAggregation(three).getObject(2)));
        assertEquals(45L, run("sumMerge", List.of(), three));
        // uniqExactMerge over states of number % 5 by number % 2 → 5
        int[] byMod2 = new int[20];
        long[] mod5 = new long[20];
        for (int i = 0; i < 20; i++) {
            byMod2[i] = i % 2;
            mod5[i] = i % 5;
        }
        Column uniqStates = runGroups("uniqExactState", List.of(), 2, byMod2, longs(DataTypes.UINT64, mod5));
        assertEquals(5L, run("uniqExactMerge", List.of(), uniqStates));
        int[] ten = new int[10];
        for (int i = 0; i < 10; i++) ten[i] = i % 2;
        assertEquals(4.5, run("avgMerge", List.of(), runGroups("avgState", List.of(), 2, ten, numbers(0, 10))));
        // -MergeState keeps a state: finalizing it gives the merged value.
        Column merged = runGroups("sumMergeState", List.of(), 1, new int[3], three);
        assertEquals(45L, finalizeAggregation(merged).getObject(0));
        // The empty value is the state of no rows.
        Column empty = three.type().defaultColumn(2);
        assertEquals(List.of(0L, 0L), List.of(finalizeAggregation(empty).getObject(0), finalizeAggregation(empty).getObject(1)));
        // A quantile state keeps its level; quantileMerge(0.9) asks for another one.
        Column q = runGroups("quantileState", List.of(0.5), 1, new int[10], numbers(0, 10));
        assertEquals("AggregateFunction(quantile(0.5), UInt64)", q.type().name());
        assertEquals(4.5, finalizeAggregation(q).getObject(0));
        assertEquals(4.5, run("quantileMerge", List.of(), q));
        assertEquals(8.1, d(run("quantileMerge", List.of(0.9), q)), 1e-12);
    }

    @Test
    void stateTypeMismatchesAreRejected() {
        DataType sumState = typeOf("sumState", List.of(), DataTypes.UINT64);
        assertThrowsCode(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, () -> bind("avgMerge", List.of(), List.of(sumState)));
        assertThrowsCode(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, () -> bind("sumMerge", List.of(), List.of(DataTypes.UINT64)));
        assertThrowsCode(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, () -> finalizeAggregation(numbers(0, 1)));
        // A parsed type resolves its function by name, including aliases and combinators.
        DataType parsed = DataTypes.parse("AggregateFunction(sumIf, UInt64, UInt8)");
        assertEquals(DataTypes.UINT64, typeOf("sumIfMerge", List.of(), parsed));
        assertEquals(DataTypes.UINT64, AggregateStates.bind((AggregateFunctionType) parsed, AggregateTesting.context()).returnType());
        // Corrupt state bytes fail instead of producing a value.
        Column bad = AggregateTesting.strings(sumState, "xyz");
        assertThrowsCode(ErrorCode.ATTEMPT_TO_READ_AFTER_EOF, () -> finalizeAggregation(bad));
        Column tooLong = AggregateTesting.strings(sumState, "123456789");
        assertThrowsCode(ErrorCode.CANNOT_READ_ALL_DATA, () -> finalizeAggregation(tooLong));
    }

    private static ArrayColumn intArrays(DataType element, long[][] rows) {
        List<Long> all = new ArrayList<>();
        int[] offsets = new int[rows.length + 1];
        for (int i = 0; i < rows.length; i++) {
            for (long v : rows[i]) all.add(v);
            offsets[i + 1] = all.size();
        }
        return new ArrayColumn(new ArrayType(element), offsets, longs(element, all.stream().mapToLong(Long::longValue).toArray()), rows.length);
    }

    @Test
    void arrayAndForEachCombinators() {
        ArrayColumn a = intArrays(DataTypes.UINT8, new long[][] {{1, 2}, {}, {3}});
        assertEquals(6L, run("sumArray", List.of(), a));
        assertEquals(DataTypes.UINT64, typeOf("sumArray", List.of(), a.type()));
        assertEquals(3L, run("countArray", List.of(), a));
        assertEquals(3L, run("uniqExactArray", List.of(), a));
        assertEquals(List.of(1L, 2L, 3L), run("groupArrayArray", List.of(), a));
        // Rows of a slice start at a non-zero offset.
        assertEquals(3L, run("sumArray", List.of(), a.slice(1, 2)));
        ArrayColumn b = intArrays(DataTypes.UINT8, new long[][] {{1, 1}, {}, {0}});
        assertEquals(0.0, d(run("covarPopArray", List.of(), a, intArrays(DataTypes.UINT8, new long[][] {{5, 5}, {}, {5}}))), 0);
        ArrayColumn bad = intArrays(DataTypes.UINT8, new long[][] {{1}, {}, {0}});
        assertThrowsCode(ErrorCode.SIZES_OF_ARRAYS_DONT_MATCH, () -> run("covarPopArray", List.of(), a, bad));
        assertEquals(3L, run("sumIfArray", List.of(), a, b));
        assertThrowsCode(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, () -> bind("sumArray", List.of(), List.of(DataTypes.UINT8)));
        // Nullable elements are skipped.
        Column values = new NullableColumn(DataTypes.nullable(DataTypes.INT32), longs(DataTypes.INT32, 1, 100, 2), new byte[] {0, 1, 0});
        ArrayColumn withNulls = new ArrayColumn(new ArrayType(DataTypes.nullable(DataTypes.INT32)), new int[] {0, 3}, values, 1);
        assertEquals(3L, run("sumArray", List.of(), withNulls));

        ArrayColumn f = intArrays(DataTypes.UINT8, new long[][] {{1, 2}, {10, 20, 30}, {}});
        assertEquals(new ArrayType(DataTypes.UINT64), typeOf("sumForEach", List.of(), f.type()));
        assertEquals(List.of(11L, 22L, 30L), run("sumForEach", List.of(), f));
        assertEquals(List.of(5.5, 11.0, 30.0), run("avgForEach", List.of(), f));
        assertEquals(List.of(), run("sumForEach", List.of(), intArrays(DataTypes.UINT8, new long[][] {{}})));
    }

    @Test
    void stateColumnsAreBytesAndPrintAsText() {
        Column s = runGroups("sumState", List.of(), 1, new int[10], numbers(0, 10));
        assertTrue(s instanceof StringColumn);
        // 45 as 8 bytes little-endian.
        assertEquals(8, ((StringColumn) s).length(0));
        assertEquals(45, ((StringColumn) s).bytes()[((StringColumn) s).start(0)]);
    }
}
