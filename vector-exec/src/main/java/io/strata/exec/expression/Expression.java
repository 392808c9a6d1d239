package io.strata.exec.expression;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.type.DataType;

/**
 * A compiled, type-resolved expression evaluated a chunk at a time. Built by the planner from
 * the analyzed AST; operators only see this interface.
 */
public interface Expression {
    DataType type();

    /** Evaluates over all rows of {@code input}; the result has {@code input.rowCount()} rows. */
    Column evaluate(Chunk input);

    /** Whether the value does not depend on the input (then it may return a ConstColumn). */
    default boolean isConstant() {
        return false;
    }
}
