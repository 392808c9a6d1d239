package io.strata.exec.function.scalar.array;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.TupleColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.IntegerType;
import io.strata.core.type.TupleType;
import io.strata.core.type.TypeId;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Supertypes;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.array.ArrayFunctions.IntList;
import io.strata.exec.function.scalar.conversion.Converter;
import io.strata.exec.operator.RowComparator;
import io.strata.exec.operator.RowComparators;
import java.util.ArrayList;
import java.util.List;

/** arrayZip, arrayResize, arrayWithConstant, arrayIntersect, arrayCumSum, arrayDifference, arrayEnumerateUniq, hasSubstr. */
public final class ArrayMoreFunctions {
    private ArrayMoreFunctions() {
    }

    public static List<FunctionDefinition> all() {
        return List.of(
                FunctionDefinition.of("arrayZip", ArrayMoreFunctions::zip),
                FunctionDefinition.of("arrayResize", ArrayMoreFunctions::resize),
                FunctionDefinition.of("arrayWithConstant", ArrayMoreFunctions::withConstant).handlesNulls(),
                FunctionDefinition.of("arrayIntersect", ArrayMoreFunctions::intersect),
                FunctionDefinition.of("arrayCumSum", ctx -> running(ctx, "arrayCumSum", false, false)),
                FunctionDefinition.of("arrayCumSumNonNegative", ctx -> running(ctx, "arrayCumSumNonNegative", false, true)),
                FunctionDefinition.of("arrayDifference", ctx -> running(ctx, "arrayDifference", true, false)),
                FunctionDefinition.of("arrayEnumerateUniq", ArrayMoreFunctions::enumerateUniq),
                FunctionDefinition.of("hasSubstr", ArrayMoreFunctions::hasSubstr));
    }

