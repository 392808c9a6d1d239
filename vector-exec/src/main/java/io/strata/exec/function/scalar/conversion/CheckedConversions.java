package io.strata.exec.function.scalar.conversion;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.NullableColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.NullableType;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.NumericTypes;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.conversion.Converter.Mode;
import java.util.ArrayList;
import java.util.List;

/**
 * accurateCast / accurateCastOrNull (a number that the target type cannot hold exactly is an
 * error or NULL instead of wrapping around) and the toXOrDefault family (a value that does not
 * parse becomes the second argument, or the type's zero).
 */
public final class CheckedConversions {
    private CheckedConversions() {
    }

    public static List<FunctionDefinition> all() {
        List<FunctionDefinition> out = new ArrayList<>();
        out.add(FunctionDefinition.of("accurateCast", ctx -> accurate(ctx, "accurateCast", false)));
        out.add(FunctionDefinition.of("accurateCastOrNull", ctx -> accurate(ctx, "accurateCastOrNull", true)).handlesNulls());
        List<DataType> targets = List.of(DataTypes.UINT8, DataTypes.UINT16, DataTypes.UINT32, DataTypes.UINT64, DataTypes.UINT128,
                DataTypes.UINT256, DataTypes.INT8, DataTypes.INT16, DataTypes.INT32, DataTypes.INT64, DataTypes.INT128, DataTypes.INT256,
                DataTypes.FLOAT32, DataTypes.FLOAT64, DataTypes.DATE, DataTypes.DATETIME);
        for (DataType t : targets) {
            String name = "to" + (t.equals(DataTypes.DATETIME) ? "DateTime" : t.name()) + "OrDefault";
            out.add(FunctionDefinition.of(name, ctx -> orDefault(ctx, name, t)));
        }
        return out;
    }

    private static BoundFunction accurate(BindContext ctx, String name, boolean orNull) {
        Arguments.count(ctx, name, 2);
        DataType to = DataTypes.parse(Arguments.constantString(ctx, 1, name));
        DataType from = ctx.argumentType(0).unwrap();
        DataType target = to.unwrap();
        DataType rt = orNull ? DataTypes.makeNullableSafe(to) : to;
        boolean checked = NumericTypes.isNative(from) && NumericTypes.isNative(target) && !NumericTypes.isFloat(target);
        FunctionContext fc = ctx.functionContext();
        return Kernel.bound(rt, (args, n) -> {
            byte[] bad = checked ? unrepresentable(Vectors.dense(args[0]), from, target, n) : null;
            if (!orNull && bad != null) {
                for (int i = 0; i < n; i++) {
                    if (bad[i] != 0) {
                        throw DbException.of(ErrorCode.CANNOT_CONVERT_TYPE, "Value in column %s cannot be safely converted into type %s", from, to);
                    }
                }
            }
            Column converted = new Converter(fc, orNull ? Mode.OR_NULL : Mode.THROW).convert(args[0], rt);
            if (bad == null || !orNull) return converted;
            converted = Vectors.dense(converted);
            NullableColumn nc = converted instanceof NullableColumn c ? c : new NullableColumn(rt, converted, new byte[n]);
            byte[] nulls = nc.nulls().clone();
            for (int i = 0; i < n; i++) nulls[i] |= bad[i];
            return new NullableColumn(rt, nc.values(), nulls);
        });
    }

    /** 1 for the rows (NULL rows excluded) whose number the integer type {@code to} cannot hold exactly. */
    private static byte[] unrepresentable(Column c, DataType from, DataType to, int n) {
        int bits = NumericTypes.size(to) * 8;
        boolean toSigned = NumericTypes.signed(to);
        byte[] bad = new byte[n];
        if (NumericTypes.isFloat(from)) {
            double[] v = Vectors.doubles(c, n);
            double min = toSigned ? -Math.pow(2, bits - 1) : 0, max = toSigned ? Math.pow(2, bits - 1) : Math.pow(2, bits);
            for (int i = 0; i < n; i++) {
                double x = v[i];
                boolean ok = Double.isFinite(x) && x >= min && x < max && x == Math.rint(x);
                bad[i] = (byte) (ok || c.isNullAt(i) ? 0 : 1);
            }
            return bad;
        }
        long[] v = Vectors.longs(c, n);
        boolean fromUInt64 = Vectors.isUInt64(from);
        for (int i = 0; i < n; i++) {
            long x = v[i];
            boolean ok;
            if (fromUInt64 && x < 0) ok = !toSigned && bits == 64;
            else if (toSigned) ok = bits == 64 || x >= -(1L << (bits - 1)) && x < (1L << (bits - 1));
            else ok = x >= 0 && (bits == 64 || x < (1L << bits));
            bad[i] = (byte) (ok || c.isNullAt(i) ? 0 : 1);
        }
        return bad;
    }

    private static BoundFunction orDefault(BindContext ctx, String name, DataType to) {
        boolean dateTime = to.equals(DataTypes.DATETIME);
        Arguments.countBetween(ctx, name, 1, dateTime ? 3 : 2);
        FunctionContext fc = ctx.functionContext();
        // toDateTimeOrDefault(expr[, time_zone[, default]]): a String second argument is the zone
        int defaultArg = 1;
        if (dateTime && ctx.argumentCount() >= 2 && ctx.argumentType(1).unwrap().equals(DataTypes.STRING)) {
            String zone = Arguments.constantString(ctx, 1, name);
            to = DataTypes.parse("DateTime('" + zone.replace("'", "\\'") + "')");
            defaultArg = 2;
        } else if (ctx.argumentCount() == 3) {
            Arguments.count(ctx, name, 2);
        }
        DataType target = to;
        NullableType nullable = new NullableType(target);
        boolean withDefault = ctx.argumentCount() > defaultArg;
        int d = defaultArg;
        return Kernel.bound(target, (args, n) -> {
            Column parsed = Vectors.dense(new Converter(fc, Mode.OR_NULL).convert(args[0], nullable));
            Column fallback = withDefault ? Vectors.dense(new Converter(fc, Mode.THROW).convert(args[d], target)) : null;
            ColumnBuilder b = target.createBuilder(n);
            Column values = parsed instanceof NullableColumn nc ? nc.values() : parsed;
            for (int i = 0; i < n; i++) {
                if (!parsed.isNullAt(i)) b.append(values, i);
                else if (fallback != null) b.append(fallback, i);
                else b.appendDefault();
            }
            return b.build();
        });
    }
}
