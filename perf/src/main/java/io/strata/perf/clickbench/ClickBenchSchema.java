package io.strata.perf.clickbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 105 columns of ClickBench's {@code hits}, read from perf/clickbench/create.sql (ClickBench's
 * ClickHouse DDL, kept verbatim), and the same table in the DDL dialects of the peers.
 *
 * <p>ClickHouse 18.16 does not parse the modern DDL (SQL-standard type names, {@code NOT NULL},
 * {@code PRIMARY KEY} inside the column list, {@code ENGINE = MergeTree} without arguments), so it
 * gets the equivalent old-style statement: ClickHouse's own names for the types the modern
 * ClickHouse maps the standard names to (BIGINT is Int64, SMALLINT Int16, INTEGER Int32, TEXT,
 * VARCHAR and CHAR String, TIMESTAMP DateTime) and {@code ORDER BY} the primary key, which is
 * what a MergeTree with only a PRIMARY KEY sorts by. No partitioning, as in the modern DDL.
 */
public record ClickBenchSchema(List<Column> columns, String primaryKey) {
    /** One column: name and the type as create.sql spells it. */
    public record Column(String name, String sqlType) {
        /** ClickHouse's own type name for the SQL-standard one. */
        public String clickHouseType() {
            String t = sqlType.toUpperCase(Locale.ROOT);
            if (t.startsWith("VARCHAR") || t.equals("TEXT") || t.startsWith("CHAR")) return "String";
            return switch (t) {
                case "BIGINT" -> "Int64";
                case "INTEGER", "INT" -> "Int32";
                case "SMALLINT" -> "Int16";
                case "TIMESTAMP" -> "DateTime";
                case "DATE" -> "Date";
                default -> throw new IllegalArgumentException("no ClickHouse type for " + sqlType);
            };
        }

        boolean isText() {
            return clickHouseType().equals("String");
        }
    }

    private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)\\s+(\\w+(?:\\(\\d+\\))?)\\s+NOT NULL,?\\s*$");
    private static final Pattern PRIMARY_KEY = Pattern.compile("^\\s*PRIMARY KEY\\s*\\(([^)]*)\\)\\s*$");

    public static ClickBenchSchema read(Path createSql) throws IOException {
        return parse(Files.readString(createSql));
    }

    static ClickBenchSchema parse(String ddl) {
        List<Column> columns = new ArrayList<>();
        String key = null;
        for (String line : ddl.split("\n")) {
            Matcher c = COLUMN.matcher(line);
            if (c.matches()) {
                columns.add(new Column(c.group(1), c.group(2)));
                continue;
            }
            Matcher k = PRIMARY_KEY.matcher(line);
            if (k.matches()) key = k.group(1).trim();
        }
        if (columns.isEmpty() || key == null) throw new IllegalArgumentException("not ClickBench's create.sql: no columns or no PRIMARY KEY");
        return new ClickBenchSchema(List.copyOf(columns), key);
    }

    /** The old-style CREATE TABLE that ClickHouse 18.16 accepts (see the class comment). */
    public String clickHouse18Ddl() {
        StringBuilder sql = new StringBuilder("CREATE TABLE hits\n(\n");
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            sql.append("    ").append(c.name()).append(' ').append(c.clickHouseType()).append(i + 1 < columns.size() ? ",\n" : "\n");
        }
        return sql.append(")\nENGINE = MergeTree() ORDER BY (").append(primaryKey).append(")\nSETTINGS index_granularity = 8192").toString();
    }

    /**
     * DuckDB's table: the same column types (DuckDB takes the SQL-standard names as they are) and
     * no PRIMARY KEY, as ClickBench's DuckDB entry (a PRIMARY KEY would build an index that
     * ClickHouse's sparse key is not).
     */
    public String duckDbDdl() {
        StringBuilder sql = new StringBuilder("CREATE TABLE hits\n(\n");
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            sql.append("    ").append(c.name()).append(' ').append(c.sqlType()).append(" NOT NULL").append(i + 1 < columns.size() ? ",\n" : "\n");
        }
        return sql.append(")").toString();
    }
}
