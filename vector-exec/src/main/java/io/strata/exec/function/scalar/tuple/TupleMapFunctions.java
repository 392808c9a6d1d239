package io.strata.exec.function.scalar.tuple;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
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
import io.strata.core.type.MapType;
import io.strata.core.type.TupleType;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Supertypes;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.conversion.Converter;
import io.strata.exec.operator.RowComparator;
import io.strata.exec.operator.RowComparators;
import java.util.ArrayList;
import java.util.List;

/** tupleElement (what {@code t.1} parses to) and the Map functions: map, mapKeys, mapValues, mapContains. */
public final class TupleMapFunctions {
    static final ErrorCode ILLEGAL_INDEX = ErrorCode.ILLEGAL_INDEX;

    private TupleMapFunctions() {
    }

    public static List<FunctionDefinition> all() {
        return List.of(
                FunctionDefinition.of("tupleElement", TupleMapFunctions::tupleElement).handlesNulls(),
                FunctionDefinition.of("map", TupleMapFunctions::map).handlesNulls(),
                FunctionDefinition.of("mapKeys", ctx -> part(ctx, "mapKeys", true)),
                FunctionDefinition.of("mapValues", ctx -> part(ctx, "mapValues", false)),
                FunctionDefinition.of("mapContains", TupleMapFunctions::mapContains).aliases("mapContainsKey"));
    }

    private static BoundFunction tupleElement(BindContext ctx) {
        Arguments.countBetween(ctx, "tupleElement", 2, 3);
        DataType t = ctx.argumentType(0);
        if (!(t instanceof TupleType tt)) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "First argument for function tupleElement must be tuple or array of tuple. Actual %s", t);
        }
        int index;
        DataType it = ctx.argumentType(1);
        if (Arguments.isString(it)) {
            String name = Arguments.constantString(ctx, 1, "tupleElement");
            index = tt.names() == null ? -1 : tt.names().indexOf(name);
            if (index < 0) {
                if (ctx.argumentCount() == 3) return defaultValue(ctx);
                throw DbException.of(ErrorCode.NOT_FOUND_COLUMN_IN_BLOCK, "Tuple doesn't have element with name '%s'", name);
            }
        } else {
            long k = Arguments.constantLong(ctx, 1, "tupleElement");
            if (k < 1 || k > tt.elements().size()) {
                if (ctx.argumentCount() == 3) return defaultValue(ctx);
                if (k == 0) throw DbException.of(ILLEGAL_INDEX, "Indices in tuples are 1-based.");
                throw DbException.of(ILLEGAL_INDEX, "Index for tuple element is out of range.");
            }
            index = (int) k - 1;
        }
        int i = index;
        DataType rt = tt.elements().get(i);
        return Kernel.bound(rt, (args, n) -> ((TupleColumn) Vectors.dense(args[0])).element(i));
    }

    private static BoundFunction defaultValue(BindContext ctx) {
        return Kernel.bound(ctx.argumentType(2), (args, n) -> args[2]);
    }

    private static BoundFunction map(BindContext ctx) {
        int count = ctx.argumentCount();
        if (count % 2 != 0) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function map requires even number of arguments, but %d given", count);
        }
        List<DataType> keys = new ArrayList<>(), values = new ArrayList<>();
        for (int i = 0; i < count; i += 2) {
            keys.add(ctx.argumentType(i));
            values.add(ctx.argumentType(i + 1));
        }
        DataType k = Supertypes.leastSupertype(keys), v = Supertypes.leastSupertype(values);
        MapType rt = new MapType(k, v);
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(rt, (args, n) -> {
            Converter conv = new Converter(fc, Converter.Mode.THROW);
            int pairs = count / 2;
            Column[] ks = new Column[pairs], vs = new Column[pairs];
            for (int p = 0; p < pairs; p++) {
                ks[p] = Vectors.dense(conv.convert(args[2 * p], k));
                vs[p] = Vectors.dense(conv.convert(args[2 * p + 1], v));
            }
            ColumnBuilder kb = k.createBuilder(n * pairs), vb = v.createBuilder(n * pairs);
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                for (int p = 0; p < pairs; p++) {
                    kb.append(ks[p], i);
                    vb.append(vs[p], i);
                }
                offsets[i + 1] = offsets[i] + pairs;
            }
            ArrayType nested = rt.nested();
            TupleColumn entries = new TupleColumn(nested.element(), new Column[] {kb.build(), vb.build()}, n * pairs);
            return new MapColumn(rt, new ArrayColumn(nested, offsets, entries, n));
        });
    }

    private static MapType requireMap(BindContext ctx, String name) {
        if (ctx.argumentType(0) instanceof MapType mt) return mt;
        throw Arguments.illegalType(ctx.argumentType(0), 0, name);
    }

    private static BoundFunction part(BindContext ctx, String name, boolean keys) {
        Arguments.count(ctx, name, 1);
        MapType mt = requireMap(ctx, name);
        ArrayType rt = new ArrayType(keys ? mt.key() : mt.value());
        return Kernel.bound(rt, (args, n) -> {
            MapColumn m = (MapColumn) Vectors.dense(args[0]);
            ArrayColumn nested = m.nested();
            return new ArrayColumn(rt, nested.offsets(), keys ? m.keys() : m.values(), n);
        });
    }

    private static BoundFunction mapContains(BindContext ctx) {
        Arguments.count(ctx, "mapContains", 2);
        MapType mt = requireMap(ctx, "mapContains");
        DataType common = Supertypes.leastSupertype(mt.key(), ctx.argumentType(1));
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(DataTypes.UINT8, (args, n) -> {
            MapColumn m = (MapColumn) Vectors.dense(args[0]);
            Converter conv = new Converter(fc, Converter.Mode.THROW);
            Column keys = Vectors.dense(conv.convert(m.keys(), common));
            Column probe = Vectors.dense(conv.convert(Vectors.dense(args[1]), common));
            RowComparator eq = RowComparators.create(keys, probe, 1);
            ArrayColumn nested = m.nested();
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                for (int j = nested.start(i), e = nested.start(i + 1); j < e; j++) {
                    if (eq.compare(j, i) == 0) {
                        r[i] = 1;
                        break;
                    }
                }
            }
            return new LongColumn(DataTypes.UINT8, r, n);
        });
    }
}
