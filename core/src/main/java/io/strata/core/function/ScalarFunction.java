package io.strata.core.function;

import io.strata.core.column.Column;
import io.strata.core.type.DataType;
import java.util.List;

/**
 * A scalar function: rows in, one value per row out. The framework (vector-exec) does the
 * common work so the author writes only the dense kernel:
 * <ul>
 * <li>Nullable: with {@link #useDefaultImplementationForNulls()} a NULL in any argument gives NULL;
 * the kernel sees the non-nullable values and the result is wrapped back in Nullable.</li>
 * <li>LowCardinality arguments are expanded (or the dictionary is evaluated once).</li>
 * <li>Const: when every argument is constant the kernel runs on one row; otherwise constant
 * arguments are materialized unless {@link #acceptsConstArguments()} says the kernel handles
 * {@link io.strata.core.column.ConstColumn} itself (cheaper for {@code x + 1}).</li>
 * </ul>
 */
public interface ScalarFunction {

    /** The canonical name as ClickHouse spells it, e.g. {@code toStartOfHour}. */
    String name();

    /** Other names; ClickHouse's SQL-standard aliases are case-insensitive. */
    default List<String> aliases() {
        return List.of();
    }

    /** Whether the name (and aliases) match case-insensitively (e.g. {@code lower}, {@code CAST}). */
    default boolean caseInsensitive() {
        return false;
    }

    default boolean useDefaultImplementationForNulls() {
        return true;
    }

    /**
     * Whether LowCardinality arguments are expanded to their dictionary type before binding and
     * execution. False only for functions that inspect the wrapper itself (toTypeName).
     */
    default boolean useDefaultImplementationForLowCardinality() {
        return true;
    }

    default boolean acceptsConstArguments() {
        return false;
    }

    /** False for now(), rand()...: such calls are not folded at plan time. */
    default boolean isDeterministic() {
        return true;
    }

    /**
     * Checks the argument types and resolves the overload. Throws DbException with
     * NUMBER_OF_ARGUMENTS_DOESNT_MATCH or ILLEGAL_TYPE_OF_ARGUMENT as ClickHouse does.
     */
    BoundFunction bind(BindContext context);

    /** What {@link #bind} sees: argument types (Nullable stripped when nulls are defaulted), constants, context. */
    interface BindContext {
        List<DataType> argumentTypes();

        /** The constant value of argument i as a one-row column, or null when it is not constant. */
        Column constantArgument(int i);

        FunctionContext functionContext();

        default DataType argumentType(int i) {
            return argumentTypes().get(i);
        }

        default int argumentCount() {
            return argumentTypes().size();
        }
    }

    /** A resolved overload: fixed argument and return types. */
    interface BoundFunction {
        DataType returnType();

        /**
         * Computes the result for {@code rowCount} rows. Arguments have the bound types, without
         * Nullable (when nulls are defaulted) or LowCardinality; Const only when accepted.
         */
        Column execute(Column[] arguments, int rowCount);

        /**
         * Whether this overload's kernel takes ConstColumn arguments as they are (e.g. a kernel
         * specialised for a constant divisor never reads the divisor column); see
         * {@link ScalarFunction#acceptsConstArguments()}.
         */
        default boolean acceptsConstArguments() {
            return false;
        }

        /** Whether {@link #select} works for this overload (a filter then needs no result column). */
        default boolean selects() {
            return false;
        }

        /**
         * For a filter, where {@link #selects()}: keeps, of the rows {@code selection[0..count)} (all
         * rows {@code 0..rowCount-1} when {@code count < 0}), those where the result is non-zero, in
         * order, in {@code selection} (at least {@code rowCount} long); returns how many. Arguments as
         * for {@link #execute}.
         */
        default int select(Column[] arguments, int rowCount, int[] selection, int count) {
            throw new UnsupportedOperationException();
        }
    }
}
