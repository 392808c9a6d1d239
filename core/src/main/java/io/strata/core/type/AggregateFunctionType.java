package io.strata.core.type;

import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.StringColumnBuilder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * AggregateFunction(name[(params)], T...): the type of the partial states that {@code -State}
 * combinators produce and {@code -Merge} combinators and {@code finalizeAggregation} consume,
 * named exactly as ClickHouse names it: {@code AggregateFunction(sum, UInt64)},
 * {@code AggregateFunction(quantile(0.5), Float64)}, {@code AggregateFunction(count)}.
 *
 * <p>Design: core cannot see the function registry, so the type holds only what its name says —
 * the function name, its parameters and its argument types — and vector-exec binds the function
 * when it needs to merge or finalize. Physically each value is one group's state in the
 * aggregate's versioned binary form (Accumulator.serialize), so the column is a
 * {@link io.strata.core.column.StringColumn} (PhysicalKind BYTES) and every BYTES kernel (take,
 * filter, hashing, text) works on it unchanged. An empty value is the state of no rows (the
 * column default). As text it is the raw state bytes escaped as a string, as ClickHouse writes it.
 *
 * <p>Parameters are Long, Double, BigInteger, String or byte[] (a string parameter) values.
 */
public final class AggregateFunctionType extends DataType {
    private final String functionName;
    private final List<Object> parameters;
    private final List<DataType> argumentTypes;
    private final String name;

    public AggregateFunctionType(String functionName, List<Object> parameters, List<DataType> argumentTypes) {
        this.functionName = functionName;
        this.parameters = List.copyOf(parameters);
        this.argumentTypes = List.copyOf(argumentTypes);
        StringBuilder sb = new StringBuilder("AggregateFunction(").append(functionName);
        if (!this.parameters.isEmpty()) {
            sb.append('(');
            for (int i = 0; i < this.parameters.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(formatParameter(this.parameters.get(i)));
            }
            sb.append(')');
        }
        for (DataType t : this.argumentTypes) sb.append(", ").append(t.name());
        this.name = sb.append(')').toString();
    }

    /** A parameter as ClickHouse prints it in a type name: numbers plainly (0.5, 10), strings single-quoted. */
    static String formatParameter(Object p) {
        return switch (p) {
            case Double d when d.isNaN() -> "nan";
            case Double d when d.isInfinite() -> d > 0 ? "inf" : "-inf";
            case Double d -> new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
            case Float f -> formatParameter(f.doubleValue());
            case byte[] b -> quote(new String(b, StandardCharsets.UTF_8));
            case String s -> quote(s);
            default -> String.valueOf(p);
        };
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    public String functionName() { return functionName; }
    public List<Object> parameters() { return parameters; }
    public List<DataType> argumentTypes() { return argumentTypes; }

    @Override protected String baseName() { return name; }
    @Override public TypeId id() { return TypeId.AGGREGATE_FUNCTION; }
    @Override public PhysicalKind physicalKind() { return PhysicalKind.BYTES; }
    @Override public ColumnBuilder createBuilder(int expectedRows) { return new StringColumnBuilder(this, expectedRows); }
    @Override public boolean canBeInsideNullable() { return false; }
}
