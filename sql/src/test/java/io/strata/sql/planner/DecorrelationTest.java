package io.strata.sql.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.sql.ast.Aliased;
import io.strata.sql.ast.FunctionCall;
import io.strata.sql.ast.JoinExpr;
import io.strata.sql.ast.JoinKind;
import io.strata.sql.ast.JoinStrictness;
import io.strata.sql.ast.SelectQuery;
import io.strata.sql.ast.SelectStatement;
import io.strata.sql.ast.SubqueryExpr;
import io.strata.sql.ast.SubqueryRef;
import io.strata.sql.ast.TableExpr;
import io.strata.sql.ast.TableRef;
import io.strata.sql.parser.SqlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The AST rewrite of correlated subqueries into joins, over tables t(k, a) and u(k, b). */
class DecorrelationTest {
    private static final Map<String, List<String>> TABLES = Map.of("t", List.of("k", "a"), "u", List.of("k", "b"));

    private static Relation resolve(TableExpr from) {
        TableRef t = (TableRef) from;
        List<String> names = TABLES.get(t.table());
        List<DataType> types = new ArrayList<>();
        List<Boolean> visible = new ArrayList<>();
        for (String ignored : names) {
            types.add(DataTypes.UINT64);
            visible.add(true);
        }
        return new Relation(names, types, visible, t.alias() != null ? t.alias() : t.table(), null, null, -1, false);
    }

    private static SelectQuery rewrite(String sql) {
        SelectQuery q = parse(sql);
        assertTrue(Decorrelation.applies(q));
        return new Decorrelation(DecorrelationTest::resolve,
                e -> e instanceof FunctionCall f && Set.of("count", "sum").contains(f.name())).rewrite(q);
    }

    private static SelectQuery parse(String sql) {
        return ((SelectStatement) SqlParser.parseStatement(sql)).query().queries().get(0);
    }

    @Test
    void existsBecomesSemiJoinAndNotExistsAntiJoin() {
        SelectQuery q = rewrite("SELECT a FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.k = t.k AND u.b > 1) AND a > 0");
        JoinExpr j = assertInstanceOf(JoinExpr.class, q.from());
        assertEquals(JoinKind.LEFT, j.kind());
        assertEquals(JoinStrictness.SEMI, j.strictness());
        SelectQuery keys = ((SubqueryRef) j.right()).query().queries().get(0);
        assertTrue(keys.distinct());
        assertEquals("greater(u.b, 1)", ExpressionCompiler.canonical(keys.where()));
        assertEquals("greater(a, 0)", ExpressionCompiler.canonical(q.where()));

        SelectQuery anti = rewrite("SELECT a FROM t WHERE NOT EXISTS (SELECT 1 FROM u WHERE t.k = u.k)");
        assertEquals(JoinStrictness.ANTI, ((JoinExpr) anti.from()).strictness());
        assertNull(anti.where());
    }

    @Test
    void scalarAggregateBecomesGroupedLeftJoin() {
        SelectQuery q = rewrite("SELECT a, (SELECT count() FROM u WHERE u.k = t.k) FROM t");
        JoinExpr j = assertInstanceOf(JoinExpr.class, q.from());
        assertEquals(JoinStrictness.ANY, j.strictness());
        SelectQuery grouped = ((SubqueryRef) j.right()).query().queries().get(0);
        assertEquals(1, grouped.groupBy().exprs().size());
        // the item keeps the subquery's column name; its value falls back to the aggregate over no rows
        Aliased item = assertInstanceOf(Aliased.class, q.select().get(1));
        assertEquals("(SELECT count() FROM u WHERE u.k = t.k)", item.alias());
        FunctionCall value = assertInstanceOf(FunctionCall.class, item.expr());
        assertEquals("if", value.name());
        assertInstanceOf(SubqueryExpr.class, value.args().get(2));
    }

    @Test
    void existsOutsideTheWhereConjunctsBecomesMarkedLeftJoin() {
        SelectQuery q = rewrite("SELECT a FROM t WHERE a = 1 OR NOT EXISTS (SELECT 1 FROM u WHERE u.k = t.k)");
        JoinExpr j = assertInstanceOf(JoinExpr.class, q.from());
        assertEquals(JoinStrictness.ANY, j.strictness());
        assertEquals("or(equals(a, 1), not(if(__correlated1.__correlated1_m, 1, 0)))", ExpressionCompiler.canonical(q.where()));
    }

    @Test
    void uncorrelatedSubqueriesStayAsWritten() {
        SelectQuery q = parse("SELECT a FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.k = 1) AND a IN (SELECT b FROM u)");
        assertSame(q, new Decorrelation(DecorrelationTest::resolve, e -> false).rewrite(q));
    }

    @Test
    void unsupportedFormsFailNamingTheForm() {
        DbException inequality = assertThrows(DbException.class,
                () -> rewrite("SELECT a FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.k < t.k)"));
        assertEquals(ErrorCode.NOT_IMPLEMENTED, inequality.code());
        assertTrue(inequality.getMessage().contains("less(u.k, t.k)"), inequality.getMessage());
        DbException notAggregate = assertThrows(DbException.class,
                () -> rewrite("SELECT (SELECT b FROM u WHERE u.k = t.k) FROM t"));
        assertEquals(ErrorCode.NOT_IMPLEMENTED, notAggregate.code());
    }
}
