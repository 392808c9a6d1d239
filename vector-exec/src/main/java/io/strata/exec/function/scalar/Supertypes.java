package io.strata.exec.function.scalar;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DateTimeType;
import io.strata.core.type.DateType;
import io.strata.core.type.DecimalType;
import io.strata.core.type.FloatType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.LowCardinalityType;
import io.strata.core.type.NullableType;
import io.strata.core.type.TupleType;
import io.strata.core.type.TypeId;
import io.strata.core.type.WideIntegerType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * ClickHouse's getLeastSupertype: the narrowest type every argument converts to without loss,
 * used by if/multiIf/coalesce/greatest and array literals. UInt64 with a signed integer has no
 * common type (ClickHouse does not promote to Int128 for speed), wide integers do widen.
 */
public final class Supertypes {
    private Supertypes() {
    }

    public static DataType leastSupertype(List<DataType> types) {
        if (types.isEmpty()) return DataTypes.NOTHING;
        DataType first = types.get(0);
        boolean allSame = true;
        for (DataType t : types) allSame &= t.equals(first);
        if (allSame) return first;

        // LowCardinality is a storage detail: the supertype is computed on the dictionary types.
        boolean anyLc = false;
        List<DataType> noLc = new ArrayList<>(types.size());
        for (DataType t : types) {
            if (t instanceof LowCardinalityType lc) {
                anyLc = true;
                noLc.add(lc.inner());
            } else {
                noLc.add(t);
            }
        }
        if (anyLc) return leastSupertype(noLc);

        // Nothing (the type of NULL) joins anything; Nullable makes the result Nullable.
        boolean anyNullable = false;
        List<DataType> nested = new ArrayList<>(types.size());
        for (DataType t : types) {
            if (t instanceof NullableType n) {
                anyNullable = true;
                if (n.inner().id() != TypeId.NOTHING) nested.add(n.inner());
            } else if (t.id() != TypeId.NOTHING) {
                nested.add(t);
            }
        }
        if (anyNullable || nested.size() < types.size()) {
            DataType inner = nested.isEmpty() ? DataTypes.NOTHING : leastSupertype(nested);
            if (!anyNullable) return inner;
            return DataTypes.makeNullableSafe(inner);
        }

        // Arrays and tuples: element-wise.
        if (types.stream().allMatch(t -> t instanceof ArrayType)) {
            List<DataType> elems = types.stream().map(t -> ((ArrayType) t).element()).collect(Collectors.toList());
            return new ArrayType(leastSupertype(elems));
        }
        if (types.stream().anyMatch(t -> t instanceof ArrayType)) throw noCommon(types, "because some of them are Array and some of them are not");
        if (types.stream().allMatch(t -> t instanceof TupleType)) {
            int w = ((TupleType) first).elements().size();
            for (DataType t : types) {
                if (((TupleType) t).elements().size() != w) throw noCommon(types, "because Tuples have different sizes");
            }
            List<DataType> out = new ArrayList<>();
            for (int i = 0; i < w; i++) {
                List<DataType> col = new ArrayList<>();
                for (DataType t : types) col.add(((TupleType) t).elements().get(i));
                out.add(leastSupertype(col));
            }
            return new TupleType(out);
        }
        if (types.stream().anyMatch(t -> t instanceof TupleType)) throw noCommon(types, "because some of them are Tuple and some of them are not");

        if (types.stream().allMatch(Arguments::isString)) return DataTypes.STRING;
        if (types.stream().anyMatch(Arguments::isString)) throw noCommon(types, "because some of them are String/FixedString and some of them are not");

        if (types.stream().allMatch(t -> t instanceof DateType || t instanceof DateTimeType)) return dateSupertype(types);
        if (types.stream().anyMatch(t -> t instanceof DateType || t instanceof DateTimeType)) {
            throw noCommon(types, "because some of them are Date/Date32/DateTime/DateTime64 and some of them are not");
        }

        if (types.stream().anyMatch(t -> t instanceof DecimalType)) return decimalSupertype(types);

        if (types.stream().allMatch(NumericTypes::isNativeOrWide)) return numberSupertype(types);
        throw noCommon(types, "");
    }

    public static DataType leastSupertype(DataType a, DataType b) {
        return leastSupertype(List.of(a, b));
    }

    private static DataType dateSupertype(List<DataType> types) {
        int maxScale = -1;
        boolean anyDateTime = false, any64 = false, anyDate32 = false;
        String tz = null;
        for (DataType t : types) {
            if (t instanceof DateTimeType dt) {
                anyDateTime = true;
                if (dt.is64()) {
                    any64 = true;
                    maxScale = Math.max(maxScale, dt.scale());
                }
                if (tz == null) tz = dt.timeZone();
            } else if (((DateType) t).isDate32()) {
                anyDate32 = true;
            }
        }
        if (any64) return DateTimeType.dateTime64(maxScale, tz);
        if (anyDateTime) return anyDate32 ? DateTimeType.dateTime64(0, tz) : DateTimeType.dateTime(tz);
        return DataTypes.DATE32;
    }

