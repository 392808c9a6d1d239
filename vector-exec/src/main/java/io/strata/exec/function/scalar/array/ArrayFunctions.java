package io.strata.exec.function.scalar.array;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.MapColumn;
import io.strata.core.column.NothingColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DecimalType;
import io.strata.core.type.FloatType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.MapType;
import io.strata.core.type.NullableType;
import io.strata.core.type.TypeId;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Supertypes;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.conversion.Converter;
import io.strata.exec.operator.RowComparator;
import io.strata.exec.operator.RowComparators;
import java.util.ArrayList;
import java.util.List;

/**
 * Functions on Array columns (offsets + one flattened elements column). Results are built by
 * collecting element positions and calling {@link Column#take} once per chunk, so every element
 * type (nested arrays, tuples, Nullable) works without per-type code.
 */
public final class ArrayFunctions {
    private ArrayFunctions() {
    }

    public static List<FunctionDefinition> all() {
        List<FunctionDefinition> out = new ArrayList<>(List.of(
                FunctionDefinition.of("arrayElement", ArrayFunctions::arrayElement).handlesNulls(),
                FunctionDefinition.of("has", ctx -> search(ctx, "has", 0)).handlesNulls(),
                FunctionDefinition.of("indexOf", ctx -> search(ctx, "indexOf", 1)).handlesNulls(),
                FunctionDefinition.of("countEqual", ctx -> search(ctx, "countEqual", 2)).handlesNulls(),
                FunctionDefinition.of("hasAll", ctx -> hasAllAny(ctx, "hasAll", true)),
                FunctionDefinition.of("hasAny", ctx -> hasAllAny(ctx, "hasAny", false)),
                FunctionDefinition.of("range", ArrayFunctions::range),
                FunctionDefinition.of("arraySort", ctx -> sort(ctx, "arraySort", false)),
                FunctionDefinition.of("arrayReverseSort", ctx -> sort(ctx, "arrayReverseSort", true)),
                FunctionDefinition.of("arrayFlatten", ArrayFunctions::flatten).aliases("flatten"),
                FunctionDefinition.of("arrayConcat", ArrayFunctions::concat),
                FunctionDefinition.of("arrayDistinct", ctx -> distinct(ctx, "arrayDistinct", 0)),
                FunctionDefinition.of("arrayUniq", ctx -> distinct(ctx, "arrayUniq", 1)),
                FunctionDefinition.of("arrayCompact", ctx -> distinct(ctx, "arrayCompact", 2)),
                FunctionDefinition.of("arraySlice", ArrayFunctions::slice),
                FunctionDefinition.of("arrayEnumerate", ArrayFunctions::enumerate),
                FunctionDefinition.of("arrayReverse", ArrayFunctions::reverse),
                FunctionDefinition.of("arrayPopBack", ctx -> pop(ctx, "arrayPopBack", true)),
                FunctionDefinition.of("arrayPopFront", ctx -> pop(ctx, "arrayPopFront", false)),
                FunctionDefinition.of("arrayPushBack", ctx -> push(ctx, "arrayPushBack", true)).handlesNulls(),
                FunctionDefinition.of("arrayPushFront", ctx -> push(ctx, "arrayPushFront", false)).handlesNulls(),
                FunctionDefinition.of("arrayStringConcat", ArrayFunctions::stringConcat),
                FunctionDefinition.of("arraySum", ctx -> aggregate(ctx, "arraySum", Agg.SUM)),
                FunctionDefinition.of("arrayProduct", ctx -> aggregate(ctx, "arrayProduct", Agg.PRODUCT)),
                FunctionDefinition.of("arrayAvg", ctx -> aggregate(ctx, "arrayAvg", Agg.AVG)),
                FunctionDefinition.of("arrayMin", ctx -> aggregate(ctx, "arrayMin", Agg.MIN)),
                FunctionDefinition.of("arrayMax", ctx -> aggregate(ctx, "arrayMax", Agg.MAX))));
        for (String t : List.of("UInt8", "UInt16", "UInt32", "UInt64", "Int8", "Int16", "Int32", "Int64", "Float32", "Float64",
                "Date", "DateTime", "String")) {
            String name = "emptyArray" + t;
            ArrayType rt = new ArrayType(DataTypes.parse(t));
            out.add(FunctionDefinition.of(name, ctx -> {
                Arguments.count(ctx, name, 0);
                return Kernel.bound(rt, (args, n) -> new ArrayColumn(rt, new int[n + 1], rt.element().createBuilder(0).build(), n));
            }));
        }
        return out;
    }

