package io.strata.exec.function.aggregate;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.type.DataType;
import io.strata.core.type.PhysicalKind;
import io.strata.core.type.TypeId;
import java.util.List;

/** The bind-time checks shared by the aggregates, with ClickHouse's error codes. */
final class ArgumentChecks {
    private ArgumentChecks() {
    }

    static void argumentCount(String function, List<DataType> types, int min, int max) {
        int n = types.size();
        if (n < min || n > max) {
            String expected = min == max ? String.valueOf(min) : max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                    "Aggregate function %s requires %s argument%s, passed %d", function, expected, max == 1 && min == 1 ? "" : "s", n);
        }
    }

    static void noParameters(String function, List<Object> parameters) {
        if (!parameters.isEmpty()) {
            throw DbException.of(ErrorCode.AGGREGATE_FUNCTION_DOESNT_ALLOW_PARAMETERS,
                    "Aggregate function %s cannot have parameters", function);
        }
    }

    static DbException illegalType(String function, DataType t) {
        return DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type %s of argument for aggregate function %s", t.name(), function);
    }

    /** Types whose values order naturally and that min/max/argMin/argMax compare. */
    static boolean comparable(DataType t) {
        PhysicalKind k = t.physicalKind();
        return (k == PhysicalKind.LONG || k == PhysicalKind.DOUBLE || k == PhysicalKind.BYTES || k == PhysicalKind.BIG)
                && t.id() != TypeId.INTERVAL;
    }

    /**
     * Types min/max/argMin/argMax may order by: the comparable scalars, and arrays and tuples,
     * which ClickHouse compares lexicographically.
     */
    static boolean orderable(DataType t) {
        PhysicalKind k = t.physicalKind();
        return comparable(t) || k == PhysicalKind.ARRAY || k == PhysicalKind.TUPLE;
    }

    static boolean isUnsigned64(DataType t) {
        return t.id() == TypeId.UINT64;
    }

    static boolean isNumber(DataType t) {
        return t.isNumeric();
    }

    /** A parameter as a double (quantile levels), checked to be a number. */
    static double numberParameter(String function, Object p) {
        if (p instanceof Number n) return n.doubleValue();
        throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Parameter of aggregate function %s must be a number, got %s", function, p);
    }
}
