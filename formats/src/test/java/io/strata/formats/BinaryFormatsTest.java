package io.strata.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.LongColumnBuilder;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.io.WriteBuffer;
import io.strata.core.settings.Settings;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.EnumType;
import io.strata.core.type.NullableType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RowBinary* and Native input beyond the byte checks against ClickHouse (tests module,
 * BinaryFormatsBytesTest): matching by header, defaults, type checks, and malformed input, which
 * must end in ClickHouse's error codes after reading at most what the input held.
 */
class BinaryFormatsTest {
    private static final Header UINT64_STRING = Header.of("a", DataTypes.UINT64, "s", DataTypes.STRING);

    private static List<Chunk> read(String format, Header header, byte[] input, int maxRows, Settings settings) {
        InputReader r = Formats.input(format).create(new ByteArrayInputStream(input), header,
                Formats.formatSettings(settings, ZoneId.of("UTC")), settings);
        List<Chunk> chunks = new ArrayList<>();
        for (Chunk c; (c = r.read(maxRows)) != null; ) chunks.add(c);
        return chunks;
    }

    private static List<List<Object>> rows(String format, Header header, byte[] input) {
        return SampleData.rows(read(format, header, input, 1000, Settings.DEFAULTS));
    }

    private static DbException fails(String format, Header header, byte[] input) {
        return fails(format, header, input, Settings.DEFAULTS);
    }

    private static DbException fails(String format, Header header, byte[] input, Settings settings) {
        return assertThrows(DbException.class, () -> read(format, header, input, 1000, settings));
    }

    private static byte[] write(String format, Header header, Chunk... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputWriter w = Formats.output(format).create(out, header, SampleData.SETTINGS, Settings.DEFAULTS);
        long rows = 0;
        for (Chunk c : chunks) {
            w.writeChunk(c);
            rows += c.rowCount();
        }
        w.finish(OutputStatistics.ofRows(rows));
        return out.toByteArray();
    }

    /** Builds input bytes: VarUInts, little-endian integers and length-prefixed strings. */
    private static final class Bytes {
        private final WriteBuffer out = new WriteBuffer();

        Bytes varUInt(long v) {
            out.writeVarUInt(v);
            return this;
        }

        Bytes u8(int v) {
            out.write(v);
            return this;
        }

        Bytes u64(long v) {
            out.writeInt64(v);
            return this;
        }

        Bytes str(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeVarUInt(b.length);
            out.write(b);
            return this;
        }