    static ArrayType requireArray(BindContext ctx, int i, String name) {
        if (ctx.argumentType(i) instanceof ArrayType at) return at;
        throw Arguments.illegalType(ctx.argumentType(i), i, name);
    }

    static ArrayColumn array(Column c) {
        Column d = Vectors.dense(c);
        if (d instanceof ArrayColumn a) return a;
        throw Vectors.unexpected(d);
    }

    /** A new array column of {@code type}: rows delimited by {@code offsets}, elements taken from {@code src}. */
    static ArrayColumn taken(ArrayType type, int[] offsets, Column src, IntList positions, int n) {
        Column elems = src.take(positions.values, positions.size);
        return new ArrayColumn(type, offsets, elems, n);
    }

    /** A growable int array (element positions). */
    static final class IntList {
        int[] values;
        int size;

        IntList(int capacity) {
            values = new int[Math.max(8, capacity)];
        }

        void add(int v) {
            if (size == values.length) values = java.util.Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }
    }

    // ---- arrayElement -------------------------------------------------------------------------

    private static BoundFunction arrayElement(BindContext ctx) {
        Arguments.count(ctx, "arrayElement", 2);
        DataType t = ctx.argumentType(0);
        DataType it = ctx.argumentType(1);
        if (t instanceof MapType mt) return mapElement(ctx, mt);
        if (!(t instanceof ArrayType at)) throw Arguments.illegalType(t, 0, "arrayElement");
        boolean nullIndex = it.isNullable();
        if (!it.unwrap().isInteger() && it.unwrap().id() != TypeId.NOTHING) {
            throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Second argument for function arrayElement must be integer, got %s instead", it);
        }
        DataType element = at.element();
        DataType rt = nullIndex ? DataTypes.makeNullableSafe(element) : element;
        boolean unsignedIndex = it.unwrap() instanceof IntegerType i && !i.signed();
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(rt, (args, n) -> {
            ArrayColumn a = array(args[0]);
            Column index = Vectors.dense(args[1]);
            Column src = rt.equals(element) ? a.elements() : new Converter(fc, Converter.Mode.THROW).convert(a.elements(), rt);
            long[] idx = index instanceof NothingColumn ? new long[n] : Vectors.longs(index instanceof io.strata.core.column.NullableColumn nc ? nc.values() : index, n);
            ColumnBuilder b = rt.createBuilder(n);
            for (int i = 0; i < n; i++) {
                if (index.isNullAt(i) || index instanceof NothingColumn) {
                    b.appendDefault();
                    continue;
                }
                int len = a.length(i);
                long k = idx[i];
                long pos;
                // 1-based; negative counts from the end; anything outside gives the default value.
                if (k > 0 || unsignedIndex && k != 0) pos = k - 1;
                else if (k < 0) pos = len + k;
                else pos = -1;
                if (pos >= 0 && pos < len && !(unsignedIndex && k < 0)) b.append(src, a.start(i) + (int) pos);
                else b.appendDefault();
            }
            return b.build();
        });
    }

    private static BoundFunction mapElement(BindContext ctx, MapType mt) {
        DataType keyArg = ctx.argumentType(1);
        DataType common = Supertypes.leastSupertype(mt.key(), keyArg.unwrap());
        DataType rt = mt.value();
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(rt, (args, n) -> {
            MapColumn m = (MapColumn) Vectors.dense(args[0]);
            Converter conv = new Converter(fc, Converter.Mode.THROW);
            Column keys = Vectors.dense(conv.convert(m.keys(), common));
            Column key = Vectors.dense(args[1]);
            if (key instanceof io.strata.core.column.NullableColumn nc) key = nc.values();
            Column probe = Vectors.dense(conv.convert(key, common));
            RowComparator eq = RowComparators.create(keys, probe, 1);
            ArrayColumn nested = m.nested();
            Column values = m.values();
            ColumnBuilder b = rt.createBuilder(n);
            for (int i = 0; i < n; i++) {
                int found = -1;
                if (!args[1].isNullAt(i)) {
                    for (int j = nested.start(i), e = nested.start(i + 1); j < e; j++) {
                        if (eq.compare(j, i) == 0) {
                            found = j;
                            break;
                        }
                    }
                }
                if (found >= 0) b.append(values, found);
                else b.appendDefault();
            }
            return b.build();
        });
    }

