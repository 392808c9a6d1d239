package io.strata.sql.planner;

import io.strata.core.column.BigColumnBuilder;
import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import java.math.BigInteger;

/**
 * Literal values as one-row columns with ClickHouse's literal types: the smallest unsigned type
 * for non-negative integers (1 → UInt8, 256 → UInt16), the smallest signed type for negative
 * ones, UInt128/UInt256 beyond UInt64, Float64 for floats, String, Bool for true/false and
 * Nullable(Nothing) for NULL.
 */
public final class Literals {
    private Literals() {
    }

    public static Column toColumn(Object value) {
        if (value == null) {
            return DataTypes.NULLABLE_NOTHING.defaultColumn(1);
        }
        if (value instanceof Boolean b) {
            return new LongColumn(DataTypes.BOOL, new long[] {b ? 1 : 0}, 1);
        }
        if (value instanceof Long l) {
            return new LongColumn(integerType(l), new long[] {l}, 1);
        }
        if (value instanceof Integer i) {
            return toColumn((long) i);
        }
        if (value instanceof BigInteger bi) {
            if (bi.signum() >= 0 && bi.bitLength() <= 64) {
                return new LongColumn(DataTypes.UINT64, new long[] {bi.longValue()}, 1);
            }
            // Beyond UInt64 ClickHouse picks UInt128, then UInt256 (Int128/Int256 when negative);
            // only larger ones become Float64.
            for (var t : new io.strata.core.type.WideIntegerType[] {DataTypes.UINT128, DataTypes.UINT256, DataTypes.INT128, DataTypes.INT256}) {
                if (t.fits(bi) && (bi.signum() >= 0 || t.signed())) return bigDecimal(t, bi);
            }
            return new DoubleColumn(DataTypes.FLOAT64, new double[] {bi.doubleValue()}, 1);
        }
        if (value instanceof Double d) {
            return new DoubleColumn(DataTypes.FLOAT64, new double[] {d}, 1);
        }
        if (value instanceof String s) {
            StringColumnBuilder b = new StringColumnBuilder(DataTypes.STRING, 1);
            b.append(s);
            return b.build();
        }
        if (value instanceof io.strata.sql.ast.BinaryString bs) {
            StringColumnBuilder b = new StringColumnBuilder(DataTypes.STRING, 1);
            b.append(bs.bytes());
            return b.build();
        }
        if (value instanceof byte[] bytes) {
            StringColumnBuilder b = new StringColumnBuilder(DataTypes.STRING, 1);
            b.append(bytes);
            return b.build();
        }
        throw new DbException(ErrorCode.LOGICAL_ERROR, "Unsupported literal " + value.getClass().getSimpleName());
    }

    static DataType integerType(long v) {
        if (v >= 0) {
            if (v <= 0xFF) return DataTypes.UINT8;
            if (v <= 0xFFFF) return DataTypes.UINT16;
            if (v <= 0xFFFF_FFFFL) return DataTypes.UINT32;
            return DataTypes.UINT64;
        }
        if (v >= Byte.MIN_VALUE) return DataTypes.INT8;
        if (v >= Short.MIN_VALUE) return DataTypes.INT16;
        if (v >= Integer.MIN_VALUE) return DataTypes.INT32;
        return DataTypes.INT64;
    }

    /** A one-row BigColumn: a wide integer (or wide decimal) literal. */
    static Column bigDecimal(DataType type, BigInteger unscaled) {
        BigColumnBuilder b = new BigColumnBuilder(type, 1);
        b.append(unscaled);
        return b.build();
    }
}
