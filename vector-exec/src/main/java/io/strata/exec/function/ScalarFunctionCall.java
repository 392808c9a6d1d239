package io.strata.exec.function;

import io.strata.core.block.Chunk;
import io.strata.core.column.Column;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.LowCardinalityColumn;
import io.strata.core.column.NullableColumn;
import io.strata.core.function.FunctionContext;
import io.strata.core.function.ScalarFunction;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.LowCardinalityType;
import io.strata.core.type.NullableType;
import io.strata.core.type.TypeId;
import io.strata.exec.expression.ConstantExpression;
import io.strata.exec.expression.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * A bound call of a scalar function, and the framework around kernels: it strips Nullable,
 * LowCardinality and Const wrappers per the function's declarations, runs the kernel on dense
 * columns, and puts the null map back. Calls whose arguments are all constant are folded at
 * bind time (for deterministic functions).
 */
public final class ScalarFunctionCall implements Expression {
    private final ScalarFunction function;
    private final ScalarFunction.BoundFunction bound;
    private final Expression[] arguments;
    private final boolean[] stripNullable;
    private final boolean stripLowCardinality;
    private final boolean wrapNullable;
    private final DataType type;

    private ScalarFunctionCall(ScalarFunction function, ScalarFunction.BoundFunction bound, Expression[] arguments,
                               boolean[] stripNullable, boolean stripLowCardinality, boolean wrapNullable, DataType type) {
        this.function = function;
        this.bound = bound;
        this.arguments = arguments;
        this.stripNullable = stripNullable;
        this.stripLowCardinality = stripLowCardinality;
        this.wrapNullable = wrapNullable;
        this.type = type;
    }

    public ScalarFunction function() { return function; }
    public List<Expression> arguments() { return List.of(arguments); }

    /** Resolves {@code function} for {@code arguments}; may return a constant when folding applies. */
    public static Expression bind(ScalarFunction function, List<Expression> arguments, FunctionContext context) {
        int n = arguments.size();
        boolean defaultNulls = function.useDefaultImplementationForNulls();
        boolean stripLc = function.useDefaultImplementationForLowCardinality();
        List<DataType> types = new ArrayList<>(n);
        Column[] constants = new Column[n];
        boolean[] stripNullable = new boolean[n];
        boolean anyNullable = false;
        for (int i = 0; i < n; i++) {
            Expression arg = arguments.get(i);
            DataType t = arg.type();
            Column constant = arg instanceof ConstantExpression c ? c.value() : null;
            if (stripLc && t instanceof LowCardinalityType lc) {
                t = lc.inner();
                if (constant != null) constant = constant.materialize();
            }
            if (defaultNulls) {
                if (t.id() == TypeId.NOTHING || t instanceof NullableType nt && nt.inner().id() == TypeId.NOTHING) {
                    return new ConstantExpression(DataTypes.NULLABLE_NOTHING.defaultColumn(1));
                }
                if (t instanceof NullableType nt) {
                    stripNullable[i] = true;
                    anyNullable = true;
                    t = nt.inner();
                    if (constant instanceof NullableColumn nc) {
                        if (nc.isNullAt(0)) {
                            // NULL constant argument: bind for the type, the result is NULL
                            constant = null;
                        } else {
                            constant = nc.values();
                        }
                    }
                }
            }
            types.add(t);
            constants[i] = constant;
        }
        final List<DataType> argTypes = List.copyOf(types);
        ScalarFunction.BoundFunction bound = function.bind(new ScalarFunction.BindContext() {
            @Override public List<DataType> argumentTypes() { return argTypes; }
            @Override public Column constantArgument(int i) { return constants[i]; }
            @Override public FunctionContext functionContext() { return context; }
        });
        DataType result = bound.returnType();
        boolean wrap = defaultNulls && anyNullable && result.canBeInsideNullable() && !result.isNullable();
        if (wrap) result = DataTypes.makeNullableSafe(result);
        ScalarFunctionCall call = new ScalarFunctionCall(function, bound, arguments.toArray(new Expression[0]),
                stripNullable, stripLc, wrap, result);
        boolean allConstant = true;
        for (Expression e : arguments) allConstant &= e.isConstant() && e instanceof ConstantExpression;
        if (allConstant && function.isDeterministic()) {
            Column value = call.evaluate(new Chunk(new Column[0], 1));
            if (value instanceof ConstColumn c) value = c.value();
            return new ConstantExpression(value.size() == 1 ? value : value.slice(0, 1));
        }
        return call;
    }

