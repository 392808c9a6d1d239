package io.strata.sql.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.strata.sql.ast.Aliased;
import io.strata.sql.ast.ColumnNameFormatter;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.FunctionCall;
import io.strata.sql.ast.Identifier;
import io.strata.sql.ast.Lambda;
import io.strata.sql.ast.Literal;
import io.strata.sql.ast.QueryParameter;
import io.strata.sql.ast.SqlFormatter;
import io.strata.sql.ast.SubqueryExpr;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionParserTest {
    private static String name(String sql) {
        return ColumnNameFormatter.format(SqlParser.parseExpression(sql));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1 + 2 * 3 | plus(1, multiply(2, 3))",
            "(1 + 2) * 3 | multiply(plus(1, 2), 3)",
            "a = 1 OR b = 2 AND c | or(equals(a, 1), and(equals(b, 2), c))",
            "NOT a = b | not(equals(a, b))",
            "NOT a AND b | and(not(a), b)",
            "-x | negate(x)",
            "-1 | -1",
            "-(1) | negate(1)",
            "- 2.5 | -2.5",
            "-x.1 | negate(tupleElement(x, 1))",
            "a.b.c | a.b.c",
            "t.1 | tupleElement(t, 1)",
            "t.1.2 | tupleElement(tupleElement(t, 1), 2)",
            "arr[1][2] | arrayElement(arrayElement(arr, 1), 2)",
            "1 + 1 | plus(1, 1)",
            "number % 10 | modulo(number, 10)",
            "a MOD b | modulo(a, b)",
            "a DIV b | intDiv(a, b)",
            "a / b - c | minus(divide(a, b), c)",
            "count() | count()",
            "count(*) | count()",
            "count(DISTINCT x) | countDistinct(x)",
            "'a' | 'a'",
            "[1,2] | [1, 2]",
            "(1,'a') | (1, 'a')",
            "(x) | x",
            "a AND b AND c | and(a, b, c)",
            "a OR b OR c | or(a, b, c)",
            "x IS NULL | isNull(x)",
            "x IS NOT NULL | isNotNull(x)",
            "CAST(x AS String) | CAST(x, 'String')",
            "x::Nullable(UInt8) | CAST(x, 'Nullable(UInt8)')",
            "CAST(x AS Decimal(10,2)) | CAST(x, 'Decimal(10, 2)')",
            "quantile(0.5)(x) | quantile(0.5)(x)",
            "toDate('2024-02-29') + 1 | plus(toDate('2024-02-29'), 1)",
            "NULL | NULL",
            "0.5 | 0.5",
            "1.0 | 1.",
            "1e100 | 1e+100",
            ".5 | 0.5",
            "0x1F | 31",
            "0b101 | 5",
            "inf | inf",
            "-inf | -inf",
            "NaN | nan",
            "x -> x + 1 | lambda(tuple(x), plus(x, 1))",
            "arrayMap((x, y) -> x * y, a, b) | arrayMap(lambda(tuple(x, y), multiply(x, y)), a, b)",
            "a LIKE 'x%' | like(a, 'x%')",
            "a NOT ILIKE 'x%' | notILike(a, 'x%')",
            "a IN (1, 2) | in(a, (1, 2))",
            "a GLOBAL NOT IN (1) | globalNotIn(a, 1)",
            "a BETWEEN 1 AND 2 | and(greaterOrEquals(a, 1), lessOrEquals(a, 2))",
            "a NOT BETWEEN 1 AND 2 | or(less(a, 1), greater(a, 2))",
            "a BETWEEN 1 AND 2 AND c | and(and(greaterOrEquals(a, 1), lessOrEquals(a, 2)), c)",
            "a BETWEEN -1 AND b + 1 OR d | or(and(greaterOrEquals(a, -1), lessOrEquals(a, plus(b, 1))), d)",
            "c ? a : b | if(c, a, b)",
            "a <> b | notEquals(a, b)",
            "a == b | equals(a, b)",
            "CASE WHEN a THEN 1 WHEN b THEN 2 ELSE 3 END | multiIf(a, 1, b, 2, 3)",
            "CASE WHEN a THEN 1 END | multiIf(a, 1, NULL)",
            "CASE x WHEN 1 THEN 'a' ELSE 'b' END | caseWithExpression(x, 1, 'a', 'b')",
            "INTERVAL 1 DAY | toIntervalDay(1)",
            "INTERVAL '2' hours | toIntervalHour('2')",
            "EXTRACT(YEAR FROM d) | toYear(d)",
            "EXTRACT(DAY FROM d) | toDayOfMonth(d)",
            "SUBSTRING(s FROM 2 FOR 3) | substring(s, 2, 3)",
            "TRIM(LEADING 'x' FROM s) | trimLeft(s, 'x')",
            "DATE '2024-01-01' | toDate('2024-01-01')",
            "TIMESTAMP '2024-01-01 00:00:00' | toDateTime('2024-01-01 00:00:00')",
            "x AS y | y",
            "true | true",
            "'it''s\\n' | 'it\\'s\\n'",
            "sum(x) OVER (PARTITION BY y ORDER BY z DESC) | sum(x) OVER (PARTITION BY y ORDER BY z DESC)",
    })
    void columnNames(String sql, String expected) {
        assertEquals(expected, name(sql));
    }

    @Test
    void concatOperator() {
        assertEquals("concat(concat(a, b), 'c')", name("a || b || 'c'"));
        assertEquals("and(a, b)", name("and(a, b)"));
    }

    @Test
    void integerLiteralsUseLongThenBigInteger() {
        assertEquals(new Literal(42L), SqlParser.parseExpression("42"));
        assertEquals(new Literal(new BigInteger("18446744073709551615")), SqlParser.parseExpression("18446744073709551615"));
        assertEquals(new Literal(Long.MIN_VALUE), SqlParser.parseExpression("-9223372036854775808"));
        assertEquals(new Literal(-1.5), SqlParser.parseExpression("-1.5"));
    }

    @Test
    void stringEscapes() {
        assertEquals(Literal.of("a\tb\\c'\0\u0041d"), SqlParser.parseExpression("'a\\tb\\\\c\\'\\0\\x41d'"));
        assertEquals(Literal.of("\\d+"), SqlParser.parseExpression("'\\d+'"));
    }

    @Test
    void quotedIdentifiers() {
        assertEquals(Identifier.of("weird col", "x"), SqlParser.parseExpression("`weird col`.\"x\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"date", "key", "value", "type", "format", "table", "first", "left", "index", "engine", "database", "id", "query"})
    void keywordsAreIdentifiers(String keyword) {
        assertEquals(Identifier.of(keyword), SqlParser.parseExpression(keyword));
        assertEquals(FunctionCall.of("plus", Identifier.of(keyword), Literal.of(1)), SqlParser.parseExpression(keyword + " + 1"));
    }

    @Test
    void lambdaNode() {
        Lambda l = assertInstanceOf(Lambda.class, SqlParser.parseExpression("(x, y) -> x"));
        assertEquals(List.of("x", "y"), l.params());
    }

    @Test
    void parameterAndSubquery() {
        assertEquals(new QueryParameter("id", "UInt64"), SqlParser.parseExpression("{id:UInt64}"));
        FunctionCall in = assertInstanceOf(FunctionCall.class, SqlParser.parseExpression("x IN (SELECT 1)"));
        assertInstanceOf(SubqueryExpr.class, in.args().get(1));
        FunctionCall exists = assertInstanceOf(FunctionCall.class, SqlParser.parseExpression("EXISTS (SELECT 1)"));
        assertEquals("exists", exists.name());
    }

    @Test
    void aliasInsideExpression() {
        FunctionCall f = assertInstanceOf(FunctionCall.class, SqlParser.parseExpression("f(x AS y, y)"));
        assertEquals(new Aliased(Identifier.of("x"), "y"), f.args().get(0));
    }

    @Test
    void countDistinctKeepsFlag() {
        FunctionCall f = assertInstanceOf(FunctionCall.class, SqlParser.parseExpression("count(DISTINCT x)"));
        assertEquals("count", f.name());
        assertEquals(true, f.distinct());
        assertNull(f.parameters());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 + 2 * 3", "(1 + 2) * 3", "a - (b - c)", "a - -1", "-(-1)", "NOT (a AND b)", "x -> x + 1", "f(x -> (x, 1))",
            "a.b.c + t.1 + arr[1][2]", "(a + b).1", "CAST(x AS Enum8('a' = 1, 'b' = -2))", "x IS NULL OR y IS NOT NULL",
            "a IN (SELECT 1 UNION ALL SELECT 2)", "[1, 2][1]", "tuple(1)", "tuple()", "quantiles(0.5, 0.9)(x)", "count(DISTINCT x, y)",
            "rank() OVER (PARTITION BY a ORDER BY b DESC NULLS FIRST ROWS BETWEEN 1 PRECEDING AND UNBOUNDED FOLLOWING)",
            "`weird name` + `from` + \"select\"", "'a\\\\b\\'c'", "1e-7 + 1e21 + 123.456", "{p:Array(String)}", "x AS y", "date + key"})
    void sqlFormatterRoundTrips(String sql) {
        Expr e = SqlParser.parseExpression(sql);
        String formatted = SqlFormatter.format(e);
        assertEquals(e, SqlParser.parseExpression(formatted), formatted);
    }

    @Test
    void sqlFormatterInfix() {
        assertEquals("a + b", SqlFormatter.format(SqlParser.parseExpression("a+b")));
        assertEquals("x AS y", SqlFormatter.format(SqlParser.parseExpression("x y".replace(" y", " AS y"))));
        assertEquals("now() + toIntervalDay(1)", SqlFormatter.format(SqlParser.parseExpression("now() + INTERVAL 1 DAY")));
    }
}
