package io.strata.exec.function.scalar.conversion;

import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DateTimeType;
import io.strata.core.type.FixedStringType;
import io.strata.core.type.MapType;
import io.strata.core.type.TupleType;
import io.strata.core.type.TypeId;
import io.strata.exec.function.scalar.Arguments;
import io.strata.exec.function.scalar.FunctionDefinition;
import io.strata.exec.function.scalar.Kernel;
import io.strata.exec.function.scalar.Vectors;
import io.strata.exec.function.scalar.conversion.Converter.Mode;
import java.util.ArrayList;
import java.util.List;

/**
 * The toXxx family (with OrZero and OrNull variants), toDateTime/toDateTime64 with a zone,
 * toDecimalN(x, S), toFixedString, and CAST / _CAST with the target type named by a constant string.
 */
public final class ConversionFunctions {
    private ConversionFunctions() {
    }

    public static List<FunctionDefinition> all() {
        List<FunctionDefinition> out = new ArrayList<>();
        simple(out, "toUInt8", DataTypes.UINT8, true);
        simple(out, "toUInt16", DataTypes.UINT16, true);
        simple(out, "toUInt32", DataTypes.UINT32, true);
        simple(out, "toUInt64", DataTypes.UINT64, true);
        simple(out, "toInt8", DataTypes.INT8, true);
        simple(out, "toInt16", DataTypes.INT16, true);
        simple(out, "toInt32", DataTypes.INT32, true);
        simple(out, "toInt64", DataTypes.INT64, true);
        simple(out, "toInt128", DataTypes.INT128, true);
        simple(out, "toUInt128", DataTypes.UINT128, true);
        simple(out, "toInt256", DataTypes.INT256, true);
        simple(out, "toUInt256", DataTypes.UINT256, true);
        simple(out, "toFloat32", DataTypes.FLOAT32, true);
        simple(out, "toFloat64", DataTypes.FLOAT64, true);
        simple(out, "toDate", DataTypes.DATE, true);
        simple(out, "toDate32", DataTypes.DATE32, true);
        simple(out, "toUUID", DataTypes.UUID, true);
        simple(out, "toIPv4", DataTypes.IPV4, true);
        simple(out, "toIPv6", DataTypes.IPV6, true);
        simple(out, "toBool", DataTypes.BOOL, false);
        simple(out, "toString", DataTypes.STRING, false);

        // toDateTime(x[, tz]) and its OrZero/OrNull twins.
        for (Mode mode : Mode.values()) {
            String name = "toDateTime" + suffix(mode);
            out.add(FunctionDefinition.of(name, ctx -> {
                Arguments.countBetween(ctx, name, 1, 2);
                String tz = ctx.argumentCount() == 2 ? Arguments.constantString(ctx, 1, name) : null;
                return converting(ctx, name, DateTimeType.dateTime(checkZone(tz)), mode);
            }));
            String name64 = "toDateTime64" + suffix(mode);
            out.add(FunctionDefinition.of(name64, ctx -> {
                Arguments.countBetween(ctx, name64, 2, 3);
                long scale = Arguments.constantLong(ctx, 1, name64);
                if (scale < 0 || scale > 9) throw DbException.of(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Scale %d is out of bounds (max scale: 9)", scale);
                String tz = ctx.argumentCount() == 3 ? Arguments.constantString(ctx, 2, name64) : null;
                return converting(ctx, name64, DateTimeType.dateTime64((int) scale, checkZone(tz)), mode);
            }));
            for (int bits : new int[] {32, 64, 128, 256}) {
                String dname = "toDecimal" + bits + suffix(mode);
                int precision = bits == 32 ? 9 : bits == 64 ? 18 : bits == 128 ? 38 : 76;
                out.add(FunctionDefinition.of(dname, ctx -> {
                    Arguments.count(ctx, dname, 2);
                    long scale = Arguments.constantLong(ctx, 1, dname);
                    if (scale < 0 || scale > precision) {
                        throw DbException.of(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Scale %d is out of bounds (max scale: %d)", scale, precision);
                    }
                    return converting(ctx, dname, DataTypes.decimal(precision, scale), mode);
                }));
            }
        }

        out.add(FunctionDefinition.of("toFixedString", ctx -> {
            Arguments.count(ctx, "toFixedString", 2);
            long len = Arguments.constantLong(ctx, 1, "toFixedString");
            if (!Arguments.isString(ctx.argumentType(0))) throw Arguments.illegalType(ctx.argumentType(0), 0, "toFixedString");
            if (len <= 0 || len > 0xFFFFFF) throw DbException.of(ErrorCode.ARGUMENT_OUT_OF_BOUND, "FixedString length %d is out of bounds", len);
            return converting(ctx, "toFixedString", new FixedStringType((int) len), Mode.THROW);
        }));

        // CAST keeps NULL handling to itself: CAST(NULL AS Int32) is an error, not a NULL.
        out.add(FunctionDefinition.of("CAST", ctx -> bindCast(ctx, "CAST")).aliases("_CAST").ci().handlesNulls());
        out.addAll(CheckedConversions.all());
        out.addAll(ReinterpretFunctions.all());
        return out;
    }

    private static String checkZone(String tz) {
        if (tz == null) return null;
        try {
            java.time.ZoneId.of(tz);
            return tz;
        } catch (Exception e) {
            throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Cannot load time zone %s", tz);
        }
    }

    private static String suffix(Mode mode) {
        return switch (mode) {
            case THROW -> "";
            case OR_ZERO -> "OrZero";
            case OR_NULL -> "OrNull";
        };
    }

    private static void simple(List<FunctionDefinition> out, String name, DataType to, boolean withVariants) {
        for (Mode mode : Mode.values()) {
            if (!withVariants && mode != Mode.THROW) continue;
            String fn = name + suffix(mode);
            out.add(FunctionDefinition.of(fn, ctx -> {
                if (to.id() == TypeId.STRING || to.id() == TypeId.DATE) Arguments.countBetween(ctx, fn, 1, 2);
                else Arguments.count(ctx, fn, 1);
                if (to.id() == TypeId.STRING && ctx.argumentCount() == 2 && ctx.argumentType(0) instanceof DateTimeType dt) {
                    return DateTimeText.inZone(ctx, fn, dt, checkZone(Arguments.constantString(ctx, 1, fn)));
                }
                if (to.id() == TypeId.DATE && ctx.argumentCount() == 2 && ctx.argumentType(0).unwrap() instanceof DateTimeType dt) {
                    // toDate(ts, 'zone'): the calendar day of the instant in that zone
                    String zone = checkZone(Arguments.constantString(ctx, 1, fn));
                    DateTimeType inZone = dt.is64() ? DateTimeType.dateTime64(dt.scale(), zone) : DateTimeType.dateTime(zone);
                    var fc = ctx.functionContext();
                    return Kernel.bound(to, (args, n) -> {
                        Column c = Vectors.dense(args[0]);
                        Column relabeled = new LongColumn(inZone, Vectors.longs(c, n), n);
                        return new Converter(fc, Mode.THROW).convert(relabeled, to);
                    });
                }
                return converting(ctx, fn, to, mode);
            }));
        }
    }

    /** Binds a conversion of argument 0 to {@code to}; OrZero/OrNull only relax parsing from strings. */
    static BoundFunction converting(BindContext ctx, String name, DataType to, Mode mode) {
        DataType from = ctx.argumentType(0);
        if (to.id() != TypeId.STRING && (from instanceof ArrayType || from instanceof TupleType || from instanceof MapType)
                && !(to instanceof ArrayType || to instanceof TupleType)) {
            throw Arguments.illegalType(from, 0, name);
        }
        if (mode != Mode.THROW && !Arguments.isString(from.unwrap()) && from.unwrap().id() != TypeId.NOTHING && !name.startsWith("accurate")) {
            // ClickHouse's OrZero/OrNull variants accept only strings (and numbers in recent versions: treat as plain).
            mode = mode == Mode.OR_NULL ? Mode.OR_NULL : Mode.THROW;
        }
        DataType result = mode == Mode.OR_NULL ? DataTypes.makeNullableSafe(to) : to;
        Mode m = mode;
        var fc = ctx.functionContext();
        return Kernel.bound(result, (args, n) -> new Converter(fc, m).convert(args[0], result));
    }

    static BoundFunction bindCast(BindContext ctx, String name) {
        Arguments.count(ctx, name, 2);
        DataType to = DataTypes.parse(Arguments.constantString(ctx, 1, name));
        DataType from = ctx.argumentType(0);
        var fc = ctx.functionContext();
        if (from.isNullable() && !to.isNullable() && !(to instanceof ArrayType) && from.unwrap().id() == TypeId.NOTHING) {
            throw Converter.cannotConvertNull(to);
        }
        return Kernel.bound(to, (args, n) -> new Converter(fc, Mode.THROW).convert(args[0], to));
    }

}
