package io.strata.nativeproto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.compression.BlockChecksum;
import io.strata.compression.Codecs;
import io.strata.compression.CompressedBlocks;
import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The block codec: round trips of every type family by revision, and what the reader refuses. */
class NativeBlockTest {
    private static final FormatSettings TEXT = FormatSettings.DEFAULT;

    /** Type and values (quoted literals) of each test column. */
    private static final String[][] COLUMNS = {
            {"UInt8", "0", "255", "7"},
            {"Int16", "-32768", "32767", "0"},
            {"UInt32", "4294967295", "0", "1"},
            {"Int64", "-9223372036854775808", "9223372036854775807", "42"},
            {"UInt64", "18446744073709551615", "0", "3"},
            {"Float32", "1.5", "-0.25", "0"},
            {"Float64", "1024.125", "-1e-300", "nan"},
            {"String", "''", "'a\\tb'", "'héllo'"},
            {"FixedString(3)", "'abc'", "'x\\0\\0'", "'\\0\\0\\0'"},
            {"Nullable(String)", "NULL", "'x'", "''"},
            {"Nullable(Int32)", "5", "NULL", "-1"},
            {"Array(Int32)", "[]", "[1,2,3]", "[-1]"},
            {"Array(Array(String))", "[['a'],[]]", "[]", "[['b','c']]"},
            {"Array(Nullable(UInt8))", "[NULL,1]", "[]", "[2]"},
            {"Tuple(Int32, String)", "(1,'a')", "(-2,'')", "(3,'c')"},
            {"Map(String, UInt64)", "{'a':1,'b':2}", "{}", "{'c':3}"},
            {"LowCardinality(String)", "'red'", "'green'", "'red'"},
            {"LowCardinality(Nullable(String))", "NULL", "'x'", "'x'"},
            {"Array(LowCardinality(String))", "['a','b']", "[]", "['a']"},
            {"Decimal(9, 2)", "1.25", "-0.5", "0"},
            {"Decimal(38, 10)", "12345678901234567890.1234567891", "-1", "0"},
            {"DateTime64(3, 'UTC')", "'2020-01-02 03:04:05.678'", "'1970-01-01 00:00:00.000'", "'2100-01-01 00:00:00.001'"},
            {"DateTime('UTC')", "'2020-01-02 03:04:05'", "'1970-01-01 00:00:00'", "'2038-01-19 03:14:07'"},
            {"Date", "'2020-01-02'", "'1970-01-01'", "'2149-06-06'"},
            {"UUID", "'61f0c404-5cb3-11e7-907b-a6006ad3dba0'", "'00000000-0000-0000-0000-000000000000'", "'ffffffff-ffff-ffff-ffff-ffffffffffff'"},
            {"Enum8('a' = 1, 'b' = 2)", "'a'", "'b'", "'a'"},
            {"Enum16('x' = -1000, 'y' = 1000)", "'y'", "'x'", "'y'"},
            {"Int128", "-170141183460469231731687303715884105728", "1", "0"},
            {"UInt256", "115792089237316195423570985008687907853269984665640564039457584007913129639935", "0", "1"},
    };

    private static Column column(DataType type, List<String> literals) {
        ColumnBuilder b = type.createBuilder(literals.size());
        for (String l : literals) type.text().readQuoted(new ReadBuffer(l.getBytes(StandardCharsets.UTF_8)), b, TEXT);
        return b.build();
    }

    private static String quoted(DataType type, Column c, int row) {
        WriteBuffer out = new WriteBuffer();
        type.text().writeQuoted(c, row, out, TEXT);
        return out.toString();
    }

    private static Chunk testChunk(Header[] headerOut) {
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        Column[] columns = new Column[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            DataType t = DataTypes.parse(COLUMNS[i][0]);
            names.add("c" + i);
            types.add(t);
            columns[i] = column(t, List.of(COLUMNS[i]).subList(1, 4));
        }
        headerOut[0] = new Header(names, types);
        return new Chunk(columns, 3);
    }

    private static byte[] write(int revision, boolean lowCardinality, Header header, Chunk chunk) {
        WriteBuffer out = new WriteBuffer();
        new NativeBlockWriter(revision, lowCardinality).write(header, chunk, false, out);
        return out.toByteArray();
    }

