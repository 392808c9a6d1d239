package io.strata.exec.function.scalar.tuple;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.column.MapColumn;
import io.strata.core.column.TupleColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.MapType;
import io.strata.core.type.TupleType;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Vectors;
import java.util.Arrays;

/**
 * mapPopulateSeries(keys, values[, max]) and mapPopulateSeries(map[, max]): the integer keys from
 * the smallest to the largest (or to {@code max}), each with its value or 0 where it had none.
 * A key given twice keeps its smallest value (the pairs are sorted by key, then value, and the
 * first of a key wins, as in ClickHouse). The result has the argument's types: a Map for a Map,
 * a tuple of the two arrays otherwise.
 */
public final class MapPopulateSeriesFunction {
    private static final String NAME = "mapPopulateSeries";
    private static final long MAX_ARRAY_SIZE = 1L << 30;

    private MapPopulateSeriesFunction() {
    }

    public static FunctionDefinition definition() {
        return FunctionDefinition.of(NAME, MapPopulateSeriesFunction::bind);
    }

    private static BoundFunction bind(BindContext ctx) {
        int count = ctx.argumentCount();
        if (count < 1 || count > 3) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                    "Function %s accepts at least one map or two arrays arguments, and optional max key argument", NAME);
        }
        DataType first = ctx.argumentType(0);
        DataType key, value, rt;
        int maxIndex;
        if (first instanceof ArrayType ka) {
            if (count < 2 || !(ctx.argumentType(1) instanceof ArrayType va)) {
                throw DbException.of(ErrorCode.BAD_ARGUMENTS,
                        "Function %s if array argument is passed as key, additional array argument as value must be passed", NAME);
            }
            key = ka.element();
            value = va.element();
            rt = new TupleType(java.util.List.of(ka, va));
            maxIndex = 2;
        } else if (first instanceof MapType mt) {
            key = mt.key();
            value = mt.value();
            rt = mt;
            maxIndex = 1;
        } else {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Function %s only accepts one map or arrays, but got %s", NAME, first);
        }
        if (!(key instanceof IntegerType kt)) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT,
                    "Function %s key argument should be of signed or unsigned integer type. Actual type %s", NAME, key);
        }
        if (!(value instanceof IntegerType vt)) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT,
                    "Function %s key argument should be of signed or unsigned integer type. Actual type %s", NAME, key);
        }
        boolean withMax = maxIndex < count;
        if (withMax) {
            DataType mt = ctx.argumentType(maxIndex);
            if (mt.isNullable()) {
                throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Function %s max key argument can not be Nullable. Actual type %s", NAME, mt);
            }
            if (!(mt instanceof IntegerType)) {
                throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT,
                        "Function %s max key should be of signed or unsigned integer type. Actual type %s, max type %s.", NAME, key, mt);
            }
        }
        boolean map = first instanceof MapType;
        return Kernel.bound(rt, (args, n) -> {
            ArrayColumn keys, values;
            if (map) {
                MapColumn m = (MapColumn) Vectors.dense(args[0]);
                keys = new ArrayColumn(new ArrayType(key), m.nested().offsets(), m.keys(), n);
                values = new ArrayColumn(new ArrayType(value), m.nested().offsets(), m.values(), n);
            } else {
                keys = (ArrayColumn) Vectors.dense(args[0]);
                values = (ArrayColumn) Vectors.dense(args[1]);
                for (int i = 0; i < n; i++) {
                    if (keys.length(i) != values.length(i)) {
                        throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Function %s key and value array should have same amount of elements", NAME);
                    }
                }
            }
            long[] maxKeys = null;
            if (withMax) maxKeys = maxKeys(Vectors.dense(args[maxIndex]), ctx.argumentType(maxIndex), kt, n);
            return populate(keys, values, maxKeys, n, kt, vt, rt);
        });
    }

    /** The max keys as values of the key type; one the key type cannot hold fails as ClickHouse's accurate cast does. */
    private static long[] maxKeys(Column c, DataType from, IntegerType key, int n) {
        long[] v = Vectors.longs(c, n);
        boolean fromUInt64 = Vectors.isUInt64(from);
        int bits = key.bits();
        for (int i = 0; i < n; i++) {
            long x = v[i];
            boolean ok;
            if (fromUInt64 && x < 0) ok = !key.signed() && bits == 64;
            else if (key.signed()) ok = bits == 64 || x >= -(1L << (bits - 1)) && x < (1L << (bits - 1));
            else ok = x >= 0 && (bits == 64 || x < (1L << bits));
            if (!ok) {
                throw DbException.of(ErrorCode.CANNOT_CONVERT_TYPE, "Value in column %s cannot be safely converted into type %s", from, key);
            }
        }
        return v;
    }

    private static Column populate(ArrayColumn keys, ArrayColumn values, long[] maxKeys, int n, IntegerType kt, IntegerType vt, DataType rt) {
        int keyCount = keys.elements().size(), valueCount = values.elements().size();
        long[] k = keyCount == 0 ? new long[0] : Vectors.longs(Vectors.dense(keys.elements()), keyCount);
        long[] v = valueCount == 0 ? new long[0] : Vectors.longs(Vectors.dense(values.elements()), valueCount);
        boolean unsignedKeys = !kt.signed(), unsignedValues = !vt.signed();
        LongList outKeys = new LongList(), outValues = new LongList();
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int len = keys.length(i);
            if (len > 0) {
                long[][] pairs = new long[len][];
                for (int j = 0; j < len; j++) pairs[j] = new long[] {k[keys.start(i) + j], v[values.start(i) + j]};
                Arrays.sort(pairs, (a, b) -> {
                    int c = unsignedKeys ? Long.compareUnsigned(a[0], b[0]) : Long.compare(a[0], b[0]);
                    if (c != 0) return c;
                    return unsignedValues ? Long.compareUnsigned(a[1], b[1]) : Long.compare(a[1], b[1]);
                });
                long min = pairs[0][0];
                long max = maxKeys != null ? maxKeys[i] : pairs[len - 1][0];
                boolean empty = unsignedKeys ? Long.compareUnsigned(max, min) < 0 : max < min;
                if (!empty) {
                    // max - min fits an unsigned 64-bit difference for either signedness
                    long span = max - min;
                    if (Long.compareUnsigned(span, MAX_ARRAY_SIZE) > 0) {
                        throw DbException.of(ErrorCode.TOO_LARGE_ARRAY_SIZE, "Function %s too large array size in the result", NAME);
                    }
                    int p = 0;
                    for (long step = 0; step <= span; step++) {
                        long key = min + step;
                        long val = 0;
                        if (p < len && pairs[p][0] == key) {
                            val = pairs[p][1];
                            while (p < len && pairs[p][0] == key) p++;
                        }
                        outKeys.add(key);
                        outValues.add(val);
                    }
                }
            }
            offsets[i + 1] = outKeys.size;
        }
        int total = outKeys.size;
        Column keyColumn = new LongColumn(kt, Arrays.copyOf(outKeys.values, total), total);
        Column valueColumn = new LongColumn(vt, Arrays.copyOf(outValues.values, total), total);
        if (rt instanceof MapType mt) {
            ArrayType nested = mt.nested();
            TupleColumn entries = new TupleColumn((TupleType) nested.element(), new Column[] {keyColumn, valueColumn}, total);
            return new MapColumn(mt, new ArrayColumn(nested, offsets, entries, n));
        }
        TupleType tt = (TupleType) rt;
        return new TupleColumn(tt, new Column[] {
                new ArrayColumn((ArrayType) tt.elements().get(0), offsets, keyColumn, n),
                new ArrayColumn((ArrayType) tt.elements().get(1), offsets, valueColumn, n)}, n);
    }

    /** A growable long array. */
    private static final class LongList {
        long[] values = new long[16];
        int size;

        void add(long v) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }
    }
}
