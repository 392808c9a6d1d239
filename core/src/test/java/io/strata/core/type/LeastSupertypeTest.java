package io.strata.core.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LeastSupertypeTest {
    private static String sup(String... names) {
        return DataTypes.leastSupertype(Arrays.stream(names).map(DataTypes::parse).toList()).name();
    }

    private static DbException fails(String... names) {
        DbException e = assertThrows(DbException.class, () -> sup(names));
        assertEquals(ErrorCode.NO_COMMON_TYPE, e.code());
        return e;
    }

    @Test
    void numbers() {
        assertEquals("UInt8", sup("UInt8", "UInt8"));
        assertEquals("UInt32", sup("UInt8", "UInt32"));
        assertEquals("Int16", sup("UInt8", "Int8"));
        assertEquals("Int64", sup("UInt32", "Int8"));
        assertEquals("Int32", sup("UInt8", "Int32"));
        assertEquals("Float64", sup("UInt8", "Float64"));
        assertEquals("Float32", sup("Int16", "Float32"));
        assertEquals("Float64", sup("Int32", "Float32"));
        assertEquals("Float64", sup("Int64", "Float64"));
        assertEquals("UInt8", sup("Bool", "UInt8"));
        assertEquals("UInt64", sup("UInt64", "UInt8"));
        DbException e = fails("UInt64", "Int64");
        assertEquals(true, e.getMessage().startsWith("There is no supertype for types UInt64, Int64 because"));
    }

    @Test
    void decimals() {
        assertEquals("Decimal(12, 2)", sup("Decimal(10, 2)", "Int32"));
        assertEquals("Decimal(18, 4)", sup("Decimal(10, 2)", "Decimal(18, 4)"));
        fails("Decimal(10, 2)", "Float64");
    }

    @Test
    void nullableAndNothing() {
        assertEquals("Nullable(UInt8)", sup("UInt8", "Nullable(Nothing)"));
        assertEquals("Nullable(Float64)", sup("Nullable(UInt8)", "Float64"));
        assertEquals("UInt8", sup("UInt8", "Nothing"));
        assertEquals("Nullable(Nothing)", sup("Nullable(Nothing)", "Nullable(Nothing)"));
        assertEquals("Nothing", sup("Nothing", "Nothing"));
        assertEquals("Array(Nullable(UInt8))", sup("Array(UInt8)", "Array(Nullable(Nothing))"));
        assertEquals("Array(UInt8)", sup("Array(UInt8)", "Array(Nothing)"));
    }

    @Test
    void stringsDatesAndComposites() {
        assertEquals("String", sup("String", "FixedString(3)"));
        assertEquals("String", sup("FixedString(2)", "FixedString(3)"));
        assertEquals("DateTime", sup("Date", "DateTime"));
        assertEquals("Date32", sup("Date", "Date32"));
        assertEquals("DateTime('UTC')", sup("Date", "DateTime('UTC')"));
        assertEquals("DateTime64(3)", sup("DateTime", "DateTime64(3)"));
        assertEquals("Array(Float64)", sup("Array(UInt8)", "Array(Float64)"));
        assertEquals("Tuple(Int16, String)", sup("Tuple(UInt8, String)", "Tuple(Int8, FixedString(1))"));
        assertEquals("Map(String, Int16)", sup("Map(String, UInt8)", "Map(String, Int8)"));
        assertEquals("LowCardinality(String)", sup("LowCardinality(String)", "LowCardinality(FixedString(2))"));
        assertEquals("String", sup("LowCardinality(String)", "String"));
        fails("String", "UInt8");
        fails("Array(UInt8)", "UInt8");
        fails("Tuple(UInt8)", "Tuple(UInt8, UInt8)");
        fails("UUID", "String");
        fails("Date", "UInt8");
    }
}