    @Test
    void everyTypeRoundTripsAtEveryRevision() {
        Header[] h = new Header[1];
        Chunk chunk = testChunk(h);
        for (int revision : new int[] {54380, 54412, 54453, 54460}) {
            byte[] bytes = write(revision, true, h[0], chunk);
            NativeBlockReader.Block block = new NativeBlockReader(revision, 1 << 20).read(new ByteArrayInputStream(bytes));
            assertEquals(3, block.rows());
            for (int i = 0; i < COLUMNS.length; i++) {
                DataType sent = h[0].type(i);
                DataType got = block.header().type(i);
                // before 54405 LowCardinality goes as the plain type
                if (revision < Protocol.DBMS_MIN_REVISION_WITH_LOW_CARDINALITY_TYPE) {
                    assertEquals(LowCardinalityConversion.removeFromType(sent), got, COLUMNS[i][0]);
                } else {
                    assertEquals(sent, got, COLUMNS[i][0]);
                }
                for (int r = 0; r < 3; r++) {
                    assertEquals(quoted(sent, chunk.column(i), r), quoted(got, block.chunk().column(i), r), COLUMNS[i][0] + " row " + r);
                }
            }
        }
    }

    @Test
    void blockInfoAndColumnLayoutAreClickHouses() {
        // the header block clickhouse-server 18.16 sends for SELECT 1 AS x, 'a' AS s (captured)
        Header h = new Header(List.of("x", "s"), List.of(DataTypes.UINT8, DataTypes.STRING));
        assertArrayEquals(hex("010002ffffffff00020001780555496e7438017306537472696e67"), write(54412, true, h, null));
        // and from 54454 each column carries the serialization-kind byte (0: default)
        byte[] modern = write(54460, true, new Header(List.of("x"), List.of(DataTypes.UINT8)), null);
        assertArrayEquals(hex("010002ffffffff0001000178055549" + "6e743800"), modern);
        // DateTime's zone is dropped for clients before 54337, as ClickHouse does
        byte[] old = write(54300, true, new Header(List.of("t"), List.of(DataTypes.parse("DateTime('UTC')"))), null);
        assertTrue(new String(old, StandardCharsets.ISO_8859_1).endsWith("\u0008DateTime"), new String(old, StandardCharsets.ISO_8859_1));
    }

    @Test
    void lowCardinalityGoesPlainWhenTheSettingSaysSo() {
        Header h = new Header(List.of("lc"), List.of(DataTypes.parse("LowCardinality(String)")));
        Chunk c = new Chunk(new Column[] {column(h.type(0), List.of("'a'", "'b'"))}, 2);
        NativeBlockReader.Block b = new NativeBlockReader(54460, 1 << 20).read(new ByteArrayInputStream(write(54460, false, h, c)));
        assertEquals("String", b.header().type(0).name());
        assertEquals("'b'", quoted(b.header().type(0), b.chunk().column(0), 1));
        // and a plain column sent for a LowCardinality column is wrapped back
        Column back = LowCardinalityConversion.convert(b.header().type(0), b.chunk().column(0), h.type(0));
        assertEquals("'a'", quoted(h.type(0), back, 0));
    }

    @Test
    void theReaderRefusesClaimsItsBytesDoNotBack() {
        NativeBlockReader reader = new NativeBlockReader(54460, 1 << 20);
        String info = "010002ffffffff00";
        // rows beyond a Java array
        assertThrows(DbException.class, () -> reader.read(new ByteArrayInputStream(hex(info + "01" + "ffffffff0f"))));
        // a column of a billion UInt64 rows in a 1 MiB block
        assertThrows(DbException.class, () -> reader.read(new ByteArrayInputStream(hex(info + "01" + "80a8d6b907"
                + "0161" + "0655496e74363400"))));
        // a string claiming 4 GiB
        DbException big = assertThrows(DbException.class, () -> reader.read(new ByteArrayInputStream(hex(info + "0101" + "0161"
                + "06537472696e6700" + "8080808010"))));
        assertTrue(big.getMessage().contains("string size"), big.getMessage());
        // decreasing array offsets
        assertThrows(DbException.class, () -> reader.read(new ByteArrayInputStream(hex(info + "0102" + "0161"
                + "0c417272617928496e743829" + "00" + "0500000000000000" + "0100000000000000"))));
        // a VarUInt of eleven bytes
        assertThrows(DbException.class, () -> reader.read(new ByteArrayInputStream(hex(info + "ffffffffffffffffffffff01"))));
        // truncated data
        DbException eof = assertThrows(DbException.class, () -> reader.read(new ByteArrayInputStream(hex(info + "0103" + "0161"
                + "0655496e74363400" + "0100"))));
        assertEquals("ATTEMPT_TO_READ_AFTER_EOF", eof.code().name());
        // an unknown type
        assertThrows(DbException.class, () -> reader.read(new ByteArrayInputStream(hex(info + "0101" + "0161" + "034e6f7000"))));
    }

