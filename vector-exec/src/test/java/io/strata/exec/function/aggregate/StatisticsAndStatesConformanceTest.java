package io.strata.exec.function.aggregate;

import static io.strata.exec.function.aggregate.BuiltinAggregatesConformanceTest.anyLongs;
import static io.strata.exec.function.aggregate.BuiltinAggregatesConformanceTest.arrays;
import static io.strata.exec.function.aggregate.BuiltinAggregatesConformanceTest.conditions;
import static io.strata.exec.function.aggregate.BuiltinAggregatesConformanceTest.doubles;
import static io.strata.exec.function.aggregate.BuiltinAggregatesConformanceTest.exactDoubles;
import static io.strata.exec.function.aggregate.BuiltinAggregatesConformanceTest.longs;
import static io.strata.exec.function.aggregate.BuiltinAggregatesConformanceTest.strings;

import io.strata.core.column.Column;
import io.strata.core.function.AggregateFunction;
import io.strata.core.type.AggregateFunctionType;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DecimalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The statistics, uniq variants, groupUniqArray and the State/Merge/Array/ForEach combinators through the conformance kit. */
class StatisticsAndStatesConformanceTest extends BaseAggregateFunctionTest {
    private static final DecimalType DEC9 = new DecimalType(9, 2);
    private static final double TOLERANCE = 1e-9;

    private static Case one(String f, DataType t, Generator g) {
        return new Case(f, List.of(), List.of(t), g);
    }

    /**
     * A column of states of {@code function} over argument type t: row i holds the state of a few
     * random values (some rows the empty state), built by the aggregate's own accumulator.
     */
    static Generator states(String function, DataType t, Generator values) {
        return (r, n) -> {
            AggregateFunction.BoundAggregate b = AggregateTesting.bind(function, List.of(), List.of(t));
            AggregateFunction.Accumulator acc = b.createAccumulator();
            acc.ensureCapacity(n);
            int m = n * 2;
            Column[] v = values.generate(r, m);
            int[] ids = new int[m];
            for (int i = 0; i < m; i++) ids[i] = r.nextInt(n + n / 4 + 1);
            int k = 0;
            int[] positions = new int[m];
            for (int i = 0; i < m; i++) if (ids[i] < n) positions[k++] = i;
            int[] kept = new int[k];
            for (int i = 0; i < k; i++) kept[i] = ids[positions[i]];
            acc.add(kept, new Column[] {v[0].take(positions, k)}, k);
            return new Column[] {AggregateStates.states(acc, new AggregateFunctionType(function, List.of(), List.of(t)), n)};
        };
    }

    private static AggregateFunctionType stateType(String f, DataType t) {
        return new AggregateFunctionType(f, List.of(), List.of(t));
    }

