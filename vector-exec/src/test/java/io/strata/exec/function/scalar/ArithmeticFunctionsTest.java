package io.strata.exec.function.scalar;

import static io.strata.exec.function.scalar.FunctionHarness.*;
import static org.junit.jupiter.api.Assertions.*;

import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArithmeticFunctionsTest {
    final Column u8 = longs(DataTypes.UINT8, 200, 100);
    final Column u8b = longs(DataTypes.UINT8, 100, 3);

    @Test
    void resultTypesFollowClickHousePromotion() {
        assertEquals("UInt16", type("plus", u8, u8b).name());
        assertEquals("UInt32", type("plus", longs(DataTypes.UINT16, 1), longs(DataTypes.UINT16, 1)).name());
        assertEquals("UInt64", type("plus", longs(DataTypes.UINT64, 1), longs(DataTypes.UINT8, 1)).name());
        assertEquals("Int16", type("plus", longs(DataTypes.INT8, 1), longs(DataTypes.UINT8, 1)).name());
        assertEquals("Float64", type("plus", doubles(DataTypes.FLOAT32, 1), doubles(DataTypes.FLOAT32, 1)).name());
        assertEquals("Int16", type("minus", u8, u8b).name());
        assertEquals("UInt16", type("multiply", u8, u8b).name());
        assertEquals("Float64", type("divide", u8, u8b).name());
        assertEquals("UInt8", type("intDiv", u8, u8b).name());
        assertEquals("Int64", type("intDiv", doubles(DataTypes.FLOAT64, 1), u8b).name());
        assertEquals("Int16", type("modulo", longs(DataTypes.INT32, 1), u8b).name());
        assertEquals("Int16", type("negate", u8).name());
        assertEquals("UInt8", type("abs", longs(DataTypes.INT8, -1)).name());
    }

    @Test
    void valuesWrapLikeC() {
        assertEquals(List.of(300L, 103L), values(call("plus", u8, u8b)));
        assertEquals(List.of(100L, 97L), values(call("minus", u8, u8b)));
        assertEquals(List.of(20000L, 300L), values(call("multiply", u8, u8b)));
        assertEquals(List.of(2.0, 100.0 / 3), values(call("divide", u8, u8b)));
        assertEquals(List.of(2L, 33L), values(call("intDiv", u8, u8b)));
        assertEquals(List.of(0L, 1L), values(call("modulo", u8, u8b)));
        assertEquals(List.of(-3L), values(call("intDiv", longs(DataTypes.INT8, -7), longs(DataTypes.INT8, 2))));
        assertEquals(List.of(-1L), values(call("mod", longs(DataTypes.INT8, -7), longs(DataTypes.INT8, 2))));
        assertEquals(List.of(-1.5), values(call("modulo", doubles(DataTypes.FLOAT64, -7.5), longs(DataTypes.UINT8, 2))));
        // UInt64 max + 1 wraps to 0
        assertEquals(List.of(0L), values(call("plus", longs(DataTypes.UINT64, -1L), longs(DataTypes.UINT8, 1))));
    }

    @Test
    void divisionByZero() {
        DbException e = assertThrows(DbException.class, () -> call("intDiv", u8, longs(DataTypes.UINT8, 0, 0)));
        assertEquals(ErrorCode.ILLEGAL_DIVISION, e.code());
        assertEquals("Division by zero", e.getMessage());
        assertEquals(ErrorCode.ILLEGAL_DIVISION, assertThrows(DbException.class, () -> call("modulo", u8, longs(DataTypes.UINT8, 0, 1))).code());
        assertEquals(List.of(0L, 0L), values(call("intDivOrZero", u8, longs(DataTypes.UINT8, 0, 0))));
        List<Object> r = values(call("divide", doubles(DataTypes.FLOAT64, 1, -1, 0), doubles(DataTypes.FLOAT64, 0, 0, 0)));
        assertEquals(Double.POSITIVE_INFINITY, r.get(0));
        assertEquals(Double.NEGATIVE_INFINITY, r.get(1));
        assertTrue(Double.isNaN((Double) r.get(2)));
    }

    @Test
    void illegalTypes() {
        DbException e = assertThrows(DbException.class, () -> type("plus", strings("a"), longs(DataTypes.UINT8, 1)));
        assertEquals(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, e.code());
        assertEquals("Illegal types String and UInt8 of arguments of function plus", e.getMessage());
        assertEquals(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, assertThrows(DbException.class, () -> type("plus", u8)).code());
    }

    @Test
    void dateArithmeticAndIntervals() {
        Column d = longs(DataTypes.DATE, 19753); // 2024-01-31
        assertEquals("Date", type("plus", d, longs(DataTypes.UINT8, 1)).name());
        assertEquals(List.of(19754L), values(call("plus", d, longs(DataTypes.UINT8, 1))));
        Column months = call("toIntervalMonth", longs(DataTypes.UINT8, 1));
        assertEquals("IntervalMonth", months.type().name());
        Column feb = call("plus", d, months);
        assertEquals(List.of(19782L), values(feb)); // 2024-02-29: clamped to month end
        assertEquals(List.of("2024-02-29"), values(call("toString", feb)));
        Column hours = call("toIntervalHour", longs(DataTypes.UINT8, 1));
        assertEquals("DateTime", type("plus", d, hours).name());
        assertEquals(List.of(19753L * 86400 + 3600), values(call("plus", d, hours)));
        assertEquals("Int32", type("minus", d, d).name());
        assertEquals(List.of(-1L), values(call("minus", d, longs(DataTypes.DATE, 19754))));
        Column dt = longs(DataTypes.DATETIME, 19753L * 86400 + 36000);
        assertEquals(List.of("2024-02-29 10:00:00"), values(call("toString", call("plus", dt, months))));
        assertEquals(List.of(19753L * 86400 + 36000 - 86400 * 7), values(call("minus", dt, call("toIntervalWeek", longs(DataTypes.UINT8, 1)))));
    }

    @Test
    void decimals() {
        Column a = call("toDecimal32", strings("1.25"), constLong(DataTypes.UINT8, 2, 1));
        Column b = call("toDecimal32", strings("0.125"), constLong(DataTypes.UINT8, 3, 1));
        assertEquals("Decimal(9, 2)", a.type().name());
        assertEquals("Decimal(9, 3)", type("plus", a, b).name());
        assertEquals(List.of(1375L), values(call("plus", a, b)));
        assertEquals("Decimal(9, 5)", type("multiply", a, b).name());
        assertEquals(List.of(15625L), values(call("multiply", a, b)));
        assertEquals("Decimal(9, 2)", type("divide", a, b).name());
        assertEquals(List.of(1000L), values(call("divide", a, b)));
        assertEquals("Decimal(9, 2)", type("plus", a, longs(DataTypes.UINT8, 1)).name());
        assertEquals(List.of(225L), values(call("plus", a, longs(DataTypes.UINT8, 1))));
        assertEquals("Float64", type("plus", a, doubles(DataTypes.FLOAT64, 1)).name());
        assertEquals(ErrorCode.ILLEGAL_DIVISION, assertThrows(DbException.class,
                () -> call("divide", a, call("toDecimal32", strings("0"), constLong(DataTypes.UINT8, 1, 1)))).code());
    }
}
