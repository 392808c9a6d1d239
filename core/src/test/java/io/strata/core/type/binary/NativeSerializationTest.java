package io.strata.core.type.binary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.BigColumn;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.column.MapColumn;
import io.strata.core.column.NothingColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.column.TupleColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.format.FormatSettings;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DecimalType;
import io.strata.core.type.EnumType;
import io.strata.core.type.IntegerType;
import io.strata.core.type.LowCardinalityType;
import io.strata.core.type.MapType;
import io.strata.core.type.NullableType;
import io.strata.core.type.TupleType;
import io.strata.core.type.TypeId;
import io.strata.core.type.WideIntegerType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Native layout: exact bytes against what ClickHouse writes (the hex strings below were taken
 * from {@code clickhouse-client --query "SELECT ... FORMAT Native"} and cut to the column data),
 * round trips of every type from in-memory and stream-backed buffers, and range writes.
 */
class NativeSerializationTest {
    private static final FormatSettings UTC = FormatSettings.DEFAULT.withTimeZone(ZoneId.of("UTC"));
    private static final long SEED = Long.getLong("native.seed", System.nanoTime());

    /** Every type, with the nested shapes that have tripped up Native implementations. */
    private static final List<String> TYPES = List.of(
            "UInt8", "UInt16", "UInt32", "UInt64", "Int8", "Int16", "Int32", "Int64",
            "UInt128", "UInt256", "Int128", "Int256", "Float32", "Float64", "Bool",
            "Decimal(9, 2)", "Decimal(18, 4)", "Decimal(38, 4)", "Decimal(76, 10)",
            "String", "FixedString(3)", "Date", "Date32", "DateTime", "DateTime('UTC')", "DateTime64(3)",
            "DateTime64(9, 'UTC')", "UUID", "Enum8('a' = 1, 'b' = -2)", "Enum16('x' = -300, 'y' = 1000)",
            "IPv4", "IPv6", "IntervalDay", "Nullable(Nothing)", "Nullable(String)", "Nullable(Decimal(38, 4))",
            "Nullable(UInt32)", "Nullable(UUID)", "Array(UInt8)", "Array(Nullable(String))", "Array(Array(Int32))",
            "Array(Nothing)", "Map(String, Array(UInt8))", "Map(LowCardinality(String), Nullable(Int64))",
            "Tuple(a Int8, b LowCardinality(String))", "Tuple(UInt8, String, Array(Float64))",
            "LowCardinality(String)", "LowCardinality(Nullable(String))", "LowCardinality(UInt64)",
            "LowCardinality(Nullable(Float64))", "LowCardinality(FixedString(2))", "LowCardinality(Int128)",
            "LowCardinality(Date)", "Array(LowCardinality(String))", "Array(LowCardinality(Nullable(String)))",
            "AggregateFunction(sum, UInt64)");

    // ---- exact bytes ---------------------------------------------------------------------------

    @Test
    void numbersAsClickHouseWritesThem() {
        assertBytes("01000000 02000000", "UInt32", "1", "2");
        assertBytes("feffffffffffffff", "Int64", "-2");
        assertBytes("ff", "Int8", "-1");
        assertBytes("ffffffffffffffff", "UInt64", "18446744073709551615");
        assertBytes("0000c03f", "Float32", "1.5");
        assertBytes("000000000000e0bf", "Float64", "-0.5");
        assertBytes("6affffff", "Decimal(9, 2)", "-1.5");
        assertBytes("b20c000000000000", "Decimal(18, 3)", "3.25");
        assertBytes("983a0000000000000000000000000000", "Decimal(38, 4)", "1.5");
        assertBytes("01 00", "Bool", "true", "false");
        assertBytes("fe", "Enum8('b' = -2, 'a' = 1)", "'b'");
        assertBytes("d4fe", "Enum16('x' = -300)", "'x'");
    }

