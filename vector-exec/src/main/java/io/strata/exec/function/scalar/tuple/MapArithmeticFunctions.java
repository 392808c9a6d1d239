package io.strata.exec.function.scalar.tuple;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.BigColumn;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.MapColumn;
import io.strata.core.column.TupleColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DecimalType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.MapType;
import io.strata.core.type.TupleType;
import io.strata.core.type.TypeId;
import io.strata.core.type.WideIntegerType;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.conversion.Converter;
import io.strata.exec.operator.RowComparator;
import io.strata.exec.operator.RowComparators;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * mapAdd and mapSubtract over Maps or "map tuples" ({@code (keys_array, values_array)}): every key
 * of any argument once, in ascending key order, with the values summed (or, for mapSubtract, the
 * later arguments' values subtracted from the first's). Values widen to their 64-bit type
 * (Int64, UInt64, Float64), integers wrapping around on overflow as ClickHouse does.
 */
public final class MapArithmeticFunctions {
    private MapArithmeticFunctions() {
    }

    public static List<FunctionDefinition> all() {
        return List.of(
                FunctionDefinition.of("mapAdd", ctx -> bind(ctx, "mapAdd", false)),
                FunctionDefinition.of("mapSubtract", ctx -> bind(ctx, "mapSubtract", true)));
    }

    /** The key types ClickHouse's mapAdd accepts: integers, enums, Date, DateTime, UUID and strings. */
    private static final java.util.Set<TypeId> KEY_TYPES = java.util.EnumSet.of(TypeId.INT8, TypeId.INT16, TypeId.INT32, TypeId.INT64,
            TypeId.INT128, TypeId.INT256, TypeId.UINT8, TypeId.UINT16, TypeId.UINT32, TypeId.UINT64, TypeId.UINT128, TypeId.UINT256,
            TypeId.BOOL, TypeId.ENUM8, TypeId.ENUM16, TypeId.DATE, TypeId.DATETIME, TypeId.UUID, TypeId.STRING, TypeId.FIXED_STRING);

    /** The key and value types of one argument. */
    private record Shape(DataType key, DataType value) {
    }

