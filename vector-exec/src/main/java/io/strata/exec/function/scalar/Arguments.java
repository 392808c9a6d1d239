package io.strata.exec.function.scalar;

import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.ScalarFunction.BindContext;
import io.strata.core.type.DataType;
import io.strata.core.type.TypeId;
import java.util.List;

/** Argument checks with ClickHouse's error codes and messages, shared by all families. */
public final class Arguments {
    private Arguments() {
    }

    public static void count(BindContext ctx, String function, int expected) {
        if (ctx.argumentCount() != expected) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                    "Number of arguments for function %s doesn't match: passed %d, should be %d", function, ctx.argumentCount(), expected);
        }
    }

    public static void countBetween(BindContext ctx, String function, int min, int max) {
        int n = ctx.argumentCount();
        if (n < min || n > max) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                    "Number of arguments for function %s doesn't match: passed %d, should be %s", function, n,
                    min == max ? String.valueOf(min) : "from " + min + " to " + max);
        }
    }

    public static void atLeast(BindContext ctx, String function, int min) {
        if (ctx.argumentCount() < min) {
            throw DbException.of(ErrorCode.TOO_FEW_ARGUMENTS_FOR_FUNCTION,
                    "Number of arguments for function %s doesn't match: passed %d, should be at least %d", function, ctx.argumentCount(), min);
        }
    }

    public static DbException illegalType(DataType type, int argument, String function) {
        return DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type %s of %s argument of function %s",
                type, ordinal(argument), function);
    }

    public static DbException illegalTypes(DataType left, DataType right, String function) {
        return DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Illegal types %s and %s of arguments of function %s",
                left, right, function);
    }

    public static String ordinal(int i) {
        return switch (i) {
            case 0 -> "first";
            case 1 -> "second";
            case 2 -> "third";
            case 3 -> "fourth";
            default -> (i + 1) + "th";
        };
    }

    /** The constant String value of argument i, or throws ILLEGAL_COLUMN as ClickHouse does for a non-constant. */
    public static String constantString(BindContext ctx, int i, String function) {
        Column c = ctx.constantArgument(i);
        byte[] bytes = c == null ? null : constantBytes(c);
        if (bytes == null) {
            throw DbException.of(ErrorCode.ILLEGAL_COLUMN, "Argument %d of function %s must be a constant string", i + 1, function);
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The bytes of a one-row constant string column (possibly wrapped), or null when it is NULL or not a string. */
    public static byte[] constantBytes(Column c) {
        while (true) {
            switch (c) {
                case ConstColumn k -> c = k.value();
                case NullableColumn n -> {
                    if (n.isNullAt(0)) return null;
                    c = n.values();
                }
                case StringColumn s -> {
                    return s.getBytes(0);
                }
                default -> {
                    return null;
                }
            }
        }
    }

    /** The constant integer value of argument i (any integer type), or throws ILLEGAL_COLUMN. */
    public static long constantLong(BindContext ctx, int i, String function) {
        Column c = ctx.constantArgument(i);
        while (c instanceof ConstColumn k) c = k.value();
        if (c instanceof NullableColumn n && !n.isNullAt(0)) c = n.values();
        if (c instanceof LongColumn l && ctx.argumentType(i).unwrap().isInteger()) return l.get(0);
        throw DbException.of(ErrorCode.ILLEGAL_COLUMN, "Argument %d of function %s must be a constant integer", i + 1, function);
    }

    public static boolean isString(DataType t) {
        return t.id() == TypeId.STRING || t.id() == TypeId.FIXED_STRING;
    }

    public static List<DataType> types(BindContext ctx) {
        return ctx.argumentTypes();
    }
}
