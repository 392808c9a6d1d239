package io.strata.exec.expression;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.type.DataType;

/** A constant: a one-row column repeated as a {@link ConstColumn} of the input's size. */
public record ConstantExpression(Column value) implements Expression {
    public ConstantExpression {
        if (value instanceof ConstColumn c) value = c.value();
    }

    @Override public DataType type() { return value.type(); }
    @Override public Column evaluate(Chunk input) { return new ConstColumn(value, input.rowCount()); }
    @Override public boolean isConstant() { return true; }
}