    @Test
    void wideIntegersAreLittleEndianTwosComplement() {
        assertBytes("feffffffffffffffffffffffffffffff", "Int128", "-2");
        assertBytes("0000000000000000 0100000000000000", "UInt128", "18446744073709551616");
        assertBytes("ff".repeat(32), "Int256", "-1");
        assertBytes("0100000000000000" + "00".repeat(16) + "0000000000000080", "Int256",
                BigInteger.ONE.shiftLeft(255).negate().add(BigInteger.ONE).toString());
    }

    @Test
    void datesAndDomainsAsClickHouseWritesThem() {
        assertBytes("5647", "Date", "'2020-01-01'");
        assertBytes("00e10b5e", "DateTime('UTC')", "'2020-01-01 00:00:00'");
        assertBytes("00e8665e6f010000", "DateTime64(3, 'UTC')", "'2020-01-01 00:00:00'");
        assertBytes("01020304", "IPv4", "'4.3.2.1'");
        assertBytes("00000000000000000000ffff01020304", "IPv6", "'::ffff:1.2.3.4'");
        assertBytes("e711b35c04c4f061a0dbd36a00a67b90", "UUID", "'61f0c404-5cb3-11e7-907b-a6006ad3dba0'");
    }

    @Test
    void stringsAsClickHouseWritesThem() {
        assertBytes("01 61 02 6263", "String", "'a'", "'bc'");
        assertBytes("616200", "FixedString(3)", "'ab'");
        // a 200-byte string takes a two-byte VarUInt length: 200 = 0x48 | 0x80, then 1
        Column longString = column("String", "'" + "x".repeat(200) + "'");
        assertEquals("c801" + "78".repeat(200), hex(write(longString)));
    }

    @Test
    void compositesAsClickHouseWritesThem() {
        assertBytes("01 00 00 05", "Nullable(UInt8)", "NULL", "5");
        assertBytes("01 00 00 02 7879", "Nullable(String)", "NULL", "'xy'");
        assertBytes("0100000000000000 0300000000000000 01 02 03", "Array(UInt8)", "[1]", "[2, 3]");
        assertBytes("0200000000000000 0200000000000000 0300000000000000 000101 016100 00", "Array(Nullable(String))",
                "['a', NULL]", "[]", "[NULL]");
        assertBytes("0000000000000000", "Array(Nothing)", "[]");
        assertBytes("01 01 78", "Tuple(Int8, String)", "(1, 'x')");
        // Map as Array(Tuple(K, V)): offsets, then all keys, then all values
        assertBytes("0200000000000000 0200000000000000 016101 62 0700 0800", "Map(String, UInt16)",
                "{'a': 7, 'b': 8}", "{}");
    }

    @Test
    void nothingIsOneAsciiZeroPerRow() {
        Column nulls = DataTypes.NULLABLE_NOTHING.defaultColumn(2);
        assertEquals("01013030", hex(write(nulls)));
        assertEquals(2, read(DataTypes.NULLABLE_NOTHING, write(nulls), 2).size());
    }

    @Test
    void lowCardinalityAsClickHouseWritesIt() {
        String version = "0100000000000000";
        // keys are the default "" first, then the values in order of first use
        assertBytes(version + "0006000000000000 0300000000000000 00 0161 0162 0400000000000000 01020100",
                "LowCardinality(String)", "'a'", "'b'", "'a'", "''");
        // nullable: key 0 is NULL and key 1 the default, so a non-NULL '' takes key 1
        assertBytes(version + "0006000000000000 0400000000000000 00 00 0161 0162 0400000000000000 02030201",
                "LowCardinality(Nullable(String))", "'a'", "'b'", "'a'", "''");
        assertBytes(version + "0006000000000000 0300000000000000 00 00 0161 0200000000000000 0200",
                "LowCardinality(Nullable(String))", "'a'", "NULL");
        // the keys-version prefix comes before the array offsets
        assertBytes(version + "0200000000000000 0006000000000000 0300000000000000 00 0161 0162 0200000000000000 0102",
                "Array(LowCardinality(String))", "['a', 'b']");
        // empty arrays: prefix and offsets, and no section for zero elements
        assertBytes(version + "0000000000000000 0000000000000000", "Array(LowCardinality(String))", "[]", "[]");
        // in a tuple every element's prefix precedes all element data
        assertBytes(version + "01 0006000000000000 0200000000000000 00 0178 0100000000000000 01",
                "Tuple(a Int8, b LowCardinality(String))", "(1, 'x')");
    }

