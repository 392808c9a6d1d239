package io.strata.sql.parser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strata.sql.ast.BinaryString;
import io.strata.sql.ast.ColumnNameFormatter;
import io.strata.sql.ast.Literal;
import io.strata.sql.ast.SqlFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateUnitAndByteLiteralTest {
    private static String name(String sql) {
        return ColumnNameFormatter.format(SqlParser.parseExpression(sql));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "date_add(DAY, 1, d) | plus(d, toIntervalDay(1))",
            "DATE_SUB(month, 2, d) | minus(d, toIntervalMonth(2))",
            "timestamp_add(SQL_TSI_HOUR, n, t) | plus(t, toIntervalHour(n))",
            "timestampsub(MS, 5, t) | minus(t, toIntervalMillisecond(5))",
            "dateadd(YYYY, 1, d) | plus(d, toIntervalYear(1))",
            "dateDiff(WEEK, a, b) | dateDiff('week', a, b)",
            "TIMESTAMPDIFF(ns, a, b, 'UTC') | dateDiff('nanosecond', a, b, 'UTC')",
            // an interval, a string unit or a quoted identifier is not the keyword form
            "date_add(d, INTERVAL 1 DAY) | date_add(d, toIntervalDay(1))",
            "date_add('day', 1, d) | date_add('day', 1, d)",
            "date_add(`day`, 1, d) | date_add(day, 1, d)",
            "dateDiff(x, a, b) | dateDiff(x, a, b)",
            "plus(DAY, 1, d) | plus(DAY, 1, d)",
            "INTERVAL 5 MILLISECOND | toIntervalMillisecond(5)",
            "INTERVAL n MICROSECONDS | toIntervalMicrosecond(n)",
            "t + INTERVAL 1 nanosecond | plus(t, toIntervalNanosecond(1))",
            "millisecond + nanoseconds | plus(millisecond, nanoseconds)",
    })
    void unitKeywordForms(String sql, String expected) {
        assertEquals(expected, name(sql));
    }

    @Test
    void hexEscapesAreBytes() {
        assertArrayEquals(new byte[] {(byte) 0xFF}, ((BinaryString) ((Literal) SqlParser.parseExpression("'\\xff'")).value()).bytes());
        assertArrayEquals(new byte[] {'a', (byte) 0x80, 0, 'b'},
                ((BinaryString) ((Literal) SqlParser.parseExpression("'a\\x80\\0b'")).value()).bytes());
        // Bytes that form valid UTF-8 decode back to text; an escaped backslash is no escape.
        assertEquals(Literal.of("é"), SqlParser.parseExpression("'\\xC3\\xA9'"));
        assertEquals(Literal.of("\\xff"), SqlParser.parseExpression("'\\\\xff'"));
        assertEquals(Literal.of("A'B"), SqlParser.parseExpression("'\\x41''\\x42'"));
        assertEquals(SqlParser.parseExpression("'\\xff'"), SqlParser.parseExpression("'\\xFF'"));
    }

    @Test
    void binaryLiteralFormatsBackToTheSameBytes() {
        Literal lit = (Literal) SqlParser.parseExpression("'a\\'\\xfe\\xff'");
        String sql = SqlFormatter.literal(lit);
        assertEquals("'a\\'\\xFE\\xFF'", sql);
        assertEquals(lit, SqlParser.parseExpression(sql));
    }
}
