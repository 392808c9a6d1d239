package io.strata.sql.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.strata.core.function.FunctionContext;
import io.strata.core.settings.Settings;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.exec.function.FunctionRegistry;
import io.strata.sql.ast.Expr;
import io.strata.sql.parser.SqlParser;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which {@code sum(x ± k)} calls {@link AggregateArithmeticRewrite} moves the constant out of, and
 * into what (the results themselves are checked end to end by tests/queries/01844_sum_of_shifted_column.sql).
 */
class AggregateArithmeticRewriteTest {
    private static final List<String> NAMES = List.of("i16", "u8", "u32", "u64", "i64", "n32", "f64", "b", "d", "lc");
    private static final List<String> TYPES = List.of("Int16", "UInt8", "UInt32", "UInt64", "Int64", "Nullable(Int32)",
            "Float64", "Bool", "Decimal(10, 2)", "LowCardinality(UInt32)");

    private static AggregateArithmeticRewrite rewriter() {
        List<DataType> types = new ArrayList<>();
        List<Boolean> visible = new ArrayList<>();
        for (String t : TYPES) {
            types.add(DataTypes.parse(t));
            visible.add(true);
        }
        Relation r = new Relation(NAMES, types, visible, null, null, null, -1, false);
        FunctionContext fc = new FunctionContext(ZoneId.of("UTC"), Instant.EPOCH, Settings.DEFAULTS);
        ExpressionCompiler compiler = new ExpressionCompiler(FunctionRegistry.get(), fc, Map.of(), q -> {
            throw new AssertionError("no subqueries here");
        }, null);
        return AggregateArithmeticRewrite.over(compiler, r);
    }

    private static String rewritten(String expr) {
        return ExpressionCompiler.canonical(rewriter().rewrite(SqlParser.parseExpression(expr)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // unsigned + unsigned: UInt64 arithmetic
            "sum(u32 + 1)|plus(toUInt64(sum(u32)), multiply(toUInt64(1), toUInt64(count())))",
            "SUM(5 + u8)|plus(toUInt64(sum(u8)), multiply(toUInt64(5), toUInt64(count())))",
            "sum(u64 + 300)|plus(toUInt64(sum(u64)), multiply(toUInt64(300), toUInt64(count())))",
            // signed argument or subtraction: Int64 arithmetic
            "sum(i16 + 89)|plus(toInt64(sum(i16)), multiply(toInt64(89), toInt64(count())))",
            "sum(u8 - 3)|minus(toInt64(sum(u8)), multiply(toInt64(3), toInt64(count())))",
            "sum(u64 - 1)|minus(toInt64(sum(u64)), multiply(toInt64(1), toInt64(count())))",
            "sum(i64 - 7)|minus(toInt64(sum(i64)), multiply(toInt64(7), toInt64(count())))",
            // nested in other expressions and under an alias
            "sum(u8 + 1) * 2|multiply(plus(toUInt64(sum(u8)), multiply(toUInt64(1), toUInt64(count()))), 2)",
    })
    void movesTheConstantOut(String expr, String expected) {
        assertEquals(expected, rewritten(expr));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "sum(n32 + 1)", // Nullable: left alone
            "sum(f64 + 1)", // floats: addition is not associative
            "sum(i16 + 1.5)", // a float constant
            "sum(b + 1)", // Bool
            "sum(d + 1)", // Decimal
            "sum(lc + 1)", // LowCardinality
            "sum(5 - u8)", // constant minus column: not one of the rewritten shapes
            "sum(u8 * 2)",
            "sum(u8 + u32)",
            "sum(DISTINCT u8 + 1)",
            "sumIf(u8 + 1, u8 > 0)",
            "avg(u8 + 1)",
            "sum(u8 + 1) OVER ()",
            "sum(missing + 1)", // unknown column: the planner reports it, not the rewrite
            "sum(u8 + 18446744073709551615)", // a constant beyond Int64 (kept out for simplicity)
    })
    void leavesOtherCallsAlone(String expr) {
        Expr e = SqlParser.parseExpression(expr);
        assertSame(e, rewriter().rewrite(e), expr);
    }
}