    @Test
    void lowCardinalityIndexWidthFollowsClickHouse() {
        // 254 values + the default = 255 keys still fit UInt8; 256 keys take UInt16 (checked
        // against ClickHouse with toLowCardinality(toString(number + 1)) FROM numbers(254 / 255))
        for (int values : new int[] {254, 255, 70000}) {
            ColumnBuilder b = DataTypes.parse("LowCardinality(String)").createBuilder(values);
            for (int i = 1; i <= values; i++) b.append(column("String", "'" + i + "'"), 0);
            Column c = b.build();
            byte[] bytes = write(c);
            int expectedWidth = values < 255 ? 0 : values < 65535 ? 1 : 2;
            assertEquals(expectedWidth, bytes[8]);
            assertEquals(6, bytes[9]);
            assertEquals(values + 1, ByteBuffer.wrap(bytes, 16, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong());
            assertEquals(values(c), values(read(c.type(), bytes, c.size())));
        }
    }

    @Test
    void lowCardinalityReaderAcceptsSeveralSections() {
        // two sections, each with its own keys, as a writer with a dictionary size limit makes them
        String hex = "0100000000000000"
                + "0006000000000000 0200000000000000 00 0161 0200000000000000 0100"
                + "0006000000000000 0300000000000000 00 00 0162 0300000000000000 020100";
        DataType t = DataTypes.parse("LowCardinality(Nullable(String))");
        Column c = read(t, bytes(hex), 5);
        assertEquals(LowCardinalityColumn.class, c.getClass());
        assertEquals(java.util.Arrays.asList(bb("a"), null, bb("b"), bb(""), null), values(c));
    }

    @Test
    void lowCardinalityFromPlainConstAndDictionaryColumnsGivesTheSameBytes() {
        DataType t = DataTypes.parse("LowCardinality(Nullable(String))");
        Column plain = column("Nullable(String)", "'q'", "NULL", "''", "'q'", "'r'");
        ColumnBuilder b = t.createBuilder(5);
        for (int i = 0; i < 5; i++) b.append(plain, i);
        Column lc = b.build();
        assertArrayEquals(writeAs(t, lc, 0, 5), writeAs(t, plain, 0, 5));
        assertArrayEquals(writeAs(t, lc, 1, 4), writeAs(t, plain, 1, 4));
        Column one = column("Nullable(String)", "'q'");
        ColumnBuilder q = t.createBuilder(3);
        for (int i = 0; i < 3; i++) q.append(one, 0);
        assertArrayEquals(writeAs(t, q.build(), 0, 3), writeAs(t, new ConstColumn(one, 3), 0, 3));
    }

    @Test
    void constAndDictionaryColumnsOfPlainTypesAreExpanded() {
        DataType u64 = DataTypes.UINT64;
        Column seven = new ConstColumn(column("UInt64", "7"), 4);
        assertArrayEquals(writeAs(u64, column("UInt64", "7", "7"), 0, 2), writeAs(u64, seven, 1, 3));
        Column strings = column("String", "'k'", "'l'", "'k'");
        ColumnBuilder lc = DataTypes.parse("LowCardinality(String)").createBuilder(3);
        for (int i = 0; i < 3; i++) lc.append(strings, i);
        assertArrayEquals(writeAs(DataTypes.STRING, strings, 0, 3), writeAs(DataTypes.STRING, lc.build(), 0, 3));
        Column nul = new ConstColumn(column("Nullable(Int32)", "NULL"), 2);
        assertEquals("01010000000000000000", hex(writeAs(DataTypes.parse("Nullable(Int32)"), nul, 0, 2)));
    }

    // ---- round trips ---------------------------------------------------------------------------

    @Test
    void everyTypeRoundTrips() {
        Random r = new Random(SEED);
        for (String name : TYPES) {
            DataType t = DataTypes.parse(name);
            for (int rows : new int[] {0, 1, 7, 3000}) {
                Column c = random(t, rows, r);
                byte[] bytes = write(c);
                String what = name + " with " + rows + " rows (seed " + SEED + ", rerun with -Dnative.seed=" + SEED + ")";
                Column back = read(t, bytes, rows);
                assertEquals(t, back.type(), what);
                assertEquals(rows, back.size(), what);
                assertEquals(values(c), values(back), what);
                // the copy that was read writes the same bytes again
                assertArrayEquals(bytes, write(back), what);
                // a stream-backed buffer that drains in small pieces writes the same bytes
                assertArrayEquals(bytes, writeDraining(t, c, 0, rows), what);
                // and a stream that hands out a few bytes at a time reads them back
                assertEquals(values(c), values(NativeSerialization.read(t, new ReadBuffer(new ChoppyStream(bytes, r)), rows)), what);
            }
        }
    }

    @Test
    void rangeWritesMatchSlices() {
        Random r = new Random(SEED + 1);
        for (String name : TYPES) {
            DataType t = DataTypes.parse(name);
            Column c = random(t, 500, r);
            for (int[] range : new int[][] {{0, 0}, {1, 1}, {0, 500}, {1, 2}, {123, 377}, {499, 500}}) {
                int from = range[0], to = range[1];
                String what = name + " rows [" + from + ", " + to + ") (seed " + SEED + ")";
                byte[] bytes = writeAs(t, c, from, to);
                assertArrayEquals(write(c.slice(from, to - from)), bytes, what);
                assertEquals(values(c).subList(from, to), values(read(t, bytes, to - from)), what);
            }
        }
    }

    @Test
    void bulkValuesCrossTheStreamRefillBoundary() {
        Random r = new Random(SEED + 2);
        List<DataType> types = new ArrayList<>();
        for (String n : List.of("UInt64", "Int32", "Float64", "Float32", "UInt16", "Int8", "String", "Int256", "UUID",
                "Array(Nullable(String))", "LowCardinality(Nullable(String))", "Decimal(38, 4)", "Nullable(Int64)")) {
            types.add(DataTypes.parse(n));
        }
        int rows = 20_000;
        WriteBuffer out = new WriteBuffer();
        // three bytes first, so that 8-byte values straddle every 64 KiB window edge
        Column lead = column("String", "'ab'");
        NativeSerialization.write(DataTypes.STRING, lead, 0, 1, out);
        List<Column> written = new ArrayList<>();
        for (DataType t : types) {
            Column c = random(t, rows, r);
            written.add(c);
            NativeSerialization.write(t, c, 0, rows, out);
        }
        byte[] bytes = out.toByteArray();
        assertTrue(bytes.length > 4 * 65536);
        for (InputStream stream : List.of(new ByteArrayInputStream(bytes), new ChoppyStream(bytes, r))) {
            ReadBuffer in = new ReadBuffer(stream);
            assertEquals(values(lead), values(NativeSerialization.read(DataTypes.STRING, in, 1)));
            for (int i = 0; i < types.size(); i++) {
                assertEquals(values(written.get(i)), values(NativeSerialization.read(types.get(i), in, rows)),
                        types.get(i) + " (seed " + SEED + ")");
            }
            assertTrue(in.eof());
        }
    }

    @Test
    void granulesWrittenOneAfterAnotherReadBackInTurn() {
        Random r = new Random(SEED + 3);
        for (String name : List.of("LowCardinality(String)", "Array(LowCardinality(Nullable(String)))", "UInt64", "String")) {
            DataType t = DataTypes.parse(name);
            Column c = random(t, 1000, r);
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            WriteBuffer out = new WriteBuffer(sink, 1 << 16);
            for (int from = 0; from < 1000; from += 300) NativeSerialization.write(t, c, from, Math.min(1000, from + 300), out);
            out.flush();
            ReadBuffer in = new ReadBuffer(new ByteArrayInputStream(sink.toByteArray()));
            List<Object> back = new ArrayList<>();
            for (int from = 0; from < 1000; from += 300) back.addAll(values(NativeSerialization.read(t, in, Math.min(300, 1000 - from))));
            assertEquals(values(c), back, name);
        }
    }

    // ---- errors --------------------------------------------------------------------------------

    @Test
    void truncatedInputIsCannotReadAllData() {
        for (String name : List.of("UInt64", "String", "Array(UInt8)", "LowCardinality(String)", "Nullable(Int32)", "Int128")) {
            DataType t = DataTypes.parse(name);
            byte[] bytes = write(random(t, 50, new Random(SEED)));
            byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
            for (ReadBuffer in : List.of(new ReadBuffer(cut), new ReadBuffer(new ByteArrayInputStream(cut)))) {
                DbException e = assertThrows(DbException.class, () -> NativeSerialization.read(t, in, 50), name);
                assertEquals(ErrorCode.CANNOT_READ_ALL_DATA, e.code(), name);
            }
        }
    }

    @Test
    void corruptDataIsIncorrectData() {
        DataType lc = DataTypes.parse("LowCardinality(String)");
        DbException version = assertThrows(DbException.class, () -> read(lc, bytes("0200000000000000"), 0));
        assertEquals(ErrorCode.INCORRECT_DATA, version.code());
        // an index past the keys
        DbException index = assertThrows(DbException.class, () -> read(lc,
                bytes("0100000000000000 0006000000000000 0100000000000000 00 0100000000000000 05"), 1));
        assertEquals(ErrorCode.INCORRECT_DATA, index.code());
        // a global dictionary cannot appear in Native data
        DbException global = assertThrows(DbException.class, () -> read(lc,
                bytes("0100000000000000 0001000000000000 0100000000000000 00"), 1));
        assertEquals(ErrorCode.INCORRECT_DATA, global.code());
        // array offsets that go backwards
        DbException offsets = assertThrows(DbException.class, () -> read(DataTypes.parse("Array(UInt8)"),
                bytes("0200000000000000 0100000000000000 0000"), 2));
        assertEquals(ErrorCode.INCORRECT_DATA, offsets.code());
    }

    @Test
    void mismatchedColumnIsALogicalError() {
        DbException e = assertThrows(DbException.class, () -> writeAs(DataTypes.UINT32, column("String", "'x'"), 0, 1));
        assertEquals(ErrorCode.LOGICAL_ERROR, e.code());
        DbException range = assertThrows(DbException.class, () -> writeAs(DataTypes.UINT32, column("UInt32", "1"), 0, 2));
        assertEquals(ErrorCode.LOGICAL_ERROR, range.code());
    }

    // ---- fixtures ------------------------------------------------------------------------------

    private static void assertBytes(String expectedHex, String typeName, String... quotedValues) {
        Column c = column(typeName, quotedValues);
        byte[] bytes = write(c);
        assertEquals(expectedHex.replace(" ", ""), hex(bytes), typeName);
        assertEquals(values(c), values(read(c.type(), bytes, c.size())), typeName);
    }

    /** A column parsed from values in the quoted (Values) text form. */
    private static Column column(String typeName, String... quotedValues) {
        DataType t = DataTypes.parse(typeName);
        ColumnBuilder b = t.createBuilder(quotedValues.length);
        for (String v : quotedValues) t.text().readQuoted(new ReadBuffer(v.getBytes(StandardCharsets.UTF_8)), b, UTC);
        return b.build();
    }

    private static byte[] write(Column c) {
        return writeAs(c.type(), c, 0, c.size());
    }

    private static byte[] writeAs(DataType t, Column c, int from, int to) {
        WriteBuffer out = new WriteBuffer();
        NativeSerialization.write(t, c, from, to, out);
        return out.toByteArray();
    }

    private static byte[] writeDraining(DataType t, Column c, int from, int to) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        WriteBuffer out = new WriteBuffer(sink, 64);
        NativeSerialization.write(t, c, from, to, out);
        out.flush();
        return sink.toByteArray();
    }

