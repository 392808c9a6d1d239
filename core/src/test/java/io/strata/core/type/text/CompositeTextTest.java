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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.io.ReadBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.TextSerializations;
import org.junit.jupiter.api.Test;

class CompositeTextTest {

    @Test
    void nullableSpellsNullPerStyle() {
        Column nul = read("Nullable(Int32)", "NULL", TEXT);
        assertTrue(nul.isNullAt(0));
        assertEquals("NULL", write(nul, TEXT));
        assertEquals("\\N", write(nul, ESCAPED));
        assertEquals("NULL", write(nul, QUOTED));
        assertEquals("\\N", write(nul, CSV));
        assertEquals("null", write(nul, JSON));
        assertEquals("5", show("Nullable(Int32)", "5", TEXT));
        assertEquals("'x'", show("Nullable(String)", "x", QUOTED));
        assertTrue(read("Nullable(String)", "\\N", ESCAPED).isNullAt(0));
        assertTrue(read("Nullable(String)", "\\N", TEXT).isNullAt(0));
        assertTrue(read("Nullable(String)", "null", QUOTED).isNullAt(0));
        assertTrue(read("Nullable(String)", "\\N", CSV).isNullAt(0));
        assertTrue(read("Nullable(String)", "", CSV).isNullAt(0));
        assertTrue(read("Nullable(String)", "null", JSON).isNullAt(0));
        assertEquals("\\\\N", roundTrip("Nullable(String)", "\\\\N", ESCAPED)); // an escaped backslash + N is a string
        assertEquals("NULLx", roundTrip("Nullable(String)", "NULLx", TEXT));
        assertEquals("\\N", roundTrip("Nullable(Float64)", "\\N", ESCAPED));
        assertEquals("1.5", roundTrip("Nullable(Float64)", "1.5", CSV));
    }

    @Test
    void jsonNullIntoNonNullableIsDefault() {
        assertEquals(0L, ((LongColumn) read("Int32", "null", JSON)).get(0));
    }

    @Test
    void arrays() {
        assertEquals("[1,2,3]", roundTrip("Array(UInt8)", "[1, 2, 3]", TEXT));
        assertEquals("[]", roundTrip("Array(UInt8)", "[ ]", TEXT));
        assertEquals("['a','b']", roundTrip("Array(String)", "['a','b']", QUOTED));
        assertEquals("['a\\'b']", show("Array(String)", "['a\\'b']", ESCAPED));
        assertEquals("['a\\nb']", show("Array(String)", "['a\\nb']", ESCAPED));
        assertEquals("[NULL,1]", roundTrip("Array(Nullable(UInt8))", "[NULL,1]", TEXT));
        assertEquals("[[1],[],[2,3]]", roundTrip("Array(Array(Int64))", "[[1],[],[2,3]]", ESCAPED));
        assertEquals("\"['a','b\"\"c']\"", roundTrip("Array(String)", "\"['a','b\"\"c']\"", CSV));
        assertEquals("\"[1,2]\"", show("Array(Int32)", "[1,2]", CSV));
        assertEquals("[1,2]", roundTrip("Array(Int32)", "[1, 2]", JSON));
        assertEquals("[\"a\",null]", roundTrip("Array(Nullable(String))", "[\"a\", null]", JSON));
        assertEquals("[\"1\",\"2\"]", roundTrip("Array(Int64)", "[1,\"2\"]", JSON));
        assertEquals("['2024-03-01']", roundTrip("Array(Date)", "['2024-03-01']", TEXT));
        assertEquals("[1.5,-0,inf]", roundTrip("Array(Float64)", "[1.5,-0,inf]", TEXT));
        assertEquals(ErrorCode.CANNOT_READ_ARRAY_FROM_TEXT, assertThrows(DbException.class, () -> read("Array(Int32)", "1,2", TEXT)).code());
        assertThrows(DbException.class, () -> read("Array(Int32)", "[1,2", TEXT));
        assertThrows(DbException.class, () -> read("Array(Int32)", "[1,2]x", TEXT));
    }

