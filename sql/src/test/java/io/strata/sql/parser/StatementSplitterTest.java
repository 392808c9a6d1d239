package io.strata.sql.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.strata.sql.ast.InsertStatement;
import io.strata.sql.ast.SelectStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {
    @Test
    void valuesDataEndsAtSemicolonOutsideQuotes() {
        List<ParsedStatement> list = SqlParser.parseStatements("INSERT INTO t VALUES (1,'a;b'),(2,'c'); SELECT 1");
        assertEquals(2, list.size());
        assertEquals("(1,'a;b'),(2,'c')", list.get(0).insertData());
        assertEquals("INSERT INTO t VALUES (1,'a;b'),(2,'c')", list.get(0).text());
        assertEquals("SELECT 1", list.get(1).text());
        assertInstanceOf(SelectStatement.class, list.get(1).statement());
    }

    @Test
    void formatDataEndsAtSemicolonBeforeNewline() {
        String script = "INSERT INTO t FORMAT CSV\n1,\"x;y\"\n3,4;\nSELECT 2";
        List<ParsedStatement> list = SqlParser.parseStatements(script);
        assertEquals(2, list.size());
        InsertStatement insert = assertInstanceOf(InsertStatement.class, list.get(0).statement());
        assertEquals("CSV", insert.format());
        assertEquals("1,\"x;y\"\n3,4", list.get(0).insertData());
        assertEquals("SELECT 2", list.get(1).text());
        assertEquals(script.indexOf("SELECT 2"), list.get(1).start());
    }

    @Test
    void formatDataRunsToEndWhenSemicolonIsFollowedByText() {
        List<ParsedStatement> list = SqlParser.parseStatements("INSERT INTO t FORMAT JSONEachRow {\"a\":1}; SELECT 3");
        assertEquals(1, list.size());
        assertEquals("{\"a\":1}; SELECT 3", list.get(0).insertData());
    }

    @Test
    void formatDataOnSameLine() {
        ParsedStatement p = SqlParser.parseSingle("INSERT INTO t FORMAT TSV 1\t2");
        assertEquals("1\t2", p.insertData());
        assertEquals("INSERT INTO t FORMAT TSV ".length(), ((InsertStatement) p.statement()).dataStart());
    }

    @Test
    void semicolonsInCommentsAndStringsDoNotSplit() {
        List<ParsedStatement> list = SqlParser.parseStatements("SELECT ';' -- a;b\n; /* x; */ SELECT `a;b` FROM t;;");
        assertEquals(2, list.size());
        assertEquals("SELECT ';' -- a;b", list.get(0).text());
    }

    @Test
    void insertSelectIsParsedWhole() {
        List<ParsedStatement> list = SqlParser.parseStatements("INSERT INTO t SELECT * FROM values('a Int8', 1); SELECT 1");
        assertEquals(2, list.size());
        assertEquals("", list.get(0).insertData());
    }

    @Test
    void valuesWithoutData() {
        ParsedStatement p = SqlParser.parseSingle("INSERT INTO t (a) VALUES");
        assertEquals("", p.insertData());
    }
}
