package io.strata.exec.function.aggregate;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.BigColumn;
import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DecimalType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Every built-in aggregate and combinator through the conformance kit, over the argument types it takes. */
class BuiltinAggregatesConformanceTest extends BaseAggregateFunctionTest {
    private static final DecimalType DEC9 = new DecimalType(9, 2);
    private static final DecimalType DEC30 = new DecimalType(30, 3);
    private static final DataType DATETIME = DataTypes.DATETIME;

    /** Values in [lo, hi] with many repeats (small domains make ties and duplicates likely). */
    static Column longs(DataType t, Random r, int rows, long lo, long hi) {
        long[] v = new long[rows];
        boolean small = r.nextBoolean();
        for (int i = 0; i < rows; i++) {
            v[i] = small ? lo + r.nextInt(10) : lo + (long) (r.nextDouble() * ((double) hi - lo));
        }
        return new LongColumn(t, v);
    }

    static Column anyLongs(DataType t, Random r, int rows) {
        long[] v = new long[rows];
        for (int i = 0; i < rows; i++) v[i] = r.nextInt(4) == 0 ? r.nextInt(5) : r.nextLong();
        return new LongColumn(t, v);
    }

    static Column doubles(Random r, int rows) {
        double[] v = new double[rows];
        for (int i = 0; i < rows; i++) {
            int k = r.nextInt(20);
            v[i] = k == 0 ? Double.NaN : k < 8 ? r.nextInt(7) - 3 : (r.nextDouble() - 0.5) * 1e6;
        }
        return new DoubleColumn(DataTypes.FLOAT64, v);
    }

    /** Doubles that add exactly in any order (multiples of 1/4), so sums can be compared without tolerance. */
    static Column exactDoubles(Random r, int rows) {
        double[] v = new double[rows];
        for (int i = 0; i < rows; i++) v[i] = (r.nextInt(4001) - 2000) / 4.0;
        return new DoubleColumn(DataTypes.FLOAT64, v);
    }

    static Column strings(Random r, int rows) {
        StringColumnBuilder b = new StringColumnBuilder(DataTypes.STRING, rows);
        for (int i = 0; i < rows; i++) {
            int len = r.nextInt(r.nextBoolean() ? 3 : 40);
            byte[] s = new byte[len];
            for (int j = 0; j < len; j++) s[j] = (byte) (r.nextBoolean() ? 'a' + r.nextInt(3) : r.nextInt(256));
            b.append(s);
        }
        return b.build();
    }

    static Column bigDecimals(Random r, int rows) {
        BigInteger[] v = new BigInteger[rows];
        for (int i = 0; i < rows; i++) v[i] = new BigInteger(100, r).subtract(BigInteger.ONE.shiftLeft(99));
        return new BigColumn(DEC30, v, rows);
    }

    static Column conditions(Random r, int rows) {
        long[] v = new long[rows];
        for (int i = 0; i < rows; i++) v[i] = r.nextInt(3) == 0 ? 0 : r.nextInt(3);
        return new LongColumn(DataTypes.UINT8, v);
    }

