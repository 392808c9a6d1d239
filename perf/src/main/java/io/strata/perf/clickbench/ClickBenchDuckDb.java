package io.strata.perf.clickbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * DuckDB's side of the ClickBench run, in process through its JDBC driver (org.duckdb:duckdb_jdbc,
 * put on the class path by perf/clickbench.sh; only java.sql is used here, so the perf module
 * builds without it).
 *
 * <pre>
 * java -cp duckdb_jdbc.jar ClickBenchDuckDb.java load --db FILE --create create.sql --tsv FILE
 * java -cp duckdb_jdbc.jar ClickBenchDuckDb.java run --db FILE --queries DIR --select "1 2 ..." --tries 3 --out DIR
 * </pre>
 * load creates the table and COPYs the TSV in, printing {@code load_s}, {@code bytes} and
 * {@code rss_mb} lines (key TAB value). run executes each selected query once on a freshly opened
 * database (cold: the database instance, its buffer pool and caches are new; the OS page cache is
 * not dropped, as for the servers) and then {@code tries} times on the same connection (hot),
 * appending {@code N TAB cold TAB hot1 ...} (seconds) to OUT/times.tsv and the hot answer as
 * ClickHouse-style TabSeparated to OUT/qNN.tsv; check variants (DIR/check-qNN.sql) are run once,
 * untimed, into OUT/check-qNN.tsv. A run's time covers executing the query and reading every
 * value of the answer as text, as the HTTP engines' times cover producing the TSV.
 */
public final class ClickBenchDuckDb {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ClickBenchDuckDb() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "";
        String db = null;
        String create = null;
        String tsv = null;
        String queries = null;
        String select = "";
        String out = null;
        int tries = 3;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--db" -> db = args[++i];
                case "--create" -> create = args[++i];
                case "--tsv" -> tsv = args[++i];
                case "--queries" -> queries = args[++i];
                case "--select" -> select = args[++i];
                case "--tries" -> tries = Integer.parseInt(args[++i]);
                case "--out" -> out = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Class.forName("org.duckdb.DuckDBDriver");
        switch (mode) {
            case "load" -> load(db, ClickBenchSchema.read(Path.of(create)), tsv);
            case "run" -> run(db, Path.of(queries), select, tries, Path.of(out));
            default -> throw new IllegalArgumentException("usage: load|run ...");
        }
    }

    private static void load(String db, ClickBenchSchema schema, String tsv) throws SQLException, IOException {
        Files.deleteIfExists(Path.of(db));
        Files.deleteIfExists(Path.of(db + ".wal"));
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            s.execute(schema.duckDbDdl());
            // The generated text has no quotes or escapes: every byte between tabs is the value.
            s.execute("COPY hits FROM '" + tsv.replace("'", "''") + "' (FORMAT csv, DELIMITER '\t', HEADER false, QUOTE '', ESCAPE '', NULLSTR '\\N')");
            s.execute("CHECKPOINT");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("load_s\t%.3f%n", seconds);
        System.out.println("bytes\t" + Files.size(Path.of(db)));
        System.out.println("rss_mb\t" + peakRssMb());
    }

    private static void run(String db, Path queries, String select, int tries, Path out) throws SQLException, IOException {
        Files.createDirectories(out);
        long peak = 0;
        for (String n : select.trim().split("\\s+")) {
            int q = Integer.parseInt(n);
            String sql = Files.readString(queries.resolve(String.format("q%02d.sql", q))).strip();
            StringBuilder times = new StringBuilder().append(q);
            List<String> answer = null;
            String error = null;
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
                for (int t = 0; t <= tries; t++) {
                    long start = System.nanoTime();
                    answer = execute(c, sql);
                    times.append('\t').append(String.format("%.4f", (System.nanoTime() - start) / 1e9));
                }
                Path check = queries.resolve(String.format("check-q%02d.sql", q));
                if (Files.exists(check)) write(out.resolve(String.format("check-q%02d.tsv", q)), execute(c, Files.readString(check).strip()));
            } catch (SQLException e) {
                error = e.getMessage();
            }
            if (error != null) {
                Files.writeString(out.resolve(String.format("q%02d.err", q)), error + "\n");
                System.err.printf("duckdb q%d: %s%n", q, error.lines().findFirst().orElse(""));
            } else {
                write(out.resolve(String.format("q%02d.tsv", q)), answer);
                Files.writeString(out.resolve("times.tsv"), times + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                System.err.printf("duckdb q%d: %s%n", q, times.substring(times.indexOf("\t") + 1).replace('\t', ' '));
            }
            peak = Math.max(peak, peakRssMb());
        }
        System.out.println("rss_mb\t" + peak);
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The answer as ClickHouse's TabSeparated would print it (values escaped, dates as ClickHouse writes them). */
    private static List<String> execute(Connection c, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            int[] types = new int[n];
            for (int i = 0; i < n; i++) types[i] = meta.getColumnType(i + 1);
            StringBuilder line = new StringBuilder();
            while (rs.next()) {
                line.setLength(0);
                for (int i = 0; i < n; i++) {
                    if (i > 0) line.append('\t');
                    line.append(value(rs, i + 1, types[i]));
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }

    private static String value(ResultSet rs, int column, int type) throws SQLException {
        switch (type) {
            case Types.TIMESTAMP -> {
                LocalDateTime t = rs.getObject(column, LocalDateTime.class);
                return t == null ? "\\N" : t.format(DATE_TIME);
            }
            case Types.DATE -> {
                LocalDate d = rs.getObject(column, LocalDate.class);
                return d == null ? "\\N" : d.toString();
            }
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                double v = rs.getDouble(column);
                if (rs.wasNull()) return "\\N";
                return Double.isNaN(v) ? "nan" : Double.toString(v);
            }
            default -> {
                String s = rs.getString(column);
                return s == null ? "\\N" : escape(s);
            }
        }
    }

    private static String escape(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0) return s;
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    /** The kernel's peak resident set of this process (VmHWM): DuckDB's memory is native, outside the JVM heap. */
    private static long peakRssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
        return 0;
    }
}
