package io.strata.exec.function.aggregate;

import io.strata.core.column.BigColumn;
import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.type.DataType;
import io.strata.core.type.DecimalType;
import io.strata.core.type.TypeId;

/**
 * A numeric argument column read as doubles once per batch, so the statistics aggregates run
 * one tight loop over a double[] whatever the argument type (UInt64 read unsigned, decimals
 * divided by their scale). One instance per accumulator and argument: the buffer is reused.
 */
final class NumericInput {
    private final boolean unsigned;
    private final double scaleFactor;
    private double[] buffer = new double[0];

    NumericInput(DataType type) {
        this.unsigned = type.id() == TypeId.UINT64;
        this.scaleFactor = type instanceof DecimalType d ? Math.pow(10, d.scale()) : 1;
    }

    /** The first rowCount values of c as doubles; a Float64 column's own array when it can be. */
    double[] read(Column c, int rowCount) {
        if (c instanceof DoubleColumn d) return d.values();
        if (buffer.length < rowCount) buffer = new double[Math.max(rowCount, buffer.length * 2)];
        double[] out = buffer;
        switch (c) {
            case LongColumn l -> {
                long[] v = l.values();
                if (unsigned) {
                    for (int i = 0; i < rowCount; i++) out[i] = SumAggregate.unsignedToDouble(v[i]);
                } else if (scaleFactor == 1) {
                    for (int i = 0; i < rowCount; i++) out[i] = v[i];
                } else {
                    for (int i = 0; i < rowCount; i++) out[i] = v[i] / scaleFactor;
                }
            }
            case BigColumn b -> {
                for (int i = 0; i < rowCount; i++) out[i] = b.get(i).doubleValue() / scaleFactor;
            }
            default -> throw new IllegalStateException("not a numeric column: " + c.type());
        }
        return out;
    }
}