    static Column arrays(Random r, int rows) {
        int[] offsets = new int[rows + 1];
        List<Long> elems = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            int n = r.nextInt(3);
            for (int j = 0; j < n; j++) elems.add((long) r.nextInt(4));
            offsets[i + 1] = elems.size();
        }
        long[] e = elems.stream().mapToLong(Long::longValue).toArray();
        return new ArrayColumn(new ArrayType(DataTypes.INT32), offsets, new LongColumn(DataTypes.INT32, e), rows);
    }

    private static Case one(String f, DataType t, Generator g) {
        return new Case(f, List.of(), List.of(t), g);
    }

    @Override
    protected List<Case> cases() {
        List<Case> cs = new ArrayList<>();
        Generator int32 = (r, n) -> new Column[] {longs(DataTypes.INT32, r, n, Integer.MIN_VALUE, Integer.MAX_VALUE)};
        Generator uint8 = (r, n) -> new Column[] {longs(DataTypes.UINT8, r, n, 0, 255)};
        Generator uint64 = (r, n) -> new Column[] {anyLongs(DataTypes.UINT64, r, n)};
        Generator int64 = (r, n) -> new Column[] {anyLongs(DataTypes.INT64, r, n)};
        Generator f64 = (r, n) -> new Column[] {doubles(r, n)};
        Generator f64exact = (r, n) -> new Column[] {exactDoubles(r, n)};
        Generator str = (r, n) -> new Column[] {strings(r, n)};
        Generator dec9 = (r, n) -> new Column[] {longs(DEC9, r, n, -999_999_999, 999_999_999)};
        Generator dec30 = (r, n) -> new Column[] {bigDecimals(r, n)};
        Generator dt = (r, n) -> new Column[] {longs(DATETIME, r, n, 0, 4_000_000_000L)};
        Generator arr = (r, n) -> new Column[] {arrays(r, n)};

        cs.add(new Case("count", List.of(), List.of(), (r, n) -> new Column[0]));
        cs.add(one("count", DataTypes.STRING, str));
        for (String f : List.of("sum", "avg")) {
            cs.add(one(f, DataTypes.INT32, int32));
            cs.add(one(f, DataTypes.UINT8, uint8));
            cs.add(one(f, DataTypes.UINT64, uint64));
            cs.add(one(f, DataTypes.INT64, int64));
            cs.add(new Case(f, List.of(), List.of(DataTypes.FLOAT64), f64exact, f.equals("avg") ? 1e-12 : 0));
            cs.add(one(f, DEC9, dec9));
            cs.add(new Case(f, List.of(), List.of(DEC30), dec30, f.equals("avg") ? 1e-12 : 0));
        }
        for (String f : List.of("min", "max", "any", "anyLast")) {
            cs.add(one(f, DataTypes.INT32, int32));
            cs.add(one(f, DataTypes.UINT64, uint64));
            cs.add(one(f, DataTypes.FLOAT64, f64));
            cs.add(one(f, DataTypes.STRING, str));
            cs.add(one(f, DEC30, dec30));
            cs.add(one(f, DATETIME, dt));
        }
        cs.add(one("any", arr.generate(new Random(0), 0)[0].type(), arr));
        cs.add(one("anyLast", arr.generate(new Random(0), 0)[0].type(), arr));
        for (String f : List.of("argMin", "argMax")) {
            cs.add(new Case(f, List.of(), List.of(DataTypes.STRING, DataTypes.INT32), (r, n) -> new Column[] {strings(r, n), longs(DataTypes.INT32, r, n, -5, 5)}));
            cs.add(new Case(f, List.of(), List.of(DataTypes.INT64, DataTypes.FLOAT64), (r, n) -> new Column[] {anyLongs(DataTypes.INT64, r, n), doubles(r, n)}));
            cs.add(new Case(f, List.of(), List.of(DataTypes.FLOAT64, DataTypes.STRING), (r, n) -> new Column[] {doubles(r, n), strings(r, n)}));
            cs.add(new Case(f, List.of(), List.of(new ArrayType(DataTypes.INT32), DataTypes.UINT64),
                    (r, n) -> new Column[] {arrays(r, n), anyLongs(DataTypes.UINT64, r, n)}));
        }
        for (String f : List.of("uniqExact", "uniq")) {
            cs.add(one(f, DataTypes.INT32, int32));
            cs.add(one(f, DataTypes.FLOAT64, f64));
            cs.add(one(f, DataTypes.STRING, str));
            cs.add(one(f, DEC30, dec30));
            cs.add(new Case(f, List.of(), List.of(DataTypes.STRING, DataTypes.UINT8), (r, n) -> new Column[] {strings(r, n), longs(DataTypes.UINT8, r, n, 0, 3)}));
            cs.add(one(f, new ArrayType(DataTypes.INT32), arr));
        }
        cs.add(one("groupArray", DataTypes.INT32, int32));
        cs.add(one("groupArray", DataTypes.FLOAT64, f64));
        cs.add(one("groupArray", DataTypes.STRING, str));
        cs.add(one("groupArray", new ArrayType(DataTypes.INT32), arr));
        cs.add(new Case("groupArray", List.of(5L), List.of(DataTypes.INT32), int32));
        cs.add(new Case("quantile", List.of(0.5), List.of(DataTypes.INT32), int32, 1e-12));
        cs.add(new Case("quantile", List.of(0.9), List.of(DataTypes.FLOAT64), f64exact, 1e-12));
        cs.add(new Case("quantile", List.of(0.25), List.of(DATETIME), dt));
        cs.add(new Case("quantiles", List.of(0.1, 0.5, 1.0), List.of(DataTypes.UINT64), uint64, 1e-12));
        cs.add(new Case("median", List.of(), List.of(DEC9), dec9, 1e-12));
        cs.add(new Case("quantileExact", List.of(0.5), List.of(DataTypes.INT32), int32));
        cs.add(new Case("quantileExact", List.of(0.3), List.of(DataTypes.UINT64), uint64));
        cs.add(new Case("quantileExact", List.of(0.7), List.of(DataTypes.FLOAT64), f64));
        cs.add(new Case("quantilesExact", List.of(0.0, 0.5, 1.0), List.of(DATETIME), dt));

        // Combinators.
        cs.add(new Case("countIf", List.of(), List.of(DataTypes.UINT8), (r, n) -> new Column[] {conditions(r, n)}));
        cs.add(new Case("sumIf", List.of(), List.of(DataTypes.INT32, DataTypes.UINT8), (r, n) -> new Column[] {int32.generate(r, n)[0], conditions(r, n)}));
        cs.add(new Case("uniqExactIf", List.of(), List.of(DataTypes.STRING, DataTypes.UINT8), (r, n) -> new Column[] {strings(r, n), conditions(r, n)}));
        cs.add(new Case("argMaxIf", List.of(), List.of(DataTypes.STRING, DataTypes.INT32, DataTypes.UINT8),
                (r, n) -> new Column[] {strings(r, n), longs(DataTypes.INT32, r, n, -5, 5), conditions(r, n)}));
        cs.add(new Case("quantileIf", List.of(0.5), List.of(DataTypes.INT32, DataTypes.UINT8), (r, n) -> new Column[] {int32.generate(r, n)[0], conditions(r, n)}, 1e-12));
        cs.add(one("sumDistinct", DataTypes.INT32, int32));
        cs.add(one("groupArrayDistinct", DataTypes.STRING, str));
        cs.add(new Case("countDistinctIf", List.of(), List.of(DataTypes.INT32, DataTypes.UINT8), (r, n) -> new Column[] {int32.generate(r, n)[0], conditions(r, n)}));
        cs.add(one("maxOrNull", DataTypes.STRING, str));
        cs.add(new Case("avgOrDefaultIf", List.of(), List.of(DataTypes.INT32, DataTypes.UINT8), (r, n) -> new Column[] {int32.generate(r, n)[0], conditions(r, n)}));
        cs.add(new Case("sumOrNullIf", List.of(), List.of(DataTypes.INT32, DataTypes.UINT8), (r, n) -> new Column[] {int32.generate(r, n)[0], conditions(r, n)}));
        return cs;
    }
}
