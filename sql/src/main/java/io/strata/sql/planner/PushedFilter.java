package io.strata.sql.planner;

import io.strata.core.block.Chunk;
import io.strata.core.table.FilterCondition;
import io.strata.core.table.ScanFilter;
import io.strata.exec.expression.Expression;
import io.strata.exec.operator.PredicateSelector;
import io.strata.sql.ast.Expr;
import io.strata.sql.ast.SqlFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The WHERE (PREWHERE folded in) of a single-table SELECT as handed to the table engine: the
 * columns it reads, the compiled predicate over exactly those columns, its SQL over plain column
 * names, and the condition tree for index analysis. The planner keeps its own filter above the
 * scan, so an engine may use any part of this or none.
 */
record PushedFilter(List<String> requiredColumns, PredicateSelector selector, String sql, FilterCondition condition)
        implements ScanFilter {

    PushedFilter {
        requiredColumns = List.copyOf(requiredColumns);
    }

    /**
     * The filter for {@code where}, compiled as {@code predicate} over {@code channels} (relation
     * column indexes in channel order); null when the predicate cannot be evaluated twice with
     * the same answer (rand(), blockSize()), since the engine and the planner would both apply it.
     */
    static PushedFilter create(ExpressionCompiler compiler, Relation relation, Expr where, Expression predicate,
                               List<Integer> channels) {
        FilterConditionTranslator translator = new FilterConditionTranslator(compiler, relation);
        if (!translator.isRepeatable(where)) return null;
        List<String> columns = new ArrayList<>();
        for (int i : channels) columns.add(relation.names().get(i));
        String sql = SqlFormatter.format(translator.plainNames(where, Set.of()));
        FilterCondition condition;
        try {
            condition = translator.translate(where);
        } catch (RuntimeException e) {
            // analysis only helps storage skip data: a failure in it must not fail the query
            condition = new FilterCondition.Unknown(sql);
        }
        return new PushedFilter(columns, new PredicateSelector(predicate), sql, condition);
    }

    @Override
    public int select(Chunk chunk, int[] out) {
        return selector.select(chunk, out);
    }
}