    @Test
    void tuples() {
        assertEquals("(1,'a')", roundTrip("Tuple(UInt8, String)", "(1, 'a')", TEXT));
        assertEquals("(1,'a')", roundTrip("Tuple(UInt8, String)", "(1,'a')", ESCAPED));
        assertEquals("('x')", roundTrip("Tuple(String)", "('x',)", QUOTED));
        assertEquals("[1,\"a\"]", roundTrip("Tuple(UInt8, String)", "[1, \"a\"]", JSON));
        assertEquals("{\"x\":1,\"y\":\"a\"}", roundTrip("Tuple(x UInt8, y String)", "{\"y\": \"a\", \"x\": 1}", JSON));
        assertEquals("{\"x\":0,\"y\":\"a\"}", roundTrip("Tuple(x UInt8, y String)", "{\"y\": \"a\"}", JSON));
        assertEquals("1,\"a\"", roundTrip("Tuple(UInt8, String)", "1,\"a\"", CSV));
        assertEquals("((1,2),[NULL])", roundTrip("Tuple(Tuple(Int8, Int8), Array(Nullable(Int8)))", "((1,2),[NULL])", TEXT));
    }

    @Test
    void maps() {
        assertEquals("{'k':1,'k2':2}", roundTrip("Map(String, UInt8)", "{'k': 1, 'k2' : 2}", TEXT));
        assertEquals("{}", roundTrip("Map(String, UInt8)", "{}", QUOTED));
        assertEquals("{\"k\":1}", roundTrip("Map(String, UInt8)", "{\"k\": 1}", JSON));
        assertEquals("{\"1\":\"a\",\"2\":null}", roundTrip("Map(UInt32, Nullable(String))", "{\"1\":\"a\",\"2\":null}", JSON));
        assertEquals("{1:[1,2]}", roundTrip("Map(Int8, Array(Int8))", "{1:[1,2]}", ESCAPED));
        assertEquals("\"{'a':1}\"", roundTrip("Map(String, Int8)", "\"{'a':1}\"", CSV));
    }

    @Test
    void lowCardinalityWritesAsDictionaryType() {
        DataType lc = DataTypes.parse("LowCardinality(String)");
        var b = lc.createBuilder(4);
        for (String s : new String[] {"x", "y", "x"}) lc.text().readEscaped(new ReadBuffer(s.getBytes()), b, TextFixture.UTC);
        Column c = b.build();
        assertEquals("'x'", write(c, 0, QUOTED, TextFixture.UTC));
        assertEquals("\"y\"", write(c, 1, JSON, TextFixture.UTC));
        assertEquals("x", write(c, 2, TEXT, TextFixture.UTC));
        assertEquals("\\N", roundTrip("LowCardinality(Nullable(String))", "\\N", ESCAPED));
        assertEquals("abc", roundTrip("LowCardinality(Nullable(String))", "abc", ESCAPED));
        assertEquals("['a',NULL]", roundTrip("Array(LowCardinality(Nullable(String)))", "['a',NULL]", TEXT));
        // any serialization accepts a LowCardinality column of its dictionary type
        assertEquals("y", write(c, 1, TEXT, TextFixture.UTC));
        StringBuilder viaString = new StringBuilder();
        var out = new io.strata.core.io.WriteBuffer();
        DataTypes.STRING.text().writeText(c, 1, out, TextFixture.UTC);
        viaString.append(out);
        assertEquals("y", viaString.toString());
        assertEquals(1, TextSerializations.unwrapRow(c, 1) > 0 ? 1 : 0);
    }

    @Test
    void constColumnsResolveToTheirValue() {
        Column one = read("Array(String)", "['q']", TEXT);
        ConstColumn c = new ConstColumn(one, 5);
        assertEquals("['q']", write(c, 4, TEXT, TextFixture.UTC));
        assertEquals("[\"q\"]", write(c, 3, JSON, TextFixture.UTC));
        assertEquals(0, TextSerializations.unwrapRow(c, 4));
        assertEquals(one, TextSerializations.unwrapColumn(c));
    }

    @Test
    void emptyArrayOfNothing() {
        DataType t = DataTypes.parse("Array(Nothing)");
        assertEquals("[]", write(read(t, "[]", TEXT, TextFixture.UTC, false), TEXT));
        assertEquals("[NULL]", roundTrip("Array(Nullable(Nothing))", "[NULL]", TEXT));
    }
}
