package io.strata.formats.values;

import io.strata.core.column.Column;
import io.strata.core.type.DataType;

/**
 * Evaluates one Values field that is not a literal of its column's type (an expression such as
 * {@code now()} or {@code fromUnixTimestamp64Nano(...)}) as SQL and converts it to that type, as
 * ClickHouse's Values format does field by field. Supplied by a caller that can run SQL (the server).
 */
@FunctionalInterface
public interface ValuesExpressionEvaluator {
    /** A one-row column of {@code type} holding the value of {@code expression}. */
    Column evaluate(String expression, DataType type);
}