    /** Reads {@code rows} rows and checks that they took exactly all the bytes. */
    private static Column read(DataType t, byte[] bytes, int rows) {
        ReadBuffer in = new ReadBuffer(bytes);
        Column c = NativeSerialization.read(t, in, rows);
        assertTrue(in.eof(), "all bytes consumed for " + t);
        return c;
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    private static ByteBuffer bb(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The rows as comparable Java values: byte[] becomes ByteBuffer (content equality), recursively. */
    static List<Object> values(Column c) {
        List<Object> out = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) out.add(normalize(c.getObject(i)));
        return out;
    }

    private static Object normalize(Object o) {
        return switch (o) {
            case byte[] b -> ByteBuffer.wrap(b);
            case List<?> l -> {
                List<Object> n = new ArrayList<>(l.size());
                for (Object e : l) n.add(normalize(e));
                yield n;
            }
            case Map<?, ?> m -> {
                List<Object> n = new ArrayList<>();
                for (Map.Entry<?, ?> e : m.entrySet()) n.add(List.of(String.valueOf(normalize(e.getKey())), String.valueOf(normalize(e.getValue()))));
                yield n;
            }
            case null -> null;
            default -> o;
        };
    }

    /** Random values of any type, built straight as columns (values under NULLs are defaults). */
    static Column random(DataType t, int n, Random r) {
        switch (t.id()) {
            case NULLABLE -> {
                DataType inner = ((NullableType) t).inner();
                ColumnBuilder b = t.createBuilder(n);
                Column values = random(inner, n, r);
                for (int i = 0; i < n; i++) {
                    if (r.nextInt(4) == 0) b.appendNull();
                    else b.append(values, i);
                }
                return b.build();
            }
            case ARRAY -> {
                int[] offsets = new int[n + 1];
                for (int i = 0; i < n; i++) offsets[i + 1] = offsets[i] + r.nextInt(4);
                return new ArrayColumn(t, offsets, random(((ArrayType) t).element(), offsets[n], r), n);
            }
            case TUPLE -> {
                List<DataType> e = ((TupleType) t).elements();
                Column[] cols = new Column[e.size()];
                for (int i = 0; i < cols.length; i++) cols[i] = random(e.get(i), n, r);
                return new TupleColumn(t, cols, n);
            }
            case MAP -> {
                return new MapColumn(t, (ArrayColumn) random(((MapType) t).nested(), n, r));
            }
            case LOW_CARDINALITY -> {
                DataType inner = ((LowCardinalityType) t).inner();
                Column pool = random(inner, 1 + r.nextInt(40), r);
                ColumnBuilder b = t.createBuilder(n);
                for (int i = 0; i < n; i++) {
                    if (r.nextInt(10) == 0) b.appendDefault();
                    else b.append(pool, r.nextInt(pool.size()));
                }
                return b.build();
            }
            case NOTHING -> {
                return new NothingColumn(n);
            }
            default -> {
                return randomScalar(t, n, r);
            }
        }
    }

    private static Column randomScalar(DataType t, int n, Random r) {
        switch (t.physicalKind()) {
            case LONG -> {
                long[] v = new long[n];
                for (int i = 0; i < n; i++) v[i] = randomLong(t, r);
                return new LongColumn(t, v, n);
            }
            case DOUBLE -> {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    double d = switch (r.nextInt(12)) {
                        case 0 -> Double.NaN;
                        case 1 -> -0.0;
                        case 2 -> Double.NEGATIVE_INFINITY;
                        case 3 -> 0.0;
                        default -> r.nextGaussian() * Math.pow(10, r.nextInt(12));
                    };
                    v[i] = t.id() == TypeId.FLOAT32 ? (float) d : d;
                }
                return new DoubleColumn(t, v, n);
            }
            case BYTES -> {
                int w = t.fixedWidth();
                ColumnBuilder b = t.createBuilder(n);
                io.strata.core.column.StringColumnBuilder sb = (io.strata.core.column.StringColumnBuilder) b;
                for (int i = 0; i < n; i++) {
                    int len = w > 0 ? (r.nextInt(8) == 0 ? 0 : w) : r.nextInt(50) == 0 ? 128 + r.nextInt(400) : r.nextInt(6);
                    byte[] s = new byte[len];
                    for (int k = 0; k < len; k++) s[k] = (byte) (w > 0 ? r.nextInt(256) : 'a' + r.nextInt(5));
                    sb.append(s);
                }
                return b.build();
            }
            case BIG -> {
                int bits = t instanceof WideIntegerType wt ? wt.bits() : ((DecimalType) t).bits();
                boolean signed = !(t instanceof WideIntegerType wt) || wt.signed();
                BigInteger[] v = new BigInteger[n];
                for (int i = 0; i < n; i++) {
                    BigInteger x = switch (r.nextInt(4)) {
                        case 0 -> BigInteger.valueOf(r.nextInt(1000) - (signed ? 500 : 0));
                        case 1 -> BigInteger.ZERO;
                        default -> new BigInteger(signed ? bits - 1 : bits, r);
                    };
                    v[i] = signed && r.nextBoolean() ? x.negate() : x;
                }
                return new BigColumn(t, v, n);
            }
            default -> throw new AssertionError(t);
        }
    }

