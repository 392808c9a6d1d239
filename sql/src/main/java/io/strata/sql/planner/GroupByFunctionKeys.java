package io.strata.sql.planner;

import io.strata.core.function.ScalarFunction;
import io.strata.exec.function.FunctionRegistry;
import io.strata.sql.ast.Aliased;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.FunctionCall;
import io.strata.sql.ast.Identifier;
import io.strata.sql.ast.Literal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ClickHouse's {@code optimize_group_by_function_keys}: a GROUP BY key that is a deterministic
 * function of other keys ({@code GROUP BY ClientIP, ClientIP - 1}) adds nothing to the grouping —
 * every group already has one value of it — so it is dropped from the hash key and computed from
 * the kept keys after aggregation, like any expression over keys in the SELECT list. The hash
 * table then holds one narrow key instead of a wide serialized one (ClickBench query 36).
 *
 * <p>A key is dropped only when it is a call of deterministic scalar functions whose leaves are
 * literals and columns that are themselves plain-column GROUP BY keys; never with ROLLUP, CUBE,
 * GROUPING SETS or WITH TOTALS, whose rows give keys default values the dropped expression would
 * not reproduce.
 */
final class GroupByFunctionKeys {
    private GroupByFunctionKeys() {
    }

    /** The keys to hash on: {@code keys} without those that are functions of other (column) keys. */
    static List<Expr> reduce(List<Expr> keys, FunctionRegistry registry) {
        Set<String> columnKeys = new HashSet<>();
        for (Expr k : keys) {
            if (unaliased(k) instanceof Identifier) columnKeys.add(ExpressionCompiler.canonical(unaliased(k)));
        }
        if (columnKeys.isEmpty()) return keys;
        List<Expr> kept = new ArrayList<>();
        for (Expr k : keys) {
            if (unaliased(k) instanceof FunctionCall f && functionOf(f, columnKeys, registry)) continue;
            kept.add(k);
        }
        return kept.isEmpty() ? keys : kept;
    }

    private static Expr unaliased(Expr e) {
        return e instanceof Aliased a ? unaliased(a.expr()) : e;
    }

    private static boolean functionOf(Expr e, Set<String> columnKeys, FunctionRegistry registry) {
        return switch (unaliased(e)) {
            case Literal l -> true;
            case Identifier i -> columnKeys.contains(ExpressionCompiler.canonical(i));
            case FunctionCall f -> {
                if (f.over() != null || f.distinct() || f.parameters() != null && !f.parameters().isEmpty()) yield false;
                ScalarFunction fn = registry.scalar(f.name());
                if (fn == null || !fn.isDeterministic() || f.name().equalsIgnoreCase("arrayJoin")) yield false;
                for (Expr a : f.args()) {
                    if (!functionOf(a, columnKeys, registry)) yield false;
                }
                yield true;
            }
            default -> false;
        };
    }
}