    // ---- has / indexOf / countEqual -----------------------------------------------------------

    private static BoundFunction search(BindContext ctx, String name, int kind) {
        Arguments.count(ctx, name, 2);
        ArrayType at = requireArray(ctx, 0, name);
        DataType x = ctx.argumentType(1);
        DataType common = at.element().id() == TypeId.NOTHING ? x : Supertypes.leastSupertype(at.element(), x);
        DataType rt = kind == 0 ? DataTypes.UINT8 : DataTypes.UINT64;
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(rt, (args, n) -> {
            ArrayColumn a = array(args[0]);
            Converter conv = new Converter(fc, Converter.Mode.THROW);
            Column elems = Vectors.dense(conv.convert(a.elements(), common));
            Column probe = Vectors.dense(conv.convert(Vectors.dense(args[1]), common));
            RowComparator cmp = RowComparators.create(elems, probe, 1);
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                boolean probeNull = probe.isNullAt(i);
                for (int j = a.start(i), e = a.start(i + 1); j < e; j++) {
                    boolean match = probeNull ? elems.isNullAt(j) : !elems.isNullAt(j) && cmp.compare(j, i) == 0;
                    if (!match) continue;
                    if (kind == 0) {
                        r[i] = 1;
                        break;
                    }
                    if (kind == 1) {
                        r[i] = j - a.start(i) + 1;
                        break;
                    }
                    r[i]++;
                }
            }
            return new LongColumn(rt, r, n);
        });
    }

    private static BoundFunction hasAllAny(BindContext ctx, String name, boolean all) {
        Arguments.count(ctx, name, 2);
        ArrayType a = requireArray(ctx, 0, name), b = requireArray(ctx, 1, name);
        DataType common = a.element().id() == TypeId.NOTHING ? b.element()
                : b.element().id() == TypeId.NOTHING ? a.element() : Supertypes.leastSupertype(a.element(), b.element());
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(DataTypes.UINT8, (args, n) -> {
            ArrayColumn x = array(args[0]), y = array(args[1]);
            Converter conv = new Converter(fc, Converter.Mode.THROW);
            Column xe = Vectors.dense(conv.convert(x.elements(), common)), ye = Vectors.dense(conv.convert(y.elements(), common));
            RowComparator cmp = RowComparators.create(xe, ye, 1);
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                boolean result = all;
                for (int k = y.start(i), ke = y.start(i + 1); k < ke; k++) {
                    boolean found = false;
                    for (int j = x.start(i), je = x.start(i + 1); j < je && !found; j++) {
                        found = xe.isNullAt(j) ? ye.isNullAt(k) : !ye.isNullAt(k) && cmp.compare(j, k) == 0;
                    }
                    if (all && !found) {
                        result = false;
                        break;
                    }
                    if (!all && found) {
                        result = true;
                        break;
                    }
                }
                r[i] = result ? 1 : 0;
            }
            return new LongColumn(DataTypes.UINT8, r, n);
        });
    }

    // ---- range --------------------------------------------------------------------------------

    private static final long MAX_RANGE_ELEMENTS = 500_000_000L;

    private static BoundFunction range(BindContext ctx) {
        Arguments.countBetween(ctx, "range", 1, 3);
        List<DataType> types = new ArrayList<>();
        for (int i = 0; i < ctx.argumentCount(); i++) {
            DataType t = ctx.argumentType(i);
            if (!(t instanceof IntegerType)) throw Arguments.illegalType(t, i, "range");
            types.add(t);
        }
        DataType element = Supertypes.leastSupertype(types);
        if (element.id() == TypeId.BOOL) element = DataTypes.UINT8;
        ArrayType rt = new ArrayType(element);
        DataType et = element;
        int count = ctx.argumentCount();
        return Kernel.bound(rt, (args, n) -> {
            long[] start = count == 1 ? new long[n] : Vectors.longs(args[0], n);
            long[] end = Vectors.longs(args[count == 1 ? 0 : 1], n);
            long[] step = count == 3 ? Vectors.longs(args[2], n) : null;
            int[] offsets = new int[n + 1];
            long total = 0;
            long[] sizes = new long[n];
            boolean unsigned = Vectors.isUnsigned(et);
            for (int i = 0; i < n; i++) {
                long s = step == null ? 1 : step[i];
                if (s == 0) throw DbException.of(ErrorCode.BAD_ARGUMENTS, "A call to function range would produce an infinite loop: step is zero");
                long size;
                if (unsigned) size = Long.compareUnsigned(end[i], start[i]) <= 0 ? 0 : Long.divideUnsigned(end[i] - start[i] - 1, s) + 1;
                else if (s > 0) size = end[i] <= start[i] ? 0 : (end[i] - start[i] - 1) / s + 1;
                else size = end[i] >= start[i] ? 0 : (start[i] - end[i] - 1) / -s + 1;
                sizes[i] = size;
                total += size;
                if (total > MAX_RANGE_ELEMENTS) {
                    throw DbException.of(ErrorCode.ARGUMENT_OUT_OF_BOUND,
                            "A call to function range would produce %d elements, but the maximum is %d", total, MAX_RANGE_ELEMENTS);
                }
                offsets[i + 1] = (int) total;
            }
            long[] values = new long[(int) total];
            int k = 0;
            for (int i = 0; i < n; i++) {
                long s = step == null ? 1 : step[i];
                for (long j = 0; j < sizes[i]; j++) values[k++] = start[i] + j * s;
            }
            return new ArrayColumn(rt, offsets, new LongColumn(et, values, (int) total), n);
        });
    }

    // ---- sort / reverse / flatten / concat ----------------------------------------------------

    private static BoundFunction sort(BindContext ctx, String name, boolean descending) {
        Arguments.count(ctx, name, 1);
        ArrayType at = requireArray(ctx, 0, name);
        return Kernel.bound(at, (args, n) -> {
            ArrayColumn a = array(args[0]);
            Column e = a.elements();
            // NULLs (and NaNs) go last in both directions, as in ClickHouse.
            RowComparator raw = RowComparators.create(e, e, descending ? -1 : 1);
            RowComparator cmp = descending ? (l, r) -> -raw.compare(l, r) : raw;
            Integer[] boxed;
            IntList positions = new IntList(e.size());
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                int from = a.start(i), len = a.length(i);
                boxed = new Integer[len];
                for (int j = 0; j < len; j++) boxed[j] = from + j;
                java.util.Arrays.sort(boxed, cmp::compare);
                for (Integer p : boxed) positions.add(p);
                offsets[i + 1] = offsets[i] + len;
            }
            return taken(at, offsets, e, positions, n);
        });
    }

    private static BoundFunction reverse(BindContext ctx) {
        Arguments.count(ctx, "arrayReverse", 1);
        ArrayType at = requireArray(ctx, 0, "arrayReverse");
        return Kernel.bound(at, (args, n) -> {
            ArrayColumn a = array(args[0]);
            IntList positions = new IntList(a.elements().size());
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                for (int j = a.start(i + 1) - 1; j >= a.start(i); j--) positions.add(j);
                offsets[i + 1] = offsets[i] + a.length(i);
            }
            return taken(at, offsets, a.elements(), positions, n);
        });
    }

    private static BoundFunction flatten(BindContext ctx) {
        Arguments.count(ctx, "arrayFlatten", 1);
        ArrayType at = requireArray(ctx, 0, "arrayFlatten");
        DataType leaf = at;
        while (leaf instanceof ArrayType inner) leaf = inner.element();
        ArrayType rt = new ArrayType(leaf);
        return Kernel.bound(rt, (args, n) -> {
            ArrayColumn a = array(args[0]);
            // Compose the offsets level by level: row i spans the leaf range of its nested ranges.
            int[] offsets = new int[n + 1];
            for (int i = 0; i <= n; i++) offsets[i] = a.offsets()[i];
            Column level = a.elements();
            while (level instanceof ArrayColumn inner) {
                for (int i = 0; i <= n; i++) offsets[i] = inner.offsets()[offsets[i]];
                level = inner.elements();
            }
            int base = offsets[0];
            if (base != 0) {
                for (int i = 0; i <= n; i++) offsets[i] -= base;
                level = level.slice(base, offsets[n]);
            } else if (level.size() != offsets[n]) {
                level = level.slice(0, offsets[n]);
            }
            return new ArrayColumn(rt, offsets, level, n);
        });
    }

    private static BoundFunction concat(BindContext ctx) {
        Arguments.atLeast(ctx, "arrayConcat", 1);
        List<DataType> elements = new ArrayList<>();
        for (int i = 0; i < ctx.argumentCount(); i++) {
            DataType e = requireArray(ctx, i, "arrayConcat").element();
            if (e.id() != TypeId.NOTHING) elements.add(e);
        }
        ArrayType rt = new ArrayType(elements.isEmpty() ? DataTypes.NOTHING : Supertypes.leastSupertype(elements));
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(rt, (args, n) -> {
            Converter conv = new Converter(fc, Converter.Mode.THROW);
            ArrayColumn[] parts = new ArrayColumn[args.length];
            for (int k = 0; k < args.length; k++) {
                ArrayColumn a = array(args[k]);
                parts[k] = a.type().equals(rt) ? a : (ArrayColumn) Vectors.dense(conv.convert(a, rt));
            }
            ColumnBuilder b = rt.element().createBuilder(n);
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                int c = 0;
                for (ArrayColumn p : parts) {
                    for (int j = p.start(i), e = p.start(i + 1); j < e; j++) b.append(p.elements(), j);
                    c += p.length(i);
                }
                offsets[i + 1] = offsets[i] + c;
            }
            return new ArrayColumn(rt, offsets, b.build(), n);
        });
    }

    // ---- distinct / uniq / compact ------------------------------------------------------------

    /** kind 0: arrayDistinct, 1: arrayUniq, 2: arrayCompact. */
    private static BoundFunction distinct(BindContext ctx, String name, int kind) {
        Arguments.count(ctx, name, 1);
        ArrayType at = requireArray(ctx, 0, name);
        DataType rt = kind == 1 ? DataTypes.UINT64 : at;
        return Kernel.bound(rt, (args, n) -> {
            ArrayColumn a = array(args[0]);
            Column e = a.elements();
            RowComparator cmp = RowComparators.create(e, e, 1);
            IntList positions = new IntList(e.size());
            int[] offsets = new int[n + 1];
            long[] counts = new long[n];
            for (int i = 0; i < n; i++) {
                int rowStart = positions.size;
                for (int j = a.start(i), end = a.start(i + 1); j < end; j++) {
                    boolean dup;
                    if (kind == 2) {
                        dup = j > a.start(i) && cmp.compare(positions.values[positions.size - 1], j) == 0;
                    } else {
                        // arrayDistinct drops NULLs; arrayUniq counts NULL as one more distinct value.
                        dup = kind == 0 && e.isNullAt(j);
                        for (int q = rowStart; q < positions.size && !dup; q++) dup = cmp.compare(positions.values[q], j) == 0;
                    }
                    if (!dup) positions.add(j);
                }
                counts[i] = positions.size - rowStart;
                offsets[i + 1] = positions.size;
            }
            if (kind == 1) return new LongColumn(DataTypes.UINT64, counts, n);
            return taken(at, offsets, e, positions, n);
        });
    }

    // ---- slice / enumerate / push / pop -------------------------------------------------------

    private static BoundFunction slice(BindContext ctx) {
        Arguments.countBetween(ctx, "arraySlice", 2, 3);
        ArrayType at = requireArray(ctx, 0, "arraySlice");
        for (int i = 1; i < ctx.argumentCount(); i++) {
            if (!ctx.argumentType(i).isInteger()) throw Arguments.illegalType(ctx.argumentType(i), i, "arraySlice");
        }
        return Kernel.bound(at, (args, n) -> {
            ArrayColumn a = array(args[0]);
            long[] off = Vectors.longs(args[1], n), len = args.length == 3 ? Vectors.longs(args[2], n) : null;
            IntList positions = new IntList(a.elements().size());
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                long size = a.length(i);
                long start = off[i] > 0 ? off[i] - 1 : off[i] < 0 ? size + off[i] : -1;
                if (off[i] != 0) {
                    long end = len == null ? size : len[i] >= 0 ? start + len[i] : size + len[i];
                    start = Math.max(0, start);
                    end = Math.min(size, end);
                    for (long j = start; j < end; j++) positions.add(a.start(i) + (int) j);
                }
                offsets[i + 1] = positions.size;
            }
            return taken(at, offsets, a.elements(), positions, n);
        });
    }

    private static BoundFunction enumerate(BindContext ctx) {
        Arguments.count(ctx, "arrayEnumerate", 1);
        requireArray(ctx, 0, "arrayEnumerate");
        ArrayType rt = new ArrayType(DataTypes.UINT32);
        return Kernel.bound(rt, (args, n) -> {
            ArrayColumn a = array(args[0]);
            int[] offsets = new int[n + 1];
            long[] v = new long[a.start(n) - a.start(0)];
            int k = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < a.length(i); j++) v[k++] = j + 1;
                offsets[i + 1] = k;
            }
            return new ArrayColumn(rt, offsets, new LongColumn(DataTypes.UINT32, v, k), n);
        });
    }

    private static BoundFunction pop(BindContext ctx, String name, boolean back) {
        Arguments.count(ctx, name, 1);
        ArrayType at = requireArray(ctx, 0, name);
        return Kernel.bound(at, (args, n) -> {
            ArrayColumn a = array(args[0]);
            IntList positions = new IntList(a.elements().size());
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                int from = a.start(i), to = a.start(i + 1);
                if (to > from) {
                    if (back) to--;
                    else from++;
                }
                for (int j = from; j < to; j++) positions.add(j);
                offsets[i + 1] = positions.size;
            }
            return taken(at, offsets, a.elements(), positions, n);
        });
    }

    private static BoundFunction push(BindContext ctx, String name, boolean back) {
        Arguments.count(ctx, name, 2);
        ArrayType at = requireArray(ctx, 0, name);
        DataType x = ctx.argumentType(1);
        DataType element = at.element().id() == TypeId.NOTHING ? x : Supertypes.leastSupertype(at.element(), x);
        ArrayType rt = new ArrayType(element);
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(rt, (args, n) -> {
            Converter conv = new Converter(fc, Converter.Mode.THROW);
            ArrayColumn a = array(args[0]);
            Column elems = Vectors.dense(conv.convert(a.elements(), element));
            Column value = Vectors.dense(conv.convert(Vectors.dense(args[1]), element));
            ColumnBuilder b = element.createBuilder(n);
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                if (!back) b.append(value, i);
                for (int j = a.start(i), e = a.start(i + 1); j < e; j++) b.append(elems, j);
                if (back) b.append(value, i);
                offsets[i + 1] = offsets[i] + a.length(i) + 1;
            }
            return new ArrayColumn(rt, offsets, b.build(), n);
        });
    }

    // ---- arrayStringConcat --------------------------------------------------------------------

    private static BoundFunction stringConcat(BindContext ctx) {
        Arguments.countBetween(ctx, "arrayStringConcat", 1, 2);
        requireArray(ctx, 0, "arrayStringConcat");
        String sep = ctx.argumentCount() == 2 ? Arguments.constantString(ctx, 1, "arrayStringConcat") : "";
        byte[] sepBytes = sep.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            ArrayColumn a = array(args[0]);
            Column e = a.elements();
            // Non-string elements are formatted with toString; NULL elements are skipped.
            DataType inner = e.type().unwrap();
            Column values = e instanceof io.strata.core.column.NullableColumn nc ? nc.values() : e;
            StringColumn s = inner.id() == TypeId.STRING ? (StringColumn) Vectors.dense(values)
                    : (StringColumn) Vectors.dense(new Converter(fc, Converter.Mode.THROW).convert(Vectors.dense(values), DataTypes.STRING));
            StringColumnBuilder out = new StringColumnBuilder(DataTypes.STRING, n);
            io.strata.exec.function.scalar.ValueBuffer row = new io.strata.exec.function.scalar.ValueBuffer();
            for (int i = 0; i < n; i++) {
                row.reset();
                boolean first = true;
                for (int j = a.start(i), end = a.start(i + 1); j < end; j++) {
                    if (e.isNullAt(j)) continue;
                    if (!first) row.append(sepBytes);
                    first = false;
                    row.append(s.bytes(), s.start(j), s.length(j));
                }
                row.appendTo(out);
            }
            return out.build();
        });
    }

    // ---- arraySum / arrayMin / ... ------------------------------------------------------------

    private enum Agg { SUM, PRODUCT, AVG, MIN, MAX }

    private static BoundFunction aggregate(BindContext ctx, String name, Agg agg) {
        Arguments.count(ctx, name, 1);
        ArrayType at = requireArray(ctx, 0, name);
        DataType e = at.element().unwrap();
        boolean minMax = agg == Agg.MIN || agg == Agg.MAX;
        if (!minMax && !NumericTypes.isNative(e) && !(e instanceof DecimalType) && e.id() != TypeId.NOTHING) throw Arguments.illegalType(at, 0, name);
        DataType rt;
        if (minMax) rt = e.id() == TypeId.NOTHING ? DataTypes.NOTHING : e;
        else if (agg == Agg.SUM && e instanceof IntegerType it) rt = it.signed() ? DataTypes.INT64 : DataTypes.UINT64;
        else if (agg == Agg.SUM && e instanceof DecimalType) rt = e;
        else rt = DataTypes.FLOAT64;
        boolean integerSum = agg == Agg.SUM && (e instanceof IntegerType || e instanceof DecimalType);
        return Kernel.bound(rt, (args, n) -> {
            ArrayColumn a = array(args[0]);
            Column elems = a.elements();
            Column values = elems instanceof io.strata.core.column.NullableColumn nc ? nc.values() : elems;
            if (minMax) {
                RowComparator cmp = RowComparators.create(values, values, 1);
                ColumnBuilder b = rt.createBuilder(n);
                for (int i = 0; i < n; i++) {
                    int best = -1;
                    for (int j = a.start(i), end = a.start(i + 1); j < end; j++) {
                        if (elems.isNullAt(j)) continue;
                        if (best < 0 || (agg == Agg.MIN ? cmp.compare(j, best) < 0 : cmp.compare(j, best) > 0)) best = j;
                    }
                    if (best >= 0) b.append(values, best);
                    else b.appendDefault();
                }
                return b.build();
            }
            int total = values.size();
            if (integerSum) {
                long[] v = total == 0 ? new long[0] : Vectors.longs(values, total), r = new long[n];
                for (int i = 0; i < n; i++) {
                    long s = 0;
                    for (int j = a.start(i), end = a.start(i + 1); j < end; j++) if (!elems.isNullAt(j)) s += v[j];
                    r[i] = s;
                }
                return new LongColumn(rt, r, n);
            }
            double[] v = total == 0 || values instanceof NothingColumn ? new double[total] : Vectors.doubles(values, total);
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                double s = agg == Agg.PRODUCT ? 1 : 0;
                int c = 0;
                for (int j = a.start(i), end = a.start(i + 1); j < end; j++) {
                    if (elems.isNullAt(j)) continue;
                    s = agg == Agg.PRODUCT ? s * v[j] : s + v[j];
                    c++;
                }
                r[i] = agg == Agg.AVG ? (c == 0 ? Double.NaN : s / c) : s;
            }
            return new DoubleColumn(rt, r, n);
        });
    }

    static boolean isFloat(DataType t) {
        return t instanceof FloatType;
    }

    static DataType nullable(DataType t) {
        return t instanceof NullableType ? t : DataTypes.makeNullableSafe(t);
    }
}
