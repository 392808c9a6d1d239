package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.query.QueryExecution;
import io.strata.core.query.QueryRequest;
import io.strata.core.query.QuerySession;
import io.strata.core.settings.Settings;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.FilterCondition;
import io.strata.core.table.FilterCondition.Op;
import io.strata.core.table.ReadRequest;
import io.strata.core.table.ScanFilter;
import io.strata.core.table.TableEngine;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.formats.Formats;
import io.strata.formats.OutputStatistics;
import io.strata.formats.OutputWriter;
import io.strata.server.Engine;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What MergeTree reads, measured: rows read (progress counters, and the rows the engine's morsels
 * decompress) for primary-key point and range conditions, for each skip index kind, with
 * PREWHERE, for top-N by the sorting key and for count(); each time the result is checked
 * against a full scan. Runs on a real data directory. Keys and indexed values are clustered so
 * that the minimum number of granules is known: 1,000,000 rows in four parts, 8192-row granules.
 */
class MergeTreeReadPruningTest {
    private static final int G = 8192;

    @TempDir
    Path dir;

    /** A query's TabSeparated output and the rows it read. */
    private record Result(String text, long readRows) {
    }

    private static Result run(Engine e, String sql) {
        QuerySession session = new QuerySession("default", "default", Settings.DEFAULTS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (QueryExecution ex = e.runner().execute(new QueryRequest(sql, session, Map.of(), Map.of(), null, "q" + System.nanoTime()))) {
            if (ex.header().size() == 0) {
                while (ex.next() != null) {
                    // statements without a result
                }
                return new Result("", ex.progress().readRows.get());
            }
            OutputWriter w = Formats.output("TabSeparated").create(out, ex.header(),
                    Formats.formatSettings(Settings.DEFAULTS, e.timeZone()), Settings.DEFAULTS);
            long rows = 0;
            for (Chunk c = ex.next(); c != null; c = ex.next()) {
                w.writeChunk(c);
                rows += c.rowCount();
            }
            w.finish(OutputStatistics.ofRows(rows));
            return new Result(out.toString(StandardCharsets.UTF_8), ex.progress().readRows.get());
        }
    }

    /** k 0..999999 in four inserts (four parts); v = k / 10; s, c clustered by k; n NULL for every 7th k. */
    private static void createTable(Engine e) {
        run(e, "CREATE TABLE t (k UInt64, v UInt64, s String, c LowCardinality(String), n Nullable(UInt32), "
                + "INDEX iv v TYPE minmax GRANULARITY 1, INDEX i_s s TYPE bloom_filter(0.01) GRANULARITY 1, "
                + "INDEX ic c TYPE set(50) GRANULARITY 2, INDEX i_n n TYPE minmax GRANULARITY 1) "
                + "ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 8192");
        for (int i = 0; i < 4; i++) {
            run(e, "INSERT INTO t SELECT number + " + i * 250000 + " AS k, intDiv(k, 10), concat('u', toString(intDiv(k, 1000))), "
                    + "toString(intDiv(k, 20000)), if(k % 7 = 0, NULL, toUInt32(intDiv(k, 5000))) FROM numbers(250000)");
        }
    }

    // engine-level scans with a pushed-down filter -------------------------------------------

    /** A test predicate: its condition tree for index analysis and the row test it stands for. */
    private interface RowTest {
        boolean test(Chunk c, int row);
    }

    private static ScanFilter filter(List<String> required, FilterCondition condition, RowTest rows) {
        return new ScanFilter() {
            @Override
            public List<String> requiredColumns() {
                return required;
            }

            @Override
            public int select(Chunk chunk, int[] out) {
                int k = 0;
                for (int r = 0; r < chunk.rowCount(); r++) if (rows.test(chunk, r)) out[k++] = r;
                return k;
            }

            @Override
            public String sql() {
                return condition.toString();
            }

            @Override
            public FilterCondition condition() {
                return condition;
            }
        };
    }

    private static FilterCondition.Compare compare(String column, DataType type, Op op, long... values) {
        return new FilterCondition.Compare(column, type, List.of(column), op, new LongColumn(type, values));
    }

    private static FilterCondition.Compare compareStrings(String column, DataType type, Op op, String... values) {
        StringBuilder all = new StringBuilder();
        int[] offsets = new int[values.length + 1];
        for (int i = 0; i < values.length; i++) {
            all.append(values[i]);
            offsets[i + 1] = all.length();
        }
        return new FilterCondition.Compare(column, type, List.of(column), op,
                new StringColumn(type, all.toString().getBytes(StandardCharsets.US_ASCII), offsets, values.length));
    }

    /** Rows decompressed by the morsels, and the rows among those that pass the predicate. */
    private record Scan(long rowsRead, long matching) {
    }

    private static Scan scan(TableEngine table, List<String> columns, ScanFilter f, RowTest test) {
        List<DataType> types = new ArrayList<>();
        for (String c : columns) {
            types.add(switch (c) {
                case "k", "v" -> DataTypes.UINT64;
                case "s" -> DataTypes.STRING;
                case "c" -> DataTypes.parse("LowCardinality(String)");
                default -> DataTypes.parse("Nullable(UInt32)");
            });
        }
        long read = 0, matching = 0;
        for (ChunkSource m : table.read(new Header(columns, types), new ReadRequest(columns, f, -1, 2, Settings.DEFAULTS))) {
            long returned = 0;
            for (Chunk c = m.next(); c != null; c = m.next()) {
                returned += c.rowCount();
                for (int r = 0; r < c.rowCount(); r++) if (test.test(c, r)) matching++;
            }
            read += m.rowsRead() >= 0 ? m.rowsRead() : returned;
            m.close();
        }
        return new Scan(read, matching);
    }

    private static long value(Chunk c, int column, int row) {
        return ((Number) c.column(column).getObject(row)).longValue();
    }

    private static String string(Chunk c, int column, int row) {
        return new String((byte[]) c.column(column).getObject(row), StandardCharsets.UTF_8);
    }

    /** Asserts the scan read at most {@code extra} granules more than {@code minimum} rows need, and found {@code expected} rows. */
    private static void assertPruned(Scan s, long expected, long minimumRows, int extra, String what) {
        long minimumGranules = Math.max(1, (minimumRows + G - 1) / G);
        assertEquals(expected, s.matching, what + ": matching rows");
        assertTrue(s.rowsRead <= (minimumGranules + extra) * G, what + ": read " + s.rowsRead + " rows, minimum "
                + minimumGranules + " granules");
        assertTrue(s.rowsRead >= expected, what + ": read fewer rows than match");
    }

    @Test
    void primaryKeyAndSkipIndexesReadWithinTwoGranulesOfTheMinimum() {
        try (Engine e = Engine.open(dir)) {
            createTable(e);
            TableEngine t = e.catalog().table("default", "t").engine();
            List<String> kv = List.of("k", "v");

            // primary key point and range
            RowTest point = (c, r) -> value(c, 0, r) == 654321;
            assertPruned(scan(t, kv, filter(List.of("k"), compare("k", DataTypes.UINT64, Op.EQUALS, 654321), (c, r) -> value(c, 0, r) == 654321),
                    point), 1, 1, 2, "k = 654321");
            RowTest range = (c, r) -> value(c, 0, r) >= 100000 && value(c, 0, r) < 150000;
            FilterCondition rangeCondition = new FilterCondition.And(List.of(compare("k", DataTypes.UINT64, Op.GREATER_OR_EQUALS, 100000),
                    compare("k", DataTypes.UINT64, Op.LESS, 150000)));
            assertPruned(scan(t, kv, filter(List.of("k"), rangeCondition, range), range), 50000, 50000, 2, "k in [100000, 150000)");

            // minmax on a column the key does not mention by name
            RowTest v = (c, r) -> value(c, 1, r) == 50000;
            assertPruned(scan(t, kv, filter(List.of("v"), compare("v", DataTypes.UINT64, Op.EQUALS, 50000), (c, r) -> value(c, 0, r) == 50000), v),
                    10, 10, 2, "v = 50000");
            RowTest vIn = (c, r) -> value(c, 1, r) == 10 || value(c, 1, r) == 90000;
            Scan s = scan(t, kv, filter(List.of("v"), compare("v", DataTypes.UINT64, Op.IN, 10, 90000),
                    (c, r) -> value(c, 0, r) == 10 || value(c, 0, r) == 90000), vIn);
            assertPruned(s, 20, 2 * G, 2, "v IN (10, 90000)");

            // bloom_filter on strings
            List<String> ks = List.of("k", "s");
            RowTest sEq = (c, r) -> string(c, 1, r).equals("u777");
            assertPruned(scan(t, ks, filter(List.of("s"), compareStrings("s", DataTypes.STRING, Op.EQUALS, "u777"),
                    (c, r) -> string(c, 0, r).equals("u777")), sEq), 1000, 1000, 2, "s = 'u777'");
            RowTest sIn = (c, r) -> string(c, 1, r).equals("u5") || string(c, 1, r).equals("u999");
            assertPruned(scan(t, ks, filter(List.of("s"), compareStrings("s", DataTypes.STRING, Op.IN, "u5", "u999"),
                    (c, r) -> string(c, 0, r).equals("u5") || string(c, 0, r).equals("u999")), sIn), 2000, 2 * G, 2, "s IN ('u5', 'u999')");

            // set(50) over LowCardinality, two granules per entry
            DataType lc = DataTypes.parse("LowCardinality(String)");
            List<String> kc = List.of("k", "c");
            RowTest cEq = (c, r) -> string(c, 1, r).equals("25");
            assertPruned(scan(t, kc, filter(List.of("c"), compareStrings("c", lc, Op.EQUALS, "25"), (c, r) -> string(c, 0, r).equals("25")), cEq),
                    20000, 20000, 3, "c = '25'");
            // NOT and OR go through the same mask algebra: everything but one value reads nearly all
            RowTest cNot = (c, r) -> !string(c, 1, r).equals("25");
            Scan not = scan(t, kc, filter(List.of("c"), new FilterCondition.Not(compareStrings("c", lc, Op.EQUALS, "25")),
                    (c, r) -> !string(c, 0, r).equals("25")), cNot);
            assertEquals(980000, not.matching);

            // minmax over a Nullable column whose every granule holds NULLs still prunes
            List<String> kn = List.of("k", "n");
            DataType nt = DataTypes.parse("Nullable(UInt32)");
            RowTest nEq = (c, r) -> !c.column(1).isNullAt(r) && value(c, 1, r) == 100;
            long nCount = Long.parseLong(run(e, "SELECT count() FROM t WHERE n = 100").text().strip());
            assertPruned(scan(t, kn, filter(List.of("n"), compare("n", nt, Op.EQUALS, 100), (c, r) -> !c.column(0).isNullAt(r) && value(c, 0, r) == 100),
                    nEq), nCount, 5000, 2, "n = 100");
            RowTest nNot = (c, r) -> !c.column(1).isNullAt(r) && value(c, 1, r) != 100;
            Scan nn = scan(t, kn, filter(List.of("n"), new FilterCondition.Not(compare("n", nt, Op.EQUALS, 100)),
                    (c, r) -> !c.column(0).isNullAt(r) && value(c, 0, r) != 100), nNot);
            assertEquals(Long.parseLong(run(e, "SELECT count() FROM t WHERE NOT (n = 100)").text().strip()), nn.matching);
        }
    }

    @Test
    void prewhereReturnsOnlyPassingRowsAndSkipsGranules() {
        try (Engine e = Engine.open(dir)) {
            createTable(e);
            TableEngine t = e.catalog().table("default", "t").engine();
            // v % 1000 = 3 cannot use an index: every granule is read, and only passing rows come back
            ScanFilter f = filter(List.of("v"), new FilterCondition.Unknown("v % 1000 = 3"), (c, r) -> value(c, 0, r) % 1000 == 3);
            List<String> columns = List.of("k", "v", "s");
            List<DataType> types = List.of(DataTypes.UINT64, DataTypes.UINT64, DataTypes.STRING);
            long returned = 0, read = 0, sumK = 0;
            for (ChunkSource m : t.read(new Header(columns, types), new ReadRequest(columns, f, -1, 2, Settings.DEFAULTS))) {
                for (Chunk c = m.next(); c != null; c = m.next()) {
                    for (int r = 0; r < c.rowCount(); r++) {
                        assertEquals(3, value(c, 1, r) % 1000);
                        assertEquals("u" + value(c, 0, r) / 1000, string(c, 2, r));
                        sumK += value(c, 0, r);
                    }
                    returned += c.rowCount();
                }
                read += m.rowsRead();
            }
            assertEquals(1000, returned);
            assertEquals(1000000, read);
            assertEquals(run(e, "SELECT sum(k) FROM t WHERE v % 1000 = 3").text().strip(), Long.toString(sumK));
        }
    }

    @Test
    void topNBySortingKeyReadsAFewGranulesPerPart() {
        try (Engine e = Engine.open(dir)) {
            run(e, "CREATE TABLE o (k UInt64, d Date, s String) ENGINE = MergeTree ORDER BY (k, d)");
            // four parts with interleaved keys: every part holds small keys
            for (int i = 0; i < 4; i++) {
                run(e, "INSERT INTO o SELECT number * 4 + " + i + ", toDate('2024-01-01') + number % 30, toString(number) FROM numbers(250000)");
            }
            String expected = run(e, "SELECT * FROM (SELECT * FROM o) ORDER BY k LIMIT 10").text();
            Result top = run(e, "SELECT * FROM o ORDER BY k LIMIT 10");
            assertEquals(expected, top.text());
            assertTrue(top.readRows() <= 4 * 2 * G, "ORDER BY k LIMIT 10 read " + top.readRows() + " rows");

            Result offset = run(e, "SELECT k, s FROM o ORDER BY k, d LIMIT 5 OFFSET 100000");
            assertEquals(run(e, "SELECT k, s FROM (SELECT * FROM o) ORDER BY k, d LIMIT 5 OFFSET 100000").text(), offset.text());
            assertTrue(offset.readRows() <= 100005 + 4 * 2 * G, "OFFSET 100000 read " + offset.readRows() + " rows");

            // with a pushed-down filter only passing rows count toward the limit
            TableEngine o = e.catalog().table("default", "o").engine();
            List<String> cols = List.of("k", "s");
            ScanFilter endsWith7 = filter(List.of("s"), new FilterCondition.Unknown("s LIKE '%7'"), (c, r) -> string(c, 0, r).endsWith("7"));
            ReadRequest inOrder = new ReadRequest(cols, endsWith7, 3, 2, Settings.DEFAULTS, false, List.of("k"));
            List<ChunkSource> morsels = o.read(new Header(cols, List.of(DataTypes.UINT64, DataTypes.STRING)), inOrder);
            assertEquals(1, morsels.size());
            StringBuilder keys = new StringBuilder();
            for (Chunk c = morsels.get(0).next(); c != null; c = morsels.get(0).next()) {
                for (int r = 0; r < c.rowCount(); r++) keys.append(value(c, 0, r)).append(' ');
            }
            assertEquals("28 29 30 ", keys.toString());
            assertTrue(morsels.get(0).rowsRead() <= 4 * 2 * G, "filtered top-3 read " + morsels.get(0).rowsRead() + " rows");

            // descending order and non-key order read everything, with the same answers as before
            Result desc = run(e, "SELECT k FROM o ORDER BY k DESC LIMIT 3");
            assertEquals("999999\n999998\n999997\n", desc.text());
            assertEquals(1000000, desc.readRows());
            Result bySecond = run(e, "SELECT k FROM o ORDER BY d, k LIMIT 2");
            assertEquals("0\n1\n", bySecond.text());
            assertEquals(1000000, bySecond.readRows());
        }
    }

    @Test
    void countWithoutFilterReadsNoData() {
        try (Engine e = Engine.open(dir)) {
            createTable(e);
            Result all = run(e, "SELECT count() FROM t");
            assertEquals("1000000\n", all.text());
            assertEquals(0, all.readRows());
            Result star = run(e, "SELECT count(*) AS c FROM t HAVING c > 5");
            assertEquals("1000000\n", star.text());
            assertEquals(0, star.readRows());
            Result filtered = run(e, "SELECT count() FROM t WHERE v < 10");
            assertEquals("100\n", filtered.text());
            assertTrue(filtered.readRows() > 0);
            Result withSum = run(e, "SELECT count(), sum(v) FROM t");
            assertEquals(1000000, withSum.readRows());
        }
    }

    @Test
    void indexesAddedLaterArePersistedAndMaterialized() {
        try (Engine e = Engine.open(dir)) {
            run(e, "CREATE TABLE a (k UInt64, v UInt64) ENGINE = MergeTree ORDER BY k");
            run(e, "INSERT INTO a SELECT number, intDiv(number, 10) FROM numbers(200000)");
            run(e, "ALTER TABLE a ADD INDEX iv v TYPE minmax GRANULARITY 1");
        }
        ScanFilter f = filter(List.of("v"), compare("v", DataTypes.UINT64, Op.EQUALS, 12345), (c, r) -> value(c, 0, r) == 12345);
        RowTest test = (c, r) -> value(c, 1, r) == 12345;
        try (Engine e = Engine.open(dir)) {
            assertTrue(run(e, "SHOW CREATE TABLE a").text().contains("INDEX iv v TYPE minmax GRANULARITY 1"));
            TableEngine a = e.catalog().table("default", "a").engine();
            // the part written before the index has no index file: it is read in full
            Scan before = scan(a, List.of("k", "v"), f, test);
            assertEquals(10, before.matching);
            assertEquals(200000, before.rowsRead);
            run(e, "ALTER TABLE a MATERIALIZE INDEX iv");
            assertPruned(scan(a, List.of("k", "v"), f, test), 10, 10, 2, "after MATERIALIZE INDEX");
        }
        try (Engine e = Engine.open(dir)) {
            TableEngine a = e.catalog().table("default", "a").engine();
            assertPruned(scan(a, List.of("k", "v"), f, test), 10, 10, 2, "after a restart");
            // a part inserted now and a merge both carry the index
            run(e, "INSERT INTO a SELECT number + 200000, intDiv(number + 200000, 10) FROM numbers(100000)");
            run(e, "OPTIMIZE TABLE a FINAL");
            assertPruned(scan(a, List.of("k", "v"), f, test), 10, 10, 2, "after a merge");
            run(e, "ALTER TABLE a DROP INDEX iv");
            assertEquals(300000, scan(a, List.of("k", "v"), f, test).rowsRead);
            assertEquals("10\n", run(e, "SELECT count() FROM a WHERE v = 12345").text());
        }
    }
}
