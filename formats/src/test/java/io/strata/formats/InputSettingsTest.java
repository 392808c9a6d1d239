package io.strata.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.block.Header;
import io.strata.core.error.DbException;
import io.strata.core.settings.Settings;
import io.strata.core.type.DataTypes;
import io.strata.core.type.NullableType;
import io.strata.core.type.TupleType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The input settings of the text formats (names and behaviour as ClickHouse's). */
class InputSettingsTest {
    private static final Header AS = Header.of("a", DataTypes.UINT32, "s", DataTypes.STRING);

    private static List<List<Object>> read(String format, Header h, String input, Settings s) {
        return SampleData.rows(SampleData.read(format, h, input, 100, s));
    }

    @Test
    void csvQuotes() {
        SampleData.assumeRealTextSerialization();
        Settings single = Settings.DEFAULTS.with("format_csv_allow_single_quotes", "1");
        assertEquals(List.of(List.of(1L, "it's, \"x\"")), read("CSV", AS, "1,'it''s, \"x\"'\n", single));
        // without the setting a single quote is an ordinary character
        assertEquals(List.of(List.of(1L, "'x'")), read("CSV", AS, "1,'x'\n", Settings.DEFAULTS));
        Settings noDouble = Settings.DEFAULTS.with("format_csv_allow_double_quotes", "0");
        assertEquals(List.of(List.of(1L, "\"x\"")), read("CSV", AS, "1,\"x\"\n", noDouble));
    }

    @Test
    void emptyFieldsAndNullRepresentation() {
        SampleData.assumeRealTextSerialization();
        assertEquals(List.of(List.of(0L, "")), read("CSV", AS, ",\n", Settings.DEFAULTS));
        assertThrows(DbException.class, () -> read("CSV", AS, ",x\n", Settings.DEFAULTS.with("input_format_csv_empty_as_default", "0")));
        assertThrows(DbException.class, () -> read("TSV", AS, "\tx\n", Settings.DEFAULTS));
        assertEquals(List.of(List.of(0L, "x")), read("TSV", AS, "\tx\n", Settings.DEFAULTS.with("input_format_tsv_empty_as_default", "1")));
        Header n = Header.of("a", new NullableType(DataTypes.UINT32));
        assertEquals(List.of(Arrays.asList((Object) null)), read("TSV", n, "NULL\n", Settings.DEFAULTS.with("format_tsv_null_representation", "NULL")));
        assertEquals(List.of(Arrays.asList((Object) null)), read("CSV", n, "nil\n", Settings.DEFAULTS.with("format_csv_null_representation", "nil")));
    }

    @Test
    void namesRowCanBeIgnored() {
        SampleData.assumeRealTextSerialization();
        Settings positional = Settings.DEFAULTS.with("input_format_with_names_use_header", "0");
        assertEquals(List.of(List.of(1L, "x")), read("TSVWithNames", AS, "whatever\tnames\n1\tx\n", positional));
        assertEquals(List.of(List.of(1L, "x")), read("CSVWithNames", AS, "\"s\",\"a\"\n1,\"x\"\n", positional));
        assertEquals(List.of(List.of(1L, "x")), read("JSONCompactEachRowWithNames", AS, "[\"b\", \"c\"]\n[1, \"x\"]\n", positional));
        assertEquals(List.of(List.of(1L, "x")), read("JSONCompactEachRowWithNames", AS, "[\"s\", \"a\"]\n[\"x\", 1]\n", Settings.DEFAULTS));
    }

    @Test
    void csvTupleSpansOneFieldPerElement() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("a", DataTypes.UINT32, "t", new TupleType(List.of(DataTypes.UINT8, DataTypes.STRING)), "s", DataTypes.STRING);
        List<List<Object>> rows = read("CSV", h, "1,2,\"x,y\",z\n", Settings.DEFAULTS);
        assertEquals(1, rows.size());
        assertEquals(List.of(1L, List.of(2L, "x,y"), "z").toString(), rows.get(0).toString());
        Settings semicolon = Settings.DEFAULTS.with("format_csv_delimiter", ";");
        assertEquals(rows.toString(), read("CSV", h, "1;2;\"x,y\";z\n", semicolon).toString());
    }

    @Test
    void tskv() {
        SampleData.assumeRealTextSerialization();
        String input = "tskv\ts=x\\ty\ta=1\tunknown=?\n\na=2\n";
        assertEquals(List.of(List.of(1L, "x\ty"), List.of(0L, ""), List.of(2L, "")), read("TSKV", AS, input, Settings.DEFAULTS));
        DbException e = assertThrows(DbException.class,
                () -> read("TSKV", AS, input, Settings.DEFAULTS.with("input_format_skip_unknown_fields", "0")));
        assertTrue(e.getMessage().startsWith("Unknown field found while parsing TSKV format: unknown: (at row 1)"), e.getMessage());
        assertThrows(DbException.class, () -> read("TSKV", AS, "a=1\ta=2\n", Settings.DEFAULTS));
        assertEquals(List.of(List.of(3L, "")), read("TSKV", Header.of("a=b", DataTypes.UINT32, "s", DataTypes.STRING), "a\\=b=3\n",
                Settings.DEFAULTS));
    }

    @Test
    void jsonObjectEachRowKeepsTheObjectName() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("name", DataTypes.STRING, "a", DataTypes.UINT32);
        String input = "{\"first\": {\"a\": 1}, \"second\": {\"a\": 2}}";
        assertEquals(List.of(List.of("first", 1L), List.of("second", 2L)),
                read("JSONObjectEachRow", h, input, Settings.DEFAULTS.with("format_json_object_each_row_column_for_object_name", "name")));
        assertEquals(List.of(List.of("", 1L), List.of("", 2L)), read("JSONObjectEachRow", h, input, Settings.DEFAULTS));
    }

    @Test
    void jsonDocumentSkipsEverythingButData() {
        SampleData.assumeRealTextSerialization();
        String doc = "{\"meta\": [{\"name\": \"s\", \"type\": \"String\"}, {\"name\": \"a\", \"type\": \"UInt32\"}],\n"
                + "\"data\": [[\"x\", 1], [\"y\", 2]], \"totals\": [\"\", 3], \"rows\": 2, \"statistics\": {\"elapsed\": 0.1}}";
        // JSONCompact maps the arrays through the names of meta
        assertEquals(List.of(List.of(1L, "x"), List.of(2L, "y")), read("JSONCompact", AS, doc, Settings.DEFAULTS));
        assertEquals(List.of(), read("JSON", AS, "{\"meta\": [], \"data\": [], \"rows\": 0}", Settings.DEFAULTS));
    }

    @Test
    void dateTimeBestEffort() {
        SampleData.assumeRealTextSerialization();
        Header h = Header.of("t", DataTypes.parse("DateTime('UTC')"));
        Settings best = Settings.DEFAULTS.with("date_time_input_format", "best_effort");
        assertEquals(read("TSV", h, "2024-01-02 03:04:05\n", Settings.DEFAULTS), read("TSV", h, "2024-01-02T03:04:05Z\n", best));
        assertThrows(DbException.class, () -> read("TSV", h, "2024-01-02T03:04:05Z\n", Settings.DEFAULTS));
    }
}
