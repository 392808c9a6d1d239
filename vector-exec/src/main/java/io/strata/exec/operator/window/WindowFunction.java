package io.strata.exec.operator.window;

import io.strata.core.column.Column;
import io.strata.core.type.DataType;

/**
 * One function evaluated over a window: given the sorted layout and its argument columns (already
 * in sorted order, Const and LowCardinality removed), it returns its result for every sorted row.
 */
public interface WindowFunction {
    DataType type();

    Column evaluate(WindowLayout layout, Column[] arguments);
}
