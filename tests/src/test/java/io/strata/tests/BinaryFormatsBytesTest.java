package io.strata.tests;

import static io.strata.tests.BinaryFormatCases.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strata.server.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * RowBinary, RowBinaryWithNames, RowBinaryWithNamesAndTypes and Native output and input against
 * the bytes of Debian's ClickHouse 18.16 for the same table and SELECT (BinaryFormatCases): the
 * output must be the same bytes, and those bytes inserted into Strata and selected again must come
 * back unchanged. 18.16 writes RowBinary and Native only; the WithNames variants are its RowBinary
 * rows under a header made of the names and types of its Native block, as the modern docs describe.
 */
class BinaryFormatsBytesTest {
    static final java.util.List<String> CASES = BinaryFormatCases.NAMES;
    /** The cases whose SELECT is the table's contents, so that their bytes can be inserted back. */
    static final java.util.List<String> TABLE_CASES = CASES.stream().filter(n -> !BinaryFormatCases.load(n).customSelect()).toList();

    private static Engine loaded(BinaryFormatCases.Case c) {
        Engine e = Engine.open(null);
        for (String st : c.setup()) BinaryFormatCases.execute(e, st, null);
        return e;
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void outputIsClickHouses(String name) {
        BinaryFormatCases.Case c = BinaryFormatCases.load(name);
        try (Engine e = loaded(c)) {
            assertEquals(hex(BinaryFormatCases.expected(name, "RowBinary")), hex(BinaryFormatCases.select(e, c.select(), "RowBinary")),
                    name + " RowBinary");
            assertEquals(hex(BinaryFormatCases.expected(name, "Native")), hex(BinaryFormatCases.select(e, c.select(), "Native")),
                    name + " Native");
            assertEquals(hex(BinaryFormatCases.withNames(name, false)), hex(BinaryFormatCases.select(e, c.select(), "RowBinaryWithNames")),
                    name + " RowBinaryWithNames");
            assertEquals(hex(BinaryFormatCases.withNames(name, true)),
                    hex(BinaryFormatCases.select(e, c.select(), "RowBinaryWithNamesAndTypes")), name + " RowBinaryWithNamesAndTypes");
        }
    }

    @ParameterizedTest
    @FieldSource("TABLE_CASES")
    void clickHouseBytesInsertAndComeBackUnchanged(String name) {
        BinaryFormatCases.Case c = BinaryFormatCases.load(name);
        byte[] rowBinary = BinaryFormatCases.expected(name, "RowBinary");
        try (Engine e = loaded(c)) {
            for (String format : java.util.List.of("RowBinary", "Native", "RowBinaryWithNames", "RowBinaryWithNamesAndTypes")) {
                byte[] data = switch (format) {
                    case "RowBinary" -> rowBinary;
                    case "Native" -> BinaryFormatCases.expected(name, "Native");
                    case "RowBinaryWithNames" -> BinaryFormatCases.withNames(name, false);
                    default -> BinaryFormatCases.withNames(name, true);
                };
                BinaryFormatCases.execute(e, "DROP TABLE IF EXISTS t2", null);
                BinaryFormatCases.execute(e, c.create().replaceFirst("CREATE TABLE t ", "CREATE TABLE t2 "), null);
                BinaryFormatCases.execute(e, "INSERT INTO t2 FORMAT " + format, data);
                assertEquals(hex(rowBinary), hex(BinaryFormatCases.select(e, "SELECT * FROM t2 ORDER BY id", "RowBinary")),
                        name + " inserted as " + format);
            }
        }
    }
}
