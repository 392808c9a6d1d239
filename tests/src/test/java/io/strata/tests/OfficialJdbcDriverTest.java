package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The official ClickHouse JDBC driver (com.clickhouse:clickhouse-jdbc, jdbc-v2 over client-v2)
 * against a real Strata server process: DDL, PreparedStatement batches, every common type read
 * back through the JDBC getters, parameterized queries, DatabaseMetaData as BI tools call it, and
 * errors as SQLExceptions with ClickHouse's codes. The driver reads results as
 * RowBinaryWithNamesAndTypes and sends timestamps as fromUnixTimestamp64Nano(...) inside VALUES;
 * each data test runs without compression, with ClickHouse's compressed blocks (compress=1,
 * decompress=1) and with HTTP content coding (Content-Encoding/Accept-Encoding: lz4).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class OfficialJdbcDriverTest {
    @TempDir
    static Path data;
    private static ServerProcess server;

    /** The driver's compression options (client-v2 0.10.0 names). */
    enum Compression {
        NONE(Map.of("compress", "false", "decompress", "false")),
        NATIVE_BLOCKS(Map.of("compress", "true", "decompress", "true")),
        HTTP_CODING(Map.of("compress", "true", "decompress", "true", "client.use_http_compression", "true"));

        final Map<String, String> options;

        Compression(Map<String, String> options) {
            this.options = options;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        server = ServerProcess.start(data);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    private static Connection connect(Compression compression) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "default");
        p.setProperty("password", "");
        compression.options.forEach(p::setProperty);
        // by name: the native-protocol driver on the test class path claims jdbc:clickhouse: URLs too
        return new com.clickhouse.jdbc.ClickHouseDriver().connect("jdbc:clickhouse://127.0.0.1:" + server.httpPort(), p);
    }

    @ParameterizedTest
    @EnumSource(Compression.class)
    void batchInsertAndEveryTypeReadBack(Compression compression) throws Exception {
        String table = "jdbc_types_" + compression.name().toLowerCase();
        int rows = 300;
        try (Connection c = connect(compression)) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + table);
                s.execute("CREATE TABLE " + table + " (id UInt32, i8 Int8, u64 UInt64, i64 Int64, f64 Float64, f32 Float32, "
                        + "s String, fs FixedString(3), n Nullable(Int32), ns Nullable(String), arr Array(String), "
                        + "ai Array(Int64), ts DateTime('UTC'), ts64 DateTime64(3, 'UTC'), d Date, dec Decimal(18, 4), "
                        + "u UUID, lc LowCardinality(String), b Bool, e Enum8('red' = 1, 'green' = 2), m Map(String, UInt32)) "
                        + "ENGINE = MergeTree ORDER BY id");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    ps.setInt(1, i);
                    ps.setByte(2, (byte) (i % 256 - 128));
                    ps.setBigDecimal(3, new BigDecimal("18446744073709551615").subtract(BigDecimal.valueOf(i)));
                    ps.setLong(4, -1234567890123L * i);
                    ps.setDouble(5, i / 4.0);
                    ps.setFloat(6, i * 0.5f);
                    ps.setString(7, text(i));
                    ps.setString(8, "f" + (i % 10) + "x");
                    if (i % 3 == 0) ps.setNull(9, Types.INTEGER); else ps.setInt(9, -i);
                    if (i % 4 == 0) ps.setNull(10, Types.VARCHAR); else ps.setString(10, "ns" + i);
                    ps.setArray(11, c.createArrayOf("String", new Object[] {"a" + i, "it's", ""}));
                    ps.setObject(12, new long[] {i, -i});
                    ps.setTimestamp(13, Timestamp.valueOf(LocalDateTime.of(2024, 1, 2, 3, 4, 5).plusSeconds(i)));
                    ps.setObject(14, LocalDateTime.of(2024, 5, 6, 7, 8, 9, 123_000_000).plusSeconds(i));
                    ps.setObject(15, LocalDate.of(2024, 2, 28).plusDays(i));
                    ps.setBigDecimal(16, new BigDecimal("12.3456").add(BigDecimal.valueOf(i)));
                    ps.setObject(17, uuid(i));
                    ps.setString(18, "kind" + (i % 5));
                    ps.setBoolean(19, i % 2 == 0);
                    ps.setString(20, i % 2 == 0 ? "red" : "green");
                    ps.setObject(21, Map.of("k" + i, i));
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                assertEquals(rows, counts.length);
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
                int i = 0;
                while (rs.next()) {
                    assertEquals(i, rs.getInt("id"));
                    assertEquals(i % 256 - 128, rs.getByte("i8"));
                    assertEquals(new BigDecimal("18446744073709551615").subtract(BigDecimal.valueOf(i)), rs.getBigDecimal("u64"));
                    assertEquals(-1234567890123L * i, rs.getLong("i64"));
                    assertEquals(i / 4.0, rs.getDouble("f64"));
                    assertEquals(i * 0.5f, rs.getFloat("f32"));
                    assertEquals(text(i), rs.getString("s"));
                    assertEquals("f" + (i % 10) + "x", rs.getString("fs"));
                    assertEquals(i % 3 == 0 ? null : -i, rs.getObject("n"));
                    if (i % 3 == 0) {
                        assertEquals(0, rs.getInt("n"));
                        assertTrue(rs.wasNull());
                    }
                    assertEquals(i % 4 == 0 ? null : "ns" + i, rs.getString("ns"));
                    Array arr = rs.getArray("arr");
                    assertArrayEquals(new Object[] {"a" + i, "it's", ""}, (Object[]) arr.getArray());
                    Object[] ai = (Object[]) rs.getArray("ai").getArray();
                    assertEquals(List.of((long) i, (long) -i), List.of(((Number) ai[0]).longValue(), ((Number) ai[1]).longValue()));
                    assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5).plusSeconds(i), rs.getObject("ts", LocalDateTime.class));
                    assertEquals(LocalDateTime.of(2024, 5, 6, 7, 8, 9, 123_000_000).plusSeconds(i), rs.getObject("ts64", LocalDateTime.class));
                    assertEquals(LocalDate.of(2024, 2, 28).plusDays(i), rs.getObject("d", LocalDate.class));
                    assertEquals(LocalDate.of(2024, 2, 28).plusDays(i).toString(), rs.getDate("d").toLocalDate().toString());
                    assertEquals(0, new BigDecimal("12.3456").add(BigDecimal.valueOf(i)).compareTo(rs.getBigDecimal("dec")), "row " + i);
                    assertEquals(uuid(i), rs.getObject("u"));
                    assertEquals(uuid(i).toString(), rs.getString("u"));
                    assertEquals("kind" + (i % 5), rs.getString("lc"));
                    assertEquals(i % 2 == 0, rs.getBoolean("b"));
                    assertEquals(i % 2 == 0 ? "red" : "green", rs.getString("e"));
                    assertEquals(Map.of("k" + i, (long) i), longValues((Map<?, ?>) rs.getObject("m")));
                    i++;
                }
                assertEquals(rows, i);
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE " + table);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Compression.class)
    void parameterizedQueries(Compression compression) throws Exception {
        String table = "jdbc_params_" + compression.name().toLowerCase();
        try (Connection c = connect(compression)) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + table);
                s.execute("CREATE TABLE " + table + " (id UInt64, name String, day Date, amount Decimal(10, 2)) ENGINE = MergeTree ORDER BY id");
                assertFalse(s.execute("INSERT INTO " + table + " SELECT number, concat('n', toString(number)), toDate('2024-01-01') + number, number / 4 FROM numbers(1000)"));
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT count(), sum(id), min(name) FROM " + table
                    + " WHERE id >= ? AND id < ? AND name != ? AND day >= ? AND amount > ?")) {
                ps.setLong(1, 100);
                ps.setInt(2, 200);
                ps.setString(3, "it's a \\ \"quoted\" name");
                ps.setDate(4, java.sql.Date.valueOf("2024-01-01"));
                ps.setBigDecimal(5, new BigDecimal("0.25"));
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(100, rs.getLong(1));
                    assertEquals(14950, rs.getLong(2));
                    assertEquals("n100", rs.getString(3));
                    assertFalse(rs.next());
                }
                // the same statement again with other values
                ps.setLong(1, 0);
                ps.setInt(2, 3);
                ps.setString(3, "n1");
                ps.setObject(4, LocalDate.of(2023, 12, 31));
                ps.setBigDecimal(5, new BigDecimal("-1"));
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(2, rs.getLong(1));
                    assertEquals(2, rs.getLong(2));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM " + table + " WHERE name IN (?, ?, ?) ORDER BY id")) {
                ps.setString(1, "n7");
                ps.setString(2, "n'9");
                ps.setString(3, "n11");
                List<String> names = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) names.add(rs.getString(1));
                }
                assertEquals(List.of("n7", "n11"), names);
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id >= ?")) {
                ps.setInt(1, 10);
                ps.executeUpdate();
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count() FROM " + table)) {
                assertTrue(rs.next());
                assertEquals(10, rs.getLong(1));
                s.execute("DROP TABLE " + table);
            }
        }
    }

    @Test
    void databaseMetaDataAsBiToolsCallIt() throws Exception {
        try (Connection c = connect(Compression.NATIVE_BLOCKS)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE IF NOT EXISTS jdbc_meta");
                s.execute("CREATE TABLE jdbc_meta.events (id UInt64, name String, price Decimal(12, 3), code FixedString(4), "
                        + "note Nullable(String), at DateTime64(6, 'UTC')) ENGINE = MergeTree ORDER BY (id, name)");
            }
            DatabaseMetaData md = c.getMetaData();
            assertEquals("ClickHouse", md.getDatabaseProductName());
            assertEquals("23.1.0", md.getDatabaseProductVersion());
            assertEquals(23, md.getDatabaseMajorVersion());
            assertEquals(1, md.getDatabaseMinorVersion());

            List<String> schemas = new ArrayList<>();
            try (ResultSet rs = md.getSchemas()) {
                while (rs.next()) schemas.add(rs.getString("TABLE_SCHEM"));
            }
            assertTrue(schemas.containsAll(List.of("default", "jdbc_meta", "system")), schemas.toString());

            // getTables joins system.tables with system.databases
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = md.getTables(null, "jdbc_meta", "%", null)) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_SCHEM") + "." + rs.getString("TABLE_NAME") + " " + rs.getString("TABLE_TYPE"));
                }
            }
            assertEquals(List.of("jdbc_meta.events TABLE"), tables);
            try (ResultSet rs = md.getTables(null, null, "event%", new String[] {"TABLE"})) {
                assertTrue(rs.next());
                assertEquals("events", rs.getString("TABLE_NAME"));
                assertFalse(rs.next());
            }
            // getTypeInfo joins system.data_type_families with the driver's own attribute table
            List<String> typeNames = new ArrayList<>();
            try (ResultSet rs = md.getTypeInfo()) {
                while (rs.next()) typeNames.add(rs.getString("TYPE_NAME") + ":" + rs.getInt("DATA_TYPE"));
            }
            assertTrue(typeNames.containsAll(List.of("String:12", "UInt64:2", "Int64:-5", "Date:91", "Array:2003")), typeNames.toString());

            List<String> columns = new ArrayList<>();
            try (ResultSet rs = md.getColumns(null, "jdbc_meta", "events", "%")) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME") + " " + rs.getString("TYPE_NAME") + " " + rs.getInt("COLUMN_SIZE")
                            + " " + rs.getInt("DECIMAL_DIGITS") + " " + rs.getString("IS_NULLABLE") + " " + rs.getInt("ORDINAL_POSITION"));
                }
            }
            // COLUMN_SIZE is the driver's own: bytes for fixed-size types, precision for Decimal, length for FixedString
            assertEquals(List.of("id UInt64 8 0 NO 1", "name String 0 0 NO 2", "price Decimal(12, 3) 12 3 NO 3",
                    "code FixedString(4) 4 0 NO 4", "note Nullable(String) 0 0 YES 5", "at DateTime64(6, 'UTC') 0 0 NO 6"), columns);

            List<String> keys = new ArrayList<>();
            try (ResultSet rs = md.getPrimaryKeys(null, "jdbc_meta", "events")) {
                while (rs.next()) keys.add(rs.getString("COLUMN_NAME") + ":" + rs.getShort("KEY_SEQ"));
            }
            assertEquals(List.of("id:1", "name:2"), keys);

            List<String> tableTypes = new ArrayList<>();
            try (ResultSet rs = md.getTableTypes()) {
                while (rs.next()) tableTypes.add(rs.getString(1));
            }
            assertTrue(tableTypes.contains("TABLE"), tableTypes.toString());

            try (ResultSet rs = md.getFunctions(null, null, "toDate")) {
                assertTrue(rs.next());
                assertEquals("toDate", rs.getString("FUNCTION_NAME"));
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP DATABASE jdbc_meta");
            }
        }
    }

    @Test
    void serverErrorsAreSqlExceptionsWithClickHouseCodes() throws Exception {
        try (Connection c = connect(Compression.NATIVE_BLOCKS); Statement s = c.createStatement()) {
            SQLException unknownTable = assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM no_such_table"));
            assertEquals(60, unknownTable.getErrorCode());
            assertTrue(unknownTable.getMessage().contains("UNKNOWN_TABLE"), unknownTable.getMessage());
            SQLException syntax = assertThrows(SQLException.class, () -> s.executeQuery("SELEC 1"));
            assertEquals(62, syntax.getErrorCode());
            SQLException function = assertThrows(SQLException.class, () -> s.executeQuery("SELECT noSuchFunction(1)"));
            assertEquals(46, function.getErrorCode());
            // the connection stays usable after errors
            try (ResultSet rs = s.executeQuery("SELECT 1 + 1, currentUser(), currentDatabase()")) {
                assertTrue(rs.next());
                assertEquals(2, rs.getInt(1));
                assertEquals("default", rs.getString(2));
                assertEquals("default", rs.getString(3));
                assertNull(rs.getWarnings());
            }
        }
    }

    private static Map<String, Long> longValues(Map<?, ?> m) {
        Map<String, Long> out = new java.util.TreeMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), ((Number) v).longValue()));
        return out;
    }

    private static String text(int i) {
        return switch (i % 4) {
            case 0 -> "plain " + i;
            case 1 -> "tab\there, newline\nthere, quote ' and \\ backslash " + i;
            case 2 -> "unicode Привет 日本 " + i;
            default -> "";
        };
    }

    private static UUID uuid(int i) {
        return new UUID(0x123e4567e89b12d3L + i, 0xa456426614174000L - i);
    }
}
