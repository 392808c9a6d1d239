package io.strata.exec.function.scalar;

import static io.strata.exec.function.scalar.FunctionHarness.*;
import static org.junit.jupiter.api.Assertions.*;

import io.strata.core.column.BigColumn;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class WideIntegerFunctionsTest {
    static final BigInteger TWO_127 = BigInteger.ONE.shiftLeft(127);
    static final BigInteger TWO_128 = BigInteger.ONE.shiftLeft(128);

    static Column bigs(DataType t, Object... v) {
        BigInteger[] a = new BigInteger[v.length];
        for (int i = 0; i < v.length; i++) a[i] = v[i] instanceof BigInteger b ? b : new BigInteger(v[i].toString());
        return new BigColumn(t, a, a.length);
    }

    static BigInteger big(String s) {
        return new BigInteger(s);
    }

    @Test
    void resultTypesKeepTheWideWidth() {
        Column i128 = bigs(DataTypes.INT128, 1), u128 = bigs(DataTypes.UINT128, 1), u256 = bigs(DataTypes.UINT256, 1);
        assertEquals("Int128", type("plus", i128, longs(DataTypes.UINT8, 1)).name());
        assertEquals("Int128", type("plus", i128, longs(DataTypes.UINT64, 1)).name());
        assertEquals("UInt128", type("plus", u128, u128).name());
        assertEquals("UInt128", type("multiply", longs(DataTypes.UINT8, 1), u128).name());
        assertEquals("Int128", type("minus", u128, u128).name());
        assertEquals("Int256", type("minus", u256, longs(DataTypes.UINT8, 1)).name());
        assertEquals("Float64", type("plus", i128, doubles(DataTypes.FLOAT32, 1)).name());
        assertEquals("Float64", type("divide", i128, i128).name());
        assertEquals("Int64", type("intDiv", longs(DataTypes.INT64, 1), i128).name());
        assertEquals("Int128", type("modulo", longs(DataTypes.INT64, 1), i128).name());
        assertEquals("Int128", type("negate", u128).name());
        assertEquals("UInt128", type("abs", i128).name());
        // the UInt64 + UInt64 narrow rule is unchanged
        assertEquals("UInt64", type("plus", longs(DataTypes.UINT64, 1), longs(DataTypes.UINT64, 1)).name());
    }

    @Test
    void arithmeticWrapsAtTheTypeWidth() {
        Column max = bigs(DataTypes.INT128, TWO_127.subtract(BigInteger.ONE));
        assertEquals(List.of(TWO_127.negate()), values(call("plus", max, longs(DataTypes.UINT8, 1))));
        assertEquals(List.of(BigInteger.valueOf(-2)), values(call("multiply", max, longs(DataTypes.INT8, 2))));
        Column zero = bigs(DataTypes.UINT128, 0);
        assertEquals(List.of(BigInteger.valueOf(-1)), values(call("minus", zero, longs(DataTypes.UINT8, 1)))); // Int128
        assertEquals(List.of(TWO_128.subtract(BigInteger.ONE)),
                values(call("plus", bigs(DataTypes.UINT128, TWO_128.subtract(BigInteger.TWO)), longs(DataTypes.UINT8, 1))));
        assertEquals(List.of(BigInteger.ZERO),
                values(call("plus", bigs(DataTypes.UINT128, TWO_128.subtract(BigInteger.ONE)), longs(DataTypes.UINT8, 1))));
        assertEquals(List.of(TWO_127.negate()), values(call("negate", bigs(DataTypes.INT128, TWO_127.negate()))));
        assertEquals(List.of(TWO_127), values(call("abs", bigs(DataTypes.INT128, TWO_127.negate()))));
    }

    @Test
    void divisionTruncatesLikeC() {
        Column a = bigs(DataTypes.INT128, -7, 7), b = longs(DataTypes.INT8, 2, -2);
        assertEquals(List.of(BigInteger.valueOf(-3), BigInteger.valueOf(-3)), values(call("intDiv", a, b)));
        assertEquals("Int16", type("modulo", a, b).name()); // the remainder is smaller than the divisor
        assertEquals(List.of(-1L, 1L), values(call("modulo", a, b)));
        assertEquals(List.of(-3.5, -3.5), values(call("divide", a, b)));
        DbException e = assertThrows(DbException.class, () -> call("intDiv", a, longs(DataTypes.UINT8, 0, 0)));
        assertEquals(ErrorCode.ILLEGAL_DIVISION, e.code());
        assertEquals(List.of(BigInteger.ZERO, BigInteger.ZERO), values(call("intDivOrZero", a, longs(DataTypes.UINT8, 0, 0))));
        // a narrow result type takes the low bits
        assertEquals(List.of(-3L), values(call("intDiv", longs(DataTypes.INT64, -7), bigs(DataTypes.INT128, 2))));
    }

    @Test
    void comparisonsAreExactAcrossWidthsAndSigns() {
        Column minus1 = bigs(DataTypes.INT128, -1);
        assertEquals(List.of(1L), values(call("less", minus1, longs(DataTypes.UINT64, -1L)))); // -1 < 2^64-1
        assertEquals(List.of(1L), values(call("equals", bigs(DataTypes.UINT256, 5), longs(DataTypes.INT8, 5))));
        assertEquals(List.of(1L), values(call("greater", bigs(DataTypes.UINT128, TWO_127), bigs(DataTypes.INT128, TWO_127.subtract(BigInteger.ONE)))));
        assertEquals(List.of(1L), values(call("less", bigs(DataTypes.INT256, 6), doubles(DataTypes.FLOAT64, 6.5))));
        assertEquals(List.of(1L), values(call("equals", bigs(DataTypes.INT128, 12), strings("12"))));
    }

    @Test
    void conversionsWrapAndParse() {
        assertEquals(List.of(TWO_128.subtract(BigInteger.ONE)), values(call("toUInt128", longs(DataTypes.INT8, -1))));
        assertEquals(List.of(big("18446744073709551615")), values(call("toInt128", longs(DataTypes.UINT64, -1L))));
        assertEquals(List.of(BigInteger.valueOf(-3)), values(call("toInt256", doubles(DataTypes.FLOAT64, -3.9))));
        assertEquals(List.of(big("123456789012345678901234567890")), values(call("toInt128", strings("123456789012345678901234567890"))));
        assertEquals(List.of(255L), values(call("toUInt8", bigs(DataTypes.INT256, -1))));
        assertEquals(List.of(-1L), values(call("toInt64", bigs(DataTypes.UINT128, TWO_128.subtract(BigInteger.ONE)))));
        assertEquals(List.of(0L), values(call("toUInt64", bigs(DataTypes.UINT128, BigInteger.ONE.shiftLeft(64)))));
        assertEquals(List.of(1000.0), values(call("toFloat64", bigs(DataTypes.INT128, 1000))));
        assertEquals(List.of("-3"), values(call("toString", bigs(DataTypes.INT128, -3))));
        assertEquals(List.of(BigInteger.ZERO), values(call("toInt128OrZero", strings("abc"))));
        Column orNull = call("toUInt256OrNull", strings("abc", "12"));
        assertTrue(orNull.isNullAt(0));
        assertFalse(orNull.isNullAt(1));
        DbException e = assertThrows(DbException.class, () -> call("toUInt128", strings("1" + "0".repeat(40))));
        assertEquals(ErrorCode.CANNOT_PARSE_NUMBER, e.code());
        assertEquals("Decimal(38, 2)", type("toDecimal128", bigs(DataTypes.INT128, 12), constLong(DataTypes.UINT8, 2, 1)).name());
        assertEquals(List.of(BigInteger.valueOf(1200)), values(call("toDecimal128", bigs(DataTypes.INT128, 12), constLong(DataTypes.UINT8, 2, 1))));
    }
}
