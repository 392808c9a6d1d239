package io.strata.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.LongColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.settings.Settings;
import io.strata.core.type.DataTypes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OutputFormatsTest {

    private static String expected(String name) throws IOException {
        try (InputStream in = OutputFormatsTest.class.getResourceAsStream("/expected/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every format's bytes for the sample chunk equal ClickHouse's (golden files in resources/expected). */
    @ParameterizedTest
    @ValueSource(strings = {"TabSeparated", "TabSeparatedRaw", "TabSeparatedWithNames", "TabSeparatedWithNamesAndTypes",
            "CSV", "CSVWithNames", "CSVWithNamesAndTypes", "JSON", "JSONCompact", "JSONEachRow", "JSONCompactEachRow",
            "JSONStringsEachRow", "Values", "Pretty", "PrettyCompact", "PrettySpace", "Vertical", "Markdown", "TSKV"})
    void matchesClickHouseBytes(String format) throws IOException {
        SampleData.assumeRealTextSerialization();
        assertEquals(expected(format), SampleData.write(format, Settings.DEFAULTS, SampleData.chunk()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pretty", "PrettyCompact", "PrettySpace"})
    void noEscapesAndMonoBlockVariantsPrintTheSameForOneChunk(String format) throws IOException {
        SampleData.assumeRealTextSerialization();
        String golden = expected(format);
        assertEquals(golden, SampleData.write(format + "NoEscapes", Settings.DEFAULTS, SampleData.chunk()));
        assertEquals(golden, SampleData.write(format + "MonoBlock", Settings.DEFAULTS, SampleData.chunk()));
        assertEquals(golden, SampleData.write(format + "NoEscapesMonoBlock", Settings.DEFAULTS, SampleData.chunk()));
    }

    private static Chunk numbers(long... values) {
        LongColumnBuilder b = new LongColumnBuilder(DataTypes.UINT64, values.length);
        for (long v : values) b.append(v);
        return Chunk.of(b.build());
    }

    private static final Header NUMBER = Header.of("number", DataTypes.UINT64);

    private static String writeNumbers(String format, Settings settings, OutputStatistics stats, Chunk totals, Chunk... chunks) {
        return SampleData.write(format, NUMBER, settings, stats, totals, chunks);
    }

    @Test
    void prettyCompactPrintsOneTablePerChunkUnlessMonoBlock() {
        String perChunk = writeNumbers("PrettyCompact", Settings.DEFAULTS, OutputStatistics.ofRows(2), null, numbers(1), numbers(1000));
        assertEquals("""
                ┌─number─┐
                │      1 │
                └────────┘
                ┌─number─┐
                │   1000 │
                └────────┘
                """, perChunk);
        String mono = writeNumbers("PrettyCompactMonoBlock", Settings.DEFAULTS, OutputStatistics.ofRows(2), null, numbers(1), numbers(12345678));
        assertEquals("""
                ┌───number─┐
                │        1 │
                │ 12345678 │
                └──────────┘
                """, mono);
    }

    @Test
    void prettyStopsAtMaxRows() {
        Settings s = Settings.DEFAULTS.with("output_format_pretty_max_rows", "2");
        assertEquals("""
                ┌─number─┐
                │      1 │
                │      2 │
                └────────┘
                  Showed first 2.
                """, writeNumbers("PrettyCompact", s, OutputStatistics.ofRows(3), null, numbers(1, 2, 3), numbers(4)));
        assertEquals("Row 1:\n──────\nnumber: 1\n\nRow 2:\n──────\nnumber: 2\n\nShowed first 2.\n",
                writeNumbers("Vertical", s, OutputStatistics.ofRows(3), null, numbers(1, 2, 3)));
    }

    @Test
    void emptyResults() {
        assertEquals("", writeNumbers("PrettyCompact", Settings.DEFAULTS, OutputStatistics.ofRows(0), null));
        assertEquals("number\n", writeNumbers("TSVWithNames", Settings.DEFAULTS, OutputStatistics.ofRows(0), null));
        assertEquals("", writeNumbers("Values", Settings.DEFAULTS, OutputStatistics.ofRows(0), null));
        assertEquals("""
                {
                \t"meta":
                \t[
                \t\t{
                \t\t\t"name": "number",
                \t\t\t"type": "UInt64"
                \t\t}
                \t],

                \t"data":
                \t[

                \t],

                \t"rows": 0
                }
                """, writeNumbers("JSON", Settings.DEFAULTS.with("output_format_write_statistics", "0"),
                OutputStatistics.ofRows(0), null));
    }

    @Test
    void totals() {
        Header h = Header.of("x", DataTypes.UINT8);
        LongColumnBuilder one = new LongColumnBuilder(DataTypes.UINT8, 1);
        one.append(1);
        LongColumnBuilder zero = new LongColumnBuilder(DataTypes.UINT8, 1);
        zero.append(0);
        OutputStatistics stats = new OutputStatistics(1, -1, 0.000024817, 1, 1);
        Chunk data = Chunk.of(one.build());
        Chunk totals = Chunk.of(zero.build());
        assertEquals("1\n\n0\n", SampleData.write("TabSeparated", h, Settings.DEFAULTS, stats, totals, data));
        assertEquals("1\n\n0\n", SampleData.write("CSV", h, Settings.DEFAULTS, stats, totals, data));
        assertEquals("{\"x\":1}\n", SampleData.write("JSONEachRow", h, Settings.DEFAULTS, stats, totals, data));
        assertEquals("""
                {
                \t"meta":
                \t[
                \t\t{
                \t\t\t"name": "x",
                \t\t\t"type": "UInt8"
                \t\t}
                \t],

                \t"data":
                \t[
                \t\t[1]
                \t],

                \t"totals": [0],

                \t"rows": 1,

                \t"statistics":
                \t{
                \t\t"elapsed": 0.000024817,
                \t\t"rows_read": 1,
                \t\t"bytes_read": 1
                \t}
                }
                """, SampleData.write("JSONCompact", h, Settings.DEFAULTS, stats, totals, data));
        assertTrue(SampleData.write("JSON", h, Settings.DEFAULTS, stats, totals, data)
                .contains("\t],\n\n\t\"totals\":\n\t{\n\t\t\"x\": 0\n\t},\n\n\t\"rows\": 1,"));
        assertEquals("""
                ┌─x─┐
                │ 1 │
                └───┘

                Totals:
                ┌─x─┐
                │ 0 │
                └───┘
                """, SampleData.write("PrettyCompact", h, Settings.DEFAULTS, stats, totals, data));
        assertEquals("Row 1:\n──────\nx: 1\n\n\nTotals:\n───────\nx: 0\n",
                SampleData.write("Vertical", h, Settings.DEFAULTS, stats, totals, data));
    }

    @Test
    void verticalRuleFollowsClickHouseWidth() {
        long[] values = new long[10];
        String out = writeNumbers("Vertical", Settings.DEFAULTS, OutputStatistics.ofRows(10), null, numbers(values));
        assertTrue(out.contains("Row 9:\n───────\n"), out);
        assertTrue(out.contains("Row 10:\n───────\n"), out);
    }

    @Test
    void unknownFormat() {
        DbException e = assertThrows(DbException.class, () -> Formats.output("Foo"));
        assertEquals(ErrorCode.UNKNOWN_FORMAT, e.code());
        assertEquals("Unknown format Foo", e.getMessage());
        assertEquals(ErrorCode.UNKNOWN_FORMAT, assertThrows(DbException.class, () -> Formats.input("Pretty")).code());
        assertThrows(DbException.class, () -> Formats.output("tsv"));
    }

    @Test
    void aliasesResolveToTheSameFormat() {
        assertEquals("TabSeparated", Formats.output("TSV").name());
        assertEquals("TabSeparatedRaw", Formats.output("TSVRaw").name());
        assertEquals("TabSeparatedWithNames", Formats.output("TSVWithNames").name());
        assertEquals("JSONEachRow", Formats.output("JSONLines").name());
        assertEquals("TabSeparatedWithNamesAndTypes", Formats.input("TSVWithNamesAndTypes").name());
        assertEquals("text/tab-separated-values; charset=UTF-8", Formats.output("TSV").contentType());
    }

    @Test
    void jsonQuotes64BitIntegersPerSetting() {
        SampleData.assumeRealTextSerialization();
        OutputStatistics stats = OutputStatistics.ofRows(1);
        assertEquals("{\"number\":\"18446744073709551615\"}\n",
                writeNumbers("JSONEachRow", Settings.DEFAULTS, stats, null, numbers(-1)));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        var settings = Formats.formatSettings(Settings.DEFAULTS.with("output_format_json_quote_64bit_integers", "0"),
                java.time.ZoneId.of("UTC"));
        OutputWriter writer = Formats.output("JSONCompactEachRow").create(out, NUMBER, settings, Settings.DEFAULTS);
        writer.writeChunk(numbers(5));
        writer.finish(stats);
        assertEquals("[5]\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void prettySpaceAndMarkdownAlignNumbersRight() {
        assertEquals(" number\n\n      7 \n   1000 \n",
                writeNumbers("PrettySpace", Settings.DEFAULTS, OutputStatistics.ofRows(2), null, numbers(7, 1000)));
        assertEquals("| number |\n|-:|\n| 7 |\n",
                writeNumbers("Markdown", Settings.DEFAULTS, OutputStatistics.ofRows(1), null, numbers(7)));
    }

    @Test
    void writersStreamLargeResultsBeforeFinish() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        OutputWriter w = Formats.output("TSV").create(out, NUMBER, SampleData.SETTINGS, Settings.DEFAULTS);
        long[] values = new long[100_000];
        java.util.Arrays.fill(values, 123456789L);
        w.writeChunk(numbers(values));
        assertTrue(out.size() > 500_000, "bytes reached the stream during writeChunk: " + out.size());
        w.finish(OutputStatistics.ofRows(values.length));
        assertEquals(values.length * 10, out.size());
    }

    @Test
    void nullFormatWritesNothing() {
        assertEquals("", SampleData.write("Null", Settings.DEFAULTS, SampleData.chunk()));
    }

    @Test
    void formatSettingsFromQuerySettings() {
        Settings s = Settings.DEFAULTS.with("format_csv_delimiter", ";").with("output_format_json_quote_64bit_integers", "0")
                .with("input_format_null_as_default", "0").with("date_time_input_format", "best_effort")
                .with("session_timezone", "Asia/Tokyo");
        var f = Formats.formatSettings(s, java.time.ZoneId.of("UTC"));
        assertEquals(';', f.csvDelimiter());
        assertEquals(false, f.jsonQuote64bitIntegers());
        assertEquals(false, f.nullAsDefault());
        assertEquals(true, f.dateTimeBestEffort());
        assertEquals(java.time.ZoneId.of("Asia/Tokyo"), f.timeZone());
        assertEquals(java.time.ZoneId.of("UTC"), Formats.formatSettings(Settings.DEFAULTS, java.time.ZoneId.of("UTC")).timeZone());
    }

    @Test
    void formatsDoubleLikeClickHouse() {
        assertEquals("0.000055222", io.strata.formats.text.TextEscaping.formatDouble(0.000055222));
        assertEquals("1e-7", io.strata.formats.text.TextEscaping.formatDouble(1e-7));
        assertEquals("1e21", io.strata.formats.text.TextEscaping.formatDouble(1e21));
        assertEquals("100000000000000000000", io.strata.formats.text.TextEscaping.formatDouble(1e20));
        assertEquals("0.5", io.strata.formats.text.TextEscaping.formatDouble(0.5));
        assertEquals("3", io.strata.formats.text.TextEscaping.formatDouble(3.0));
    }
}
