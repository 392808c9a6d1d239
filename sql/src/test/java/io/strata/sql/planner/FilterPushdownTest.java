package io.strata.sql.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.block.Chunk;
import io.strata.core.block.Header;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.query.QueryProgress;
import io.strata.core.settings.Settings;
import io.strata.core.table.ChunkSource;
import io.strata.core.table.ColumnDefinition;
import io.strata.core.table.EngineClause;
import io.strata.core.table.FilterCondition;
import io.strata.core.table.ReadRequest;
import io.strata.core.table.ScanFilter;
import io.strata.core.table.TableDefinition;
import io.strata.core.table.TableEngine;
import io.strata.core.table.TableWriter;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.driver.ExecutionContext;
import io.strata.exec.expression.Expression;
import io.strata.exec.function.FunctionRegistry;
import io.strata.exec.operator.RowComparator;
import io.strata.exec.operator.RowComparators;
import io.strata.sql.analyzer.CatalogView;
import io.strata.sql.analyzer.TableHandle;
import io.strata.sql.ast.SelectStatement;
import io.strata.sql.parser.SqlParser;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The planner hands each single-table scan the WHERE as a {@link ScanFilter}: the condition tree
 * must describe exactly the predicate (or say Unknown), and results must not depend on whether
 * the engine filters early with it.
 */
class FilterPushdownTest {
    private static final int ROWS = 300;
    private static final long SEED = 20240601L;
    private static final DataType DATE_TIME = DataTypes.parse("DateTime('UTC')");
    private static final Instant QUERY_START = Instant.parse("2020-01-05T00:00:00Z");

    private RecordingTable table;
    private Chunk data;
    private Header header;

