package io.strata.sql.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.sql.ast.*;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementParserTest {
    private static SelectQuery select(String sql) {
        SelectStatement s = assertInstanceOf(SelectStatement.class, SqlParser.parseStatement(sql));
        return s.query().queries().get(0);
    }

    @Test
    void selectClauses() {
        SelectQuery q = select("select a, b c, count() AS n from db.t AS x FINAL SAMPLE 1/10 prewhere p where x > 1 "
                + "group by a, b with totals having n > 1 order by a desc nulls last limit 10 offset 5 settings max_threads = 2");
        assertEquals(List.of(Identifier.of("a"), new Aliased(Identifier.of("b"), "c"), new Aliased(FunctionCall.of("count"), "n")), q.select());
        TableRef t = assertInstanceOf(TableRef.class, q.from());
        assertEquals("db", t.database());
        assertEquals("t", t.table());
        assertEquals("x", t.alias());
        assertTrue(t.isFinal());
        assertEquals(FunctionCall.of("divide", Literal.of(1), Literal.of(10)), t.sample().ratio());
        assertEquals(Identifier.of("p"), q.prewhere());
        assertTrue(q.groupBy().withTotals());
        assertEquals(GroupBy.Modifier.NONE, q.groupBy().modifier());
        assertEquals(new OrderItem(Identifier.of("a"), true, false, null, null), q.orderBy().get(0));
        assertEquals(new Limit(Literal.of(10), Literal.of(5), false), q.limit());
        assertEquals(Map.of("max_threads", Literal.of(2)), q.settings());
    }

    @Test
    void limitForms() {
        assertEquals(new Limit(Literal.of(5), Literal.of(3), false), select("SELECT a FROM t LIMIT 3, 5").limit());
        assertEquals(new Limit(Literal.of(5), null, true), select("SELECT a FROM t ORDER BY a LIMIT 5 WITH TIES").limit());
        assertEquals(new Limit(Literal.of(3), Literal.of(5), false), select("SELECT a FROM t OFFSET 5 ROWS FETCH NEXT 3 ROWS ONLY").limit());
        SelectQuery q = select("SELECT a FROM t LIMIT 1 OFFSET 2 BY a LIMIT 10");
        assertEquals(new LimitBy(Literal.of(1), Literal.of(2), List.of(Identifier.of("a"))), q.limitBy());
        assertEquals(new Limit(Literal.of(10), null, false), q.limit());
    }

    @Test
    void joins() {
        SelectQuery q = select("SELECT * FROM t1 GLOBAL ANY LEFT OUTER JOIN t2 ON t1.a = t2.a INNER JOIN t3 USING (k), t4 ARRAY JOIN arr AS e");
        ArrayJoinExpr aj = assertInstanceOf(ArrayJoinExpr.class, q.from());
        JoinExpr comma = assertInstanceOf(JoinExpr.class, aj.source());
        assertEquals(JoinKind.COMMA, comma.kind());
        JoinExpr inner = assertInstanceOf(JoinExpr.class, comma.left());
        assertEquals(List.of("k"), inner.using());
        JoinExpr left = assertInstanceOf(JoinExpr.class, inner.left());
        assertEquals(JoinKind.LEFT, left.kind());
        assertEquals(JoinStrictness.ANY, left.strictness());
        assertTrue(left.global());
        assertEquals(List.of(new Aliased(Identifier.of("arr"), "e")), aj.arrays());
    }

    @Test
    void arrayJoinWithoutFrom() {
        ArrayJoinExpr aj = assertInstanceOf(ArrayJoinExpr.class, select("SELECT x LEFT ARRAY JOIN [1, 2] AS x").from());
        assertNull(aj.source());
        assertTrue(aj.left());
    }

    @Test
    void unionsAndParentheses() {
        SelectStatement s = assertInstanceOf(SelectStatement.class, SqlParser.parseStatement("(SELECT 1) UNION ALL (SELECT 2) UNION SELECT 3 EXCEPT SELECT 4"));
        assertEquals(List.of(UnionMode.UNION_ALL, UnionMode.UNION, UnionMode.EXCEPT), s.query().modes());
        SelectStatement nested = assertInstanceOf(SelectStatement.class, SqlParser.parseStatement("SELECT 1 UNION DISTINCT (SELECT 2 UNION ALL SELECT 3)"));
        SubqueryRef sub = assertInstanceOf(SubqueryRef.class, nested.query().queries().get(1).from());
        assertEquals(2, sub.query().queries().size());
    }

    @Test
    void withClause() {
        SelectQuery q = select("WITH 1 AS x, t AS (SELECT 2), (SELECT 3) AS s SELECT x FROM t");
        assertEquals(new WithItem("x", Literal.of(1), false), q.with().get(0));
        assertTrue(q.with().get(1).table());
        assertFalse(q.with().get(2).table());
    }

    @Test
    void groupByVariants() {
        assertTrue(select("SELECT a FROM t GROUP BY ALL").groupBy().all());
        assertEquals(GroupBy.Modifier.ROLLUP, select("SELECT a FROM t GROUP BY ROLLUP(a, b)").groupBy().modifier());
        assertEquals(GroupBy.Modifier.CUBE, select("SELECT a FROM t GROUP BY a WITH CUBE WITH TOTALS").groupBy().modifier());
        assertEquals(3, select("SELECT a FROM t GROUP BY GROUPING SETS ((a), (a, b), ())").groupBy().groupingSets().size());
    }

    @Test
    void windowsAndFill() {
        SelectQuery q = select("SELECT rank() OVER w, sum(x) OVER (w ROWS 2 PRECEDING) FROM t WINDOW w AS (PARTITION BY a ORDER BY b) ORDER BY a WITH FILL FROM 1 TO 10 STEP 2");
        assertEquals("w", q.windows().get(0).name());
        FunctionCall rank = assertInstanceOf(FunctionCall.class, q.select().get(0));
        assertEquals(WindowSpec.named("w"), rank.over());
        assertEquals(new OrderItem.WithFill(Literal.of(1), Literal.of(10), Literal.of(2)), q.orderBy().get(0).fill());
    }

    @Test
    void selectStatementOptions() {
        SelectStatement s = assertInstanceOf(SelectStatement.class, SqlParser.parseStatement("SELECT 1 INTO OUTFILE 'x.csv' FORMAT CSV SETTINGS a = 1;"));
        assertEquals("x.csv", s.intoOutfile());
        assertEquals("CSV", s.format());
        assertEquals(Map.of("a", Literal.of(1)), s.settings());
        assertEquals("Null", assertInstanceOf(SelectStatement.class, SqlParser.parseStatement("SELECT 1 FORMAT Null")).format());
    }

    @Test
    void keywordColumnsAndBareAliases() {
        SelectQuery q = select("SELECT date, key, value, type, format, table, first, left, x y FROM t z WHERE date > 1");
        assertEquals(9, q.select().size());
        assertEquals(new Aliased(Identifier.of("x"), "y"), q.select().get(8));
        assertEquals("z", assertInstanceOf(TableRef.class, q.from()).alias());
    }

    @Test
    void queryParameterAsTable() {
        SelectQuery q = select("SELECT * FROM {tbl:Identifier} WHERE a = {v:UInt8}");
        assertEquals(new QueryParameter("tbl", "Identifier"), assertInstanceOf(TableParameterRef.class, q.from()).parameter());
    }

    @Test
    void tableFunctionAndSubqueryInFrom() {
        assertInstanceOf(TableFunctionRef.class, select("SELECT * FROM numbers(10) AS n").from());
        assertEquals("s", assertInstanceOf(SubqueryRef.class, select("SELECT * FROM (SELECT 1) s").from()).alias());
    }

    @Test
    void insertValuesAndSelect() {
        InsertStatement i = assertInstanceOf(InsertStatement.class, SqlParser.parseStatement("INSERT INTO db.t (a, b) SETTINGS x = 1 VALUES (1, 2)"));
        assertEquals(new TableName("db", "t"), i.table());
        assertEquals(List.of("a", "b"), i.columns());
        assertEquals("Values", i.format());
        InsertStatement s = assertInstanceOf(InsertStatement.class, SqlParser.parseStatement("INSERT INTO TABLE t SELECT * FROM s"));
        assertNull(s.format());
        assertEquals(-1, s.dataStart());
        InsertStatement f = assertInstanceOf(InsertStatement.class, SqlParser.parseStatement("INSERT INTO FUNCTION file('x.csv') FORMAT CSV"));
        assertEquals("file", f.tableFunction().name());
    }

    @Test
    void createTableFull() {
        CreateTableStatement c = assertInstanceOf(CreateTableStatement.class, SqlParser.parseStatement(
                "CREATE TABLE IF NOT EXISTS db.t (a UInt8, s String DEFAULT 'x', n Nullable(Int32) CODEC(Delta(4), ZSTD(3)) COMMENT 'hi', "
                + "d DateTime('UTC') MATERIALIZED now(), v VARCHAR(255) NOT NULL, x DOUBLE PRECISION, e Enum8('a' = 1, 'b' = -2), "
                + "tp Tuple(a UInt8, b String), INDEX i a TYPE minmax GRANULARITY 4, CONSTRAINT c CHECK a > 0, PRIMARY KEY (a)) "
                + "ENGINE = MergeTree() PARTITION BY toYYYYMM(d) ORDER BY (a, s) TTL d + INTERVAL 1 DAY SETTINGS index_granularity = 8192 COMMENT 'tbl'"));
        assertTrue(c.ifNotExists());
        assertEquals(8, c.columns().size());
        assertEquals(new ColumnDef("s", "String", null, ColumnDef.DefaultKind.DEFAULT, Literal.of("x"), List.of(), null, null, false), c.columns().get(1));
        ColumnDef n = c.columns().get(2);
        assertEquals(List.of(new CodecSpec("Delta", List.of(Literal.of(4))), new CodecSpec("ZSTD", List.of(Literal.of(3)))), n.codecs());
        assertEquals("hi", n.comment());
        assertEquals("DateTime('UTC')", c.columns().get(3).type());
        assertEquals(Boolean.FALSE, c.columns().get(4).nullable());
        assertEquals("VARCHAR(255)", c.columns().get(4).type());
        assertEquals("DOUBLE PRECISION", c.columns().get(5).type());
        assertEquals("Enum8('a' = 1, 'b' = -2)", c.columns().get(6).type());
        assertEquals("Tuple(a UInt8, b String)", c.columns().get(7).type());
        assertEquals(new IndexDef("i", Identifier.of("a"), "minmax", 4L), c.indexes().get(0));
        assertEquals("c", c.constraints().get(0).name());
        StorageSpec st = c.storage();
        assertEquals("MergeTree", st.engine());
        assertEquals(List.of(), st.engineArgs());
        assertEquals(Identifier.of("a"), st.primaryKey());
        assertEquals(FunctionCall.of("tuple", Identifier.of("a"), Identifier.of("s")), st.orderBy());
        assertEquals(Map.of("index_granularity", Literal.of(8192)), st.settings());
        assertEquals("tbl", c.comment());
    }

    @Test
    void createTableOtherForms() {
        CreateTableStatement asSelect = assertInstanceOf(CreateTableStatement.class, SqlParser.parseStatement("CREATE TABLE t ENGINE = Memory AS SELECT 1 AS x"));
        assertEquals("Memory", asSelect.storage().engine());
        assertNull(asSelect.storage().engineArgs());
        assertEquals(1, asSelect.asSelect().queries().size());
        assertEquals(TableName.of("t"), assertInstanceOf(CreateTableStatement.class, SqlParser.parseStatement("CREATE TABLE t2 AS t ENGINE = Log")).asTable());
        assertEquals("numbers", assertInstanceOf(CreateTableStatement.class, SqlParser.parseStatement("CREATE TABLE t3 AS numbers(10)")).asTableFunction().name());
        assertTrue(assertInstanceOf(CreateTableStatement.class, SqlParser.parseStatement("CREATE TEMPORARY TABLE t (a Int8)")).temporary());
        assertTrue(assertInstanceOf(CreateTableStatement.class, SqlParser.parseStatement("CREATE OR REPLACE TABLE t (a Int8) ENGINE = Memory")).orReplace());
    }

    @Test
    void createDatabaseAndViews() {
        assertEquals(new CreateDatabaseStatement("d", true, "Atomic", null, null), SqlParser.parseStatement("CREATE DATABASE IF NOT EXISTS d ENGINE = Atomic"));
        CreateViewStatement v = assertInstanceOf(CreateViewStatement.class, SqlParser.parseStatement("CREATE MATERIALIZED VIEW db.mv TO dst AS SELECT a FROM src"));
        assertTrue(v.materialized());
        assertEquals(TableName.of("dst"), v.to());
        CreateViewStatement p = assertInstanceOf(CreateViewStatement.class, SqlParser.parseStatement("CREATE MATERIALIZED VIEW mv ENGINE = Memory POPULATE AS SELECT 1"));
        assertTrue(p.populate());
        assertFalse(assertInstanceOf(CreateViewStatement.class, SqlParser.parseStatement("CREATE VIEW IF NOT EXISTS v AS SELECT 1")).materialized());
    }

    @Test
    void dropTruncateRenameExists() {
        assertEquals(new DropStatement(ObjectKind.TABLE, new TableName("db", "t"), true, false, false, false, true), SqlParser.parseStatement("DROP TABLE IF EXISTS db.t SYNC"));
        assertEquals(ObjectKind.DATABASE, assertInstanceOf(DropStatement.class, SqlParser.parseStatement("DROP DATABASE d")).kind());
        assertTrue(assertInstanceOf(DropStatement.class, SqlParser.parseStatement("DROP TEMPORARY TABLE t")).temporary());
        assertTrue(assertInstanceOf(DropStatement.class, SqlParser.parseStatement("DETACH TABLE t")).detach());
        assertEquals(new TruncateStatement(TableName.of("t"), true), SqlParser.parseStatement("TRUNCATE TABLE IF EXISTS t"));
        assertEquals(2, assertInstanceOf(RenameStatement.class, SqlParser.parseStatement("RENAME TABLE a TO b, db.c TO db.d")).pairs().size());
        assertEquals(new ExchangeStatement(TableName.of("a"), TableName.of("b")), SqlParser.parseStatement("EXCHANGE TABLES a AND b"));
        assertEquals(new ExistsStatement(ObjectKind.DATABASE, TableName.of("d"), false), SqlParser.parseStatement("EXISTS DATABASE d"));
        assertEquals(new ExistsStatement(ObjectKind.TABLE, TableName.of("t"), false), SqlParser.parseStatement("EXISTS t"));
    }

    @Test
    void showAndDescribe() {
        assertEquals(new ShowDatabasesStatement(new LikeFilter("x%", false, false), null), SqlParser.parseStatement("SHOW DATABASES LIKE 'x%'"));
        assertEquals(new ShowTablesStatement(true, false, "db", new LikeFilter("%a", true, false), Literal.of(5)),
                SqlParser.parseStatement("SHOW FULL TABLES FROM db ILIKE '%a' LIMIT 5"));
        assertEquals(new ShowCreateStatement(ObjectKind.TABLE, new TableName("db", "t")), SqlParser.parseStatement("SHOW CREATE TABLE db.t"));
        assertEquals(new ShowCreateStatement(ObjectKind.TABLE, TableName.of("t")), SqlParser.parseStatement("show create t"));
        assertInstanceOf(ShowColumnsStatement.class, SqlParser.parseStatement("SHOW COLUMNS FROM t"));
        assertInstanceOf(ShowProcessListStatement.class, SqlParser.parseStatement("SHOW PROCESSLIST"));
        assertInstanceOf(ShowSettingsStatement.class, SqlParser.parseStatement("SHOW SETTINGS LIKE 'max%'"));
        assertEquals(new ShowOtherStatement(List.of("ENGINES")), SqlParser.parseStatement("SHOW ENGINES"));
        assertInstanceOf(TableRef.class, assertInstanceOf(DescribeStatement.class, SqlParser.parseStatement("DESCRIBE TABLE t")).table());
        assertInstanceOf(SubqueryRef.class, assertInstanceOf(DescribeStatement.class, SqlParser.parseStatement("DESC (SELECT 1)")).table());
        assertInstanceOf(TableFunctionRef.class, assertInstanceOf(DescribeStatement.class, SqlParser.parseStatement("DESCRIBE numbers(10)")).table());
    }

    @Test
    void sessionStatements() {
        assertEquals(new UseStatement("db"), SqlParser.parseStatement("USE db"));
        assertEquals(new SetStatement(Map.of("a", Literal.of(1), "b", Literal.of("x"))), SqlParser.parseStatement("SET a = 1, b = 'x'"));
        ExplainStatement e = assertInstanceOf(ExplainStatement.class, SqlParser.parseStatement("EXPLAIN PIPELINE header = 1 SELECT 1"));
        assertEquals(ExplainStatement.Kind.PIPELINE, e.kind());
        assertEquals(Map.of("header", Literal.of(1)), e.options());
        assertEquals(ExplainStatement.Kind.PLAN, assertInstanceOf(ExplainStatement.class, SqlParser.parseStatement("EXPLAIN SELECT 1")).kind());
        assertEquals(new KillQueryStatement(FunctionCall.of("equals", Identifier.of("query_id"), Literal.of("x")), "SYNC"),
                SqlParser.parseStatement("KILL QUERY WHERE query_id = 'x' SYNC"));
        assertEquals(new SystemStatement(List.of("STOP", "MERGES", "db.t")), SqlParser.parseStatement("SYSTEM STOP MERGES db.t"));
        assertEquals(new CheckTableStatement(TableName.of("t"), null), SqlParser.parseStatement("CHECK TABLE t"));
        assertEquals(new AttachStatement(ObjectKind.TABLE, TableName.of("t"), false), SqlParser.parseStatement("ATTACH TABLE t"));
    }

    @Test
    void optimizeAndAlter() {
        OptimizeStatement o = assertInstanceOf(OptimizeStatement.class, SqlParser.parseStatement("OPTIMIZE TABLE t PARTITION 2024 FINAL DEDUPLICATE BY a, b"));
        assertTrue(o.isFinal());
        assertEquals(2, o.deduplicateBy().size());
        AlterTableStatement a = assertInstanceOf(AlterTableStatement.class, SqlParser.parseStatement(
                "ALTER TABLE t ADD COLUMN IF NOT EXISTS c UInt8 DEFAULT 1 AFTER b, DROP COLUMN d, MODIFY COLUMN e String, RENAME COLUMN f TO g, "
                + "DELETE WHERE a = 1, UPDATE a = a + 1 WHERE c, ADD INDEX ix a TYPE bloom_filter(0.01) GRANULARITY 1, DROP PARTITION ID '2024'"));
        assertEquals(8, a.commands().size());
        AlterCommand.AddColumn add = assertInstanceOf(AlterCommand.AddColumn.class, a.commands().get(0));
        assertEquals("b", add.after());
        assertEquals("bloom_filter(0.01)", assertInstanceOf(AlterCommand.AddIndex.class, a.commands().get(6)).index().type());
        assertEquals(new PartitionSpec(null, "2024"), assertInstanceOf(AlterCommand.PartitionCommand.class, a.commands().get(7)).partition());
    }

    @Test
    void mutationStatements() {
        DeleteStatement d = assertInstanceOf(DeleteStatement.class, SqlParser.parseStatement("DELETE FROM t WHERE a = 1"));
        assertEquals(TableName.of("t"), d.table());
        assertEquals(FunctionCall.of("equals", Identifier.of("a"), Literal.of(1L)), d.where());
        assertEquals(new KillMutationStatement(FunctionCall.of("equals", Identifier.of("table"), Literal.of("t")), null),
                SqlParser.parseStatement("KILL MUTATION WHERE table = 't'"));
        AlterTableStatement a = assertInstanceOf(AlterTableStatement.class, SqlParser.parseStatement(
                "ALTER TABLE t DROP DETACHED PARTITION 1 SETTINGS allow_drop_detached = 1"));
        assertEquals(AlterCommand.PartitionAction.DROP_DETACHED,
                assertInstanceOf(AlterCommand.PartitionCommand.class, a.commands().get(0)).action());
        assertEquals(Literal.of(1L), a.settings().get("allow_drop_detached"));
        // the new keywords stay usable as names
        assertInstanceOf(SelectStatement.class, SqlParser.parseStatement("SELECT mutation, detached FROM t"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT a, b AS c FROM db.t AS x FINAL SAMPLE 1 / 10 WHERE x > 1 GROUP BY a, b WITH TOTALS HAVING c > 1 ORDER BY a DESC NULLS LAST LIMIT 10 OFFSET 5",
            "SELECT * FROM t1 GLOBAL ALL LEFT JOIN t2 ON a = b CROSS JOIN t3 ARRAY JOIN arr AS e",
            "WITH 1 AS x, t AS (SELECT 2) SELECT x FROM t UNION ALL SELECT 3 FORMAT JSON",
            "SELECT count(DISTINCT x), quantile(0.5)(y) FROM t GROUP BY GROUPING SETS ((a), ())",
            "SELECT rank() OVER w FROM t WINDOW w AS (PARTITION BY a ORDER BY b) QUALIFY a > 1",
            "INSERT INTO db.t (a, b) SELECT 1, 2",
            "CREATE TABLE db.t (a UInt8, s String DEFAULT 'x' CODEC(ZSTD(3)), INDEX i a TYPE minmax GRANULARITY 1) ENGINE = MergeTree ORDER BY tuple() SETTINGS index_granularity = 8192",
            "CREATE MATERIALIZED VIEW mv TO dst AS SELECT a FROM src",
            "ALTER TABLE t ADD COLUMN c UInt8 FIRST, DELETE WHERE a = 1",
            "ALTER TABLE t UPDATE b = b + 1 IN PARTITION 2024 WHERE a = 1 SETTINGS mutations_sync = 2",
            "ALTER TABLE t DROP DETACHED PARTITION ID '2024', DETACH PARTITION 202401, ATTACH PARTITION tuple(), DROP PARTITION 1",
            "ALTER TABLE t MODIFY TTL d + INTERVAL 1 DAY DELETE",
            "CREATE TABLE t (d Date) ENGINE = MergeTree ORDER BY d TTL d + INTERVAL 1 DAY DELETE",
            "DELETE FROM db.t IN PARTITION ID 'x' WHERE a > 1 SETTINGS lightweight_deletes_sync = 0",
            "KILL MUTATION WHERE mutation_id = 'mutation_3.txt' TEST",
            "SHOW FULL TABLES FROM db NOT LIKE '%a' LIMIT 5",
            "SELECT x LEFT ARRAY JOIN [1, 2] AS x",
            "SELECT * FROM (SELECT 1 UNION ALL SELECT 2) AS s ORDER BY 1 ASC",
    })
    void statementRoundTrips(String sql) {
        Statement s = SqlParser.parseStatement(sql);
        String formatted = SqlFormatter.format(s);
        assertEquals(s, SqlParser.parseStatement(formatted), formatted);
    }

    @Test
    void showCreateTableStyle() {
        CreateTableStatement c = assertInstanceOf(CreateTableStatement.class, SqlParser.parseStatement(
                "create table db.t (a UInt8, s String default 'x') engine=MergeTree order by a settings index_granularity=8192"));
        assertEquals("CREATE TABLE db.t\n(\n    `a` UInt8,\n    `s` String DEFAULT 'x'\n)\nENGINE = MergeTree\nORDER BY a\nSETTINGS index_granularity = 8192",
                SqlFormatter.formatCreateTable(c));
    }

    @Test
    void syntaxErrorMessage() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> SqlParser.parseStatement("SELECT 1 FROM t WHERE"));
        assertEquals(22, e.position());
        assertTrue(e.getMessage().startsWith("Syntax error: failed at position 22 (near end of query): SELECT 1 FROM t WHERE"), e.getMessage());
        SyntaxErrorException near = assertThrows(SyntaxErrorException.class, () -> SqlParser.parseStatement("SELECT 1 FRO t"));
        assertEquals(14, near.position());
        assertTrue(near.getMessage().startsWith("Syntax error: failed at position 14 (near 't'): SELECT 1 FRO t"), near.getMessage());
        SyntaxErrorException bad = assertThrows(SyntaxErrorException.class, () -> SqlParser.parseStatement("SELEC 1"));
        assertEquals(1, bad.position());
        assertTrue(bad.getMessage().startsWith("Syntax error: failed at position 1 (near 'SELEC'): SELEC 1"), bad.getMessage());
        assertThrows(SyntaxErrorException.class, () -> SqlParser.parseStatement("SELECT 'unterminated"));
        assertThrows(SyntaxErrorException.class, () -> SqlParser.parseStatement("SELECT 1; SELECT 2"));
        assertThrows(SyntaxErrorException.class, () -> SqlParser.parseExpression("1 +"));
    }

    @Test
    void syntaxErrorPositionIsRelativeToScript() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> SqlParser.parseStatements("SELECT 1; SELECT FROM"));
        assertEquals(18, e.position());
    }

    @Test
    void longQueryIsTruncatedInMessage() {
        String sql = "SELECT " + "a, ".repeat(100) + "FROM";
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> SqlParser.parseStatement(sql));
        assertTrue(e.getMessage().length() < 250, e.getMessage());
    }
}
