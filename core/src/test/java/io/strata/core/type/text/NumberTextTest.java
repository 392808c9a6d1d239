package io.strata.core.type.text;

import static io.strata.core.type.text.TextFixture.Style.CSV;
import static io.strata.core.type.text.TextFixture.Style.ESCAPED;
import static io.strata.core.type.text.TextFixture.Style.JSON;
import static io.strata.core.type.text.TextFixture.Style.QUOTED;
import static io.strata.core.type.text.TextFixture.Style.TEXT;
import static io.strata.core.type.text.TextFixture.read;
import static io.strata.core.type.text.TextFixture.roundTrip;
import static io.strata.core.type.text.TextFixture.show;
import static io.strata.core.type.text.TextFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.type.DataTypes;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NumberTextTest {

    private static String f64(double v) {
        return write(new DoubleColumn(DataTypes.FLOAT64, new double[] {v}), TEXT);
    }

    private static String f32(double v) {
        return write(new DoubleColumn(DataTypes.FLOAT32, new double[] {v}), TEXT);
    }

    @Test
    void integersInEveryStyle() {
        assertEquals("-42", roundTrip("Int32", "-42", TEXT));
        assertEquals("42", roundTrip("UInt8", "42", ESCAPED));
        assertEquals("42", roundTrip("UInt8", "42", QUOTED));
        assertEquals("42", roundTrip("UInt8", "42", CSV));
        assertEquals("42", roundTrip("UInt8", "\"42\"", CSV));
        assertEquals("42", roundTrip("Int32", "42", JSON));
        assertEquals("\"42\"", roundTrip("Int64", "42", JSON));
        assertEquals("\"18446744073709551615\"", roundTrip("UInt64", "\"18446744073709551615\"", JSON));
        assertEquals("-9223372036854775808", roundTrip("Int64", "-9223372036854775808", TEXT));
    }

    @Test
    void uint64AboveLongMaxPrintsUnsigned() {
        assertEquals("18446744073709551615", write(new LongColumn(DataTypes.UINT64, new long[] {-1L}), TEXT));
        assertEquals("9223372036854775808", write(new LongColumn(DataTypes.UINT64, new long[] {Long.MIN_VALUE}), TEXT));
        assertEquals(-1L, ((LongColumn) read("UInt64", "18446744073709551615", TEXT)).get(0));
    }

    @Test
    void jsonQuotes64BitIntegersOnlyWhenAsked() {
        FormatSettings noQuote = new FormatSettings(ZoneId.of("UTC"), ',', false, false, false, true, false, true);
        assertEquals("7", write(new LongColumn(DataTypes.INT64, new long[] {7}), 0, JSON, noQuote));
        assertEquals("7", write(new LongColumn(DataTypes.UINT32, new long[] {7}), JSON));
    }

    @Test
    void integerOverflowWrapsLikeModernClickHouse() {
        assertEquals(44, ((LongColumn) read("UInt8", "300", TEXT)).get(0));
        assertEquals(255, ((LongColumn) read("UInt8", "-1", TEXT)).get(0));
        assertEquals(-128, ((LongColumn) read("Int8", "128", TEXT)).get(0));
        DbException e = assertThrows(DbException.class, () -> read("UInt64", "99999999999999999999", TEXT));
        assertEquals(ErrorCode.CANNOT_PARSE_NUMBER, e.code());
    }

    @Test
    void trailingGarbageIsCannotParseText() {
        DbException e = assertThrows(DbException.class, () -> read("Int32", "12a", TEXT));
        assertEquals(ErrorCode.CANNOT_PARSE_TEXT, e.code());
        assertEquals("Cannot parse string '12a' as Int32: syntax error at position 2 (parsed just '12')", e.getMessage());
        assertEquals(ErrorCode.CANNOT_PARSE_TEXT, assertThrows(DbException.class, () -> read("Int32", "", TEXT)).code());
        assertEquals(ErrorCode.CANNOT_PARSE_TEXT, assertThrows(DbException.class, () -> read("Int32", "1.5", TEXT)).code());
    }

    @Test
    void escapedReadStopsAtTab() {
        var in = new io.strata.core.io.ReadBuffer("17\tx".getBytes());
        var b = DataTypes.INT32.createBuilder(1);
        DataTypes.INT32.text().readEscaped(in, b, TextFixture.UTC);
        assertEquals('\t', in.peek());
        assertEquals(17L, ((LongColumn) b.build()).get(0));
    }

    @Test
    void boolWritesTrueFalseEverywhere() {
        LongColumn c = new LongColumn(DataTypes.BOOL, new long[] {1, 0});
        assertEquals("true", write(c, TEXT));
        assertEquals("false", write(c, 1, QUOTED, TextFixture.UTC));
        assertEquals("true", write(c, CSV));
        assertEquals("false", write(c, 1, JSON, TextFixture.UTC));
        for (String t : new String[] {"true", "TRUE", "1", "yes", "On", "y", "t", "enable"}) {
            assertEquals(1L, ((LongColumn) read("Bool", t, TEXT)).get(0), t);
        }
        for (String t : new String[] {"false", "0", "NO", "off", "n", "f", "disabled"}) {
            assertEquals(0L, ((LongColumn) read("Bool", t, TEXT)).get(0), t);
        }
        assertEquals("true", roundTrip("Bool", "true", JSON));
        assertEquals("false", roundTrip("Bool", "false", QUOTED));
        assertEquals(ErrorCode.CANNOT_PARSE_BOOL, assertThrows(DbException.class, () -> read("Bool", "maybe", TEXT)).code());
    }

    @Test
    void floatsUseShortestRepresentationInClickHouseLayout() {
        assertEquals("0.1", f64(0.1));
        assertEquals("1", f64(1.0));
        assertEquals("-0", f64(-0.0));
        assertEquals("0", f64(0.0));
        assertEquals("0.5", f64(0.5));
        assertEquals("123456789", f64(123456789));
        assertEquals("0.30000000000000004", f64(0.1 + 0.2));
        assertEquals("0.3333333333333333", f64(1.0 / 3));
        assertEquals("100000000000000000000", f64(1e20));
        assertEquals("1e21", f64(1e21));
        assertEquals("1.5e21", f64(1.5e21));
        assertEquals("0.000001", f64(1e-6));
        assertEquals("1e-7", f64(1e-7));
        assertEquals("1.2345e-7", f64(1.2345e-7));
        assertEquals("1.7976931348623157e308", f64(Double.MAX_VALUE));
        assertEquals("5e-324", f64(Double.MIN_VALUE));
        assertEquals("12345678.9", f64(12345678.9));
        assertEquals("-1234.5678", f64(-1234.5678));
        assertEquals("inf", f64(Double.POSITIVE_INFINITY));
        assertEquals("-inf", f64(Double.NEGATIVE_INFINITY));
        assertEquals("nan", f64(Double.NaN));
        assertEquals("9007199254740994", f64(9007199254740994.0));
        assertEquals("1e-323", f64(1e-323));
    }

    @Test
    void float32PrintsShortestFloatDigits() {
        assertEquals("0.1", f32((float) 0.1));
        assertEquals("3.1415927", f32((float) Math.PI));
        assertEquals("123456790", f32((float) 123456789));
        assertEquals("16777216", f32(16777216f));
        assertEquals("1e-7", f32(1e-7f));
        assertEquals("0.1", show("Float32", "0.1", TEXT));
    }

    @Test
    void floatJsonWritesNullForNonFiniteUnlessQuoted() {
        DoubleColumn c = new DoubleColumn(DataTypes.FLOAT64, new double[] {Double.NaN, Double.NEGATIVE_INFINITY, 2.5});
        assertEquals("null", write(c, 0, JSON, TextFixture.UTC));
        assertEquals("2.5", write(c, 2, JSON, TextFixture.UTC));
        FormatSettings quoted = new FormatSettings(ZoneId.of("UTC"), ',', true, false, true, true, false, true);
        assertEquals("\"-inf\"", write(c, 1, JSON, quoted));
    }

    @Test
    void floatParsing() {
        assertEquals(0.1, ((DoubleColumn) read("Float64", "0.1", TEXT)).get(0));
        assertEquals(1e-7, ((DoubleColumn) read("Float64", "1e-7", TEXT)).get(0));
        assertEquals(1.5, ((DoubleColumn) read("Float64", "+1.5", TEXT)).get(0));
        assertEquals(0.5, ((DoubleColumn) read("Float64", ".5", TEXT)).get(0));
        assertEquals(123.456789012345678, ((DoubleColumn) read("Float64", "123.456789012345678", TEXT)).get(0));
        assertEquals(Double.NEGATIVE_INFINITY, ((DoubleColumn) read("Float64", "-inf", TEXT)).get(0));
        assertEquals(Double.POSITIVE_INFINITY, ((DoubleColumn) read("Float64", "Infinity", TEXT)).get(0));
        assertEquals(true, Double.isNaN(((DoubleColumn) read("Float64", "nan", QUOTED)).get(0)));
        assertEquals((double) 0.1f, ((DoubleColumn) read("Float32", "0.1", TEXT)).get(0));
        assertEquals("2.5", roundTrip("Float64", "\"2.5\"", JSON));
        assertEquals("1e100", roundTrip("Float64", "1E+100", CSV));
        assertEquals(ErrorCode.CANNOT_PARSE_TEXT, assertThrows(DbException.class, () -> read("Float64", "1.5x", TEXT)).code());
        assertEquals(ErrorCode.CANNOT_PARSE_TEXT, assertThrows(DbException.class, () -> read("Float64", "0x10", TEXT)).code());
    }

    @Test
    void decimalsPrintScaleWithoutTrailingZeros() {
        LongColumn c = new LongColumn(DataTypes.decimal(10, 2), new long[] {12345, -5, 100, 0, 120});
        assertEquals("123.45", write(c, 0, TEXT, TextFixture.UTC));
        assertEquals("-0.05", write(c, 1, TEXT, TextFixture.UTC));
        assertEquals("1", write(c, 2, TEXT, TextFixture.UTC));
        assertEquals("0", write(c, 3, TEXT, TextFixture.UTC));
        assertEquals("1.2", write(c, 4, TEXT, TextFixture.UTC));
        assertEquals("123.45", write(c, 0, JSON, TextFixture.UTC));
        assertEquals("42", show("Decimal(9, 0)", "42", TEXT));
        assertEquals("-123456789012345678.9", show("Decimal(38, 1)", "-123456789012345678.9", TEXT));
        assertEquals("0.000000000000000000001", show("Decimal(38, 25)", "0.000000000000000000001", TEXT));
        assertEquals("12345678901234567890123456789.123", show("Decimal(76, 3)", "12345678901234567890123456789.123", QUOTED));
    }

    @Test
    void decimalParsing() {
        assertEquals(123L, ((LongColumn) read("Decimal(10, 2)", "1.239", TEXT)).get(0)); // truncated
        assertEquals(-150L, ((LongColumn) read("Decimal(10, 2)", "-1.5", TEXT)).get(0));
        assertEquals(12000L, ((LongColumn) read("Decimal(10, 2)", "1.2e2", TEXT)).get(0));
        assertEquals(5L, ((LongColumn) read("Decimal(10, 2)", "0.05", TEXT)).get(0));
        assertEquals("12.5", roundTrip("Decimal(18, 4)", "12.5", CSV));
        assertEquals("12.5", roundTrip("Decimal(18, 4)", "\"12.5\"", JSON));
        assertEquals(ErrorCode.ARGUMENT_OUT_OF_BOUND, assertThrows(DbException.class, () -> read("Decimal(4, 2)", "123.4", TEXT)).code());
        assertEquals(ErrorCode.CANNOT_PARSE_TEXT, assertThrows(DbException.class, () -> read("Decimal(10, 2)", "1.2.3", TEXT)).code());
    }

    @Test
    void intervalsAreIntegers() {
        assertEquals("3", write(new LongColumn(DataTypes.interval("Day"), new long[] {3}), TEXT));
    }
}
