package io.strata.exec.function.scalar;

import static io.strata.exec.function.scalar.FunctionHarness.*;
import static org.junit.jupiter.api.Assertions.*;

import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataTypes;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtherFamiliesTest {

    @Test
    void comparisons() {
        Column big = longs(DataTypes.UINT64, -1L, 5);
        Column neg = longs(DataTypes.INT64, -1, 5);
        assertEquals(List.of(1L, 0L), values(call("greater", big, neg))); // 2^64-1 > -1
        assertEquals(List.of(0L, 1L), values(call("equals", big, neg)));
        assertEquals(List.of(1L, 0L), values(call("less", longs(DataTypes.INT8, 1, 2), doubles(DataTypes.FLOAT64, 1.5, 1.5))));
        assertEquals(List.of(1L, 0L), values(call("less", strings("abc", "b"), strings("abd", "a"))));
        Column d = longs(DataTypes.DATE, 19723);
        assertEquals(List.of(1L), values(call("equals", d, constString("2024-01-01", 1))));
        assertEquals(List.of(1L), values(call("lessOrEquals", d, longs(DataTypes.DATETIME, 19723L * 86400))));
        assertEquals("UInt8", type("notEquals", d, d).name());
        // as in modern ClickHouse a Date compares with a number by its day count (18.16 refused it)
        assertEquals(List.of(1L), values(call("greater", d, longs(DataTypes.UINT8, 1))));
        assertEquals(List.of(0L), values(call("equals", d, longs(DataTypes.UINT8, 1))));
    }

    @Test
    void threeValuedLogic() {
        Column a = nullableLongs(DataTypes.UINT8, null, null, 1L, 0L);
        Column b = longs(DataTypes.UINT8, 0, 1, 1, 1);
        assertEquals("Nullable(UInt8)", type("and", a, b).name());
        assertEquals(Arrays.asList(0L, null, 1L, 0L), values(call("and", a, b)));
        assertEquals(Arrays.asList(null, 1L, 1L, 1L), values(call("or", a, b)));
        assertEquals(Arrays.asList(null, null, 0L, 1L), values(call("xor", a, b)));
        assertEquals(List.of(1L, 0L, 0L, 0L), values(call("not", b)));
        assertEquals("UInt8", type("AND", b, b).name());
    }

    @Test
    void conditionals() {
        Column c = nullableLongs(DataTypes.UINT8, 1L, 0L, null);
        Column x = longs(DataTypes.UINT8, 1, 2, 3);
        Column y = longs(DataTypes.INT8, -1, -2, -3);
        assertEquals("Int16", type("if", c, x, y).name());
        assertEquals(List.of(1L, -2L, -3L), values(call("if", c, x, y)));
        assertEquals(ErrorCode.NO_COMMON_TYPE, assertThrows(DbException.class,
                () -> type("if", c, longs(DataTypes.UINT64, 1), longs(DataTypes.INT64, 1))).code());
        Column m = call("multiIf", longs(DataTypes.UINT8, 1, 0, 0), strings("a", "b", "c"), longs(DataTypes.UINT8, 0, 1, 0),
                strings("x", "y", "z"), strings("e", "e", "e"));
        assertEquals(List.of("a", "y", "e"), values(m));
    }

    @Test
    void nullFunctions() {
        Column a = nullableLongs(DataTypes.INT32, null, 2L);
        assertEquals(List.of(1L, 0L), values(call("isNull", a)));
        assertEquals("Int32", type("coalesce", a, longs(DataTypes.INT32, 7, 7)).name());
        assertEquals(List.of(7L, 2L), values(call("coalesce", a, longs(DataTypes.INT32, 7, 7))));
        assertEquals(List.of(7L, 2L), values(call("ifNull", a, longs(DataTypes.INT32, 7, 7))));
        assertEquals(Arrays.asList(null, 2L), values(call("nullIf", longs(DataTypes.INT32, 1, 2), longs(DataTypes.INT32, 1, 3))));
        assertEquals(List.of("Nullable(Int32)"), values(call("toTypeName", a)).subList(0, 1));
        assertEquals(List.of(5L, 9L), values(call("greatest", longs(DataTypes.UINT8, 5, 1), longs(DataTypes.UINT16, 2, 9))));
        assertEquals(List.of(1L, 0L), values(call("isNaN", doubles(DataTypes.FLOAT64, Double.NaN, 1))));
    }

    @Test
    void conversions() {
        assertEquals(List.of(44L), values(call("toUInt8", longs(DataTypes.UINT16, 300))));
        assertEquals(List.of(127L), values(call("toInt8", longs(DataTypes.INT16, -129))));
        assertEquals(List.of(255L, 3L), values(call("toUInt8", doubles(DataTypes.FLOAT64, -1.5, 3.9))));
        assertEquals(List.of(42L), values(call("toInt32", strings("42"))));
        DbException e = assertThrows(DbException.class, () -> call("toInt32", strings("abc")));
        assertEquals(ErrorCode.CANNOT_PARSE_TEXT, e.code());
        Column orNull = call("toInt32OrNull", strings("x", "5"));
        assertEquals("Nullable(Int32)", orNull.type().name());
        assertEquals(Arrays.asList(null, 5L), values(orNull));
        assertEquals(List.of(0L, 5L), values(call("toInt32OrZero", strings("x", "5"))));
        assertEquals(List.of(19723L), values(call("toDate", strings("2024-01-01"))));
        assertEquals(List.of(1L), values(call("toDate", longs(DataTypes.UINT32, 100000))));
        assertEquals("DateTime('Asia/Tokyo')", type("toDateTime", longs(DataTypes.UINT32, 0), constString("Asia/Tokyo", 1)).name());
        assertEquals(List.of("1970-01-01 09:00:00"), values(call("toString",
                call("toDateTime", longs(DataTypes.UINT32, 0), constString("Asia/Tokyo", 1)))));
        assertEquals(List.of("-5"), values(call("toString", longs(DataTypes.INT64, -5))));
        assertEquals(List.of("18446744073709551615"), values(call("toString", longs(DataTypes.UINT64, -1))));
        Column cast = call("CAST", strings("12"), constString("Nullable(UInt16)", 1));
        assertEquals("Nullable(UInt16)", cast.type().name());
        assertEquals(List.of(12L), values(cast));
        assertEquals(ErrorCode.CANNOT_PARSE_TEXT, assertThrows(DbException.class,
                () -> call("cast", strings("a"), constString("Int32", 1))).code());
        Column nullInt = nullableLongs(DataTypes.INT32, (Long) null);
        assertEquals(ErrorCode.CANNOT_INSERT_NULL_IN_ORDINARY_COLUMN, assertThrows(DbException.class,
                () -> call("_CAST", nullInt, constString("Int32", 1))).code());
        assertEquals(ErrorCode.TOO_LARGE_STRING_SIZE, assertThrows(DbException.class,
                () -> call("toFixedString", strings("abc"), constLong(DataTypes.UINT8, 2, 1))).code());
    }

    @Test
    void strings_() {
        Column s = strings("Hello", "", "привет");
        assertEquals(List.of(5L, 0L, 12L), values(call("length", s)));
        assertEquals(List.of(5L, 0L, 6L), values(call("lengthUTF8", s)));
        assertEquals(List.of(0L, 1L, 0L), values(call("empty", s)));
        assertEquals(List.of("hello", "", "привет"), values(call("LOWER", s)));
        assertEquals(List.of("HELLO", "", "ПРИВЕТ"), values(call("upperUTF8", s)));
        assertEquals(List.of("olleH", ""), values(call("reverse", s)).subList(0, 2));
        Column t = strings("abcdef");
        assertEquals(List.of("ef"), values(call("substring", t, constLong(DataTypes.INT8, -2, 1))));
        assertEquals(List.of(""), values(call("substr", t, constLong(DataTypes.UINT8, 0, 1), constLong(DataTypes.UINT8, 2, 1))));
        assertEquals(List.of("bcde"), values(call("mid", t, constLong(DataTypes.UINT8, 2, 1), constLong(DataTypes.INT8, -1, 1))));
        assertEquals(List.of("при"), values(call("substringUTF8", strings("привет"), constLong(DataTypes.UINT8, 1, 1), constLong(DataTypes.UINT8, 3, 1))));
        assertEquals(List.of("abcdef1"), values(call("concat", t, longs(DataTypes.UINT8, 1))));
        Column words = strings("foobar", "barfoo", "a_c", "abc", "xyz");
        assertEquals(List.of(1L, 1L, 0L, 0L, 0L), values(call("like", words, constString("%foo%", 5))));
        assertEquals(List.of(1L, 0L, 0L, 0L, 0L), values(call("like", words, constString("foo%", 5))));
        assertEquals(List.of(0L, 0L, 1L, 0L, 0L), values(call("like", words, constString("a\\_c", 5))));
        assertEquals(List.of(0L, 0L, 1L, 1L, 0L), values(call("like", words, constString("a_c", 5))));
        assertEquals(List.of(1L, 1L, 0L, 0L, 0L), values(call("ilike", words, constString("%F_O%", 5))));
        assertEquals(List.of(0L, 0L, 1L, 1L, 1L), values(call("notLike", words, constString("%o%", 5))));
        assertEquals(List.of(4L, 1L, 0L, 0L, 0L), values(call("position", words, constString("bar", 5))));
        assertEquals(List.of(1L, 0L, 0L, 0L, 0L), values(call("startsWith", words, constString("foo", 5))));
        assertEquals(List.of("ab"), values(call("trimBoth", strings("  ab  "))));
        assertEquals(List.of("abab"), values(call("repeat", strings("ab"), constLong(DataTypes.UINT8, 2, 1))));
    }

    @Test
    void dateTimeParts() {
        long t = 1710498030L; // 2024-03-15 10:20:30 UTC
        Column dt = longs(DataTypes.DATETIME, t);
        assertEquals(List.of(202403L), values(call("toYYYYMM", dt)));
        assertEquals("UInt32", type("toYYYYMM", dt).name());
        assertEquals(List.of(20240315L), values(call("toYYYYMMDD", dt)));
        assertEquals(List.of(2024L), values(call("toYear", dt)));
        assertEquals(List.of(5L), values(call("toDayOfWeek", dt)));
        assertEquals(List.of(10L), values(call("toHour", dt)));
        assertEquals(List.of(20L), values(call("toMinute", dt)));
        assertEquals(List.of(30L), values(call("toSecond", dt)));
        assertEquals(List.of(t - 1230), values(call("toStartOfHour", dt)));
        assertEquals(List.of("2024-03-01"), values(call("toString", call("toStartOfMonth", dt))));
        assertEquals(List.of("2024-03-11"), values(call("toString", call("toMonday", dt))));
        assertEquals(List.of("2024-03-15 00:00:00"), values(call("toString", call("toStartOfDay", dt))));
        Column tokyo = call("toDateTime", dt, constString("Asia/Tokyo", 1));
        assertEquals(List.of(19L), values(call("toHour", tokyo)));
        Column ny = call("toDateTime", longs(DataTypes.UINT32, 1710050400L), constString("America/New_York", 1)); // 06:00 UTC = 01:00 EST, the day of the DST gap
        assertEquals(List.of("2024-03-10 01:00:00"), values(call("toString", ny)));
        assertEquals(List.of(20240310L), values(call("toYYYYMMDD", ny)));
        assertEquals(List.of(t), values(call("now").materialize()));
        assertEquals(List.of(19797L), values(call("today").materialize()));

        // A million rows: the hot loop allocates nothing per row (smoke test for speed).
        long[] many = new long[1_000_000];
        for (int i = 0; i < many.length; i++) many[i] = t + i * 37L;
        Column big = new io.strata.core.column.LongColumn(
                io.strata.core.type.DateTimeType.dateTime("Europe/Berlin"), many, many.length);
        assertEquals(1_000_000, call("toYYYYMM", big).size());
    }
}
