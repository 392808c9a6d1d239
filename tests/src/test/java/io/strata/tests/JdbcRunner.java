package io.strata.tests;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Struct;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs script steps through the housepower native JDBC driver (revision 54380): statements and
 * queries with Statement, inserts as PreparedStatement batches (the driver sends them as native
 * blocks). Results are rendered as TabSeparated text from the JDBC objects and the column types.
 */
final class JdbcRunner implements ClientScript.Runner, AutoCloseable {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Connection connection;

    // both this driver and the official HTTP one (also on the test class path) claim jdbc:clickhouse:
    // URLs, so DriverManager is not asked: the native driver is used by name
    private static final java.sql.Driver DRIVER = new com.github.housepower.jdbc.ClickHouseDriver();

    private final boolean clickhouse18;

    /** {@code clickhouse18}: the server is ClickHouse 18.16, where LowCardinality is experimental (and off). */
    JdbcRunner(int port, String database, boolean clickhouse18) throws Exception {
        this.clickhouse18 = clickhouse18;
        try (Connection setup = DRIVER.connect("jdbc:clickhouse://127.0.0.1:" + port + "/default", new java.util.Properties());
             Statement s = setup.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database);
        }
        connection = DRIVER.connect("jdbc:clickhouse://127.0.0.1:" + port + "/" + database, new java.util.Properties());
        if (clickhouse18) {
            // the driver does not know this setting; SET keeps it for the connection's session
            try (Statement s = connection.createStatement()) {
                s.execute("SET allow_experimental_low_cardinality_type = 1");
            }
        }
    }

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public java.util.Set<String> names() {
        return clickhouse18 ? java.util.Set.of("jdbc", "clickhouse18") : java.util.Set.of("jdbc");
    }

    @Override
    public void statement(String sql) throws Exception {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void insert(String table, List<String> rows, String as) throws Exception {
        List<String> types = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("DESCRIBE TABLE " + table)) {
            while (rs.next()) types.add(rs.getString(2));
        }
        String marks = String.join(", ", java.util.Collections.nCopies(types.size(), "?"));
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
            for (String row : rows) {
                List<String> f = ClientScript.rawFields(row);
                for (int i = 0; i < types.size(); i++) bind(ps, i + 1, types.get(i), f.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void bind(PreparedStatement ps, int index, String type, String value) throws Exception {
        String t = strip(type);
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (t.startsWith("Array(")) {
            String element = t.substring(6, t.length() - 1);
            List<String> items = LiteralParser.elements(value);
            Object[] objects = new Object[items.size()];
            for (int i = 0; i < objects.length; i++) objects[i] = scalar(strip(element), LiteralParser.unquote(items.get(i)));
            ps.setArray(index, connection.createArrayOf(element, objects));
        } else if (t.startsWith("Tuple(")) {
            List<String> elementTypes = LiteralParser.split(t.substring(6, t.length() - 1));
            List<String> items = LiteralParser.elements(value);
            Object[] objects = new Object[items.size()];
            for (int i = 0; i < objects.length; i++) objects[i] = scalar(strip(elementTypes.get(i)), LiteralParser.unquote(items.get(i)));
            ps.setObject(index, connection.createStruct(t, objects));
        } else {
            ps.setObject(index, scalar(t, ClientScript.unescape(value)));
        }
    }

    private static String strip(String type) {
        for (String w : List.of("Nullable(", "LowCardinality(")) {
            if (type.startsWith(w)) return strip(type.substring(w.length(), type.length() - 1));
        }
        return type;
    }

    private static Object scalar(String t, String v) {
        if (t.equals("UInt64")) return new BigInteger(v);
        if (t.startsWith("Int") || t.startsWith("UInt")) return Long.parseLong(v);
        if (t.equals("Float32")) return Float.parseFloat(v);
        if (t.equals("Float64")) return Double.parseDouble(v);
        if (t.startsWith("Decimal")) return new BigDecimal(v);
        if (t.equals("Date")) return java.sql.Date.valueOf(v);
        if (t.startsWith("DateTime")) return Timestamp.valueOf(v);
        if (t.equals("UUID")) return UUID.fromString(v);
        return v;
    }

    @Override
    public String query(String sql) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    if (i > 1) sb.append('\t');
                    sb.append(render(rs.getObject(i), md.getColumnTypeName(i), false));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String render(Object o, String type, boolean nested) throws Exception {
        if (o == null) return nested ? "NULL" : "\\N";
        String text;
        switch (o) {
            case Array a -> {
                StringBuilder sb = new StringBuilder("[");
                Object[] items = (Object[]) a.getArray();
                for (int i = 0; i < items.length; i++) sb.append(i > 0 ? "," : "").append(render(items[i], "", true));
                return sb.append(']').toString();
            }
            case Struct s -> {
                StringBuilder sb = new StringBuilder("(");
                Object[] items = s.getAttributes();
                for (int i = 0; i < items.length; i++) sb.append(i > 0 ? "," : "").append(render(items[i], "", true));
                return sb.append(')').toString();
            }
            case Float f -> {
                return shortest(Float.toString(f));
            }
            case Double d -> {
                return shortest(Double.toString(d));
            }
            case BigDecimal d -> {
                return d.toPlainString();
            }
            case Number n -> {
                return n.toString();
            }
            case Timestamp ts -> text = ts.toLocalDateTime().format(DATE_TIME);
            case java.sql.Date d -> text = d.toLocalDate().toString();
            case byte[] b -> text = new String(b, java.nio.charset.StandardCharsets.UTF_8);
            default -> text = o.toString();
        }
        return nested ? LiteralParser.quote(text) : LiteralParser.escapeTsv(text);
    }

    /** ClickHouse prints 2.0 as 2. */
    private static String shortest(String s) {
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
