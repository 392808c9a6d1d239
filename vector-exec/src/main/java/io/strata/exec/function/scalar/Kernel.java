package io.strata.exec.function.scalar;

import io.strata.core.column.Column;
import io.strata.core.function.ScalarFunction.BoundFunction;
import io.strata.core.type.DataType;

/** The dense computation of a bound function: arguments in, one result column out. */
@FunctionalInterface
public interface Kernel {
    Column execute(Column[] arguments, int rowCount);

    /** Pairs a kernel with its result type. */
    static BoundFunction bound(DataType returnType, Kernel kernel) {
        return new Bound(returnType, kernel);
    }

    record Bound(DataType returnType, Kernel kernel) implements BoundFunction {
        @Override
        public Column execute(Column[] arguments, int rowCount) {
            return kernel.execute(arguments, rowCount);
        }
    }
}
