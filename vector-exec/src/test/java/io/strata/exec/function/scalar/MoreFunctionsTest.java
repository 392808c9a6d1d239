package io.strata.exec.function.scalar;

import static io.strata.exec.function.scalar.FunctionHarness.*;
import static org.junit.jupiter.api.Assertions.*;

import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DateTimeType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoreFunctionsTest {

    private static Column arr(Column... elements) {
        return call("array", elements);
    }

    private static Column f64(double... v) {
        return doubles(DataTypes.FLOAT64, v);
    }

    @Test
    void rounding() {
        Column x = f64(2.5, -2.5, 1.2345, -2.7);
        assertEquals(List.of(2.0, -3.0, 1.0, -3.0), values(call("floor", x)));
        assertEquals(List.of(3.0, -2.0, 2.0, -2.0), values(call("ceil", x)));
        assertEquals(List.of(2.0, -2.0, 1.0, -2.0), values(call("trunc", x)));
        // Floats round half to even.
        assertEquals(List.of(2.0, -2.0, 1.0, -3.0), values(call("round", x)));
        assertEquals(List.of(1.23), values(call("floor", f64(1.2345), constLong(DataTypes.UINT8, 2, 1))));
        assertEquals(List.of(1200.0), values(call("round", f64(1234.5678), constLong(DataTypes.INT8, -2, 1))));
        // Integers round half away from zero in round, half to even in roundBankers.
        Column ints = longs(DataTypes.INT32, 1250, -1250, 1350);
        assertEquals(List.of(1300L, -1300L, 1400L), values(call("round", ints, constLong(DataTypes.INT8, -2, 3))));
        assertEquals(List.of(1200L, -1200L, 1400L), values(call("roundBankers", ints, constLong(DataTypes.INT8, -2, 3))));
        assertEquals("Float32", type("floor", doubles(DataTypes.FLOAT32, 1.5)).name());
        assertEquals("UInt8", type("round", longs(DataTypes.UINT8, 1)).name());
    }

    @Test
    void mathFunctions() {
        assertEquals(List.of(4.0), values(call("sqrt", longs(DataTypes.UINT8, 16))));
        assertEquals(List.of(1024.0), values(call("pow", longs(DataTypes.UINT8, 2), longs(DataTypes.UINT8, 10))));
        assertEquals(List.of(3.0), values(call("log2", longs(DataTypes.UINT8, 8))));
        assertEquals(List.of(-1L, 0L, 1L), values(call("sign", longs(DataTypes.INT8, -5, 0, 3))));
        assertEquals("Int8", type("sign", longs(DataTypes.UINT64, 1)).name());
        assertEquals(List.of(6L), values(call("gcd", longs(DataTypes.UINT8, 12), longs(DataTypes.UINT8, 18))));
        assertEquals(List.of(12L), values(call("lcm", longs(DataTypes.UINT8, 4), longs(DataTypes.UINT8, 6))));
        assertEquals(Math.PI, (Double) values(call("pi")).get(0));
        assertEquals(List.of(0L, 2L), values(call("moduloOrZero", longs(DataTypes.INT32, 5, 5), longs(DataTypes.INT32, 0, 3))));
        assertEquals(List.of(2L), values(call("positiveModulo", longs(DataTypes.INT32, -1), longs(DataTypes.INT32, 3))));
        assertEquals(List.of(2L, 7L, 5L), List.of(values(call("bitAnd", longs(DataTypes.UINT8, 6), longs(DataTypes.UINT8, 3))).get(0),
                values(call("bitOr", longs(DataTypes.UINT8, 6), longs(DataTypes.UINT8, 3))).get(0),
                values(call("bitXor", longs(DataTypes.UINT8, 6), longs(DataTypes.UINT8, 3))).get(0)));
        assertEquals(List.of(254L), values(call("bitNot", longs(DataTypes.UINT8, 1))));
        assertEquals(List.of(8L), values(call("bitShiftLeft", longs(DataTypes.UINT8, 1), longs(DataTypes.UINT8, 3))));
    }

    @Test
    void caseWithExpression() {
        Column x = longs(DataTypes.UINT8, 1, 2, 3);
        Column r = call("caseWithExpression", x, constLong(DataTypes.UINT8, 1, 3), constString("one", 3),
                constLong(DataTypes.UINT8, 2, 3), constString("two", 3), constString("other", 3));
        assertEquals(List.of("one", "two", "other"), values(r));
        Column nullable = nullableLongs(DataTypes.UINT8, null, 2L);
        assertEquals(List.of("other", "two"), values(call("caseWithExpression", nullable, constLong(DataTypes.UINT8, 2, 2),
                constString("two", 2), constString("other", 2))));
    }

    @Test
    void stringFunctions() {
        Column s = strings("hello", "ab");
        assertEquals(List.of("hel", "ab"), values(call("left", s, constLong(DataTypes.UINT8, 3, 2))));
        assertEquals(List.of("llo", "ab"), values(call("right", s, constLong(DataTypes.UINT8, 3, 2))));
        assertEquals(List.of("hell", "a"), values(call("left", s, constLong(DataTypes.INT8, -1, 2))));
        assertEquals(List.of("при"), values(call("leftUTF8", strings("привет"), constLong(DataTypes.UINT8, 3, 1))));
        assertEquals(List.of("heLLo"), values(call("replaceAll", strings("hello"), constString("l", 1), constString("L", 1))));
        assertEquals(List.of("heLlo"), values(call("replaceOne", strings("hello"), constString("l", 1), constString("L", 1))));
        assertEquals(List.of("h-e-l-l-o"), values(call("replaceRegexpAll", strings("hello"), constString("(.)(?!$)", 1), constString("\\1-", 1))));
        assertEquals(List.of("Xello"), values(call("replaceRegexpOne", strings("hello"), constString("^.", 1), constString("X", 1))));
        assertEquals(List.of("AB"), values(call("char", longs(DataTypes.UINT8, 65), longs(DataTypes.UINT8, 66))));
        assertEquals(List.of(2L), values(call("countSubstrings", strings("aaaa"), strings("aa"))));
        assertEquals(List.of("тевирп"), values(call("reverseUTF8", strings("привет"))));
        assertEquals(List.of("aGVsbG8="), values(call("base64Encode", strings("hello"))));
        assertEquals(List.of("hello"), values(call("base64Decode", strings("aGVsbG8="))));
        assertEquals(List.of(""), values(call("tryBase64Decode", strings("!!"))));
        assertEquals(ErrorCode.INCORRECT_DATA, assertThrows(DbException.class, () -> call("base64Decode", strings("!!"))).code());
        assertEquals(List.of("616263", "FF", "0100"), List.of(values(call("hex", strings("abc"))).get(0),
                values(call("hex", longs(DataTypes.UINT8, 255))).get(0), values(call("hex", longs(DataTypes.UINT16, 256))).get(0)));
        assertEquals(List.of("abc"), values(call("unhex", strings("616263"))));
        assertEquals(List.of("a-b-1"), values(call("concatWithSeparator", constString("-", 1), strings("a"), strings("b"), longs(DataTypes.UINT8, 1))));
        assertEquals(List.of("  abc", "abcxyx", "ab"), List.of(values(call("leftPad", strings("abc"), constLong(DataTypes.UINT8, 5, 1))).get(0),
                values(call("rightPad", strings("abc"), constLong(DataTypes.UINT8, 6, 1), constString("xy", 1))).get(0),
                values(call("leftPad", strings("abc"), constLong(DataTypes.UINT8, 2, 1))).get(0)));
        assertEquals(List.of("1 is a"), values(call("format", constString("{} is {}", 1), longs(DataTypes.UINT8, 1), strings("a"))));
    }

    @Test
    void splittingAndRegexps() {
        assertEquals(List.of(List.of("a", "", "b")).toString(),
                valuesAsStrings(call("splitByChar", constString(",", 1), strings("a,,b"))));
        assertEquals(List.of(List.of("a", "b")).toString(), valuesAsStrings(call("splitByString", constString("::", 1), strings("a::b"))));
        assertEquals(List.of(List.of("a", "b")).toString(), valuesAsStrings(call("splitByWhitespace", strings("  a \t b "))));
        assertEquals(ErrorCode.BAD_ARGUMENTS, assertThrows(DbException.class,
                () -> call("splitByChar", constString("ab", 1), strings("x"))).code());
        assertEquals(List.of(1L, 0L), values(call("match", strings("abc123", "abc"), constString("\\d+", 2))));
        assertEquals(List.of("123", ""), values(call("extract", strings("abc123", "abc"), constString("\\d+", 2))));
        assertEquals(List.of(List.of("1", "22")).toString(), valuesAsStrings(call("extractAll", strings("a1b22"), constString("\\d+", 1))));
    }

    private static String valuesAsStrings(Column c) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < c.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(deep(c.getObject(i)));
        }
        return sb.append(']').toString();
    }

    private static Object deep(Object o) {
        if (o instanceof byte[] b) return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        if (o instanceof List<?> l) return l.stream().map(MoreFunctionsTest::deep).toList();
        return o;
    }

    @Test
    void datesAndTimes() {
        Column d = longs(DataTypes.DATE, 19783); // 2024-03-01
        assertEquals(List.of(61L), values(call("toDayOfYear", d)));
        assertEquals(List.of(1L), values(call("toQuarter", d)));
        assertEquals(List.of(9L), values(call("toISOWeek", d)));
        assertEquals(List.of(19784L), values(call("addDays", d, longs(DataTypes.UINT8, 1))));
        assertEquals(List.of(19782L), values(call("subtractMonths", longs(DataTypes.DATE, 19813), longs(DataTypes.UINT8, 1)))); // 03-31 -> 02-29
        Column dt = longs(DateTimeType.dateTime("UTC"), 1709296496L); // 2024-03-01 12:34:56
        assertEquals(List.of("2024/03/01 12:34:56"), values(call("formatDateTime", dt, constString("%Y/%m/%d %T", 1))));
        assertEquals(List.of("Fri Mar 1 PM 061 5"), values(call("formatDateTime", dt, constString("%a %b %e %p %j %u", 1))).stream()
                .map(o -> ((String) o).replace("  ", " ")).toList());
        assertEquals(List.of(20240301123456L), values(call("toYYYYMMDDhhmmss", dt)));
        assertEquals(List.of(2L), values(call("dateDiff", constString("month", 1), longs(DataTypes.DATE, 19737), d))); // 01-15 .. 03-01
        assertEquals(List.of(30L), values(call("dateDiff", constString("hour", 1), dt, longs(DateTimeType.dateTime("UTC"), 1709296496L + 30 * 3600))));
        Column tokyo = call("toTimeZone", dt, constString("Asia/Tokyo", 1));
        assertEquals("DateTime('Asia/Tokyo')", tokyo.type().name());
        assertEquals(List.of(21L), values(call("toHour", tokyo)));
        assertEquals(ErrorCode.BAD_ARGUMENTS, assertThrows(DbException.class,
                () -> call("dateDiff", constString("fortnight", 1), d, d)).code());
    }

    @Test
    void arrays() {
        Column a = arr(longs(DataTypes.UINT8, 3), longs(DataTypes.UINT8, 1), longs(DataTypes.UINT8, 2));
        assertEquals(List.of(1L), values(call("arrayElement", a, longs(DataTypes.UINT8, 2))));
        assertEquals(List.of(2L), values(call("arrayElement", a, longs(DataTypes.INT8, -1))));
        assertEquals(List.of(0L), values(call("arrayElement", a, longs(DataTypes.UINT8, 5))));
        assertEquals(List.of(1L, 0L), List.of(values(call("has", a, longs(DataTypes.UINT8, 2))).get(0),
                values(call("has", a, longs(DataTypes.UINT8, 9))).get(0)));
        assertEquals(List.of(3L), values(call("indexOf", a, longs(DataTypes.UINT8, 2))));
        assertEquals("[[1, 2, 3]]", valuesAsStrings(call("arraySort", a)));
        assertEquals("[[3, 2, 1]]", valuesAsStrings(call("arrayReverseSort", a)));
        assertEquals("[[2, 1, 3]]", valuesAsStrings(call("arrayReverse", a)));
        assertEquals("[[1, 2]]", valuesAsStrings(call("arraySlice", a, longs(DataTypes.UINT8, 2), longs(DataTypes.UINT8, 5))));
        assertEquals("[[0, 1, 2], [0]]", valuesAsStrings(call("range", longs(DataTypes.UINT8, 3, 1))));
        assertEquals("Array(UInt8)", type("range", longs(DataTypes.UINT8, 3)).name());
        assertEquals(List.of(6L), values(call("arraySum", a)));
        assertEquals("UInt64", type("arraySum", a).name());
        assertEquals(List.of(1L), values(call("arrayMin", a)));
        Column withNull = arr(longs(DataTypes.UINT8, 3), nullableLongs(DataTypes.UINT8, (Long) null), longs(DataTypes.UINT8, 1));
        assertEquals("[[1, 3, null]]", valuesAsStrings(call("arraySort", withNull)));
        assertEquals("[[3, 1, null]]", valuesAsStrings(call("arrayReverseSort", withNull)));
        Column nested = arr(arr(longs(DataTypes.UINT8, 1), longs(DataTypes.UINT8, 2)), arr(longs(DataTypes.UINT8, 3)));
        assertEquals("[[1, 2, 3]]", valuesAsStrings(call("arrayFlatten", nested)));
        assertEquals("Array(UInt8)", type("arrayFlatten", nested).name());
        assertEquals("[[3, 1, 2, 3]]", valuesAsStrings(call("arrayConcat", a, arr(longs(DataTypes.UINT8, 3)))));
        Column dup = arr(longs(DataTypes.UINT8, 1), longs(DataTypes.UINT8, 1), longs(DataTypes.UINT8, 2), longs(DataTypes.UINT8, 1));
        assertEquals("[[1, 2]]", valuesAsStrings(call("arrayDistinct", dup)));
        assertEquals("[[1, 2, 1]]", valuesAsStrings(call("arrayCompact", dup)));
        assertEquals(List.of(2L), values(call("arrayUniq", dup)));
        assertEquals("[[3, 1, 2, 4]]", valuesAsStrings(call("arrayPushBack", a, longs(DataTypes.UINT8, 4))));
        assertEquals("[[1, 2]]", valuesAsStrings(call("arrayPopFront", a)));
        assertEquals(List.of("3,1,2"), values(call("arrayStringConcat", a, constString(",", 1))));
        assertEquals(List.of(1L, 1L), List.of(values(call("hasAll", a, arr(longs(DataTypes.UINT8, 1)))).get(0),
                values(call("hasAny", a, arr(longs(DataTypes.UINT8, 9), longs(DataTypes.UINT8, 2)))).get(0)));
        assertEquals(List.of(3L), values(call("length", a)));
    }

    @Test
    void tuplesAndMaps() {
        Column t = call("tuple", longs(DataTypes.UINT8, 1), strings("a"));
        assertEquals(List.of("a"), values(call("tupleElement", t, constLong(DataTypes.UINT8, 2, 1))));
        assertThrows(DbException.class, () -> call("tupleElement", t, constLong(DataTypes.UINT8, 3, 1)));
        Column m = call("map", strings("a"), longs(DataTypes.UINT8, 1), strings("b"), longs(DataTypes.UINT16, 2));
        assertEquals("Map(String, UInt16)", m.type().name());
        assertEquals(List.of(2L), values(call("arrayElement", m, strings("b"))));
        assertEquals(List.of(0L), values(call("arrayElement", m, strings("zz"))));
        assertEquals("[[a, b]]", valuesAsStrings(call("mapKeys", m)));
        assertEquals(List.of(1L), values(call("mapContains", m, strings("a"))));
        assertEquals(List.of(2L), values(call("length", m)));
        assertEquals(List.of(1L), values(call("equals", t, call("tuple", longs(DataTypes.UINT8, 1), strings("a")))));
        assertEquals(List.of(1L), values(call("less", t, call("tuple", longs(DataTypes.UINT8, 2), strings("a")))));
    }

    @Test
    void miscFunctions() {
        // version() is the ClickHouse release Strata follows, strataVersion() Strata's own
        assertEquals(List.of("23.1.0"), values(call("version")));
        assertEquals(List.of("0.1.0"), values(call("strataVersion")));
        assertEquals(List.of(54460L), values(call("revision")));
        assertEquals("UInt32", type("revision").name());
        assertEquals(List.of(65505L), values(call("getSetting", constString("max_block_size", 1))));
        assertEquals("UInt64", type("getSetting", constString("max_block_size", 1)).name());
        assertEquals(ErrorCode.UNKNOWN_SETTING, assertThrows(DbException.class, () -> call("getSetting", constString("nope", 1))).code());
        assertEquals(ErrorCode.FUNCTION_THROW_IF_VALUE_IS_NON_ZERO,
                assertThrows(DbException.class, () -> call("throwIf", longs(DataTypes.UINT8, 0, 1))).code());
        assertEquals(List.of(0L), values(call("throwIf", longs(DataTypes.UINT8, 0))));
        assertEquals(List.of("1.2.3.4"), values(call("IPv4NumToString", longs(DataTypes.UINT32, 0x01020304L))));
        assertEquals(List.of(0x01020304L), values(call("IPv4StringToNum", strings("1.2.3.4"))));
        assertEquals("LowCardinality(String)", type("toLowCardinality", strings("a")).name());
        assertEquals(List.of("a"), values(call("toLowCardinality", strings("a"))));
        assertFalse(function("toTypeName").useDefaultImplementationForLowCardinality());
        assertEquals(List.of("1.00 KiB", "1.00 million"), List.of(values(call("formatReadableSize", longs(DataTypes.UINT16, 1024))).get(0),
                values(call("formatReadableQuantity", longs(DataTypes.UINT32, 1_000_000))).get(0)));
        Column r = call("rand");
        assertEquals("UInt32", r.type().name());
        assertFalse(function("rand").isDeterministic());
        assertEquals("UUID", type("generateUUIDv4").name());
        assertEquals(Arrays.asList("UTC"), values(call("timezone")));
    }

    @Test
    void bestEffortParsingAndIntervals() {
        Column s = strings("2024-03-01 12:34:56", "2024-03-01T12:34:56Z", "2024-03-01T14:34:56+02:00", "01.03.2024 12:34:56",
                "Fri, 01 Mar 2024 12:34:56 GMT", "20240301123456", "1709296496");
        Column r = call("parseDateTimeBestEffort", s, constString("UTC", s.size()));
        assertEquals("DateTime('UTC')", r.type().name());
        for (Object v : values(r)) assertEquals(1709296496L, v);
        assertEquals(ErrorCode.CANNOT_PARSE_DATETIME, assertThrows(DbException.class, () -> call("parseDateTimeBestEffort", strings("nonsense"))).code());
        assertEquals(Arrays.asList((Object) null), values(call("parseDateTimeBestEffortOrNull", strings("nonsense"))));
        assertEquals(List.of(0L), values(call("parseDateTimeBestEffortOrZero", strings("nonsense"))));
        assertEquals(List.of(1709296496123L), values(call("parseDateTime64BestEffort", strings("2024-03-01 12:34:56.123"),
                constLong(DataTypes.UINT8, 3, 1), constString("UTC", 1))));
        Column dt = longs(DateTimeType.dateTime("UTC"), 1709296496L); // 2024-03-01 12:34:56
        assertEquals(List.of(1709296200L), values(call("toStartOfInterval", dt, new ConstColumn(longs(DataTypes.interval("Minute"), 15), 1))));
        assertEquals(List.of(19783L - 31 - 29), values(call("toStartOfInterval", dt, new ConstColumn(longs(DataTypes.interval("Quarter"), 1), 1))));
        assertEquals(List.of(1709296200L), values(call("toStartOfFifteenMinutes", dt)));
        assertEquals(List.of(1L), values(call("isConstant", constLong(DataTypes.UINT8, 1, 1))));
        assertEquals(List.of(0L), values(call("isConstant", longs(DataTypes.UINT8, 1))));
    }

    @Test
    void weeksAndCalendarHelpers() {
        // 2024-12-30 (Monday) belongs to ISO week 1 of 2025; mode 0 counts Sunday-started weeks.
        Column d = longs(DataTypes.DATE, 20087, 19723, 19730); // 2024-12-30, 2024-01-01, 2024-01-08
        assertEquals(List.of(52L, 0L, 1L), values(call("toWeek", d)));
        assertEquals(List.of(1L, 1L, 2L), values(call("toWeek", d, constLong(DataTypes.UINT8, 3, 3))));
        assertEquals(List.of(202501L, 202401L, 202402L), values(call("toYearWeek", d, constLong(DataTypes.UINT8, 3, 3))));
        assertEquals(List.of(202452L, 202353L, 202401L), values(call("toYearWeek", d)));
        assertEquals(List.of(20088L), values(call("toLastDayOfMonth", longs(DataTypes.DATE, 20087))));
        assertEquals(List.of("December"), values(call("monthName", longs(DataTypes.DATE, 20087))));
        assertEquals(List.of(19783L, 0L), values(call("makeDate", longs(DataTypes.UINT16, 2024, 2024), longs(DataTypes.UINT8, 3, 2),
                longs(DataTypes.UINT8, 1, 30))));
        assertEquals(List.of(1709296496L), values(call("makeDateTime", longs(DataTypes.UINT16, 2024), longs(DataTypes.UINT8, 3),
                longs(DataTypes.UINT8, 1), longs(DataTypes.UINT8, 12), longs(DataTypes.UINT8, 34), longs(DataTypes.UINT8, 56), constString("UTC", 1))));
        assertEquals("DateTime64(3)", type("now64").name());
    }

    @Test
    void moreArraysAndStrings() {
        Column a = arr(longs(DataTypes.UINT8, 1), longs(DataTypes.UINT8, 2), longs(DataTypes.UINT8, 4));
        assertEquals("[[1, 3, 7]]", valuesAsStrings(call("arrayCumSum", a)));
        assertEquals("Array(UInt64)", type("arrayCumSum", a).name());
        assertEquals("[[0, 1, 2]]", valuesAsStrings(call("arrayDifference", a)));
        assertEquals("[[1, 2, 4, 0, 0]]", valuesAsStrings(call("arrayResize", a, longs(DataTypes.UINT8, 5))));
        assertEquals("[[2, 4]]", valuesAsStrings(call("arrayResize", a, longs(DataTypes.INT8, -2))));
        assertEquals("[[x, x]]", valuesAsStrings(call("arrayWithConstant", longs(DataTypes.UINT8, 2), strings("x"))));
        assertEquals("[[2, 4]]", valuesAsStrings(call("arrayIntersect", a, arr(longs(DataTypes.UINT8, 4), longs(DataTypes.UINT8, 2)))));
        assertEquals("[[[1, a], [2, b], [4, c]]]", valuesAsStrings(call("arrayZip", a, arr(strings("a"), strings("b"), strings("c")))));
        assertEquals("[[1, 1, 2]]", valuesAsStrings(call("arrayEnumerateUniq", arr(strings("a"), strings("b"), strings("a")))));
        Column t = call("transform", longs(DataTypes.UINT8, 1, 2, 3), new ConstColumn(arr(longs(DataTypes.UINT8, 1), longs(DataTypes.UINT8, 2)), 3),
                new ConstColumn(arr(strings("one"), strings("two")), 3), constString("many", 3));
        assertEquals(List.of("one", "two", "many"), values(t));
        assertEquals(List.of("www.example"), values(call("substringIndex", strings("www.example.com"), constString(".", 1), constLong(DataTypes.INT8, 2, 1))));
        assertEquals(List.of("example.com"), values(call("substringIndex", strings("www.example.com"), constString(".", 1), constLong(DataTypes.INT8, -2, 1))));
        assertEquals(List.of("Hello World"), values(call("initcap", strings("hELLO wORLD"))));
        assertEquals(List.of(1L, 0L), values(call("isValidUTF8", call("unhex", strings("C3A9", "FF")))));
        assertEquals(List.of(1024L), values(call("intExp2", longs(DataTypes.UINT8, 10))));
    }

    @Test
    void tupleArithmetic() {
        Column a = call("tuple", longs(DataTypes.UINT8, 1), longs(DataTypes.UINT8, 2));
        Column b = call("tuple", longs(DataTypes.UINT8, 3), longs(DataTypes.UINT8, 4));
        Column sum = call("plus", a, b);
        assertEquals("Tuple(UInt16, UInt16)", sum.type().name());
        assertEquals("[[4, 6]]", valuesAsStrings(sum));
        assertEquals("[[2, 4]]", valuesAsStrings(call("multiply", a, longs(DataTypes.UINT8, 2))));
        assertEquals("[[0.5, 1]]", valuesAsStrings(call("tupleDivideByNumber", a, longs(DataTypes.UINT8, 2))).replace("1.0", "1"));
        assertEquals(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, assertThrows(DbException.class,
                () -> call("plus", a, call("tuple", longs(DataTypes.UINT8, 1)))).code());
    }

    @Test
    void base64MatchesTheJdkCodec() {
        String[] inputs = {"", "a", "ab", "abc", "abcd", "abcde", "привет мир"};
        Column encoded = call("base64Encode", strings(inputs));
        for (int k = 0; k < inputs.length; k++) {
            String expected = java.util.Base64.getEncoder().encodeToString(inputs[k].getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(expected, values(encoded).get(k));
        }
        assertEquals(Arrays.asList((Object[]) inputs), values(call("base64Decode", encoded)));
        assertEquals(List.of("ab"), values(call("base64Decode", strings("YWI"))));
        assertEquals(List.of(""), values(call("tryBase64Decode", strings("YWJjZ"))));
        assertEquals(List.of("05.03.2024 Tuesday 1.2.3.4"), List.of(values(call("formatDateTime", longs(DataTypes.DATE, 19787),
                constString("%d.%m.%Y %W", 1))).get(0) + " " + values(call("IPv4NumToString", longs(DataTypes.UINT32, 0x01020304L))).get(0)));
    }

    /** Values checked against a ClickHouse server (behaviour that has not changed between versions). */
    @Test
    void edgeCasesMatchingClickHouse() {
        Column d = longs(DataTypes.DATE, 19787); // 2024-03-05
        assertEquals(List.of(2827L), values(call("toRelativeWeekNum", d)));
        assertEquals(List.of(24291L), values(call("toRelativeMonthNum", d)));
        assertEquals(List.of(8096L), values(call("toRelativeQuarterNum", d)));
        assertEquals(List.of(53L), values(call("toISOWeek", longs(DataTypes.DATE, 18630)))); // 2021-01-03
        assertEquals(List.of("X"), values(call("replaceRegexpAll", strings("aaa"), constString("a*", 1), constString("X", 1))));
        assertEquals(List.of("-abc"), values(call("replaceRegexpAll", strings("abc"), constString("x*", 1), constString("-", 1))));
        assertEquals(List.of("a[b]c"), values(call("replaceRegexpOne", strings("abc"), constString("b", 1), constString("[\\0]", 1))));
        assertEquals(ErrorCode.ARGUMENT_OUT_OF_BOUND, assertThrows(DbException.class,
                () -> call("replaceRegexpAll", strings("abc"), constString("", 1), constString("x", 1))).code());
        Column withNull = arr(longs(DataTypes.UINT8, 1), nullableLongs(DataTypes.UINT8, (Long) null), longs(DataTypes.UINT8, 1));
        assertEquals(List.of(2L), values(call("arrayUniq", withNull)));
        assertEquals("[[1]]", valuesAsStrings(call("arrayDistinct", withNull)));
        assertEquals(List.of("1.50 KiB", "100.00 B"), values(call("formatReadableSize", longs(DataTypes.UINT16, 1536, 100))));
        assertEquals("[[a, b, , c]]", valuesAsStrings(call("splitByChar", constString(",", 1), strings("a,b,,c"))));
        assertEquals(List.of(0L, 0L), values(call("arrayElement", call("array", longs(DataTypes.UINT8, 1, 1), longs(DataTypes.UINT8, 2, 2)),
                longs(DataTypes.INT8, 0, -4))));
    }

    @Test
    void dayOfWeekModes() {
        Column thursday = longs(DataTypes.DATE, 19789); // 2024-03-07; three days later is Sunday 2024-03-10
        Column d = longs(DataTypes.DATE, 19789 + 3);
        assertEquals(List.of(4L), values(call("toDayOfWeek", thursday)));
        assertEquals(List.of(7L, 6L, 0L, 1L), List.of(values(call("toDayOfWeek", d)).get(0),
                values(call("toDayOfWeek", d, constLong(DataTypes.UINT8, 1, 1))).get(0),
                values(call("toDayOfWeek", d, constLong(DataTypes.UINT8, 2, 1))).get(0),
                values(call("toDayOfWeek", d, constLong(DataTypes.UINT8, 3, 1))).get(0)));
    }

    private static long unsigned(String decimal) {
        return Long.parseUnsignedLong(decimal);
    }

    /** Expected values computed by a ClickHouse server. */
    @Test
    void hashesMatchClickHouse() {
        assertEquals(List.of(unsigned("2202906307356721367"), unsigned("10142490492830962361")), values(call("sipHash64", strings("", "hello"))));
        assertEquals(List.of(unsigned("1193743241355087095")), values(call("sipHash64", strings("a"), strings("b"))));
        assertEquals(List.of(unsigned("7385293435322750976")), values(call("sipHash64", longs(DataTypes.UINT8, 1))));
        assertEquals(List.of(unsigned("9224715256000962398")), values(call("sipHash64", longs(DataTypes.UINT64, 1))));
        assertEquals(List.of(unsigned("695094959782041094")), values(call("sipHash64", longs(DataTypes.INT32, -1))));
        assertEquals(List.of(unsigned("12174397082705264768")), values(call("sipHash64", f64(1.5))));
        assertEquals(List.of(unsigned("13847977513286736397")), values(call("sipHash64", longs(DataTypes.DATE, 19723))));
        assertEquals(List.of(unsigned("4143552417472189261")), values(call("sipHash64", longs(DataTypes.UINT8, 1), strings("x"))));
        assertEquals(List.of(1228623923L), values(call("intHash32", longs(DataTypes.UINT8, 42))));
        assertEquals(List.of(3545659993L), values(call("intHash32", longs(DataTypes.UINT64, -1))));
        assertEquals(List.of(unsigned("11490350930367293593")), values(call("intHash64", longs(DataTypes.UINT8, 42))));
        assertEquals(List.of(unsigned("6719722671305337462")), values(call("halfMD5", strings("hello"))));
        assertEquals(List.of(unsigned("6171409270389319049")), values(call("halfMD5", longs(DataTypes.UINT8, 1))));
        assertEquals(List.of(613153351L), values(call("murmurHash3_32", strings("hello"))));
        assertEquals(List.of(unsigned("10432086992150038043")), values(call("murmurHash3_64", strings("hello"))));
        assertEquals(List.of(unsigned("2191231550387646743")), values(call("murmurHash2_64", strings("hello"))));
        assertEquals(List.of(3848350155L), values(call("murmurHash2_32", strings("hello"))));
    }
}
