package io.strata.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.error.DbException;
import io.strata.core.settings.Settings;
import io.strata.core.type.DataTypes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input format with a malformed second row (a word where a UInt32 belongs): the error names
 * the row and the column; with input_format_allow_errors_num or _ratio the row is skipped, the
 * rows around it are kept, and the skip is counted.
 */
class MalformedInputTest {
    private static final Header HEADER = Header.of("a", DataTypes.UINT32, "s", DataTypes.STRING);

    /** Three rows in each format: (1, 'x'), ('bad', 'y'), (3, 'z'). */
    static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("TabSeparated", "1\tx\nbad\ty\n3\tz\n"),
            Map.entry("TabSeparatedRaw", "1\tx\nbad\ty\n3\tz\n"),
            Map.entry("TabSeparatedWithNames", "a\ts\n1\tx\nbad\ty\n3\tz\n"),
            Map.entry("TabSeparatedWithNamesAndTypes", "a\ts\nUInt32\tString\n1\tx\nbad\ty\n3\tz\n"),
            Map.entry("CSV", "1,\"x\"\n\"bad\",\"y\"\n3,\"z\"\n"),
            Map.entry("CSVWithNames", "\"a\",\"s\"\n1,\"x\"\nbad,\"y\"\n3,\"z\"\n"),
            Map.entry("CSVWithNamesAndTypes", "\"a\",\"s\"\n\"UInt32\",\"String\"\n1,\"x\"\nbad,\"y\"\n3,\"z\"\n"),
            Map.entry("TSKV", "a=1\ts=x\na=bad\ts=y\na=3\ts=z\n"),
            Map.entry("JSONEachRow", "{\"a\":1,\"s\":\"x\"}\n{\"a\":\"bad\",\"s\":\"y\"}\n{\"a\":3,\"s\":\"z\"}\n"),
            Map.entry("JSONStringsEachRow", "{\"a\":\"1\",\"s\":\"x\"}\n{\"a\":\"bad\",\"s\":\"y\"}\n{\"a\":\"3\",\"s\":\"z\"}\n"),
            Map.entry("JSONCompactEachRow", "[1, \"x\"]\n[\"bad\", \"y\"]\n[3, \"z\"]\n"),
            Map.entry("JSONCompactEachRowWithNames", "[\"a\", \"s\"]\n[1, \"x\"]\n[\"bad\", \"y\"]\n[3, \"z\"]\n"),
            Map.entry("JSONCompactEachRowWithNamesAndTypes",
                    "[\"a\", \"s\"]\n[\"UInt32\", \"String\"]\n[1, \"x\"]\n[\"bad\", \"y\"]\n[3, \"z\"]\n"),
            Map.entry("JSONCompactStringsEachRow", "[\"1\", \"x\"]\n[\"bad\", \"y\"]\n[\"3\", \"z\"]\n"),
            Map.entry("JSONCompactStringsEachRowWithNames", "[\"a\", \"s\"]\n[\"1\", \"x\"]\n[\"bad\", \"y\"]\n[\"3\", \"z\"]\n"),
            Map.entry("JSONCompactStringsEachRowWithNamesAndTypes",
                    "[\"a\", \"s\"]\n[\"UInt32\", \"String\"]\n[\"1\", \"x\"]\n[\"bad\", \"y\"]\n[\"3\", \"z\"]\n"),
            Map.entry("JSONObjectEachRow", "{\n\t\"row_1\": {\"a\":1,\"s\":\"x\"},\n\t\"row_2\": {\"a\":\"bad\",\"s\":\"y\"},\n"
                    + "\t\"row_3\": {\"a\":3,\"s\":\"z\"}\n}\n"),
            Map.entry("Values", "(1,'x'),('bad','y'),(3,'z')"),
            Map.entry("JSON", "{\"meta\": [], \"data\": [{\"a\": 1, \"s\": \"x\"}, {\"a\": \"bad\", \"s\": \"y\"}, {\"a\": 3, \"s\": \"z\"}]}"),
            Map.entry("JSONCompact", "{\"data\": [[1, \"x\"], [\"bad\", \"y\"], [3, \"z\"]], \"rows\": 3}"),
            Map.entry("JSONStrings", "{\"data\": [{\"a\": \"1\", \"s\": \"x\"}, {\"a\": \"bad\", \"s\": \"y\"}, {\"a\": \"3\", \"s\": \"z\"}]}"),
            Map.entry("JSONCompactStrings", "{\"data\": [[\"1\", \"x\"], [\"bad\", \"y\"], [\"3\", \"z\"]]}"));

    /** Formats that cannot find the next row after a malformed one (one document, or Values' expressions). */
    private static final List<String> NO_RESYNC = List.of("Values", "JSON", "JSONCompact", "JSONStrings", "JSONCompactStrings");

    static List<String> formats() {
        return INPUTS.keySet().stream().sorted().toList();
    }

    private record Result(List<List<Object>> rows, long skipped) {
    }

    private static Result read(String format, Settings settings) {
        byte[] input = INPUTS.get(format).getBytes(StandardCharsets.UTF_8);
        InputReader r = Formats.input(format).create(new ByteArrayInputStream(input), HEADER,
                Formats.formatSettings(settings, ZoneId.of("UTC")), settings);
        List<Chunk> chunks = new ArrayList<>();
        for (Chunk c; (c = r.read(100)) != null; ) chunks.add(c);
        return new Result(SampleData.rows(chunks), r.skippedRows());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void errorNamesTheRowAndTheColumn(String format) {
        SampleData.assumeRealTextSerialization();
        DbException e = assertThrows(DbException.class, () -> read(format, Settings.DEFAULTS));
        String message = e.getMessage();
        assertTrue(message.contains("(at row 2)"), format + ": " + message);
        assertTrue(message.contains("name: a") || message.contains("key a") || message.contains("bad"), format + ": " + message);
        assertTrue(e.code().name().startsWith("CANNOT_PARSE") || e.code().name().equals("INCORRECT_DATA"), format + ": " + e.code());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void allowErrorsSkipsAndCountsTheRow(String format) {
        SampleData.assumeRealTextSerialization();
        for (Settings s : List.of(Settings.DEFAULTS.with("input_format_allow_errors_num", "1"),
                Settings.DEFAULTS.with("input_format_allow_errors_ratio", "0.5"))) {
            if (NO_RESYNC.contains(format)) {
                assertThrows(DbException.class, () -> read(format, s), format);
                continue;
            }
            Result r = read(format, s);
            assertEquals(List.of(List.of(1L, "x"), List.of(3L, "z")), r.rows(), format + " " + s);
            assertEquals(1, r.skipped(), format);
        }
    }

    @Test
    void tooManyErrorsStillFail() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("a", DataTypes.UINT32);
        Settings one = Settings.DEFAULTS.with("input_format_allow_errors_num", "1");
        String twoBad = "1\nx\ny\n4\n";
        DbException e = assertThrows(DbException.class, () -> SampleData.read("TSV", h, twoBad, 100, one));
        assertTrue(e.getMessage().contains("(at row 3)"), e.getMessage());
        // as in ClickHouse the ratio is taken over the rows read so far: the second error is 2 of 3 rows
        assertEquals(List.of(List.of(1L), List.of(4L)),
                SampleData.rows(SampleData.read("TSV", h, twoBad, 100, Settings.DEFAULTS.with("input_format_allow_errors_ratio", "0.7"))));
        DbException ratio = assertThrows(DbException.class,
                () -> SampleData.read("TSV", h, twoBad, 100, Settings.DEFAULTS.with("input_format_allow_errors_ratio", "0.6")));
        assertTrue(ratio.getMessage().contains("(at row 3)"), ratio.getMessage());
    }

    @Test
    void rowsAroundASkippedRowKeepTheirChunks() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("a", DataTypes.UINT32);
        Settings many = Settings.DEFAULTS.with("input_format_allow_errors_num", "100");
        List<Chunk> chunks = SampleData.read("TSV", h, "1\n2\nx\n3\ny\nz\n4\n5\n6\n", 2, many);
        assertEquals(List.of(List.of(1L), List.of(2L), List.of(3L), List.of(4L), List.of(5L), List.of(6L)), SampleData.rows(chunks));
        for (Chunk c : chunks) assertTrue(c.rowCount() >= 1 && c.rowCount() <= 2);
    }
}