    /** A value in the type's range, as the reader returns it (unsigned narrow values zero-extended). */
    private static long randomLong(DataType t, Random r) {
        if (t instanceof EnumType e) {
            List<Integer> vs = new ArrayList<>(e.values().values());
            return vs.get(r.nextInt(vs.size()));
        }
        if (t.id() == TypeId.BOOL) return r.nextInt(2);
        long v = r.nextInt(3) == 0 ? r.nextInt(10) - 5 : r.nextLong();
        boolean signed = t instanceof IntegerType it ? it.signed()
                : switch (t.id()) {
                    case DATE, DATETIME, IPV4 -> false;
                    default -> true;
                };
        return switch (t.fixedWidth()) {
            case 1 -> signed ? (byte) v : v & 0xFF;
            case 2 -> signed ? (short) v : v & 0xFFFF;
            case 4 -> signed ? (int) v : v & 0xFFFF_FFFFL;
            default -> v;
        };
    }

    /** An input stream that hands out 1..13 bytes per read, so every value path meets a refill. */
    private static final class ChoppyStream extends InputStream {
        private final byte[] data;
        private final Random r;
        private int pos;

        ChoppyStream(byte[] data, Random r) {
            this.data = data;
            this.r = new Random(r.nextLong());
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) return -1;
            int k = Math.min(Math.min(len, 1 + r.nextInt(13)), data.length - pos);
            System.arraycopy(data, pos, b, off, k);
            pos += k;
            return k;
        }
    }

    static {
        // keep the seed visible in the surefire log for reproduction
        System.out.println("NativeSerializationTest seed " + SEED + " (rerun with -Dnative.seed=" + SEED + ")");
    }
}
