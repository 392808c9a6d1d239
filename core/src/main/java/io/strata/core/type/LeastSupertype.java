package io.strata.core.type;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ClickHouse's getLeastSupertype: the narrowest type all given types convert to without loss,
 * used for array literals, if/multiIf branches and UNION. Rules, in order: equal types give
 * themselves; Nothing is neutral; LowCardinality and Nullable are peeled off and put back
 * (Nullable if any input was Nullable, LowCardinality only if all were); arrays, maps and tuples
 * combine element-wise; String/FixedString give String; Date/Date32/DateTime/DateTime64 give the
 * widest; numbers give the narrowest number holding every value (Int16 for UInt8 + Int8, Float64
 * for Int32 + Float32). Anything else is NO_COMMON_TYPE.
 */
final class LeastSupertype {
    private LeastSupertype() {
    }

    static DataType of(List<DataType> types) {
        if (types.isEmpty()) return DataTypes.NOTHING;
        DataType first = types.getFirst();
        boolean allEqual = true;
        for (DataType t : types) allEqual &= t.equals(first);
        if (allEqual) return first;

        // Nothing is neutral.
        List<DataType> rest = new ArrayList<>();
        for (DataType t : types) if (t.id() != TypeId.NOTHING) rest.add(t);
        if (rest.isEmpty()) return DataTypes.NOTHING;
        if (rest.size() < types.size()) return of(rest);

        // LowCardinality: result is LowCardinality only when every input was.
        boolean anyLc = false, allLc = true;
        for (DataType t : types) {
            if (t instanceof LowCardinalityType) anyLc = true;
            else allLc = false;
        }
        if (anyLc) {
            List<DataType> inner = types.stream().map(DataTypes::removeLowCardinality).toList();
            DataType r = of(inner);
            return allLc && canBeInsideLowCardinality(r) ? new LowCardinalityType(r) : r;
        }

        // Nullable: result is Nullable when any input was.
        boolean anyNullable = false;
        for (DataType t : types) anyNullable |= t instanceof NullableType;
        if (anyNullable) {
            List<DataType> inner = new ArrayList<>();
            for (DataType t : types) {
                DataType in = t instanceof NullableType n ? n.inner() : t;
                if (in.id() != TypeId.NOTHING) inner.add(in);
            }
            DataType r = of(inner);
            return r.id() == TypeId.NOTHING ? DataTypes.NULLABLE_NOTHING : DataTypes.makeNullableSafe(r);
        }

        if (any(types, TypeId.ARRAY)) {
            requireAll(types, TypeId.ARRAY, "Array");
            return new ArrayType(of(types.stream().map(t -> ((ArrayType) t).element()).toList()));
        }
        if (any(types, TypeId.MAP)) {
            requireAll(types, TypeId.MAP, "Map");
            DataType k = of(types.stream().map(t -> ((MapType) t).key()).toList());
            DataType v = of(types.stream().map(t -> ((MapType) t).value()).toList());
            return new MapType(k, v);
        }
        if (any(types, TypeId.TUPLE)) {
            requireAll(types, TypeId.TUPLE, "Tuple");
            int n = ((TupleType) first).elements().size();
            for (DataType t : types) {
                if (((TupleType) t).elements().size() != n) {
                    throw noSupertype(types, "because Tuples have different sizes");
                }
            }
            List<DataType> elems = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                final int idx = i;
                elems.add(of(types.stream().map(t -> ((TupleType) t).elements().get(idx)).toList()));
            }
            List<String> names = ((TupleType) first).names();
            for (DataType t : types) {
                if (names != null && !names.equals(((TupleType) t).names())) names = null;
            }
            return new TupleType(elems, names);
        }

        boolean anyString = false, allString = true;
        for (DataType t : types) {
            boolean s = t.id() == TypeId.STRING || t.id() == TypeId.FIXED_STRING;
            anyString |= s;
            allString &= s;
        }
        if (anyString) {
            if (!allString) throw noSupertype(types, "because some of them are String/FixedString and some of them are not");
            return DataTypes.STRING;
        }

        boolean anyDate = false, allDate = true;
        for (DataType t : types) {
            boolean d = t instanceof DateType || t instanceof DateTimeType;
            anyDate |= d;
            allDate &= d;
        }
        if (anyDate) {
            if (!allDate) throw noSupertype(types, "because some of them are Date/Date32/DateTime/DateTime64 and some of them are not");
            return dates(types);
        }

