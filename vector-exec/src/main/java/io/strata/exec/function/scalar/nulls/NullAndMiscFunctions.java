package io.strata.exec.function.scalar.nulls;

import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.NothingColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.function.FunctionContext;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.NullableType;
import io.strata.core.type.TypeId;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Supertypes;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.comparison.ComparisonFunctions;
import io.strata.exec.function.scalar.conditional.Selection;
import io.strata.exec.function.scalar.conversion.Converter;
import java.util.ArrayList;
import java.util.List;

/**
 * NULL handling (isNull, isNotNull, coalesce, ifNull, nullIf, assumeNotNull, toNullable) and
 * small utilities (toTypeName, materialize, ignore, identity, isFinite, isNaN, greatest, least).
 */
public final class NullAndMiscFunctions {
    private NullAndMiscFunctions() {
    }

    public static List<FunctionDefinition> all() {
        return List.of(
                FunctionDefinition.of("isNull", ctx -> nullTest(ctx, "isNull", true)).ci().handlesNulls(),
                FunctionDefinition.of("isNotNull", ctx -> nullTest(ctx, "isNotNull", false)).ci().handlesNulls(),
                FunctionDefinition.of("isZeroOrNull", ZeroOrNull::bind).handlesNulls(),
                FunctionDefinition.of("coalesce", ctx -> coalesce(ctx, "coalesce")).ci().handlesNulls(),
                FunctionDefinition.of("ifNull", ctx -> {
                    Arguments.count(ctx, "ifNull", 2);
                    return coalesce(ctx, "ifNull");
                }).ci().handlesNulls(),
                FunctionDefinition.of("nullIf", NullAndMiscFunctions::nullIf).ci().handlesNulls(),
                FunctionDefinition.of("assumeNotNull", NullAndMiscFunctions::assumeNotNull).handlesNulls(),
                FunctionDefinition.of("toNullable", NullAndMiscFunctions::toNullable).handlesNulls(),
                FunctionDefinition.of("toTypeName", NullAndMiscFunctions::toTypeName).handlesNulls().acceptsConst().keepsLowCardinality(),
                FunctionDefinition.of("materialize", ctx -> {
                    Arguments.count(ctx, "materialize", 1);
                    return Kernel.bound(ctx.argumentType(0), (args, n) -> Vectors.dense(args[0]));
                    // never folded into a constant: its point is a full column (isConstant(materialize(1)) = 0)
                }).handlesNulls().nonDeterministic(),
                FunctionDefinition.of("identity", ctx -> {
                    Arguments.count(ctx, "identity", 1);
                    return Kernel.bound(ctx.argumentType(0), (args, n) -> args[0]);
                }).handlesNulls(),
                FunctionDefinition.of("ignore", ctx -> Kernel.bound(DataTypes.UINT8,
                        (args, n) -> new LongColumn(DataTypes.UINT8, new long[n], n))).handlesNulls().acceptsConst(),
                FunctionDefinition.of("isConstant", ctx -> {
                    Arguments.count(ctx, "isConstant", 1);
                    // Decided at bind time: the planner passes constants (literals, folded expressions) as such.
                    long v = ctx.constantArgument(0) != null ? 1 : 0;
                    return Kernel.bound(DataTypes.UINT8, (args, n) -> new ConstColumn(new LongColumn(DataTypes.UINT8, new long[] {v}, 1), n));
                }).handlesNulls().acceptsConst(),
                FunctionDefinition.of("isFinite", ctx -> floatTest(ctx, "isFinite")),
                FunctionDefinition.of("isInfinite", ctx -> floatTest(ctx, "isInfinite")),
                FunctionDefinition.of("isNaN", ctx -> floatTest(ctx, "isNaN")),
                FunctionDefinition.of("greatest", ctx -> extreme(ctx, "greatest", false)).ci(),
                FunctionDefinition.of("least", ctx -> extreme(ctx, "least", true)).ci());
    }

    private static BoundFunction nullTest(BindContext ctx, String name, boolean wantNull) {
        Arguments.count(ctx, name, 1);
        return Kernel.bound(DataTypes.UINT8, (args, n) -> {
            Column c = args[0] instanceof ConstColumn ? Vectors.dense(args[0]) : args[0];
            long[] r = new long[n];
            for (int i = 0; i < n; i++) r[i] = (c instanceof NothingColumn || c.isNullAt(i)) == wantNull ? 1 : 0;
            return new LongColumn(DataTypes.UINT8, r, n);
        });
    }

    private static BoundFunction coalesce(BindContext ctx, String name) {
        Arguments.atLeast(ctx, name, 1);
        List<DataType> types = new ArrayList<>();
        boolean anyNotNull = false;
        for (DataType t : ctx.argumentTypes()) {
            if (t.id() == TypeId.NOTHING || t instanceof NullableType nt && nt.inner().id() == TypeId.NOTHING) continue;
            types.add(t);
            anyNotNull |= !t.isNullable();
        }
        DataType inner = types.isEmpty() ? DataTypes.NOTHING : DataTypes.removeNullable(Supertypes.leastSupertype(
                types.stream().map(DataTypes::removeNullable).toList()));
        DataType rt = anyNotNull ? inner : DataTypes.makeNullableSafe(inner);
        DataType work = DataTypes.makeNullableSafe(inner);
        FunctionContext fc = ctx.functionContext();
        int count = ctx.argumentCount();
        return Kernel.bound(rt, (args, n) -> {
            Converter conv = new Converter(fc, Converter.Mode.THROW);
            Column result = null;
            for (int k = count - 1; k >= 0; k--) {
                Column c = Vectors.dense(args[k]);
                if (c instanceof NothingColumn || c instanceof NullableColumn nc && nc.values() instanceof NothingColumn) continue;
                Column converted = Vectors.dense(conv.convert(c, work));
                if (result == null) {
                    result = converted;
                    continue;
                }
                byte[] take = new byte[n];
                for (int i = 0; i < n; i++) take[i] = (byte) (c.isNullAt(i) ? 0 : 1);
                result = Selection.select(take, converted, result, work, n);
            }
            if (result == null) return rt.defaultColumn(n);
            if (rt.isNullable() || !(result instanceof NullableColumn nc)) return result;
            return nc.values();
        });
    }