    private static BoundFunction bind(BindContext ctx, String name, boolean subtract) {
        int count = ctx.argumentCount();
        if (count < 2) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "%s accepts at least two maps or map tuples", name);
        }
        boolean tuples = ctx.argumentType(0) instanceof TupleType;
        if (!tuples && !(ctx.argumentType(0) instanceof MapType)) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "%s only accepts maps", name);
        }
        DataType key = null, value = null;
        for (int i = 0; i < count; i++) {
            Shape s = shape(ctx.argumentType(i), tuples, name);
            DataType promoted = promote(s.value(), name);
            if (key == null) {
                key = s.key();
                value = promoted;
            } else {
                if (!s.key().equals(key)) {
                    throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Expected same %s type for all keys in %s", key, name);
                }
                if (NumericTypes.isFloat(promoted) != NumericTypes.isFloat(value)) {
                    throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "All value types in %s should be either or float or integer", name);
                }
                if (!promoted.equals(value)) {
                    throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "All value types in %s should be promotable to %s, got %s",
                            name, value, promoted);
                }
            }
        }
        if (!KEY_TYPES.contains(key.id())) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Illegal column type %s for keys in arguments of function %s", key, name);
        }
        DataType k = key, v = value;
        DataType rt = tuples ? new TupleType(List.of(new ArrayType(k), new ArrayType(v))) : new MapType(k, v);
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(rt, (args, n) -> execute(args, n, tuples, k, v, rt, subtract, fc));
    }

    private static Shape shape(DataType t, boolean tuples, String name) {
        if (!tuples) {
            if (t instanceof MapType mt) return new Shape(mt.key(), mt.value());
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "%s accepts at least two maps", name);
        }
        if (!(t instanceof TupleType tt)) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "%s accepts at least two map tuples", name);
        }
        if (tt.elements().size() != 2 || !(tt.elements().get(0) instanceof ArrayType ka) || !(tt.elements().get(1) instanceof ArrayType va)) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Each tuple in %s arguments should consist of two arrays", name);
        }
        return new Shape(ka.element(), va.element());
    }

    /**
     * ClickHouse's promoteNumericType for the values: native integers and floats widen to 64 bits,
     * decimals to Decimal128 (Decimal256 from Decimal256) of the same scale, wide integers stay.
     */
    private static DataType promote(DataType t, String name) {
        if (t instanceof IntegerType it) return it.signed() ? DataTypes.INT64 : DataTypes.UINT64;
        if (NumericTypes.isFloat(t)) return DataTypes.FLOAT64;
        if (t instanceof WideIntegerType) return t;
        if (t instanceof DecimalType d) return new DecimalType(d.bits() <= 128 ? 38 : 76, d.scale());
        throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Values to be summed are expected to be Numeric, Float or Decimal.");
    }

    /** Wraps a wide result around as ClickHouse's fixed-width arithmetic does (decimals as signed integers of their width). */
    private static BigInteger wrapWide(BigInteger v, DataType type) {
        if (type instanceof WideIntegerType w) return w.wrap(v);
        int bits = ((DecimalType) type).bits();
        BigInteger modulus = BigInteger.ONE.shiftLeft(bits);
        BigInteger r = v.mod(modulus);
        return r.testBit(bits - 1) ? r.subtract(modulus) : r;
    }

    private static Column execute(Column[] args, int n, boolean tuples, DataType keyType, DataType valueType, DataType rt,
                                  boolean subtract, FunctionContext fc) {
        Converter conv = new Converter(fc, Converter.Mode.THROW);
        boolean floating = valueType.equals(DataTypes.FLOAT64);
        boolean wide = valueType.physicalKind() == io.strata.core.type.PhysicalKind.BIG;
        int arity = args.length;
        ArrayColumn[] keyArrays = new ArrayColumn[arity];
        ArrayColumn[] valueArrays = new ArrayColumn[arity];
        int total = 0;
        for (int a = 0; a < arity; a++) {
            Column c = Vectors.dense(args[a]);
            if (tuples) {
                TupleColumn t = (TupleColumn) c;
                keyArrays[a] = (ArrayColumn) Vectors.dense(t.element(0));
                valueArrays[a] = (ArrayColumn) Vectors.dense(t.element(1));
                for (int i = 0; i < n; i++) {
                    if (keyArrays[a].length(i) != valueArrays[a].length(i)) {
                        throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Key and value array should have same amount of elements");
                    }
                }
            } else {
                MapColumn m = (MapColumn) c;
                ArrayColumn nested = m.nested();
                keyArrays[a] = new ArrayColumn(new ArrayType(keyType), nested.offsets(), m.keys(), n);
                valueArrays[a] = new ArrayColumn(new ArrayType(m.values().type()), nested.offsets(), m.values(), n);
            }
            total += keyArrays[a].start(n) - keyArrays[a].start(0);
        }
        // all entries row by row, argument by argument, in one key column and one value vector
        ColumnBuilder keyBuilder = keyType.createBuilder(total);
        long[] longs = floating || wide ? null : new long[total];
        BigInteger[] bigs = wide ? new BigInteger[total] : null;
        double[] doubles = floating ? new double[total] : null;
        boolean[] fromFirst = new boolean[total];
        int[] rowStart = new int[n + 1];
        Column[] keys = new Column[arity];
        long[][] valueLongs = new long[arity][];
        double[][] valueDoubles = new double[arity][];
        BigInteger[][] valueBigs = new BigInteger[arity][];
        for (int a = 0; a < arity; a++) {
            keys[a] = Vectors.dense(keyArrays[a].elements());
            Column values = Vectors.dense(conv.convert(Vectors.dense(valueArrays[a].elements()), valueType));
            int size = values.size();
            if (floating) valueDoubles[a] = size == 0 ? new double[0] : Vectors.doubles(values, size);
            else if (wide) valueBigs[a] = size == 0 ? new BigInteger[0] : Vectors.bigs(values, size);
            else valueLongs[a] = size == 0 ? new long[0] : Vectors.longs(values, size);
        }
        int e = 0;
        for (int i = 0; i < n; i++) {
            rowStart[i] = e;
            for (int a = 0; a < arity; a++) {
                int vs = valueArrays[a].start(i);
                for (int j = keyArrays[a].start(i), end = keyArrays[a].start(i + 1); j < end; j++, vs++) {
                    keyBuilder.append(keys[a], j);
                    if (floating) doubles[e] = valueDoubles[a][vs];
                    else if (wide) bigs[e] = valueBigs[a][vs];
                    else longs[e] = valueLongs[a][vs];
                    fromFirst[e++] = a == 0;
                }
            }
        }
        rowStart[n] = e;
        Column allKeys = keyBuilder.build();
        RowComparator cmp = RowComparators.create(allKeys, allKeys, 1);
        Integer[] order = new Integer[total];
        for (int j = 0; j < total; j++) order[j] = j;
        int[] picked = new int[total];
        long[] outLongs = floating || wide ? null : new long[total];
        BigInteger[] outBigs = wide ? new BigInteger[total] : null;
        double[] outDoubles = floating ? new double[total] : null;
        int[] offsets = new int[n + 1];
        int out = 0;
        for (int i = 0; i < n; i++) {
            // a stable sort keeps equal keys in argument order, the order ClickHouse folds them in
            Arrays.sort(order, rowStart[i], rowStart[i + 1], cmp::compare);
            for (int j = rowStart[i]; j < rowStart[i + 1]; j++) {
                int p = order[j];
                boolean same = out > offsets[i] && cmp.compare(picked[out - 1], p) == 0;
                if (!same) {
                    picked[out] = p;
                    // mapSubtract starts a key with the first map's value, or the negated value of a later map's
                    boolean negate = subtract && !fromFirst[p];
                    if (floating) outDoubles[out] = negate ? -doubles[p] : doubles[p];
                    else if (wide) outBigs[out] = negate ? bigs[p].negate() : bigs[p];
                    else outLongs[out] = negate ? -longs[p] : longs[p];
                    out++;
                } else if (wide) {
                    outBigs[out - 1] = subtract ? outBigs[out - 1].subtract(bigs[p]) : outBigs[out - 1].add(bigs[p]);
                } else if (floating) {
                    outDoubles[out - 1] = subtract ? outDoubles[out - 1] - doubles[p] : outDoubles[out - 1] + doubles[p];
                } else {
                    outLongs[out - 1] = subtract ? outLongs[out - 1] - longs[p] : outLongs[out - 1] + longs[p];
                }
            }
            offsets[i + 1] = out;
        }
        Column resultKeys = allKeys.take(picked, out);
        Column resultValues;
        if (floating) {
            resultValues = new DoubleColumn(valueType, Arrays.copyOf(outDoubles, out), out);
        } else if (wide) {
            BigInteger[] v = Arrays.copyOf(outBigs, out);
            for (int j = 0; j < out; j++) v[j] = wrapWide(v[j], valueType);
            resultValues = new BigColumn(valueType, v, out);
        } else {
            resultValues = new LongColumn(valueType, Arrays.copyOf(outLongs, out), out);
        }
        if (tuples) {
            TupleType tt = (TupleType) rt;
            Column ka = new ArrayColumn((ArrayType) tt.elements().get(0), offsets, resultKeys, n);
            Column va = new ArrayColumn((ArrayType) tt.elements().get(1), offsets, resultValues, n);
            return new TupleColumn(tt, new Column[] {ka, va}, n);
        }
        MapType mt = (MapType) rt;
        ArrayType nested = mt.nested();
        TupleColumn entries = new TupleColumn((TupleType) nested.element(), new Column[] {resultKeys, resultValues}, out);
        return new MapColumn(mt, new ArrayColumn(nested, offsets, entries, n));
    }
}
