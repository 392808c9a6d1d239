package io.strata.exec.function.scalar;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.ConstColumn;
import io.strata.core.column.DoubleColumnBuilder;
import io.strata.core.column.LongColumnBuilder;
import io.strata.core.column.NullableColumnBuilder;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.function.FunctionContext;
import io.strata.core.function.ScalarFunction;
import io.strata.core.settings.Settings;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.NullableType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Binds and runs bundle functions on real columns, the way the framework will (dense arguments). */
final class FunctionHarness {
    static final FunctionContext CONTEXT = new FunctionContext(ZoneId.of("UTC"), Instant.parse("2024-03-15T10:20:30Z"), Settings.DEFAULTS);
    private static final Map<String, ScalarFunction> BY_NAME = new HashMap<>();

    static {
        for (ScalarFunction f : new ScalarFunctionBundle().scalarFunctions()) {
            List<String> names = new ArrayList<>(f.aliases());
            names.add(f.name());
            for (String n : names) {
                String key = f.caseInsensitive() ? n.toLowerCase(Locale.ROOT) : n;
                if (BY_NAME.put(key, f) != null) throw new IllegalStateException("duplicate function name " + n);
            }
        }
    }

    static ScalarFunction function(String name) {
        ScalarFunction f = BY_NAME.get(name);
        if (f == null) f = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (f == null || !f.caseInsensitive() && !BY_NAME.containsKey(name)) throw new IllegalArgumentException("no function " + name);
        return f;
    }

    record Ctx(List<DataType> argumentTypes, Column[] constants) implements ScalarFunction.BindContext {
        @Override public Column constantArgument(int i) { return constants[i]; }
        @Override public FunctionContext functionContext() { return CONTEXT; }
    }

    static ScalarFunction.BoundFunction bind(String name, Column... args) {
        List<DataType> types = new ArrayList<>();
        Column[] constants = new Column[args.length];
        for (int i = 0; i < args.length; i++) {
            types.add(args[i].type());
            if (args[i] instanceof ConstColumn c) constants[i] = c.value();
        }
        return function(name).bind(new Ctx(types, constants));
    }

    /** Binds and executes; constants are materialized as the framework does for kernels. */
    static Column call(String name, Column... args) {
        ScalarFunction f = function(name);
        ScalarFunction.BoundFunction b = bind(name, args);
        int n = 1;
        for (Column a : args) n = Math.max(n, a.size());
        Column[] dense = new Column[args.length];
        for (int i = 0; i < args.length; i++) {
            dense[i] = args[i] instanceof ConstColumn c && !f.acceptsConstArguments() ? c.withSize(n).materialize() : args[i];
        }
        Column r = b.execute(dense, n);
        if (!r.type().equals(b.returnType()) && !(r instanceof ConstColumn)) {
            throw new AssertionError("result column type " + r.type() + " differs from bound type " + b.returnType());
        }
        return r;
    }

    static DataType type(String name, Column... args) {
        return bind(name, args).returnType();
    }

    static Column longs(DataType t, long... v) {
        LongColumnBuilder b = new LongColumnBuilder(t, v.length);
        for (long x : v) b.append(x);
        return b.build();
    }

    static Column doubles(DataType t, double... v) {
        DoubleColumnBuilder b = new DoubleColumnBuilder(t, v.length);
        for (double x : v) b.append(x);
        return b.build();
    }

    static Column strings(String... v) {
        StringColumnBuilder b = new StringColumnBuilder(DataTypes.STRING, v.length);
        for (String x : v) b.append(x);
        return b.build();
    }

    /** A Nullable column: null entries in {@code v} are NULL. */
    static Column nullableLongs(DataType inner, Long... v) {
        NullableColumnBuilder b = new NullableColumnBuilder(new NullableType(inner), v.length);
        LongColumnBuilder values = (LongColumnBuilder) b.values();
        for (Long x : v) {
            if (x == null) b.appendNull();
            else {
                values.append(x);
                b.markNotNull();
            }
        }
        return b.build();
    }

    static Column constString(String s, int rows) {
        return new ConstColumn(strings(s), rows);
    }

    static Column constLong(DataType t, long v, int rows) {
        return new ConstColumn(longs(t, v), rows);
    }

    /** Values as objects (strings decoded from UTF-8) for compact assertions. */
    static List<Object> values(Column c) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            Object o = c.getObject(i);
            out.add(o instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : o);
        }
        return out;
    }

    static ColumnBuilder builder(DataType t) {
        return t.createBuilder(4);
    }
}