    @Override
    protected List<Case> cases() {
        List<Case> cs = new ArrayList<>();
        Generator int32 = (r, n) -> new Column[] {longs(DataTypes.INT32, r, n, Integer.MIN_VALUE, Integer.MAX_VALUE)};
        Generator uint8 = (r, n) -> new Column[] {longs(DataTypes.UINT8, r, n, 0, 255)};
        Generator uint64 = (r, n) -> new Column[] {anyLongs(DataTypes.UINT64, r, n)};
        Generator f64 = (r, n) -> new Column[] {doubles(r, n)};
        Generator f64exact = (r, n) -> new Column[] {exactDoubles(r, n)};
        Generator str = (r, n) -> new Column[] {strings(r, n)};
        Generator dec9 = (r, n) -> new Column[] {longs(DEC9, r, n, -999_999_999, 999_999_999)};
        Generator arr = (r, n) -> new Column[] {arrays(r, n)};
        DataType arrType = new ArrayType(DataTypes.INT32);

        for (String f : List.of("varPop", "varSamp", "stddevPop", "stddevSamp", "VAR_POP", "stddevSampStable")) {
            // The generators' "small" mode puts ten distinct values right above the type's minimum
            // (-2^31, or -9999999.99 for the decimal): the data's own condition number is ~1e17,
            // so even Welford's recurrence and Chan's merge agree only to ~1e-8 there.
            cs.add(new Case(f, List.of(), List.of(DataTypes.INT32), int32, 1e-6));
            cs.add(new Case(f, List.of(), List.of(DataTypes.UINT64), uint64, TOLERANCE));
            cs.add(new Case(f, List.of(), List.of(DataTypes.FLOAT64), f64exact, TOLERANCE));
            cs.add(new Case(f, List.of(), List.of(DEC9), dec9, 1e-6));
        }
        cs.add(new Case("varPop", List.of(), List.of(DataTypes.FLOAT64), f64, TOLERANCE));
        for (String f : List.of("covarPop", "covarSamp", "corr", "COVAR_SAMP")) {
            cs.add(new Case(f, List.of(), List.of(DataTypes.INT32, DataTypes.FLOAT64),
                    (r, n) -> new Column[] {longs(DataTypes.INT32, r, n, -1000, 1000), exactDoubles(r, n)}, TOLERANCE));
            cs.add(new Case(f, List.of(), List.of(DataTypes.UINT8, DataTypes.UINT8),
                    (r, n) -> new Column[] {uint8.generate(r, n)[0], uint8.generate(r, n)[0]}, TOLERANCE));
        }
        cs.add(one("sumWithOverflow", DataTypes.UINT8, uint8));
        cs.add(one("sumWithOverflow", DataTypes.INT32, int32));
        cs.add(one("sumWithOverflow", DataTypes.FLOAT64, f64exact));
        for (String f : List.of("uniqCombined", "uniqCombined64", "uniqHLL12")) {
            cs.add(one(f, DataTypes.INT32, int32));
            cs.add(one(f, DataTypes.FLOAT64, f64));
            cs.add(one(f, DataTypes.STRING, str));
            cs.add(new Case(f, List.of(), List.of(DataTypes.STRING, DataTypes.UINT8), (r, n) -> new Column[] {strings(r, n), longs(DataTypes.UINT8, r, n, 0, 3)}));
        }
        cs.add(new Case("uniqCombined", List.of(17L), List.of(DataTypes.UINT64), uint64));
        cs.add(one("groupUniqArray", DataTypes.INT32, int32));
        cs.add(one("groupUniqArray", DataTypes.FLOAT64, f64));
        cs.add(one("groupUniqArray", DataTypes.STRING, str));
        cs.add(one("groupUniqArray", arrType, arr));
        cs.add(new Case("groupUniqArray", List.of(3L), List.of(DataTypes.STRING), str));
        cs.add(new Case("groupUniqArrayIf", List.of(), List.of(DataTypes.INT32, DataTypes.UINT8),
                (r, n) -> new Column[] {longs(DataTypes.INT32, r, n, 0, 20), conditions(r, n)}));
        cs.add(one("topK", DataTypes.INT32, (r, n) -> new Column[] {longs(DataTypes.INT32, r, n, 0, 30)}));
        cs.add(new Case("topK", List.of(3L), List.of(DataTypes.STRING), str));
        cs.add(new Case("topK", List.of(2L), List.of(DataTypes.FLOAT64), f64));
        cs.add(one("topK", arrType, arr));

        // -State: states whose bytes do not depend on the order of the rows.
        cs.add(one("sumState", DataTypes.INT32, int32));
        cs.add(one("maxState", DataTypes.STRING, str));
        cs.add(new Case("countState", List.of(), List.of(), (r, n) -> new Column[0]));
        cs.add(new Case("sumIfState", List.of(), List.of(DataTypes.INT32, DataTypes.UINT8), (r, n) -> new Column[] {int32.generate(r, n)[0], conditions(r, n)}));
        // -Merge and -MergeState over columns of states.
        cs.add(one("sumMerge", stateType("sum", DataTypes.INT32), states("sum", DataTypes.INT32, int32)));
        cs.add(one("sumMergeState", stateType("sum", DataTypes.INT32), states("sum", DataTypes.INT32, int32)));
        cs.add(new Case("avgMerge", List.of(), List.of(stateType("avg", DataTypes.INT32)), states("avg", DataTypes.INT32, int32), TOLERANCE));
        cs.add(new Case("varSampMerge", List.of(), List.of(stateType("varSamp", DataTypes.FLOAT64)), states("varSamp", DataTypes.FLOAT64, f64exact), TOLERANCE));
        cs.add(one("uniqExactMerge", stateType("uniqExact", DataTypes.STRING), states("uniqExact", DataTypes.STRING, str)));
        cs.add(one("groupArrayMerge", stateType("groupArray", DataTypes.UINT8), states("groupArray", DataTypes.UINT8, uint8)));
        // -Array and -ForEach.
        cs.add(one("sumArray", arrType, arr));
        cs.add(one("countArray", arrType, arr));
        cs.add(one("uniqExactArray", arrType, arr));
        cs.add(new Case("covarPopArray", List.of(), List.of(arrType, arrType), (r, n) -> {
            Column a = arrays(r, n);
            return new Column[] {a, a};
        }, TOLERANCE));
        cs.add(one("sumForEach", arrType, arr));
        cs.add(one("groupArrayForEach", arrType, arr));
        cs.add(new Case("avgForEach", List.of(), List.of(arrType), arr, TOLERANCE));
        return cs;
    }
}