    private static BoundFunction zip(BindContext ctx) {
        Arguments.atLeast(ctx, "arrayZip", 1);
        List<DataType> elements = new ArrayList<>();
        for (int i = 0; i < ctx.argumentCount(); i++) elements.add(ArrayFunctions.requireArray(ctx, i, "arrayZip").element());
        TupleType tuple = new TupleType(elements);
        ArrayType rt = new ArrayType(tuple);
        return Kernel.bound(rt, (args, n) -> {
            ArrayColumn[] arrays = new ArrayColumn[args.length];
            for (int k = 0; k < args.length; k++) arrays[k] = ArrayFunctions.array(args[k]);
            IntList[] positions = new IntList[args.length];
            for (int k = 0; k < args.length; k++) positions[k] = new IntList(arrays[0].elements().size());
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                int len = arrays[0].length(i);
                for (ArrayColumn a : arrays) {
                    if (a.length(i) != len) {
                        throw DbException.of(ErrorCode.SIZES_OF_ARRAYS_DONT_MATCH, "The argument 1 and argument %d of function arrayZip have different array sizes", 2);
                    }
                }
                for (int k = 0; k < arrays.length; k++) for (int j = 0; j < len; j++) positions[k].add(arrays[k].start(i) + j);
                offsets[i + 1] = offsets[i] + len;
            }
            Column[] parts = new Column[args.length];
            for (int k = 0; k < args.length; k++) parts[k] = arrays[k].elements().take(positions[k].values, positions[k].size);
            return new ArrayColumn(rt, offsets, new TupleColumn(tuple, parts, offsets[n]), n);
        });
    }

    private static BoundFunction resize(BindContext ctx) {
        Arguments.countBetween(ctx, "arrayResize", 2, 3);
        ArrayType at = ArrayFunctions.requireArray(ctx, 0, "arrayResize");
        if (!ctx.argumentType(1).isInteger()) throw Arguments.illegalType(ctx.argumentType(1), 1, "arrayResize");
        DataType element = ctx.argumentCount() == 3
                ? (at.element().id() == TypeId.NOTHING ? ctx.argumentType(2) : Supertypes.leastSupertype(at.element(), ctx.argumentType(2)))
                : at.element();
        ArrayType rt = new ArrayType(element);
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(rt, (args, n) -> {
            Converter conv = new Converter(fc, Converter.Mode.THROW);
            ArrayColumn a = ArrayFunctions.array(args[0]);
            Column elems = Vectors.dense(conv.convert(a.elements(), element));
            long[] size = Vectors.longs(args[1], n);
            Column ext = args.length == 3 ? Vectors.dense(conv.convert(Vectors.dense(args[2]), element)) : null;
            ColumnBuilder b = element.createBuilder(n);
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                int len = a.length(i);
                long target = Math.abs(size[i]);
                if (target > 1 << 28) throw DbException.of(ErrorCode.TOO_LARGE_ARRAY_SIZE, "Too large array size");
                int keep = (int) Math.min(len, target), pad = (int) (target - keep);
                // A negative size works from the left: keep the last elements, pad in front.
                boolean fromLeft = size[i] < 0;
                int first = fromLeft ? a.start(i) + len - keep : a.start(i);
                if (fromLeft) appendPadding(b, ext, i, pad);
                for (int j = 0; j < keep; j++) b.append(elems, first + j);
                if (!fromLeft) appendPadding(b, ext, i, pad);
                offsets[i + 1] = offsets[i] + (int) target;
            }
            return new ArrayColumn(rt, offsets, b.build(), n);
        });
    }

    private static void appendPadding(ColumnBuilder b, Column ext, int row, int count) {
        for (int k = 0; k < count; k++) {
            if (ext == null) b.appendDefault();
            else b.append(ext, row);
        }
    }

    private static BoundFunction withConstant(BindContext ctx) {
        Arguments.count(ctx, "arrayWithConstant", 2);
        if (!ctx.argumentType(0).isInteger()) throw Arguments.illegalType(ctx.argumentType(0), 0, "arrayWithConstant");
        DataType element = ctx.argumentType(1);
        ArrayType rt = new ArrayType(element);
        return Kernel.bound(rt, (args, n) -> {
            long[] size = Vectors.longs(args[0], n);
            Column x = Vectors.dense(args[1]);
            ColumnBuilder b = element.createBuilder(n);
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                if (size[i] < 0 || size[i] > 1 << 28) throw DbException.of(ErrorCode.TOO_LARGE_ARRAY_SIZE, "Too large array size");
                for (long k = 0; k < size[i]; k++) b.append(x, i);
                offsets[i + 1] = offsets[i] + (int) size[i];
            }
            return new ArrayColumn(rt, offsets, b.build(), n);
        });
    }

    private static BoundFunction intersect(BindContext ctx) {
        Arguments.atLeast(ctx, "arrayIntersect", 1);
        List<DataType> elements = new ArrayList<>();
        for (int i = 0; i < ctx.argumentCount(); i++) elements.add(ArrayFunctions.requireArray(ctx, i, "arrayIntersect").element());
        DataType element = elements.stream().anyMatch(t -> t.id() == TypeId.NOTHING) ? DataTypes.NOTHING : Supertypes.leastSupertype(elements);
        ArrayType rt = new ArrayType(element);
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(rt, (args, n) -> {
            if (element.id() == TypeId.NOTHING) return new ArrayColumn(rt, new int[n + 1], element.createBuilder(0).build(), n);
            Converter conv = new Converter(fc, Converter.Mode.THROW);
            ArrayColumn[] arrays = new ArrayColumn[args.length];
            Column[] elems = new Column[args.length];
            for (int k = 0; k < args.length; k++) {
                arrays[k] = ArrayFunctions.array(args[k]);
                elems[k] = Vectors.dense(conv.convert(arrays[k].elements(), element));
            }
            RowComparator[] eq = new RowComparator[args.length];
            for (int k = 0; k < args.length; k++) eq[k] = RowComparators.create(elems[0], elems[k], 1);
            IntList positions = new IntList(elems[0].size());
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                int rowStart = positions.size;
                for (int j = arrays[0].start(i), e = arrays[0].start(i + 1); j < e; j++) {
                    boolean keep = true;
                    for (int q = rowStart; q < positions.size && keep; q++) keep = eq[0].compare(positions.values[q], j) != 0;
                    for (int k = 1; k < args.length && keep; k++) {
                        boolean found = false;
                        for (int p = arrays[k].start(i), pe = arrays[k].start(i + 1); p < pe && !found; p++) found = eq[k].compare(j, p) == 0;
                        keep = found;
                    }
                    if (keep) positions.add(j);
                }
                offsets[i + 1] = positions.size;
            }
            return ArrayFunctions.taken(rt, offsets, elems[0], positions, n);
        });
    }

    /** arrayCumSum, arrayDifference, and arrayCumSumNonNegative (a running sum that restarts from 0 when it goes below 0). */
    private static BoundFunction running(BindContext ctx, String name, boolean difference, boolean nonNegative) {
        Arguments.count(ctx, name, 1);
        ArrayType at = ArrayFunctions.requireArray(ctx, 0, name);
        DataType e = at.element();
        if (!NumericTypes.isNative(e)) throw Arguments.illegalType(at, 0, name);
        DataType element;
        if (NumericTypes.isFloat(e)) element = DataTypes.FLOAT64;
        else if (difference) element = NumericTypes.subtraction(e, e);
        else element = ((IntegerType) e).signed() ? DataTypes.INT64 : DataTypes.UINT64;
        ArrayType rt = new ArrayType(element);
        boolean floating = NumericTypes.isFloat(e);
        boolean clamp = nonNegative && element.equals(DataTypes.INT64);
        return Kernel.bound(rt, (args, n) -> {
            ArrayColumn a = ArrayFunctions.array(args[0]);
            int total = a.elements().size();
            int[] offsets = new int[n + 1];
            for (int i = 0; i <= n; i++) offsets[i] = a.start(i) - a.start(0);
            int base = a.start(0), count = a.start(n) - base;
            if (floating) {
                double[] v = total == 0 ? new double[0] : Vectors.doubles(a.elements(), total), r = new double[count];
                for (int i = 0; i < n; i++) {
                    double acc = 0;
                    for (int j = a.start(i); j < a.start(i + 1); j++) {
                        r[j - base] = difference ? (j == a.start(i) ? 0 : v[j] - v[j - 1]) : (acc += v[j]);
                        if (nonNegative && acc < 0) r[j - base] = acc = 0;
                    }
                }
                return new ArrayColumn(rt, offsets, new DoubleColumn(element, r, count), n);
            }
            long[] v = total == 0 ? new long[0] : Vectors.longs(a.elements(), total), r = new long[count];
            for (int i = 0; i < n; i++) {
                long acc = 0;
                for (int j = a.start(i); j < a.start(i + 1); j++) {
                    r[j - base] = difference ? (j == a.start(i) ? 0 : v[j] - v[j - 1]) : (acc += v[j]);
                    if (clamp && acc < 0) r[j - base] = acc = 0;
                }
            }
            NumericTypes.wrap(r, count, element);
            return new ArrayColumn(rt, offsets, new LongColumn(element, r, count), n);
        });
    }

    private static BoundFunction enumerateUniq(BindContext ctx) {
        int arity = ctx.argumentCount();
        if (arity < 1) Arguments.count(ctx, "arrayEnumerateUniq", 1);
        for (int k = 0; k < arity; k++) ArrayFunctions.requireArray(ctx, k, "arrayEnumerateUniq");
        ArrayType rt = new ArrayType(DataTypes.UINT32);
        return Kernel.bound(rt, (args, n) -> {
            // with several arrays of one size, an element is the tuple of their elements at one position
            ArrayColumn[] arrays = new ArrayColumn[arity];
            RowComparator[] eq = new RowComparator[arity];
            for (int k = 0; k < arity; k++) {
                arrays[k] = ArrayFunctions.array(args[k]);
                Column e = arrays[k].elements();
                eq[k] = RowComparators.create(e, e, 1);
            }
            ArrayColumn a = arrays[0];
            for (int k = 1; k < arity; k++) {
                for (int i = 0; i < n; i++) {
                    if (arrays[k].start(i + 1) - arrays[k].start(i) != a.start(i + 1) - a.start(i)) {
                        throw DbException.of(ErrorCode.SIZES_OF_ARRAYS_DONT_MATCH,
                                "Lengths of all arrays passed to arrayEnumerateUniq must be equal");
                    }
                }
            }
            int base = a.start(0), count = a.start(n) - base;
            long[] r = new long[count];
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                for (int j = a.start(i); j < a.start(i + 1); j++) {
                    long seen = 1;
                    for (int q = a.start(i); q < j; q++) {
                        boolean same = true;
                        for (int k = 0; k < arity && same; k++) {
                            int shift = arrays[k].start(i) - a.start(i);
                            same = eq[k].compare(q + shift, j + shift) == 0;
                        }
                        if (same) seen++;
                    }
                    r[j - base] = seen;
                }
                offsets[i + 1] = a.start(i + 1) - base;
            }
            return new ArrayColumn(rt, offsets, new LongColumn(DataTypes.UINT32, r, count), n);
        });
    }

    /**
     * hasSubstr(a, b): whether b occurs in a as a contiguous run, in order. Elements compare in
     * their common supertype and NULL equals NULL, as in hasAll; an empty b is always found.
     */
    private static BoundFunction hasSubstr(BindContext ctx) {
        Arguments.count(ctx, "hasSubstr", 2);
        ArrayType a = ArrayFunctions.requireArray(ctx, 0, "hasSubstr"), b = ArrayFunctions.requireArray(ctx, 1, "hasSubstr");
        DataType common = a.element().id() == TypeId.NOTHING ? b.element()
                : b.element().id() == TypeId.NOTHING ? a.element() : Supertypes.leastSupertype(a.element(), b.element());
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(DataTypes.UINT8, (args, n) -> {
            ArrayColumn x = ArrayFunctions.array(args[0]), y = ArrayFunctions.array(args[1]);
            Converter conv = new Converter(fc, Converter.Mode.THROW);
            Column xe = Vectors.dense(conv.convert(x.elements(), common)), ye = Vectors.dense(conv.convert(y.elements(), common));
            RowComparator cmp = RowComparators.create(xe, ye, 1);
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                int xs = x.start(i), xl = x.length(i), ys = y.start(i), yl = y.length(i);
                boolean found = false;
                for (int from = 0; from + yl <= xl && !found; from++) {
                    boolean match = true;
                    for (int k = 0; k < yl && match; k++) {
                        int p = xs + from + k, q = ys + k;
                        match = xe.isNullAt(p) ? ye.isNullAt(q) : !ye.isNullAt(q) && cmp.compare(p, q) == 0;
                    }
                    found = match;
                }
                r[i] = found ? 1 : 0;
            }
            return new LongColumn(DataTypes.UINT8, r, n);
        });
    }
}