    @Test
    void compressedFramesVerifyTheirChecksum() {
        byte[] block = write(54460, true, new Header(List.of("x"), List.of(DataTypes.UINT8)), null);
        for (String codec : List.of("LZ4", "ZSTD", "NONE")) {
            var c = Codecs.create(codec, List.of(), 0);
            byte[] frame = new byte[CompressedBlocks.maxBlockSize(c, block.length)];
            int n = CompressedBlocks.write(c, block, 0, block.length, frame, 0, BlockChecksum.cityHash128());
            PacketInput in = new PacketInput(new ByteArrayInputStream(frame, 0, n));
            NativeBlockReader.Block b = new NativeBlockReader(54460, 1 << 20).read(new CompressedFrameInput(in, 1 << 20));
            assertEquals(List.of("x"), b.header().names(), codec);
            frame[n - 1] ^= 1; // the payload's last byte
            PacketInput corrupt = new PacketInput(new ByteArrayInputStream(frame, 0, n));
            DbException e = assertThrows(DbException.class,
                    () -> new NativeBlockReader(54460, 1 << 20).read(new CompressedFrameInput(corrupt, 1 << 20)));
            assertEquals("CHECKSUM_DOESNT_MATCH", e.code().name(), codec);
        }
        // a frame claiming more decompressed bytes than the limit is refused before anything is allocated
        byte[] claim = hex("00000000000000000000000000000000" + "82" + "19000000" + "00000040");
        DbException e = assertThrows(DbException.class, () -> new CompressedFrameInput(new PacketInput(new ByteArrayInputStream(claim)), 1 << 20).read());
        assertEquals("TOO_LARGE_SIZE_COMPRESSED", e.code().name());
    }

    @Test
    void settingsInBothEncodingsAndParameters() {
        // binary (before 54429): max_threads VarUInt 3, extremes VarUInt 1, send_logs_level as a string (captured from clickhouse-client 18.16)
        PacketInput binary = new PacketInput(new ByteArrayInputStream(hex("0b6d61785f74687265616473030865787472656d6573010f73656e645f6c6f67735f6c6576656c057472616365" + "00")));
        List<WireSettings.Change> b = WireSettings.read(binary, 54412, NativeLimits.DEFAULT);
        assertEquals(List.of("max_threads=3", "extremes=1", "send_logs_level=trace"), b.stream().map(c -> c.name() + "=" + c.value()).toList());
        // strings with flags: an important unknown setting is marked as such
        WriteBuffer w = new WriteBuffer();
        for (String[] s : new String[][] {{"max_block_size", "0", "100"}, {"whatever", "1", "x"}}) {
            w.writeVarUInt(s[0].length()).write(s[0]).writeVarUInt(Long.parseLong(s[1])).writeVarUInt(s[2].length()).write(s[2]);
        }
        w.writeVarUInt(0);
        List<WireSettings.Change> s = WireSettings.read(new PacketInput(new ByteArrayInputStream(w.toByteArray())), 54460, NativeLimits.DEFAULT);
        assertEquals("100", s.get(0).value());
        assertTrue(s.get(1).important());
        // an unknown name in the binary encoding cannot be skipped
        PacketInput unknown = new PacketInput(new ByteArrayInputStream(hex("03787878" + "01" + "00")));
        assertEquals("UNKNOWN_SETTING", assertThrows(DbException.class, () -> WireSettings.read(unknown, 54412, NativeLimits.DEFAULT)).code().name());
        assertEquals("it's\ta", WireSettings.parameterValue("'it\\'s\\ta'"));
        assertEquals("42", WireSettings.parameterValue("42"));
    }

    private static byte[] hex(String s) {
        return java.util.HexFormat.of().parseHex(s);
    }
}
