package io.strata.core.type.text;

import static io.strata.core.type.text.TextFixture.Style.CSV;
import static io.strata.core.type.text.TextFixture.Style.ESCAPED;
import static io.strata.core.type.text.TextFixture.Style.JSON;
import static io.strata.core.type.text.TextFixture.Style.QUOTED;
import static io.strata.core.type.text.TextFixture.Style.TEXT;
import static io.strata.core.type.text.TextFixture.read;
import static io.strata.core.type.text.TextFixture.roundTrip;
import static io.strata.core.type.text.TextFixture.show;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import org.junit.jupiter.api.Test;

class StringTextTest {
    private static final String NASTY = "a'b\\c\td\ne\"f/\b\f\r\0g";

    @Test
    void stringWriting() {
        assertEquals(NASTY, show("String", NASTY, TEXT));
        assertEquals("a\\'b\\\\c\\td\\ne\"f/\\b\\f\\r\\0g", show("String", NASTY, ESCAPED));
        assertEquals("'a\\'b\\\\c\\td\\ne\"f/\\b\\f\\r\\0g'", show("String", NASTY, QUOTED));
        assertEquals("\"a'b\\c\td\ne\"\"f/\b\f\r\0g\"", show("String", NASTY, CSV));
        assertEquals("\"a'b\\\\c\\td\\ne\\\"f\\/\\b\\f\\r\\u0000g\"", show("String", NASTY, JSON));
        assertEquals("\"plain\"", show("String", "plain", CSV));
        assertEquals("\"\\u001F\\u2028é\"", show("String", "\u001f\u2028é", JSON));
    }

    @Test
    void stringRoundTripsInEveryStyle() {
        for (var style : TextFixture.Style.values()) {
            String written = show("String", NASTY, style);
            String back = TextFixture.write(read(io.strata.core.type.DataTypes.STRING, written, style, TextFixture.UTC, true), TEXT);
            assertEquals(NASTY, back, style.name());
        }
    }

    @Test
    void stringReading() {
        assertEquals("a\tb", ((StringColumn) read("String", "a\\tb", ESCAPED)).getString(0));
        assertEquals("x\\y", ((StringColumn) read("String", "x\\\\y", ESCAPED)).getString(0));
        assertEquals("A", ((StringColumn) read("String", "\\x41", ESCAPED)).getString(0));
        assertEquals("it's", ((StringColumn) read("String", "'it''s'", QUOTED)).getString(0));
        assertEquals("a\"b", ((StringColumn) read("String", "\"a\"\"b\"", CSV)).getString(0));
        assertEquals("bare", ((StringColumn) read("String", "  bare  ", CSV)).getString(0));
        assertEquals("é😀", ((StringColumn) read("String", "\"\\u00e9\\ud83d\\ude00\"", JSON)).getString(0));
        assertEquals("12.5", ((StringColumn) read("String", "12.5", JSON)).getString(0));
        assertEquals("", ((StringColumn) read("String", "", CSV)).getString(0));
        assertEquals(ErrorCode.CANNOT_PARSE_QUOTED_STRING, assertThrows(DbException.class, () -> read("String", "abc", QUOTED)).code());
        assertEquals(ErrorCode.CANNOT_PARSE_QUOTED_STRING, assertThrows(DbException.class, () -> read("String", "'abc", QUOTED)).code());
    }

    @Test
    void fixedStringKeepsAllBytes() {
        assertEquals("ab\\0\\0", show("FixedString(4)", "ab", ESCAPED));
        assertEquals("'ab\\0\\0'", show("FixedString(4)", "ab", QUOTED));
        assertEquals("\"ab\\u0000\\u0000\"", show("FixedString(4)", "ab", JSON));
        assertArrayEquals(new byte[] {'a', 'b', 0, 0}, ((StringColumn) read("FixedString(4)", "ab", TEXT)).getBytes(0));
        assertEquals("abcd", roundTrip("FixedString(4)", "abcd", TEXT));
        assertEquals(ErrorCode.TOO_LARGE_STRING_SIZE, assertThrows(DbException.class, () -> read("FixedString(2)", "abc", TEXT)).code());
    }

    @Test
    void enumWritesNames() {
        String type = "Enum8('a' = 1, 'b\\'c' = -2, 'hello' = 100)";
        assertEquals("hello", show(type, "hello", TEXT));
        assertEquals("b\\'c", show(type, "b'c", ESCAPED));
        assertEquals("'hello'", show(type, "hello", QUOTED));
        assertEquals("\"hello\"", show(type, "hello", CSV));
        assertEquals("\"hello\"", show(type, "hello", JSON));
        assertEquals(-2L, ((LongColumn) read(type, "b'c", TEXT)).get(0));
        assertEquals(100L, ((LongColumn) read(type, "100", TEXT)).get(0));
        assertEquals("'a'", roundTrip(type, "'a'", QUOTED));
        assertEquals("\"a\"", roundTrip(type, "\"a\"", JSON));
        assertEquals("\"a\"", roundTrip(type, "a", CSV));
        assertEquals("a", roundTrip("Enum16('a' = 1000, 'b' = -1000)", "a", ESCAPED));
        assertEquals(ErrorCode.UNKNOWN_ELEMENT_OF_ENUM, assertThrows(DbException.class, () -> read(type, "zzz", TEXT)).code());
        assertEquals(ErrorCode.UNKNOWN_ELEMENT_OF_ENUM, assertThrows(DbException.class, () -> read(type, "7", TEXT)).code());
    }
}
