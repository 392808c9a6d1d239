package io.strata.exec.function.aggregate;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.TypeId;
import java.util.List;

/** Parameters and result shape shared by the quantile family: quantile(level) vs quantiles(l1, l2, ...). */
record QuantileLevels(double[] levels, boolean multiple) {

    static QuantileLevels parse(String function, List<Object> parameters, boolean multiple) {
        if (!multiple && parameters.size() > 1) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function %s requires one level parameter or none", function);
        }
        if (multiple && parameters.isEmpty()) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function %s requires at least one level parameter", function);
        }
        double[] levels = parameters.isEmpty() ? new double[] {0.5} : new double[parameters.size()];
        for (int i = 0; i < parameters.size(); i++) {
            double l = ArgumentChecks.numberParameter(function, parameters.get(i));
            if (!(l >= 0 && l <= 1)) {
                throw DbException.of(ErrorCode.PARAMETER_OUT_OF_BOUND, "Quantile level is out of range [0..1]");
            }
            levels[i] = l;
        }
        return new QuantileLevels(levels, multiple);
    }

    static boolean isDateOrTime(DataType t) {
        TypeId id = t.id();
        return id == TypeId.DATE || id == TypeId.DATE32 || id == TypeId.DATETIME || id == TypeId.DATETIME64;
    }

    DataType wrap(DataType valueType) {
        return multiple ? new ArrayType(valueType) : valueType;
    }

    /** The per-group values column as the result: itself, or one array of {@code levels.length} per group. */
    Column shape(DataType resultType, Column values, int groupCount) {
        if (!multiple) return values;
        int[] offsets = new int[groupCount + 1];
        for (int g = 0; g <= groupCount; g++) offsets[g] = g * levels.length;
        return new ArrayColumn(resultType, offsets, values, groupCount);
    }
}
