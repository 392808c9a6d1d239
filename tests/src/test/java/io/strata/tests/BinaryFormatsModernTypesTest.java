package io.strata.tests;

import static io.strata.tests.BinaryFormatCases.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strata.core.io.WriteBuffer;
import io.strata.server.Engine;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Types ClickHouse 18.16 does not have (Bool, Date32, DateTime64, IPv4, IPv6, Map, Int128, UInt256,
 * Decimal256), in RowBinary, its WithNames variants and Native. The expected bytes were worked out
 * by hand from the modern ClickHouse format docs (RowBinary: Bool as UInt8, Date32 as Int32 days,
 * DateTime64 as Int64 ticks, IPv4 as UInt32, IPv6 as its 16 bytes in network order, Map as VarUInt
 * count and key/value pairs, wide integers little-endian; Native: Map as Array(Tuple(K, V)), i.e.
 * UInt64 offsets, then all keys, then all values), not taken from our own output.
 */
class BinaryFormatsModernTypesTest {
    private static final String CREATE = "CREATE TABLE t (id UInt8, b Bool, d32 Date32, dt64 DateTime64(3, 'UTC'), ip4 IPv4, "
            + "ip6 IPv6, m Map(String, UInt16), i128 Int128, u256 UInt256, d256 Decimal(76, 2)) ENGINE = Memory";
    private static final String INSERT = "INSERT INTO t VALUES "
            + "(1, true, '1900-01-01', '2019-01-01 00:00:00.123', '1.2.3.4', '::1', {'a': 1, 'b': 2}, -1, 1, 1.5), "
            + "(2, false, '2299-12-31', '1969-12-31 23:59:59.999', '255.255.255.255', '2001:db8::ff00:42:8329', {}, "
            + "170141183460469231731687303715884105727, "
            + "115792089237316195423570985008687907853269984665640564039457584007913129639935, "
            + "-12345678901234567890123456789.01)";
    private static final List<String> NAMES = List.of("id", "b", "d32", "dt64", "ip4", "ip6", "m", "i128", "u256", "d256");
    private static final List<String> TYPES = List.of("UInt8", "Bool", "Date32", "DateTime64(3, 'UTC')", "IPv4", "IPv6",
            "Map(String, UInt16)", "Int128", "UInt256", "Decimal(76, 2)");

    // row 1: 01 | true 01 | Date32 -25567 | 1546300800123 ms | 1.2.3.4 as UInt32 0x01020304 | ::1 | {'a':1,'b':2} | -1 | 1 | 150
    // row 2: 02 | false 00 | Date32 120529 | -1 ms | 0xffffffff | 2001:db8::ff00:42:8329 | {} | 2^127-1 | 2^256-1 | -1234567890123456789012345678901
    private static final byte[] ROW_BINARY = HexFormat.of().parseHex(
            "0101219cffff7bbcb50668010000040302010000000000000000000000000000000102016101000162020"
                    + "0ffffffffffffffffffffffffffffffff0100000000000000000000000000000000000000000000000000000000000000"
                    + "9600000000000000000000000000000000000000000000000000000000000000"
                    + "0200d1d60100ffffffffffffffffffffffff20010db8000000000000ff000042832900"
                    + "ffffffffffffffffffffffffffffff7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
                    + "cb9389f1b036795d5c60e56af0ffffffffffffffffffffffffffffffffffffff");

    private static final byte[] NATIVE = HexFormat.of().parseHex(
            "0a020269640555496e74380102016204426f6f6c01000364333206446174653332219cffffd1d60100046474363414446174"
                    + "6554696d65363428332c202755544327297bbcb50668010000ffffffffffffffff03697034044950763404030201ffffffff"
                    + "0369703604495076360000000000000000000000000000000120010db8000000000000ff0000428329016d134d6170285374"
                    + "72696e672c2055496e74313629020000000000000002000000000000000161016201000200046931323806496e74313238ff"
                    + "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f04753235360755496e74323536010000000000"
                    + "0000000000000000000000000000000000000000000000000000ffffffffffffffffffffffffffffffffffffffffffffffff"
                    + "ffffffffffffffff04643235360e446563696d616c2837362c20322996000000000000000000000000000000000000000000"
                    + "00000000000000000000cb9389f1b036795d5c60e56af0ffffffffffffffffffffffffffffffffffffff");

    private static byte[] withNames(boolean withTypes) {
        WriteBuffer out = new WriteBuffer();
        out.writeVarUInt(NAMES.size());
        for (String n : NAMES) putString(out, n);
        if (withTypes) for (String t : TYPES) putString(out, t);
        out.write(ROW_BINARY);
        return out.toByteArray();
    }

    private static void putString(WriteBuffer out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeVarUInt(b.length);
        out.write(b);
    }

    private static Engine loaded() {
        Engine e = Engine.open(null);
        BinaryFormatCases.execute(e, CREATE, null);
        BinaryFormatCases.execute(e, INSERT, null);
        return e;
    }

    @Test
    void outputFollowsTheModernDocs() {
        try (Engine e = loaded()) {
            String select = "SELECT * FROM t ORDER BY id";
            assertEquals(hex(ROW_BINARY), hex(BinaryFormatCases.select(e, select, "RowBinary")));
            assertEquals(hex(NATIVE), hex(BinaryFormatCases.select(e, select, "Native")));
            assertEquals(hex(withNames(false)), hex(BinaryFormatCases.select(e, select, "RowBinaryWithNames")));
            assertEquals(hex(withNames(true)), hex(BinaryFormatCases.select(e, select, "RowBinaryWithNamesAndTypes")));
        }
    }

    @Test
    void everyInputFormatReadsThemBack() {
        try (Engine e = loaded()) {
            for (String format : List.of("RowBinary", "Native", "RowBinaryWithNames", "RowBinaryWithNamesAndTypes")) {
                byte[] data = switch (format) {
                    case "RowBinary" -> ROW_BINARY;
                    case "Native" -> NATIVE;
                    case "RowBinaryWithNames" -> withNames(false);
                    default -> withNames(true);
                };
                BinaryFormatCases.execute(e, "DROP TABLE IF EXISTS t2", null);
                BinaryFormatCases.execute(e, CREATE.replaceFirst("CREATE TABLE t ", "CREATE TABLE t2 "), null);
                BinaryFormatCases.execute(e, "INSERT INTO t2 FORMAT " + format, data);
                assertEquals(hex(ROW_BINARY), hex(BinaryFormatCases.select(e, "SELECT * FROM t2 ORDER BY id", "RowBinary")), format);
            }
        }
    }
}