    @BeforeEach
    void setUp() {
        Random random = new Random(SEED);
        String[] words = {"ab", "abc", "abd", "b", "", "a_b", "xyz", "ab%"};
        long[] id = new long[ROWS], a = new long[ROWS], b = new long[ROWS], ts = new long[ROWS], n = new long[ROWS];
        byte[] nulls = new byte[ROWS];
        StringColumnBuilder s = new StringColumnBuilder(DataTypes.STRING, ROWS);
        long start = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < ROWS; i++) {
            id[i] = i;
            a[i] = random.nextInt(256);
            b[i] = random.nextInt(101) - 50;
            ts[i] = start + random.nextInt(6 * 86400);
            n[i] = random.nextInt(11);
            nulls[i] = (byte) (random.nextInt(5) == 0 ? 1 : 0);
            s.append(words[random.nextInt(words.length)]);
        }
        DataType nullableInt = DataTypes.parse("Nullable(Int64)");
        data = new Chunk(new Column[] {new LongColumn(DataTypes.UINT32, id, ROWS), new LongColumn(DataTypes.UINT8, a, ROWS),
                new LongColumn(DataTypes.INT32, b, ROWS), s.build(), new LongColumn(DATE_TIME, ts, ROWS),
                new NullableColumn(nullableInt, new LongColumn(DataTypes.INT64, n, ROWS), nulls)}, ROWS);
        header = new Header(List.of("id", "a", "b", "s", "ts", "n"),
                List.of(DataTypes.UINT32, DataTypes.UINT8, DataTypes.INT32, DataTypes.STRING, DATE_TIME, nullableInt));
        List<ColumnDefinition> columns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) columns.add(ColumnDefinition.of(header.name(i), header.type(i)));
        columns.add(new ColumnDefinition("d", DataTypes.DATE, ColumnDefinition.DefaultKind.ALIAS, "toDate(ts)", null, null, null));
        TableDefinition definition = new TableDefinition("default", "t", columns, EngineClause.of("Recording"), "", null);
        table = new RecordingTable(definition, data);
    }

    // ---- the condition tree for each WHERE shape ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "a = 5 | a = 5",
            "a == 5 | a = 5",
            "equals(a, 5) | a = 5",
            "a <> 5 | a != 5",
            "5 < a | a > 5",
            "10 >= b | b <= 10",
            "greaterOrEquals(b, -3) | b >= -3",
            "a IN (1, 2, 3) | a IN (1, 2, 3)",
            "a IN tuple(7, 9) | a IN (7, 9)",
            "b NOT IN (1, NULL, -2) | b NOT IN (1, -2)",
            "NOT (b >= 10) | NOT b >= 10",
            "(a = 1 AND b > 2) OR (a = 3 AND b < 4) | ((a = 1 AND b > 2) OR (a = 3 AND b < 4))",
            "b BETWEEN 1 AND 10 | (b >= 1 AND b <= 10)",
            "b NOT BETWEEN 1 AND 10 | (b < 1 OR b > 10)",
            "toDate(ts) >= '2020-01-02' | toDate(ts) >= '2020-01-02'",
            "toDate(ts) = toDate('2020-01-01') + 1 | toDate(ts) = '2020-01-02'",
            "ts >= now() - 3600 | ts >= '2020-01-04 23:00:00'",
            "ts < toDateTime('2020-01-03 00:00:00', 'UTC') + 1 | ts < '2020-01-03 00:00:01'",
            "s LIKE 'ab%' | startsWith(s, 'ab')",
            "s LIKE 'a\\\\_b%' | startsWith(s, 'a_b')",
            "s NOT LIKE 'ab%' | NOT startsWith(s, 'ab')",
            "startsWith(s, 'xy') | startsWith(s, 'xy')",
            "s LIKE 'a_b%' | unknown(s LIKE 'a_b%')",
            "s LIKE 'ab%c' | unknown(s LIKE 'ab%c')",
            "s LIKE '%ab' | unknown(s LIKE '%ab')",
            "s ILIKE 'ab%' | unknown(s ILIKE 'ab%')",
            "a = 300 | unknown(a = 300)",
            "b = 1.5 | unknown(b = 1.5)",
            "a > -1 | unknown(a > (-1))",
            "a IN (1, 300) | unknown(a IN (1, 300))",
            "a = b | unknown(a = b)",
            "a + b > 3 | a + b > 3",
            "isNull(n) | unknown(n IS NULL)",
            "isNotNull(n) AND n > 3 | (unknown(n IS NOT NULL) AND n > 3)",
            "t.a = 1 | a = 1",
            "d = '2020-01-03' | toDate(ts) = '2020-01-03'",
            "1 = 1 | unknown(1 = 1)",
            "toLowCardinality(s) IN ('ab', 'b') | toLowCardinality(s) IN ('ab', 'b')",
            "toLowCardinality(s) LIKE 'ab%' | startsWith(toLowCardinality(s), 'ab')",
            "toNullable(a) > 5 | toNullable(a) > 5",
    })
    void conditionTree(String where, String expected) {
        ScanFilter filter = pushedFilter("SELECT id FROM t WHERE " + where);
        assertEquals(expected, FilterConditionTranslator.describe(filter.condition()));
    }

    @Test
    void compareCarriesTypeColumnsAndCastValues() {
        FilterCondition.Compare c = assertInstanceOf(FilterCondition.Compare.class,
                pushedFilter("SELECT id FROM t WHERE '2020-01-02' <= toDate(ts)").condition());
        assertEquals("toDate(ts)", c.expression());
        assertEquals(DataTypes.DATE, c.type());
        assertEquals(List.of("ts"), c.columns());
        assertEquals(FilterCondition.Op.GREATER_OR_EQUALS, c.op());
        assertEquals(DataTypes.DATE, c.values().type());

        FilterCondition.Compare n = assertInstanceOf(FilterCondition.Compare.class,
                pushedFilter("SELECT id FROM t WHERE n IN (1, 2)").condition());
        assertEquals(DataTypes.parse("Nullable(Int64)"), n.type());
        assertEquals(n.type(), n.values().type());
        assertEquals(2, n.values().size());
    }

    @Test
    void requiredColumnsAndSqlUsePlainNames() {
        ScanFilter filter = pushedFilter("SELECT id FROM t AS x WHERE x.b > 1 AND x.a < 3");
        assertEquals(List.of("b", "a"), filter.requiredColumns());
        assertEquals("(b > 1) AND (a < 3)", filter.sql());
        assertEquals("(b > 1 AND a < 3)", FilterConditionTranslator.describe(filter.condition()));
    }

    @Test
    void prewhereIsCombinedWithWhere() {
        ScanFilter filter = pushedFilter("SELECT id FROM t PREWHERE a = 1 WHERE b = 2");
        assertEquals("(a = 1 AND b = 2)", FilterConditionTranslator.describe(filter.condition()));
    }

    @Test
    void aggregationScansGetTheFilterToo() {
        ScanFilter filter = pushedFilter("SELECT a, count() FROM t WHERE b < 0 GROUP BY a");
        assertEquals("b < 0", FilterConditionTranslator.describe(filter.condition()));
    }

    @Test
    void subqueryOperandIsUnknown() {
        ScanFilter filter = pushedFilter("SELECT id FROM t WHERE b > (SELECT max(b) FROM t) AND a IN (SELECT a FROM t WHERE b = 2)");
        FilterCondition.And and = assertInstanceOf(FilterCondition.And.class, filter.condition());
        assertInstanceOf(FilterCondition.Unknown.class, and.children().get(0));
        assertInstanceOf(FilterCondition.Unknown.class, and.children().get(1));
    }

    @Test
    void noFilterWithoutWhereOrForPerRowRandomness() {
        run("SELECT id FROM t");
        assertNull(table.lastRequest().filter());
        run("SELECT id FROM t WHERE a = 1 AND rand() % 2 = 0");
        assertNull(table.lastRequest().filter(), "rand() must not be applied twice");
    }

    @Test
    void noFilterIntoASubqueryScan() {
        run("SELECT a FROM (SELECT a FROM t) WHERE a = 1");
        assertNull(table.lastRequest().filter());
    }

    @Test
    void finalSetsTheFlag() {
        run("SELECT id FROM t FINAL WHERE a = 1");
        assertTrue(table.lastRequest().finalMode());
        assertNotNull(table.lastRequest().filter());
        run("SELECT id FROM t WHERE a = 1");
        assertFalse(table.lastRequest().finalMode());
    }

    @Test
    void explainMentionsThePushedCondition() {
        String explain = plan("SELECT id FROM t WHERE a = 5").explain();
        assertTrue(explain.contains("Pushed filter: a = 5"), explain);
    }

    @Test
    void selectKeepsTheRowsWherePredicateHoldsOverTheRequiredColumns() {
        ScanFilter filter = pushedFilter("SELECT id FROM t WHERE n > 3");
        assertEquals(List.of("n"), filter.requiredColumns());
        int[] kept = new int[ROWS];
        int count = filter.select(new Chunk(new Column[] {data.column(5)}, ROWS), kept);
        NullableColumn n = (NullableColumn) data.column(5);
        LongColumn values = (LongColumn) n.values();
        int k = 0;
        for (int i = 0; i < ROWS; i++) {
            if (!n.isNullAt(i) && values.get(i) > 3) assertEquals(i, kept[k++], "kept row " + k);
        }
        assertEquals(k, count);
    }

    // ---- soundness: the tree agrees with the predicate row by row; results do not change ----

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "a = 5", "5 < a", "a IN (1, 2, 3, 200)", "b NOT IN (1, -2, 3)", "NOT (b >= 10)",
            "(a < 100 AND b > 2) OR (a > 200 AND b < -4)", "b BETWEEN -10 AND 10", "b NOT BETWEEN -10 AND 10",
            "toDate(ts) >= '2020-01-03'", "d = '2020-01-03'", "ts >= now() - 86400", "s LIKE 'ab%'",
            "s NOT LIKE 'ab%'", "startsWith(s, 'a')", "s LIKE 'ab\\\\%'", "a = 300", "b = 1.5", "a > -1",
            "a = b % 10", "isNull(n) OR n > 7", "NOT (n IN (1, 2, 3))", "n NOT IN (1, 2, 3)", "NOT (n = 4)",
            "NOT (a > 10 AND NOT (s LIKE 'x%'))", "a + b > 100", "toLowCardinality(s) IN ('ab', 'b')",
            "toLowCardinality(s) LIKE 'ab%'", "toNullable(a) > 5",
    })
    void treeMatchesPredicateAndResultsAreUnchanged(String where) {
        String sql = "SELECT id FROM t WHERE " + where;
        table.filterEarly = false;
        Set<Long> expected = ids(sql);
        table.filterEarly = true;
        assertEquals(expected, ids(sql), "results with the engine filtering early");
        FilterCondition condition = table.lastRequest().filter().condition();
        for (int row = 0; row < ROWS; row++) {
            int truth = truth(condition, row);
            boolean matches = expected.contains((long) row);
            if (matches) assertNotEquals(FALSE, truth, "row " + row + " matches but the condition says false");
            else assertNotEquals(TRUE, truth, "row " + row + " does not match but the condition says true");
        }
    }

    private static final int FALSE = 0, TRUE = 1, MAYBE = 2;

    /** The condition on one row of the table, in three-valued logic where Unknown and NULL are MAYBE. */
    private int truth(FilterCondition c, int row) {
        return switch (c) {
            case FilterCondition.And and -> {
                int r = TRUE;
                for (FilterCondition child : and.children()) {
                    int t = truth(child, row);
                    if (t == FALSE) yield FALSE;
                    if (t == MAYBE) r = MAYBE;
                }
                yield r;
            }
            case FilterCondition.Or or -> {
                int r = FALSE;
                for (FilterCondition child : or.children()) {
                    int t = truth(child, row);
                    if (t == TRUE) yield TRUE;
                    if (t == MAYBE) r = MAYBE;
                }
                yield r;
            }
            case FilterCondition.Not not -> {
                int t = truth(not.child(), row);
                yield t == MAYBE ? MAYBE : 1 - t;
            }
            case FilterCondition.Unknown u -> MAYBE;
            case FilterCondition.Compare cmp -> compare(cmp, row);
        };
    }

    private int compare(FilterCondition.Compare cmp, int row) {
        Expression e = planner().compileOver(header, SqlParser.parseExpression(cmp.expression()));
        assertEquals(cmp.type(), e.type(), cmp.expression());
        Column x = e.evaluate(data);
        if (x.isNullAt(row)) return MAYBE;
        Column values = cmp.values();
        if (cmp.op() == FilterCondition.Op.STARTS_WITH) {
            String v = plainString(x, row);
            return v.startsWith(((StringColumn) values).getString(0)) ? TRUE : FALSE;
        }
        RowComparator comparator = RowComparators.create(x, values, 1);
        boolean result = switch (cmp.op()) {
            case EQUALS -> comparator.compare(row, 0) == 0;
            case NOT_EQUALS -> comparator.compare(row, 0) != 0;
            case LESS -> comparator.compare(row, 0) < 0;
            case LESS_OR_EQUALS -> comparator.compare(row, 0) <= 0;
            case GREATER -> comparator.compare(row, 0) > 0;
            case GREATER_OR_EQUALS -> comparator.compare(row, 0) >= 0;
            case IN, NOT_IN -> {
                boolean found = false;
                for (int i = 0; i < values.size(); i++) found |= comparator.compare(row, i) == 0;
                yield found == (cmp.op() == FilterCondition.Op.IN);
            }
            case STARTS_WITH -> throw new AssertionError();
        };
        return result ? TRUE : FALSE;
    }

    private static String plainString(Column c, int row) {
        if (c instanceof ConstColumn cc) return plainString(cc.value(), 0);
        if (c instanceof NullableColumn n) return plainString(n.values(), row);
        if (c instanceof LowCardinalityColumn lc) return plainString(lc.materialize(), row);
        return ((StringColumn) c).getString(row);
    }

    // ---- plumbing ----

    private SelectPlanner planner() {
        return new SelectPlanner(catalog(), FunctionRegistry.get(), new FunctionContext(ZoneId.of("UTC"), QUERY_START, Settings.DEFAULTS),
                Settings.DEFAULTS, Map.of());
    }

    private PlannedQuery plan(String sql) {
        SelectStatement s = (SelectStatement) SqlParser.parseStatement(sql);
        return planner().plan(s.query());
    }

    private List<Chunk> run(String sql) {
        PlannedQuery p = plan(sql);
        ExecutionContext ctx = new ExecutionContext(Settings.DEFAULTS, new FunctionContext(ZoneId.of("UTC"), QUERY_START,
                Settings.DEFAULTS), new QueryProgress());
        List<Chunk> out = new ArrayList<>();
        try (ChunkSource src = p.open().apply(ctx)) {
            Chunk c;
            while ((c = src.next()) != null) out.add(c);
        }
        return out;
    }

    private Set<Long> ids(String sql) {
        Set<Long> out = new HashSet<>();
        for (Chunk c : run(sql)) {
            Column id = c.column(0).materialize();
            for (int i = 0; i < c.rowCount(); i++) assertTrue(out.add(((LongColumn) id).get(i)));
        }
        return out;
    }

    private ScanFilter pushedFilter(String sql) {
        run(sql);
        ScanFilter filter = table.lastRequest().filter();
        assertNotNull(filter, sql);
        return filter;
    }

    private CatalogView catalog() {
        return new CatalogView() {
            @Override
            public TableHandle table(String database, String name) {
                if (name.equals("t") && (database == null || database.equals("default"))) return new TableHandle(table.definition, table);
                throw new DbException(ErrorCode.UNKNOWN_TABLE, "Table " + name + " does not exist");
            }

            @Override
            public TableHandle tableFunction(String name, List<Column> arguments) {
                throw new DbException(ErrorCode.UNKNOWN_FUNCTION, "Unknown table function " + name);
            }

            @Override
            public boolean isTableFunction(String name) {
                return false;
            }

            @Override
            public String currentDatabase() {
                return "default";
            }
        };
    }

    /**
     * A table over one in-memory chunk that records each ReadRequest and, when
     * {@code filterEarly} is set, drops the rows the pushed filter rejects (as an engine may).
     */
    private static final class RecordingTable implements TableEngine {
        final TableDefinition definition;
        private final Chunk data;
        private final List<ReadRequest> requests = new ArrayList<>();
        boolean filterEarly;

        RecordingTable(TableDefinition definition, Chunk data) {
            this.definition = definition;
            this.data = data;
        }

        ReadRequest lastRequest() {
            assertFalse(requests.isEmpty(), "no scan happened");
            return requests.get(requests.size() - 1);
        }

        @Override public String engineName() { return "Recording"; }
        @Override public EnumSet<Capability> capabilities() { return EnumSet.of(Capability.FINAL); }
        @Override public TableWriter writer() { throw new UnsupportedOperationException(); }
        @Override public void truncate() { }
        @Override public void drop() { }

        @Override
        public synchronized List<ChunkSource> read(Header columns, ReadRequest request) {
            requests.add(request);
            Chunk rows = data;
            ScanFilter filter = request.filter();
            if (filterEarly && filter != null) {
                Column[] in = new Column[filter.requiredColumns().size()];
                for (int i = 0; i < in.length; i++) in[i] = column(filter.requiredColumns().get(i));
                int[] kept = new int[data.rowCount()];
                int count = filter.select(new Chunk(in, data.rowCount()), kept);
                rows = data.take(kept, count);
            }
            Column[] out = new Column[columns.size()];
            for (int i = 0; i < out.length; i++) out[i] = rows.column(indexOf(columns.name(i)));
            Chunk result = new Chunk(out, rows.rowCount());
            return List.of(new ChunkSource() {
                private boolean done;

                @Override
                public Chunk next() {
                    if (done) return null;
                    done = true;
                    return result;
                }
            });
        }

        private Column column(String name) {
            return data.column(indexOf(name));
        }

        private int indexOf(String name) {
            for (int i = 0; i < definition.columns().size(); i++) if (definition.columns().get(i).name().equals(name)) return i;
            throw new AssertionError("no column " + name);
        }
    }
}
