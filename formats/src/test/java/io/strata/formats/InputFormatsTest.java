package io.strata.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.settings.Settings;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.NullableType;
import io.strata.formats.values.ValuesExpressionException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputFormatsTest {

    private static final Header HEADER = SampleData.HEADER;

    /** Each input format reads back what the output format of the same name wrote, one row per chunk. */
    @ParameterizedTest
    @ValueSource(strings = {"TabSeparated", "TabSeparatedWithNames", "TabSeparatedWithNamesAndTypes", "CSV",
            "CSVWithNames", "CSVWithNamesAndTypes", "JSONEachRow", "JSONCompactEachRow", "Values"})
    void readsBackWhatTheOutputFormatWrote(String format) {
        SampleData.assumeRealTextSerialization();
        Chunk sample = SampleData.chunk();
        String text = SampleData.write(format, Settings.DEFAULTS, sample);
        List<Chunk> chunks = SampleData.read(format, HEADER, text, 1);
        assertEquals(2, chunks.size());
        assertEquals(SampleData.rows(List.of(sample)), SampleData.rows(chunks));
        assertEquals(HEADER.types(), Arrays.stream(chunks.get(0).columns()).map(c -> c.type()).toList());
    }

    @Test
    void rawTabSeparatedTakesFieldsLiterally() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("s", DataTypes.STRING, "n", new NullableType(DataTypes.INT32));
        List<List<Object>> rows = SampleData.rows(SampleData.read("TSVRaw", h, "a\\b'c\t7\nx\t\\N\n", 100));
        assertEquals(List.of(List.of("a\\b'c", 7L), Arrays.asList("x", null)), rows);
    }

    @Test
    void namesRowMatchesColumnsByName() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("a", DataTypes.UINT32, "b", DataTypes.STRING, "c", DataTypes.INT64);
        String input = "b\tunknown\ta\nx\t?\t1\ny\t?\t2\n";
        List<List<Object>> rows = SampleData.rows(SampleData.read("TSVWithNames", h, input, 100));
        assertEquals(List.of(List.of(1L, "x", 0L), List.of(2L, "y", 0L)), rows);
        DbException e = assertThrows(DbException.class, () -> SampleData.read("TSVWithNames", h, input, 100,
                Settings.DEFAULTS.with("input_format_skip_unknown_fields", "0")));
        assertEquals(ErrorCode.INCORRECT_DATA, e.code());
        assertEquals(List.of(List.of(5L, "q", 0L)),
                SampleData.rows(SampleData.read("CSVWithNames", h, "\"b\",a\n\"q\",5\n", 100)));
    }

    @Test
    void csvDetails() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("a", DataTypes.UINT32, "b", DataTypes.STRING, "n", new NullableType(DataTypes.UINT8));
        String input = "1,\"he said \"\"hi\"\"\",\\N\r\n2,,\n 3 , plain ,7";
        assertEquals(List.of(Arrays.asList(1L, "he said \"hi\"", null), Arrays.asList(2L, "", null),
                        Arrays.asList(3L, "plain", 7L)),
                SampleData.rows(SampleData.read("CSV", h, input, 100)));
        Settings semicolon = Settings.DEFAULTS.with("format_csv_delimiter", ";");
        assertEquals(List.of(Arrays.asList(1L, "a,b", 2L)),
                SampleData.rows(SampleData.read("CSV", h, "1;a,b;2\n", 100, semicolon)));
    }

    @Test
    void jsonEachRowSkipsUnknownFieldsAndDefaultsMissingOnes() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("a", DataTypes.UINT32, "s", DataTypes.STRING, "arr", new ArrayType(DataTypes.INT64));
        String input = "{\"s\":\"x\",\"extra\":{\"deep\":[1,{\"k\":\"]\"}]},\"a\":1}\n{\"a\":2}\n{\"a\":null,\"s\":\"\\u00e9\\n\",\"arr\":[-1,2]}";
        List<List<Object>> rows = SampleData.rows(SampleData.read("JSONEachRow", h, input, 2));
        assertEquals(List.of(List.of(1L, "x", List.of()), List.of(2L, "", List.of()), List.of(0L, "é\n", List.of(-1L, 2L))), rows);

        DbException e = assertThrows(DbException.class, () -> SampleData.read("JSONEachRow", h, input, 100,
                Settings.DEFAULTS.with("input_format_skip_unknown_fields", "0")));
        assertEquals(ErrorCode.INCORRECT_DATA, e.code());
        assertEquals("Unknown field found while parsing JSONEachRow format: extra: (at row 1)", firstLine(e.getMessage()));
    }

    @Test
    void jsonEachRowAcceptsAnArrayOfRows() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("a", DataTypes.UINT32);
        assertEquals(List.of(List.of(1L), List.of(2L)),
                SampleData.rows(SampleData.read("JSONEachRow", h, " [ {\"a\": 1} , {\"a\": 2} ] ", 100)));
    }

    @Test
    void nullForNonNullableColumn() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("a", DataTypes.UINT32, "b", DataTypes.STRING);
        assertEquals(List.of(List.of(0L, "")), SampleData.rows(SampleData.read("TSV", h, "\\N\t\\N\n", 100)));
        DbException e = assertThrows(DbException.class, () -> SampleData.read("TSV", h, "1\tx\n\\N\tx\n", 100,
                Settings.DEFAULTS.with("input_format_null_as_default", "0")));
        assertTrue(firstLine(e.getMessage()).endsWith("(at row 2)"), e.getMessage());
    }

    @Test
    void valuesLiterals() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("a", DataTypes.INT32, "s", new NullableType(DataTypes.STRING), "arr", new ArrayType(DataTypes.INT64));
        String input = " (1, 'a''b\\'c', [1, -2]) ,( -3 ,NULL,[]),\n(4,'x',[5]);";
        assertEquals(List.of(List.of(1L, "a'b'c", List.of(1L, -2L)), Arrays.asList(-3L, null, List.of()),
                        List.of(4L, "x", List.of(5L))),
                SampleData.rows(SampleData.read("Values", h, input, 100)));
    }

    @Test
    void valuesExpressionIsReportedForTheCaller() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("a", DataTypes.INT32, "b", DataTypes.INT32);
        ValuesExpressionException e = assertThrows(ValuesExpressionException.class,
                () -> SampleData.read("Values", h, "(1, 2), (3, 1 + 2)", 100));
        assertEquals(2, e.row());
        assertEquals(1, e.column());
        assertEquals("1 + 2", e.text());
    }

    @Test
    void valuesReaderWithEvaluatorEvaluatesOnlyTheFieldsThatAreNotLiterals() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("a", DataTypes.INT32, "d", DataTypes.parse("Decimal(18, 4)"), "arr", new ArrayType(DataTypes.INT64));
        List<String> evaluated = new java.util.ArrayList<>();
        // a stand-in for the server's SQL evaluation: it records what it was asked and answers 7 / [7]
        io.strata.formats.values.ValuesExpressionEvaluator evaluator = (text, type) -> {
            evaluated.add(text + " as " + type.name());
            io.strata.core.column.ColumnBuilder b = type.createBuilder(1);
            new io.strata.formats.text.FieldDecoder(io.strata.core.format.FormatSettings.DEFAULT)
                    .decode(type, b, (type instanceof ArrayType ? "[7]" : "7").getBytes(), 0, type instanceof ArrayType ? 3 : 1,
                            io.strata.formats.text.FieldDecoder.Style.QUOTED);
            return b.build();
        };
        InputReader r = new io.strata.formats.values.ValuesInputFormat().create(
                new java.io.ByteArrayInputStream("(1, 12.3456, [1, f(2)]), (f(x), -0.3, [])".getBytes()), h,
                io.strata.core.format.FormatSettings.DEFAULT, evaluator);
        List<Chunk> chunks = new java.util.ArrayList<>();
        for (Chunk c; (c = r.read(100)) != null; ) chunks.add(c);
        assertEquals(List.of("[1, f(2)] as Array(Int64)", "f(x) as Int32"), evaluated);
        assertEquals("12.3456", decimalText(chunks.get(0), 0)); // exact, not rounded through Float64
        assertEquals("-0.3", decimalText(chunks.get(0), 1));
        assertEquals(List.of(List.of(1L, List.of(7L)), List.of(7L, List.of())),
                List.of(List.of(chunks.get(0).column(0).getObject(0), chunks.get(0).column(2).getObject(0)),
                        List.of(chunks.get(0).column(0).getObject(1), chunks.get(0).column(2).getObject(1))));
    }

    private static String decimalText(Chunk c, int row) {
        io.strata.core.io.WriteBuffer out = new io.strata.core.io.WriteBuffer();
        c.column(1).type().text().writeText(c.column(1), row, out, io.strata.core.format.FormatSettings.DEFAULT);
        return new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void tabSeparatedColumnCountErrorsNameTheRow() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("a", DataTypes.UINT32, "b", DataTypes.STRING);
        DbException tooFew = assertThrows(DbException.class, () -> SampleData.read("TSV", h, "1\ta\n2\n3\tc\n", 100));
        assertEquals(ErrorCode.CANNOT_PARSE_INPUT_ASSERTION_FAILED, tooFew.code());
        assertEquals("Cannot parse input: expected '\\t' before: '\\n3\\tc\\n': (at row 2)", firstLine(tooFew.getMessage()));
        DbException tooMany = assertThrows(DbException.class, () -> SampleData.read("TSV", h, "1\ta\tx\n", 100));
        assertEquals("Cannot parse input: expected '\\n' before: '\\tx\\n': (at row 1)", firstLine(tooMany.getMessage()));
    }

    @Test
    void malformedValuesAreParseErrorsWithTheRow() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("a", DataTypes.UINT32);
        DbException e = assertThrows(DbException.class, () -> SampleData.read("TSV", h, "1\n2\nabc\n", 100));
        assertTrue(firstLine(e.getMessage()).endsWith("(at row 3)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("\nRow 3:\nColumn 0, name: a, type: UInt32"), e.getMessage());
        assertTrue(e.code().name().startsWith("CANNOT_PARSE"), e.code().name());
        DbException csv = assertThrows(DbException.class, () -> SampleData.read("CSV", h, "1\n\"2", 100));
        assertEquals(ErrorCode.CANNOT_PARSE_QUOTED_STRING, csv.code());
        DbException json = assertThrows(DbException.class, () -> SampleData.read("JSONEachRow", h, "{\"a\":1}\n{\"a\" 2}", 100));
        assertEquals(ErrorCode.CANNOT_PARSE_INPUT_ASSERTION_FAILED, json.code());
        assertTrue(firstLine(json.getMessage()).endsWith("(at row 2)"), json.getMessage());
    }

    @Test
    void chunksHaveAtMostMaxRows() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("a", DataTypes.UINT32);
        List<Chunk> chunks = SampleData.read("TSV", h, "1\n2\n3\n4\n5\n", 2);
        assertEquals(List.of(2, 2, 1), chunks.stream().map(Chunk::rowCount).toList());
        assertEquals(List.of(), SampleData.read("TSV", h, "", 2));
    }

    @Test
    void lineAsStringAndRawBlob() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("line", DataTypes.STRING);
        assertEquals(List.of(List.of("a\\tb"), List.of(""), List.of("c")),
                SampleData.rows(SampleData.read("LineAsString", h, "a\\tb\n\nc\n", 100)));
        assertEquals(List.of(List.of("x\ny\n")), SampleData.rows(SampleData.read("RawBLOB", h, "x\ny\n", 100)));
        assertThrows(DbException.class, () -> SampleData.read("LineAsString", HEADER, "", 100));
    }

    @Test
    void readerReturnsNullAfterTheEnd() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("a", DataTypes.UINT32);
        InputReader r = Formats.input("TSV").create(new java.io.ByteArrayInputStream("1\n".getBytes()), h,
                SampleData.SETTINGS, Settings.DEFAULTS);
        assertEquals(1, r.read(10).rowCount());
        assertNull(r.read(10));
        assertNull(r.read(10));
    }

    /** Parse errors name the row on the first line; following lines name the column. */
    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