    @Override public DataType type() { return type; }

    /** Whether {@link #select} can filter by this call without its result column (no NULLs to carry). */
    public boolean selects() {
        if (wrapNullable || !bound.selects()) return false;
        for (boolean b : stripNullable) if (b) return false;
        return true;
    }

    /** See {@link ScalarFunction.BoundFunction#select}; only where {@link #selects()}. */
    public int select(Chunk input, int[] selection, int count) {
        int rows = input.rowCount();
        Column[] cols = new Column[arguments.length];
        for (int i = 0; i < cols.length; i++) {
            Column c = argument(i, input, rows);
            if (!function.acceptsConstArguments() && !bound.acceptsConstArguments() && c instanceof ConstColumn cc) c = cc.materialize();
            cols[i] = c;
        }
        return bound.select(cols, rows, selection, count);
    }

    @Override
    public Column evaluate(Chunk input) {
        int rows = input.rowCount();
        int n = arguments.length;
        Column[] cols = new Column[n];
        byte[] nulls = null;
        boolean allConst = n > 0;
        for (int i = 0; i < n; i++) {
            Column c = argument(i, input, rows);
            if (stripNullable[i]) {
                if (c instanceof ConstColumn cc) {
                    if (cc.value().isNullAt(0)) return nullResult(rows);
                    if (cc.value() instanceof NullableColumn nc) c = new ConstColumn(nc.values(), rows);
                } else if (c instanceof NullableColumn nc) {
                    byte[] m = nc.nulls();
                    if (nulls == null) {
                        nulls = java.util.Arrays.copyOf(m, rows);
                    } else {
                        for (int r = 0; r < rows; r++) nulls[r] |= m[r];
                    }
                    c = nc.values();
                }
            }
            allConst &= c instanceof ConstColumn;
            cols[i] = c;
        }
        Column result;
        if (allConst) {
            Column[] one = new Column[n];
            for (int i = 0; i < n; i++) one[i] = ((ConstColumn) cols[i]).value();
            Column v = bound.execute(one, 1);
            if (v instanceof ConstColumn cc) v = cc.value();
            result = wrapNullable ? new NullableColumn(type, v, new byte[1]) : v;
            return new ConstColumn(result, rows);
        }
        if (!function.acceptsConstArguments() && !bound.acceptsConstArguments()) {
            for (int i = 0; i < n; i++) if (cols[i] instanceof ConstColumn cc) cols[i] = cc.materialize();
        }
        result = bound.execute(cols, rows);
        if (wrapNullable) {
            if (result instanceof ConstColumn cc) result = cc.materialize();
            result = new NullableColumn(type, result, nulls != null ? nulls : new byte[rows]);
        }
        return result;
    }

    /** Argument {@code i} over {@code input}, LowCardinality materialized where the overload does not take it. */
    private Column argument(int i, Chunk input, int rows) {
        Column c = arguments[i].evaluate(input);
        if (stripLowCardinality) {
            if (c instanceof LowCardinalityColumn lc) return lc.materialize();
            if (c instanceof ConstColumn cc && cc.value() instanceof LowCardinalityColumn lc) return new ConstColumn(lc.materialize(), rows);
        }
        return c;
    }

    private Column nullResult(int rows) {
        return new ConstColumn(type.defaultColumn(1), rows);
    }
}
