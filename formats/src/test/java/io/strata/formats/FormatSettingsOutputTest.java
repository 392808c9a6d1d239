package io.strata.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.LongColumnBuilder;
import io.strata.core.column.NullableColumnBuilder;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.settings.Settings;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.NullableType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The output settings, with expected bytes worked out from ClickHouse 24.x's sources
 * (PrettyBlockOutputFormat, VerticalRowOutputFormat, the TSV/CSV/JSONEachRow writers), since
 * ClickHouse 18.16 has none of these settings.
 */
class FormatSettingsOutputTest {
    private static final OutputStatistics STATS = OutputStatistics.ofRows(2);

    private static Chunk strings(String... values) {
        StringColumnBuilder b = new StringColumnBuilder(DataTypes.STRING, values.length);
        for (String v : values) b.append(v);
        return Chunk.of(b.build());
    }

    private static Chunk numbersAndStrings(long[] numbers, String[] strings) {
        LongColumnBuilder n = new LongColumnBuilder(DataTypes.UINT64, numbers.length);
        for (long v : numbers) n.append(v);
        StringColumnBuilder s = new StringColumnBuilder(DataTypes.STRING, strings.length);
        for (String v : strings) s.append(v);
        return Chunk.of(n.build(), s.build());
    }

    private static final Header NS = Header.of("n", DataTypes.UINT64, "s", DataTypes.STRING);

    private static String write(String format, Header h, Settings s, Chunk... chunks) {
        return SampleData.write(format, h, s, STATS, null, chunks);
    }

    /** A value wider than output_format_pretty_max_value_width is cut to it and ends with ⋯ instead of the closing space. */
    @Test
    void prettyCutsLongValues() {
        SampleData.assumeRealTextSerialization();
        Settings five = Settings.DEFAULTS.with("output_format_pretty_max_value_width", "5");
        Chunk c = numbersAndStrings(new long[] {1, 2}, new String[] {"x".repeat(20), "abc"});
        assertEquals("""
                ┌─n─┬─s─────┐
                │ 1 │ xxxxx⋯│
                │ 2 │ abc   │
                └───┴───────┘
                """, write("PrettyCompact", NS, five, c));
        // a single value (one row, one column) is shown whole unless ..._apply_for_single_value; the
        // column is still only max_value_width wide, so (as in ClickHouse) the value overhangs the frame
        Header s = Header.of("s", DataTypes.STRING);
        assertEquals("┌─s─────┐\n│ " + "x".repeat(20) + " │\n└───────┘\n",
                write("PrettyCompact", s, five, strings("x".repeat(20))));
        assertEquals("┌─s─────┐\n│ xxxxx⋯│\n└───────┘\n", write("PrettyCompact", s,
                five.with("output_format_pretty_max_value_width_apply_for_single_value", "1"), strings("x".repeat(20))));
    }

    @Test
    void prettyAsciiGridAndNull() {
        SampleData.assumeRealTextSerialization();
        NullableColumnBuilder z = new NullableColumnBuilder(new NullableType(DataTypes.STRING), 1);
        z.appendNull();
        Header h = Header.of("z", z.type());
        Settings ascii = Settings.DEFAULTS.with("output_format_pretty_grid_charset", "ASCII");
        assertEquals("+------+\n| z    |\n+------+\n| NULL |\n+------+\n", write("Pretty", h, ascii, Chunk.of(z.build())));
        assertThrows(DbException.class, () -> write("Pretty", h, Settings.DEFAULTS.with("output_format_pretty_grid_charset", "EBCDIC"),
                Chunk.of(z.build())));
    }

    @Test
    void prettyRowNumbersContinueAcrossBlocks() {
        SampleData.assumeRealTextSerialization();
        Settings numbered = Settings.DEFAULTS.with("output_format_pretty_row_numbers", "1");
        Chunk first = numbersAndStrings(new long[] {1, 2}, new String[] {"a", "b"});
        Chunk second = numbersAndStrings(new long[] {3}, new String[] {"c"});
        assertEquals("""
                   ┌─n─┬─s─┐
                1. │ 1 │ a │
                2. │ 2 │ b │
                   └───┴───┘
                   ┌─n─┬─s─┐
                3. │ 3 │ c │
                   └───┴───┘
                """, write("PrettyCompact", NS, numbered, first, second));
        assertEquals("""
                    n   s

                1.  1   a\s
                2.  2   b\s
                """, write("PrettySpace", NS, numbered, first));
    }

    /** output_format_pretty_color = 1: names in bold, as 24.x writes them; NoEscapes never colours. */
    @Test
    void colours() {
        SampleData.assumeRealTextSerialization();
        Settings on = Settings.DEFAULTS.with("output_format_pretty_color", "1");
        Chunk c = numbersAndStrings(new long[] {1}, new String[] {"a"});
        assertEquals("┏━━━┳━━━┓\n┃ \033[1mn\033[0m ┃ \033[1ms\033[0m ┃\n┡━━━╇━━━┩\n│ 1 │ a │\n└───┴───┘\n", write("Pretty", NS, on, c));
        assertEquals("Row 1:\n──────\n\033[1mn:\033[0m 1\n\033[1ms:\033[0m a\n", write("Vertical", NS, on, c));
        assertEquals(write("PrettyCompact", NS, Settings.DEFAULTS, c), write("PrettyCompactNoEscapes", NS, on, c));
        // auto (the default) colours only a terminal
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        OutputWriter w = Formats.output("PrettyCompact").create(new TerminalOutputStream(terminal), NS, SampleData.SETTINGS, Settings.DEFAULTS);
        w.writeChunk(c);
        w.finish(STATS);
        assertEquals("┌─\033[1mn\033[0m─┬─\033[1ms\033[0m─┐\n│ 1 │ a │\n└───┴───┘\n", terminal.toString(StandardCharsets.UTF_8));
    }