        Bytes raw(byte[] b) {
            out.write(b);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    private static Chunk uint64String(long[] a, String... s) {
        LongColumnBuilder ab = new LongColumnBuilder(DataTypes.UINT64, a.length);
        for (long v : a) ab.append(v);
        StringColumnBuilder sb = new StringColumnBuilder(DataTypes.STRING, s.length);
        for (String v : s) sb.append(v);
        return Chunk.of(ab.build(), sb.build());
    }

    // ---- output ------------------------------------------------------------------------------

    @Test
    void rowBinaryInterleavesTheColumnsRowByRow() {
        byte[] out = write("RowBinary", UINT64_STRING, uint64String(new long[] {1, 258}, "ab", ""));
        assertArrayEquals(new Bytes().u64(1).str("ab").u64(258).str("").bytes(), out);
    }

    @Test
    void headersAreWrittenEvenWithoutRows() {
        assertArrayEquals(new Bytes().varUInt(2).str("a").str("s").str("UInt64").str("String").bytes(),
                write("RowBinaryWithNamesAndTypes", UINT64_STRING));
        assertArrayEquals(new Bytes().varUInt(2).str("a").str("s").bytes(), write("RowBinaryWithNames", UINT64_STRING));
        assertEquals(0, write("RowBinary", UINT64_STRING).length);
        assertEquals(0, write("Native", UINT64_STRING).length, "an empty result is no block at all, as in ClickHouse");
    }

    @Test
    void longStringsAndManyRowsSpanBatchesAndBuffers() {
        // a value longer than the writer's batch and more rows than a batch: the bytes must not change
        int n = 5000;
        long[] a = new long[n];
        String[] s = new String[n];
        Bytes expected = new Bytes();
        for (int i = 0; i < n; i++) {
            a[i] = i * 7919L;
            s[i] = i == 17 ? "x".repeat(300_000) : "v" + i;
            expected.u64(a[i]).str(s[i]);
        }
        Chunk chunk = uint64String(a, s);
        assertArrayEquals(expected.bytes(), write("RowBinary", UINT64_STRING, chunk));
        List<List<Object>> back = rows("RowBinary", UINT64_STRING, expected.bytes());
        assertEquals(n, back.size());
        assertEquals(List.of(17 * 7919L, "x".repeat(300_000)), back.get(17));
        assertEquals(SampleData.rows(List.of(chunk)), SampleData.rows(read("Native", UINT64_STRING,
                write("Native", UINT64_STRING, chunk), 1000, Settings.DEFAULTS)));
    }

    // ---- header matching ---------------------------------------------------------------------

    @Test
    void namesMatchColumnsAndMissingOnesGetDefaults() {
        Header h = Header.of("a", DataTypes.UINT64, "s", DataTypes.STRING, "c", DataTypes.INT64);
        byte[] input = new Bytes().varUInt(2).str("s").str("a").str("x").u64(5).str("y").u64(6).bytes();
        assertEquals(List.of(List.of(5L, "x", 0L), List.of(6L, "y", 0L)), rows("RowBinaryWithNames", h, input));
        // with input_format_with_names_use_header=0 the data is taken in table order, whatever the names
        byte[] positional = new Bytes().varUInt(3).str("p").str("q").str("r").u64(7).str("z").u64(-1).bytes();
        assertEquals(List.of(List.of(7L, "z", -1L)), SampleData.rows(read("RowBinaryWithNames", h, positional, 10,
                Settings.DEFAULTS.with("input_format_with_names_use_header", "0"))));
    }

    @Test
    void unknownColumnsAreSkippedByTheirTypeOrRefused() {
        byte[] typed = new Bytes().varUInt(3).str("a").str("extra").str("s").str("UInt64").str("Array(String)").str("String")
                .u64(1).varUInt(2).str("p").str("q").str("one").bytes();
        assertEquals(List.of(List.of(1L, "one")), rows("RowBinaryWithNamesAndTypes", UINT64_STRING, typed));
        DbException refused = fails("RowBinaryWithNamesAndTypes", UINT64_STRING, typed,
                Settings.DEFAULTS.with("input_format_skip_unknown_fields", "0"));
        assertEquals(ErrorCode.INCORRECT_DATA, refused.code());
        assertTrue(refused.getMessage().contains("Unknown field found in RowBinaryWithNamesAndTypes header: 'extra'"),
                refused.getMessage());
        // without types an unknown column cannot be skipped: its length is unknown
        byte[] untyped = new Bytes().varUInt(2).str("a").str("extra").u64(1).str("?").bytes();
        DbException e = fails("RowBinaryWithNames", UINT64_STRING, untyped);
        assertEquals(ErrorCode.INCORRECT_DATA, e.code());
        assertTrue(e.getMessage().startsWith("Cannot skip unknown field in RowBinaryWithNames format"), e.getMessage());
    }

    @Test
    void typesInTheHeaderMustBeTheColumnTypes() {
        byte[] input = new Bytes().varUInt(2).str("a").str("s").str("String").str("String").str("1").str("x").bytes();
        DbException e = fails("RowBinaryWithNamesAndTypes", UINT64_STRING, input);
        assertEquals(ErrorCode.INCORRECT_DATA, e.code());
        assertEquals("Type of 'a' must be UInt64, not String", e.getMessage());
        // input_format_with_types_use_header=0: the types row is read and ignored
        byte[] ignored = new Bytes().varUInt(2).str("a").str("s").str("whatever").str("String").u64(3).str("x").bytes();
        assertEquals(List.of(List.of(3L, "x")), SampleData.rows(read("RowBinaryWithNamesAndTypes", UINT64_STRING, ignored, 10,
                Settings.DEFAULTS.with("input_format_with_types_use_header", "0"))));
        // a skipped column of a type that does not exist
        byte[] badType = new Bytes().varUInt(3).str("a").str("s").str("z").str("UInt64").str("String").str("NoSuchType(1)").bytes();
        assertEquals(ErrorCode.UNKNOWN_TYPE, fails("RowBinaryWithNamesAndTypes", UINT64_STRING, badType).code());
        byte[] fewerTypes = new Bytes().varUInt(2).str("a").str("s").str("UInt64").bytes();
        assertEquals(ErrorCode.CANNOT_READ_ALL_DATA, fails("RowBinaryWithNamesAndTypes", UINT64_STRING, fewerTypes).code());
    }

    @Test
    void emptyInputInsertsNothing() {
        for (String f : List.of("RowBinary", "RowBinaryWithNames", "RowBinaryWithNamesAndTypes", "Native")) {
            assertEquals(List.of(), read(f, UINT64_STRING, new byte[0], 10, Settings.DEFAULTS), f);
        }
    }

    // ---- values ------------------------------------------------------------------------------

    @Test
    void valuesAreCheckedAsTheyAreRead() {
        LinkedHashMap<String, Integer> values = new LinkedHashMap<>();
        values.put("a", 1);
        values.put("b", 2);
        Header e = Header.of("e", new EnumType(false, values));
        assertEquals(List.of(List.of(2L)), rows("RowBinary", e, new byte[] {2}));
        DbException bad = fails("RowBinary", e, new byte[] {1, 3});
        assertEquals(ErrorCode.BAD_ARGUMENTS, bad.code());
        assertEquals("Unexpected value 3 in enum: (at row 2)", bad.getMessage());
        // Bool: any non-zero byte is true
        assertEquals(List.of(List.of(1L), List.of(0L)), rows("RowBinary", Header.of("b", DataTypes.BOOL), new byte[] {7, 0}));
        // Nullable: a non-zero flag is NULL and no value follows
        Header n = Header.of("n", new NullableType(DataTypes.UINT64));
        assertEquals(Arrays.asList(Arrays.asList((Object) null), List.of(9L)),
                rows("RowBinary", n, new Bytes().u8(1).u8(0).u64(9).bytes()));
    }

    // ---- malformed input ---------------------------------------------------------------------

    @Test
    void truncatedValuesAreCannotReadAllData() {
        byte[] input = new Bytes().u64(1).str("one").u64(2).raw(new byte[] {5, 'a', 'b'}).bytes();
        DbException e = fails("RowBinary", UINT64_STRING, input);
        assertEquals(ErrorCode.CANNOT_READ_ALL_DATA, e.code());
        assertEquals("Cannot read all data. Bytes read: 2. Bytes expected: 5.: (at row 2)", e.getMessage());
        DbException half = fails("RowBinary", UINT64_STRING, new byte[] {1, 2, 3});
        assertEquals(ErrorCode.CANNOT_READ_ALL_DATA, half.code());
        assertTrue(half.getMessage().endsWith("(at row 1)"), half.getMessage());
    }

    @Test
    void hugeDeclaredLengthsFailWithoutAllocatingThem() {
        // above format_binary_max_string_size: refused before reading
        byte[] huge = new Bytes().u64(1).varUInt(1L << 40).raw(new byte[100]).bytes();
        DbException e = fails("RowBinary", UINT64_STRING, huge);
        assertEquals(ErrorCode.TOO_LARGE_STRING_SIZE, e.code());
        // with no limit, the bytes are copied as they arrive: the input ends long before 2^40 bytes
        DbException unlimited = fails("RowBinary", UINT64_STRING, huge, Settings.DEFAULTS.with("format_binary_max_string_size", "0"));
        assertEquals(ErrorCode.CANNOT_READ_ALL_DATA, unlimited.code());
        assertTrue(unlimited.getMessage().startsWith("Cannot read all data. Bytes read: 100. Bytes expected: 1099511627776."),
                unlimited.getMessage());
        Header arrays = Header.of("a", new ArrayType(DataTypes.UINT64));
        assertEquals(ErrorCode.TOO_LARGE_ARRAY_SIZE, fails("RowBinary", arrays, new Bytes().varUInt(1L << 40).bytes()).code());
        assertEquals(ErrorCode.CANNOT_READ_ALL_DATA,
                fails("RowBinary", arrays, new Bytes().varUInt(1L << 29).u64(1).u64(2).bytes()).code());
        byte[] manyColumns = new Bytes().varUInt(1L << 40).bytes();
        assertEquals(ErrorCode.INCORRECT_DATA, fails("RowBinaryWithNames", UINT64_STRING, manyColumns).code());
    }

    // ---- Native ------------------------------------------------------------------------------

    private static Bytes nativeBlockHeader(int columns, long rows) {
        return new Bytes().varUInt(columns).varUInt(rows);
    }

    @Test
    void nativeMatchesColumnsByNameAcrossBlocksAndCutsLargeBlocks() {
        Header h = Header.of("a", DataTypes.UINT64, "s", DataTypes.STRING, "c", DataTypes.INT64);
        byte[] input = new Bytes()
                .raw(nativeBlockHeader(2, 3).str("s").str("String").str("x").str("y").str("z")
                        .str("a").str("UInt8").u8(1).u8(2).u8(3).bytes())
                .raw(nativeBlockHeader(1, 0).str("a").str("UInt64").bytes())
                .raw(nativeBlockHeader(1, 1).str("a").str("UInt64").u64(4).bytes())
                .bytes();
        List<Chunk> chunks = read("Native", h, input, 2, Settings.DEFAULTS);
        assertEquals(List.of(2, 1, 1), chunks.stream().map(Chunk::rowCount).toList());
        assertEquals(List.of(List.of(1L, "x", 0L), List.of(2L, "y", 0L), List.of(3L, "z", 0L), List.of(4L, "", 0L)),
                SampleData.rows(chunks));
    }

    @Test
    void nativeConvertsOrRefusesOtherTypes() {
        Header h = Header.of("a", DataTypes.UINT32);
        byte[] text = nativeBlockHeader(1, 2).str("a").str("String").str("17").str("abc").bytes();
        DbException e = fails("Native", h, text);
        assertEquals(ErrorCode.TYPE_MISMATCH, e.code());
        assertTrue(e.getMessage().startsWith("Cannot convert column a from type String to UInt32 (row 2)"), e.getMessage());
        byte[] good = nativeBlockHeader(1, 1).str("a").str("Nullable(String)").u8(0).str("17").bytes();
        assertEquals(List.of(List.of(17L)), rows("Native", h, good));
        assertEquals(ErrorCode.TYPE_MISMATCH,
                fails("Native", h, good, Settings.DEFAULTS.with("input_format_native_allow_types_conversion", "0")).code());
        byte[] unknown = nativeBlockHeader(1, 1).str("zz").str("UInt8").u8(1).bytes();
        assertEquals(ErrorCode.INCORRECT_DATA,
                fails("Native", h, unknown, Settings.DEFAULTS.with("input_format_skip_unknown_fields", "0")).code());
        assertEquals(List.of(List.of(0L)), rows("Native", h, unknown));
    }

    @Test
    void malformedNativeBlocksFailCleanly() {
        Header h = Header.of("a", DataTypes.UINT64);
        // 100 M rows (800 MB) claimed, 16 bytes given: no 800 MB array, just CANNOT_READ_ALL_DATA
        byte[] rows = nativeBlockHeader(1, 100_000_000).str("a").str("UInt64").u64(1).u64(2).bytes();
        DbException e = fails("Native", h, rows);
        assertEquals(ErrorCode.CANNOT_READ_ALL_DATA, e.code());
        assertTrue(e.getMessage().startsWith("Cannot read all data. Bytes read: 16. Bytes expected: 800000000."), e.getMessage());
        // more than a column can hold at all is refused before reading
        byte[] tooMany = nativeBlockHeader(1, Integer.MAX_VALUE - 20).str("a").str("UInt64").u64(1).bytes();
        assertEquals(ErrorCode.TOO_LARGE_ARRAY_SIZE, fails("Native", h, tooMany).code());
        // array offsets claiming 100 M elements
        Header arrays = Header.of("a", new ArrayType(DataTypes.UINT64));
        byte[] offsets = nativeBlockHeader(1, 1).str("a").str("Array(UInt64)").u64(100_000_000).u64(5).bytes();
        assertEquals(ErrorCode.CANNOT_READ_ALL_DATA, fails("Native", arrays, offsets).code());
        byte[] badType = nativeBlockHeader(1, 1).str("a").str("UInt65").u64(1).bytes();
        assertEquals(ErrorCode.UNKNOWN_TYPE, fails("Native", h, badType).code());
        byte[] hugeName = new Bytes().varUInt(1).varUInt(1).varUInt(1L << 40).bytes();
        assertEquals(ErrorCode.TOO_LARGE_STRING_SIZE, fails("Native", h, hugeName).code());
        byte[] hugeBlock = new Bytes().varUInt(1L << 40).varUInt(1).bytes();
        assertEquals(ErrorCode.INCORRECT_DATA, fails("Native", h, hugeBlock).code());
        byte[] noColumns = nativeBlockHeader(0, 1_000_000_000).bytes();
        assertEquals(ErrorCode.INCORRECT_DATA, fails("Native", h, noColumns).code());
        byte[] truncatedString = nativeBlockHeader(1, 2).str("s").str("String").str("x").varUInt(1000).raw(new byte[10]).bytes();
        assertEquals(ErrorCode.CANNOT_READ_ALL_DATA, fails("Native", Header.of("s", DataTypes.STRING), truncatedString).code());
    }
}