        boolean allNumeric = true, anyDecimal = false;
        for (DataType t : types) {
            allNumeric &= t.isNumeric();
            anyDecimal |= t instanceof DecimalType;
        }
        if (allNumeric) {
            return anyDecimal ? decimals(types) : numbers(types);
        }
        throw noSupertype(types, "because some of them have no lossless conversion to each other");
    }

    private static boolean canBeInsideLowCardinality(DataType t) {
        DataType u = t instanceof NullableType n ? n.inner() : t;
        return u.isNumeric() || u.isString() || u instanceof DateType || u instanceof DateTimeType || u.id() == TypeId.UUID
                || u.id() == TypeId.IPV4 || u.id() == TypeId.IPV6;
    }

    private static boolean any(List<DataType> types, TypeId id) {
        for (DataType t : types) if (t.id() == id) return true;
        return false;
    }

    private static void requireAll(List<DataType> types, TypeId id, String what) {
        for (DataType t : types) {
            if (t.id() != id) throw noSupertype(types, "because some of them are " + what + " and some of them are not");
        }
    }

    private static DbException noSupertype(List<DataType> types, String because) {
        Set<String> names = new LinkedHashSet<>();
        for (DataType t : types) names.add(t.name());
        return new DbException(ErrorCode.NO_COMMON_TYPE, "There is no supertype for types " + String.join(", ", names) + " " + because);
    }

    private static DataType dates(List<DataType> types) {
        int maxScale = -1;
        boolean anyDateTime = false, anyDate32 = false;
        Set<String> zones = new LinkedHashSet<>();
        for (DataType t : types) {
            if (t instanceof DateTimeType dt) {
                anyDateTime = true;
                maxScale = Math.max(maxScale, dt.scale());
                zones.add(String.valueOf(dt.timeZone()));
            } else if (((DateType) t).isDate32()) {
                anyDate32 = true;
            }
        }
        if (anyDateTime) {
            // The time zone is kept when all DateTime inputs agree on it, as ClickHouse does.
            String tz = zones.size() == 1 && !zones.contains("null") ? zones.iterator().next() : null;
            if (maxScale >= 0 || anyDate32) return DateTimeType.dateTime64(Math.max(maxScale, 0), tz);
            return DateTimeType.dateTime(tz);
        }
        return anyDate32 ? DataTypes.DATE32 : DataTypes.DATE;
    }

    private static int integerDigits(DataType t) {
        if (t instanceof WideIntegerType w) return w.bits() == 128 ? 39 : 77;
        IntegerType it = (IntegerType) t;
        return switch (it.bits()) {
            case 8 -> 3;
            case 16 -> 5;
            case 32 -> 10;
            default -> it.signed() ? 19 : 20;
        };
    }

    private static DataType decimals(List<DataType> types) {
        int maxScale = 0, maxIntDigits = 0;
        for (DataType t : types) {
            if (t instanceof DecimalType d) {
                maxScale = Math.max(maxScale, d.scale());
                maxIntDigits = Math.max(maxIntDigits, d.precision() - d.scale());
            } else if (t instanceof IntegerType || t instanceof WideIntegerType) {
                maxIntDigits = Math.max(maxIntDigits, integerDigits(t));
            } else {
                throw noSupertype(types, "because some of them are Decimals and some are floating point numbers");
            }
        }
        int precision = maxIntDigits + maxScale;
        if (precision > 76) {
            throw noSupertype(types, "because the resulting type requires precision " + precision + " > 76");
        }
        return DataTypes.decimal(precision, maxScale);
    }

    private static DataType numbers(List<DataType> types) {
        int maxSigned = 0, maxUnsigned = 0, maxFloat = 0;
        for (DataType t : types) {
            if (t instanceof FloatType) {
                maxFloat = Math.max(maxFloat, t.id() == TypeId.FLOAT32 ? 32 : 64);
            } else if (t instanceof WideIntegerType w) {
                if (w.signed()) maxSigned = Math.max(maxSigned, w.bits());
                else maxUnsigned = Math.max(maxUnsigned, w.bits());
            } else {
                IntegerType it = (IntegerType) t;
                if (it.signed()) maxSigned = Math.max(maxSigned, it.bits());
                else maxUnsigned = Math.max(maxUnsigned, it.bits());
            }
        }
        if (maxFloat > 0) {
            int intBits = Math.max(maxSigned, maxUnsigned);
            // Float32 holds integers exactly up to 24 bits, so only 8- and 16-bit ones keep it.
            return maxFloat == 32 && intBits <= 16 ? DataTypes.FLOAT32 : DataTypes.FLOAT64;
        }
        if (maxSigned > 0) {
            int bits = maxSigned;
            if (maxUnsigned >= maxSigned) bits = maxUnsigned * 2;
            // As ClickHouse: a signed type that holds UInt64 would be Int128, which is much slower,
            // so 64-bit unsigned with signed has no supertype; already wide types do widen.
            if (bits > 256 || maxUnsigned == 64 && maxUnsigned >= maxSigned) {
                throw noSupertype(types.stream().distinct().collect(Collectors.toList()),
                        "because some of them are signed integers and some are unsigned integers, but there is no signed integer type, "
                                + "that can exactly represent all required unsigned integer values");
            }
            return DataTypes.integer(bits, true);
        }
        return DataTypes.integer(maxUnsigned, false);
    }
}