    private static BoundFunction nullIf(BindContext ctx) {
        Arguments.count(ctx, "nullIf", 2);
        DataType a = ctx.argumentType(0);
        DataType rt = DataTypes.makeNullableSafe(a);
        // Reuse equals on the non-null parts; a NULL on either side never matches.
        BoundFunction eq = ComparisonFunctions.all().get(0).bind(new SimpleBindContext(
                List.of(DataTypes.removeNullable(a), DataTypes.removeNullable(ctx.argumentType(1))), ctx.functionContext()));
        return Kernel.bound(rt, (args, n) -> {
            Column x = Vectors.dense(args[0]), y = Vectors.dense(args[1]);
            Column xv = x instanceof NullableColumn nx ? nx.values() : x, yv = y instanceof NullableColumn ny ? ny.values() : y;
            if (xv instanceof NothingColumn) return rt.defaultColumn(n);
            byte[] nulls = new byte[n];
            if (!(yv instanceof NothingColumn)) {
                long[] same = Vectors.longs(eq.execute(new Column[] {xv, yv}, n), n);
                for (int i = 0; i < n; i++) nulls[i] = (byte) (x.isNullAt(i) || (!y.isNullAt(i) && same[i] != 0) ? 1 : 0);
            } else {
                for (int i = 0; i < n; i++) nulls[i] = (byte) (x.isNullAt(i) ? 1 : 0);
            }
            return new NullableColumn(rt, xv, nulls);
        });
    }

    private static BoundFunction assumeNotNull(BindContext ctx) {
        Arguments.count(ctx, "assumeNotNull", 1);
        DataType rt = DataTypes.removeNullable(ctx.argumentType(0));
        return Kernel.bound(rt, (args, n) -> {
            Column c = Vectors.dense(args[0]);
            return c instanceof NullableColumn nc ? nc.values() : c;
        });
    }

    private static BoundFunction toNullable(BindContext ctx) {
        Arguments.count(ctx, "toNullable", 1);
        DataType rt = DataTypes.makeNullableSafe(ctx.argumentType(0));
        return Kernel.bound(rt, (args, n) -> {
            Column c = Vectors.dense(args[0]);
            return c.type().isNullable() || !rt.isNullable() ? c : new NullableColumn(rt, c, new byte[n]);
        });
    }

    private static BoundFunction toTypeName(BindContext ctx) {
        Arguments.count(ctx, "toTypeName", 1);
        String name = ctx.argumentType(0).name();
        return Kernel.bound(DataTypes.STRING, (args, n) -> {
            StringColumnBuilder b = new StringColumnBuilder(DataTypes.STRING, 1);
            b.append(name);
            return new ConstColumn(b.build(), n);
        });
    }

    private static BoundFunction floatTest(BindContext ctx, String name) {
        Arguments.count(ctx, name, 1);
        DataType t = ctx.argumentType(0);
        if (!NumericTypes.isNative(t) && !NumericTypes.isDecimal(t)) throw Arguments.illegalType(t, 0, name);
        return Kernel.bound(DataTypes.UINT8, (args, n) -> {
            long[] r = new long[n];
            if (args[0] instanceof DoubleColumn || args[0] instanceof ConstColumn k && k.value() instanceof DoubleColumn) {
                double[] v = Vectors.doubles(args[0], n);
                switch (name) {
                    case "isFinite" -> { for (int i = 0; i < n; i++) r[i] = Double.isFinite(v[i]) ? 1 : 0; }
                    case "isInfinite" -> { for (int i = 0; i < n; i++) r[i] = Double.isInfinite(v[i]) ? 1 : 0; }
                    default -> { for (int i = 0; i < n; i++) r[i] = Double.isNaN(v[i]) ? 1 : 0; }
                }
            } else if (name.equals("isFinite")) {
                java.util.Arrays.fill(r, 0, n, 1);
            }
            return new LongColumn(DataTypes.UINT8, r, n);
        });
    }

    private static BoundFunction extreme(BindContext ctx, String name, boolean least) {
        Arguments.atLeast(ctx, name, 1);
        DataType rt = Supertypes.leastSupertype(ctx.argumentTypes());
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(rt, (args, n) -> {
            Converter conv = new Converter(fc, Converter.Mode.THROW);
            Column result = Vectors.dense(conv.convert(args[0], rt));
            for (int k = 1; k < args.length; k++) {
                Column c = Vectors.dense(conv.convert(args[k], rt));
                long[] better = ComparisonFunctions.greaterMask(c, result, rt, least, n);
                byte[] take = new byte[n];
                for (int i = 0; i < n; i++) take[i] = (byte) better[i];
                result = Selection.select(take, c, result, rt, n);
            }
            return result;
        });
    }

    /** A bind context for reusing another function's kernel internally. */
    record SimpleBindContext(List<DataType> argumentTypes, FunctionContext functionContext) implements BindContext {
        @Override
        public Column constantArgument(int i) {
            return null;
        }
    }
}
