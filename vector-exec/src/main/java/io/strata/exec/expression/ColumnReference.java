package io.strata.exec.expression;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.type.DataType;

/** The input column at a fixed position. */
public record ColumnReference(int channel, DataType type) implements Expression {
    @Override
    public Column evaluate(Chunk input) {
        return input.column(channel);
    }
}
