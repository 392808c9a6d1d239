package io.strata.core.type;

import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import java.util.List;
import java.util.ServiceLoader;

/**
 * What the data type {@code SimpleAggregateFunction(f[(params)], T)} says: values are stored, read,
 * written and computed on exactly as T, and only the AggregatingMergeTree and SummingMergeTree
 * merges (and SELECT ... FINAL) look at f, combining the rows of one sorting key with it instead
 * of keeping the first row's value (or summing). The type itself is a copy of T carrying this
 * record as its custom name ({@link DataType#simpleAggregateFunction()}).
 *
 * <p>As in ClickHouse, f must be an aggregate whose result over partial results equals its result
 * over all rows and whose result type is T itself (T without LowCardinality), so that the stored
 * value is at once the state and the result: see {@link #SUPPORTED}. The checks need the
 * aggregate registry, which core cannot see: an {@link AggregateFunctionSignatures} found through
 * ServiceLoader (vector-exec provides it) resolves f; without one only the name is checked.
 *
 * @param functionName the aggregate's canonical name ({@code sum}, {@code anyLast}...)
 * @param parameters   the aggregate's parameters (Long, Double, BigInteger or String), usually none
 * @param argumentTypes the aggregate's argument types; the first is the storage type T
 */
public record SimpleAggregateFunction(String functionName, List<Object> parameters, List<DataType> argumentTypes) {

    /**
     * The aggregates ClickHouse accepts (DataTypeCustomSimpleAggregateFunction::checkSupportedFunctions),
     * in its order, which its error message lists.
     */
    public static final List<String> SUPPORTED = List.of("any", "any_respect_nulls", "anyLast", "anyLast_respect_nulls", "min", "max", "sum",
            "sumWithOverflow", "groupBitAnd", "groupBitOr", "groupBitXor", "sumMap", "minMap", "maxMap", "groupArrayArray",
            "groupArrayLastArray", "groupUniqArrayArray", "groupUniqArrayArrayMap", "sumMappedArrays", "minMappedArrays",
            "maxMappedArrays");

    public SimpleAggregateFunction {
        parameters = List.copyOf(parameters);
        argumentTypes = List.copyOf(argumentTypes);
    }

    /** T: the type the values are stored as. */
    public DataType storageType() {
        return argumentTypes.getFirst();
    }

    /** The type name as ClickHouse prints it: {@code SimpleAggregateFunction(sum, UInt64)}. */
    public String typeName() {
        StringBuilder sb = new StringBuilder("SimpleAggregateFunction(").append(functionName);
        if (!parameters.isEmpty()) {
            sb.append('(');
            for (int i = 0; i < parameters.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(AggregateFunctionType.formatParameter(parameters.get(i)));
            }
            sb.append(')');
        }
        for (DataType t : argumentTypes) sb.append(", ").append(t.name());
        return sb.append(')').toString();
    }

    /**
     * The type {@code SimpleAggregateFunction(name(params), argumentTypes...)}, checked as
     * ClickHouse checks it when it creates the type: the aggregate must exist and accept the
     * arguments (its own error otherwise), be one of {@link #SUPPORTED} (BAD_ARGUMENTS) and return
     * the storage type (BAD_ARGUMENTS).
     */
    public static DataType type(String name, List<Object> parameters, List<DataType> argumentTypes) {
        if (argumentTypes.isEmpty()) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                    "Data type SimpleAggregateFunction requires parameters: name of aggregate function and list of data types for arguments");
        }
        // the storage type names itself without a custom name of its own, as ClickHouse re-creates it from its name
        List<DataType> arguments = argumentTypes.stream().map(DataType::withoutCustomName).toList();
        DataType storage = arguments.getFirst();
        AggregateFunctionSignatures signatures = Signatures.INSTANCE;
        String canonical = name;
        DataType result = null;
        if (signatures != null) {
            AggregateFunctionSignatures.Signature s = signatures.signature(name, parameters, arguments);
            canonical = s.canonicalName();
            result = s.returnType();
        }
        if (!SUPPORTED.contains(canonical)) {
            throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Unsupported aggregate function %s, supported functions are %s",
                    canonical, String.join(",", SUPPORTED));
        }
        DataType expected = DataTypes.removeLowCardinality(storage);
        if (result != null && !result.withoutCustomName().equals(expected)) {
            throw DbException.of(ErrorCode.BAD_ARGUMENTS,
                    "Incompatible data types between aggregate function '%s' which returns %s and column storage type %s",
                    canonical, result.withoutCustomName().name(), storage.name());
        }
        return storage.withSimpleAggregateFunction(new SimpleAggregateFunction(canonical, parameters, arguments));
    }

    /** The resolver found on the class path, looked up once; null when only core is present. */
    private static final class Signatures {
        static final AggregateFunctionSignatures INSTANCE = ServiceLoader
                .load(AggregateFunctionSignatures.class, AggregateFunctionSignatures.class.getClassLoader())
                .findFirst().orElse(null);
    }
}