    /** Tabs advance to the next multiple of 8 counted from the column where the value starts. */
    @Test
    void prettyMeasuresTabsWideAndInvisibleCharacters() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("s", DataTypes.STRING);
        // values start at column 2; "a" ends at 3 and the tab advances to 8: width 1 + 5 + 1 = 7
        assertEquals("┌─s───────┐\n│ a\tb │\n└─────────┘\n", write("PrettyCompact", h, Settings.DEFAULTS, strings("a\tb")));
        // CJK characters take two columns, control characters none
        assertEquals("┌─s────┐\n│ 世界 │\n│ x\u0001    │\n└──────┘\n",
                write("PrettyCompact", h, Settings.DEFAULTS, strings("世界", "x\u0001")));
    }

    @Test
    void crlfLineEnds() {
        SampleData.assumeRealTextSerialization();
        Chunk c = numbersAndStrings(new long[] {1}, new String[] {"a"});
        assertEquals("n\ts\r\n1\ta\r\n", write("TSVWithNames", NS, Settings.DEFAULTS.with("output_format_tsv_crlf_end_of_line", "1"), c));
        assertEquals("\"n\",\"s\"\r\n1,\"a\"\r\n",
                write("CSVWithNames", NS, Settings.DEFAULTS.with("output_format_csv_crlf_end_of_line", "1"), c));
    }

    @Test
    void nullRepresentations() {
        SampleData.assumeRealTextSerialization();
        NullableColumnBuilder z = new NullableColumnBuilder(new NullableType(DataTypes.STRING), 1);
        z.appendNull();
        Header h = Header.of("z", z.type());
        assertEquals("NULL\n", write("TSV", h, Settings.DEFAULTS.with("format_tsv_null_representation", "NULL"), Chunk.of(z.build())));
        assertEquals("\n", write("CSV", h, Settings.DEFAULTS.with("format_csv_null_representation", ""), Chunk.of(z.build())));
    }

    @Test
    void jsonEachRowArrayOfRows() {
        SampleData.assumeRealTextSerialization();
        Settings array = Settings.DEFAULTS.with("output_format_json_array_of_rows", "1");
        assertEquals("[\n{\"n\":\"1\",\"s\":\"a\"},\n{\"n\":\"2\",\"s\":\"b\"}\n]\n",
                write("JSONEachRow", NS, array, numbersAndStrings(new long[] {1, 2}, new String[] {"a", "b"})));
        assertEquals("[\n\n]\n", write("JSONEachRow", NS, array));
    }

    @Test
    void jsonObjectEachRowNamesRowsByAColumn() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("s", DataTypes.STRING, "n", DataTypes.UINT64);
        LongColumnBuilder n = new LongColumnBuilder(DataTypes.UINT64, 2);
        n.append(1);
        n.append(2);
        Chunk c = Chunk.of(strings("first", "sec\"ond").column(0), n.build());
        Settings named = Settings.DEFAULTS.with("format_json_object_each_row_column_for_object_name", "s");
        // like ClickHouse, the name is written as it is
        assertEquals("{\n\t\"first\": {\"n\":\"1\"},\n\t\"sec\"ond\": {\"n\":\"2\"}\n}\n", write("JSONObjectEachRow", h, named, c));
        assertEquals("{\n\t\"row_1\": {\"s\":\"first\",\"n\":\"1\"},\n\t\"row_2\": {\"s\":\"sec\\\"ond\",\"n\":\"2\"}\n}\n",
                write("JSONObjectEachRow", h, Settings.DEFAULTS, c));
        assertEquals("{\n\n}\n", write("JSONObjectEachRow", h, Settings.DEFAULTS));
    }

    /** RawBLOB writes ClickHouse's getDataAt: the bytes of a String, the memory image of a number. */
    @Test
    void rawBlobWritesMemoryImages() {
        SampleData.assumeRealTextSerialization();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Header h = Header.of("n", DataTypes.UINT32, "s", DataTypes.STRING);
        LongColumnBuilder n = new LongColumnBuilder(DataTypes.UINT32, 1);
        n.append(0x01020304);
        OutputWriter w = Formats.output("RawBLOB").create(out, h, SampleData.SETTINGS, Settings.DEFAULTS);
        w.writeChunk(Chunk.of(n.build(), strings("ab").column(0)));
        w.finish(STATS);
        assertArrayEquals(new byte[] {4, 3, 2, 1, 'a', 'b'}, out.toByteArray());
        assertThrows(DbException.class, () -> Formats.output("RawBLOB").create(out,
                Header.of("a", new ArrayType(DataTypes.UINT8)), SampleData.SETTINGS, Settings.DEFAULTS));
    }

    @Test
    void everyPrettyCombinationIsRegistered() {
        for (String style : List.of("Pretty", "PrettyCompact", "PrettySpace")) {
            for (String variant : List.of("", "NoEscapes", "MonoBlock", "NoEscapesMonoBlock")) {
                assertEquals(style + variant, Formats.output(style + variant).name());
            }
        }
    }
}
