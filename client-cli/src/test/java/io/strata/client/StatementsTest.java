package io.strata.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementsTest {
    @Test
    void splitsAtSemicolonsOutsideQuotesAndComments() {
        assertEquals(List.of("SELECT 1", "SELECT ';' AS x", "-- a comment; still comment\nSELECT 2"),
                Statements.split("SELECT 1; SELECT ';' AS x;\n-- a comment; still comment\nSELECT 2;"));
        assertEquals(List.of("SELECT 'it''s'", "SELECT `a;b`", "SELECT /* ; /* nested ; */ ; */ 3"),
                Statements.split("SELECT 'it''s';SELECT `a;b`; SELECT /* ; /* nested ; */ ; */ 3"));
        assertEquals(List.of(), Statements.split(" ;; \n"));
    }

    @Test
    void verticalEndsAStatementToo() {
        List<String> s = Statements.split("SELECT 1\\G SELECT '\\G';");
        assertEquals(List.of("SELECT 1\\G", "SELECT '\\G'"), s);
        assertTrue(Statements.isVertical(s.get(0)));
        assertFalse(Statements.isVertical(s.get(1)));
        assertEquals("SELECT 1", Statements.withoutVertical(s.get(0)));
        assertTrue(Statements.endsStatement("SELECT 1 \\G"));
    }

    @Test
    void insertFormatDataRunsToTheEndOfTheScript() {
        String script = "CREATE TABLE t (a String) ENGINE = Memory;\nINSERT INTO t FORMAT TSV\na;b\nit's\n;\n";
        assertEquals(List.of("CREATE TABLE t (a String) ENGINE = Memory", "INSERT INTO t FORMAT TSV\na;b\nit's"), Statements.split(script));
        // without data the statement ends at its semicolon; Values data is SQL-like and ends there too
        assertEquals(List.of("INSERT INTO t FORMAT TSV", "SELECT 1"), Statements.split("INSERT INTO t FORMAT TSV; SELECT 1"));
        assertEquals(List.of("INSERT INTO t VALUES ('a;b'), ('c')", "SELECT 1"),
                Statements.split("INSERT INTO t VALUES ('a;b'), ('c'); SELECT 1"));
        assertEquals(List.of("INSERT INTO t SELECT 1", "SELECT 2"), Statements.split("INSERT INTO t SELECT 1; SELECT 2"));
    }

    @Test
    void promptKnowsWhenAStatementIsFinished() {
        assertTrue(Statements.endsStatement("SELECT 1;"));
        assertTrue(Statements.endsStatement("SELECT 1;  -- done"));
        assertFalse(Statements.endsStatement("SELECT 'a;"));
        assertFalse(Statements.endsStatement("SELECT 1"));
        assertFalse(Statements.endsStatement("SELECT 1 /* ; */"));
        assertFalse(Statements.endsStatement("INSERT INTO t FORMAT CSV\n1,'x"));
        assertTrue(Statements.endsStatement("INSERT INTO t FORMAT CSV\n1,'x;"));
    }

    @Test
    void insertStatementsSplitQueryFromData() {
        InsertStatement v = InsertStatement.parse("INSERT INTO db.t (a, b) VALUES (1, 'x'), (2, 'y')");
        assertEquals("INSERT INTO db.t (a, b) VALUES", v.query());
        assertEquals("Values", v.format());
        assertEquals(" (1, 'x'), (2, 'y')", v.data());
        InsertStatement f = InsertStatement.parse("INSERT INTO t SETTINGS async_insert = 0 FORMAT CSV  \n1,2\n");
        assertEquals("INSERT INTO t SETTINGS async_insert = 0 FORMAT CSV", f.query());
        assertEquals("CSV", f.format());
        assertEquals("1,2\n", f.data());
        InsertStatement none = InsertStatement.parse("insert into t format JSONEachRow");
        assertEquals("JSONEachRow", none.format());
        assertFalse(none.hasInlineData());
        assertNull(InsertStatement.parse("INSERT INTO t SELECT * FROM s FORMAT TSV"));
        assertNull(InsertStatement.parse("INSERT INTO t (a) WITH 1 AS x SELECT x"));
        assertNull(InsertStatement.parse("SELECT 'INSERT INTO t VALUES'"));
        assertEquals("INSERT INTO FUNCTION null('a UInt8') VALUES",
                InsertStatement.parse("INSERT INTO FUNCTION null('a UInt8') VALUES (1)").query());
    }

    @Test
    void clausesTheClientActsOn() {
        assertEquals("JSON", StatementClauses.outputFormat("SELECT format('{}', 1) FROM t FORMAT JSON"));
        assertNull(StatementClauses.outputFormat("SELECT formatReadableSize(1), (SELECT 1 FORMAT CSV)"));
        assertEquals("my db", StatementClauses.useDatabase("USE `my db`"));
        assertEquals("d", StatementClauses.useDatabase(" use d;"));
        assertNull(StatementClauses.useDatabase("SELECT 1"));
        assertEquals(Map.of("max_threads", "4", "format_csv_delimiter", ";", "x", "-1"),
                StatementClauses.setChanges("SET max_threads = 4, format_csv_delimiter = ';', x = -1"));
        assertEquals(Map.of(), StatementClauses.setChanges("SET x = 1 + 1"));
        assertEquals("SELECT CAST('it\\'s' AS String), `t`.x, {missing:UInt8}",
                StatementClauses.substituteParameters("SELECT {s:String}, {tab: Identifier}.x, {missing:UInt8}",
                        Map.of("s", "it's", "tab", "t")));
        assertEquals("INSERT", StatementClauses.firstKeyword("  -- c\n insert into t values (1)"));
    }
}
