package io.strata.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class SqlHighlighterTest {
    @Test
    void coloursKeywordsFunctionsLiteralsAndParameters() {
        String sql = "SELECT count(), 'it''s', 42, {p:UInt8} FROM t -- done";
        AttributedString a = SqlHighlighter.highlight(sql);
        assertEquals(sql, a.toString());
        assertEquals(SqlHighlighter.KEYWORD, a.styleAt(sql.indexOf("SELECT")));
        assertEquals(SqlHighlighter.FUNCTION, a.styleAt(sql.indexOf("count")));
        assertEquals(SqlHighlighter.STRING, a.styleAt(sql.indexOf("'it")));
        assertEquals(SqlHighlighter.NUMBER, a.styleAt(sql.indexOf("42")));
        assertEquals(SqlHighlighter.PARAMETER, a.styleAt(sql.indexOf("{p")));
        assertEquals(SqlHighlighter.KEYWORD, a.styleAt(sql.indexOf("FROM")));
        assertEquals(AttributedStyle.DEFAULT, a.styleAt(sql.indexOf(" t ") + 1));
        assertEquals(SqlHighlighter.COMMENT, a.styleAt(sql.indexOf("-- done")));
    }

    @Test
    void keywordsBeforeParenthesesStayKeywordsAndOpenStringsAreRed() {
        String sql = "SELECT 1 IN (1), if(1, 2, 3) WHERE x = 'open";
        AttributedString a = SqlHighlighter.highlight(sql);
        assertEquals(SqlHighlighter.KEYWORD, a.styleAt(sql.indexOf("IN")));
        assertEquals(SqlHighlighter.FUNCTION, a.styleAt(sql.indexOf("if")));
        assertEquals(SqlHighlighter.UNTERMINATED, a.styleAt(sql.indexOf("'open")));
    }

    @Test
    void insertDataIsNotSql() {
        String sql = "INSERT INTO t FORMAT CSV\nSELECT,'x'";
        AttributedString a = SqlHighlighter.highlight(sql);
        assertEquals(sql, a.toString());
        assertEquals(SqlHighlighter.KEYWORD, a.styleAt(0));
        assertEquals(AttributedStyle.DEFAULT, a.styleAt(sql.indexOf("SELECT")));
        assertEquals(AttributedStyle.DEFAULT, a.styleAt(sql.indexOf("'x'")));
    }
}