    private static DataType decimalSupertype(List<DataType> types) {
        int maxScale = 0, maxIntDigits = 0;
        for (DataType t : types) {
            switch (t) {
                case DecimalType d -> {
                    maxScale = Math.max(maxScale, d.scale());
                    maxIntDigits = Math.max(maxIntDigits, d.precision() - d.scale());
                }
                case IntegerType it -> maxIntDigits = Math.max(maxIntDigits, integerDigits(it));
                case WideIntegerType w -> maxIntDigits = Math.max(maxIntDigits, w.bits() == 128 ? 39 : 77);
                default -> throw noCommon(types, "because some of them have no lossless conversion to Decimal");
            }
        }
        int precision = maxIntDigits + maxScale;
        if (precision > 76) throw noCommon(types, "because the resulting precision " + precision + " exceeds max 76");
        // ClickHouse widens the precision to the storage width of the chosen decimal.
        int p = precision <= 9 ? 9 : precision <= 18 ? 18 : precision <= 38 ? 38 : 76;
        return DataTypes.decimal(p, maxScale);
    }

    private static int integerDigits(IntegerType it) {
        return switch (it.bits()) {
            case 8 -> 3;
            case 16 -> 5;
            case 32 -> 10;
            default -> it.signed() ? 19 : 20;
        };
    }

    private static DataType numberSupertype(List<DataType> types) {
        int maxSigned = 0, maxUnsigned = 0, maxFloatMantissa = 0;
        for (DataType t : types) {
            if (t instanceof FloatType f) {
                maxFloatMantissa = Math.max(maxFloatMantissa, f.id() == TypeId.FLOAT32 ? 24 : 53);
            } else if (t instanceof WideIntegerType w) {
                if (w.signed()) maxSigned = Math.max(maxSigned, w.bits());
                else maxUnsigned = Math.max(maxUnsigned, w.bits());
            } else {
                IntegerType it = (IntegerType) t;
                if (it.signed()) maxSigned = Math.max(maxSigned, it.bits());
                else maxUnsigned = Math.max(maxUnsigned, it.bits());
            }
        }
        int minIntBits = Math.max(maxSigned, maxUnsigned);
        if (maxSigned > 0 && maxUnsigned >= maxSigned) {
            // As ClickHouse: no promotion of 64-bit unsigned with signed to the slow Int128, but
            // types that are wide already do widen (Int128 with UInt128 is Int256).
            if (minIntBits == 64) throw noCommon(types, "because some of them are signed integers and some are unsigned integers, but there is no signed integer type, that can exactly represent all required unsigned integer values");
            minIntBits++;
        }
        if (maxFloatMantissa > 0) {
            int bits = Math.max(minIntBits, maxFloatMantissa);
            if (bits <= 24) return DataTypes.FLOAT32;
            if (bits <= 53) return DataTypes.FLOAT64;
            throw noCommon(types, "because some of them are integers and some are floating point, but there is no floating point type, that can exactly represent all required integers");
        }
        if (maxSigned > 0) {
            if (minIntBits <= 8) return DataTypes.INT8;
            if (minIntBits <= 16) return DataTypes.INT16;
            if (minIntBits <= 32) return DataTypes.INT32;
            if (minIntBits <= 64) return DataTypes.INT64;
            if (minIntBits <= 128) return DataTypes.INT128;
            if (minIntBits <= 256) return DataTypes.INT256;
            throw noCommon(types, "because some of them are signed integers and some are unsigned integers, but there is no signed integer type, that can exactly represent all required unsigned integer values");
        }
        if (minIntBits <= 8) return types.stream().allMatch(t -> t.id() == TypeId.BOOL) ? DataTypes.BOOL : DataTypes.UINT8;
        if (minIntBits <= 16) return DataTypes.UINT16;
        if (minIntBits <= 32) return DataTypes.UINT32;
        if (minIntBits <= 64) return DataTypes.UINT64;
        if (minIntBits <= 128) return DataTypes.UINT128;
        return DataTypes.UINT256;
    }

    private static DbException noCommon(List<DataType> types, String why) {
        String list = types.stream().map(DataType::name).collect(Collectors.joining(", "));
        return DbException.of(ErrorCode.NO_COMMON_TYPE, "There is no supertype for types %s%s", list, why.isEmpty() ? "" : " " + why);
    }
}
