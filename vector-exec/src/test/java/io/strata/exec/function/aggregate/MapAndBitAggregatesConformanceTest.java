package io.strata.exec.function.aggregate;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.BigColumn;
import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.column.TupleColumn;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DecimalType;
import io.strata.core.type.TupleType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** groupBitAnd/Or/Xor, sumMap/minMap/maxMap and the -SimpleState combinator through the conformance kit. */
class MapAndBitAggregatesConformanceTest extends BaseAggregateFunctionTest {
    private static final DecimalType DEC30 = new DecimalType(30, 2);

    /** Row lengths 0..3, so keys repeat within and across rows. */
    private static int[] offsets(Random r, int rows) {
        int[] o = new int[rows + 1];
        for (int i = 0; i < rows; i++) o[i + 1] = o[i] + r.nextInt(4);
        return o;
    }

    private static Column elements(DataType t, Random r, int n) {
        return switch (t.physicalKind()) {
            case LONG -> {
                long[] v = new long[n];
                for (int i = 0; i < n; i++) v[i] = t.id() == io.strata.core.type.TypeId.UINT64 && r.nextBoolean() ? r.nextLong() : r.nextInt(9) - 2;
                if (t.id() == io.strata.core.type.TypeId.UINT8) for (int i = 0; i < n; i++) v[i] = r.nextInt(6);
                yield new LongColumn(t, v);
            }
            // multiples of 1/4 add exactly in any order
            case DOUBLE -> {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) v[i] = (r.nextInt(41) - 20) / 4.0;
                yield new DoubleColumn(t, v);
            }
            case BIG -> {
                BigInteger[] v = new BigInteger[n];
                for (int i = 0; i < n; i++) v[i] = new BigInteger(90, r).subtract(BigInteger.ONE.shiftLeft(89));
                yield new BigColumn(t, v, n);
            }
            default -> {
                StringColumnBuilder b = new StringColumnBuilder(t, n);
                for (int i = 0; i < n; i++) b.append(new byte[] {(byte) ('a' + r.nextInt(3)), (byte) (r.nextBoolean() ? 0xC3 : 'z')});
                yield b.build();
            }
        };
    }

    /** Generates keys and values arrays of equal lengths per row; as one tuple argument when {@code tuple}. */
    private static Generator maps(boolean tuple, DataType key, DataType... values) {
        return (r, rows) -> {
            int[] o = offsets(r, rows);
            int n = o[rows];
            Column[] arrays = new Column[values.length + 1];
            arrays[0] = new ArrayColumn(new ArrayType(key), o, elements(key, r, n), rows);
            for (int v = 0; v < values.length; v++) arrays[v + 1] = new ArrayColumn(new ArrayType(values[v]), o, elements(values[v], r, n), rows);
            if (!tuple) return arrays;
            List<DataType> types = new ArrayList<>();
            for (Column c : arrays) types.add(c.type());
            return new Column[] {new TupleColumn(new TupleType(types), arrays, rows)};
        };
    }

    private static List<DataType> types(boolean tuple, DataType key, DataType... values) {
        List<DataType> t = new ArrayList<>();
        t.add(new ArrayType(key));
        for (DataType v : values) t.add(new ArrayType(v));
        return tuple ? List.of(new TupleType(t)) : t;
    }

    private static Case map(String f, boolean tuple, DataType key, DataType... values) {
        return new Case(f, List.of(), types(tuple, key, values), maps(tuple, key, values));
    }

    @Override
    protected List<Case> cases() {
        List<Case> cs = new ArrayList<>();
        for (String f : List.of("groupBitAnd", "groupBitOr", "groupBitXor")) {
            cs.add(new Case(f, List.of(), List.of(DataTypes.UINT8), (r, n) -> new Column[] {BuiltinAggregatesConformanceTest.longs(DataTypes.UINT8, r, n, 0, 255)}));
            cs.add(new Case(f, List.of(), List.of(DataTypes.INT16), (r, n) -> new Column[] {BuiltinAggregatesConformanceTest.longs(DataTypes.INT16, r, n, -32768, 32767)}));
            cs.add(new Case(f, List.of(), List.of(DataTypes.UINT64), (r, n) -> new Column[] {BuiltinAggregatesConformanceTest.anyLongs(DataTypes.UINT64, r, n)}));
        }
        for (String f : List.of("sumMap", "minMap", "maxMap")) {
            cs.add(map(f, false, DataTypes.UINT8, DataTypes.INT32));
            cs.add(map(f, true, DataTypes.UINT8, DataTypes.UINT64));
            cs.add(map(f, false, DataTypes.UINT64, DataTypes.UINT64, DataTypes.FLOAT64));
            cs.add(map(f, true, DataTypes.STRING, DEC30));
            cs.add(map(f, false, DataTypes.INT8, new DecimalType(9, 3)));
        }
        cs.add(map("maxMap", false, DataTypes.UINT8, DataTypes.STRING));
        // -SimpleState: the nested aggregate, its results named SimpleAggregateFunction(f, R)
        cs.add(new Case("sumSimpleState", List.of(), List.of(DataTypes.UINT8), (r, n) -> new Column[] {BuiltinAggregatesConformanceTest.longs(DataTypes.UINT8, r, n, 0, 255)}));
        cs.add(new Case("groupBitXorSimpleState", List.of(), List.of(DataTypes.INT16), (r, n) -> new Column[] {BuiltinAggregatesConformanceTest.longs(DataTypes.INT16, r, n, -32768, 32767)}));
        cs.add(map("sumMapSimpleState", true, DataTypes.UINT8, DataTypes.UINT64));
        return cs;
    }
}
