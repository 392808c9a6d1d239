package io.strata.exec.function.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.function.AggregateFunction;
import io.strata.core.function.FunctionBundle;
import io.strata.core.function.FunctionContext;
import io.strata.core.settings.Settings;
import io.strata.core.type.DataType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/** Shared helpers of the aggregate tests: a small registry over the bundles, column makers, runners and comparison. */
final class AggregateTesting {
    private AggregateTesting() {
    }

    private static final Map<String, AggregateFunction> EXACT = new HashMap<>();
    private static final Map<String, AggregateFunction> CASE_INSENSITIVE = new HashMap<>();

    static {
        for (FunctionBundle b : ServiceLoader.load(FunctionBundle.class)) {
            for (AggregateFunction f : b.aggregateFunctions()) {
                List<String> names = new ArrayList<>(f.aliases());
                names.add(f.name());
                for (String n : names) {
                    EXACT.put(n, f);
                    if (f.caseInsensitive()) CASE_INSENSITIVE.put(n.toLowerCase(Locale.ROOT), f);
                }
            }
        }
    }

    static AggregateFunction lookup(String name) {
        AggregateFunction f = EXACT.get(name);
        return f != null ? f : CASE_INSENSITIVE.get(name.toLowerCase(Locale.ROOT));
    }

    static AggregateFunction function(String name) {
        AggregateFunction f = AggregateFunctions.resolveCombinators(name, AggregateTesting::lookup);
        assertNotNull(f, "unknown aggregate " + name);
        return f;
    }

    static FunctionContext context() {
        return new FunctionContext(ZoneId.of("UTC"), Instant.EPOCH, Settings.DEFAULTS);
    }

    static AggregateFunction.BoundAggregate bind(String name, List<Object> params, List<DataType> types) {
        return function(name).bind(types, params, context());
    }

    /** Runs the aggregate over all rows as one group and returns the single result value. */
    static Object run(String name, List<Object> params, Column... args) {
        List<DataType> types = new ArrayList<>();
        for (Column c : args) types.add(c.type());
        AggregateFunction.BoundAggregate b = bind(name, params, types);
        AggregateFunction.Accumulator acc = b.createAccumulator();
        acc.ensureCapacity(1);
        int rows = args.length == 0 ? 0 : args[0].size();
        acc.addAll(0, args, rows);
        Column r = acc.result(1);
        assertEquals(b.returnType(), r.type(), "result column type of " + name);
        return r.getObject(0);
    }

    static DataType typeOf(String name, List<Object> params, DataType... types) {
        return bind(name, params, List.of(types)).returnType();
    }

    static LongColumn longs(DataType t, long... v) {
        return new LongColumn(t, v);
    }

    static DoubleColumn doubles(DataType t, double... v) {
        return new DoubleColumn(t, v);
    }

    static Column strings(DataType t, String... v) {
        StringColumnBuilder b = new StringColumnBuilder(t, v.length);
        for (String s : v) b.append(s);
        return b.build();
    }

    static Column column(DataType t, List<?> values) {
        ColumnBuilder b = t.createBuilder(values.size());
        for (Object o : values) {
            switch (o) {
                case Long l -> ((io.strata.core.column.LongColumnBuilder) b).append(l);
                case Integer i -> ((io.strata.core.column.LongColumnBuilder) b).append(i);
                case Double d -> ((io.strata.core.column.DoubleColumnBuilder) b).append(d);
                case String s -> ((StringColumnBuilder) b).append(s);
                case BigInteger x -> ((io.strata.core.column.BigColumnBuilder) b).append(x);
                default -> throw new IllegalArgumentException(String.valueOf(o));
            }
        }
        return b.build();
    }

    /** Deep equality of getObject values: byte[] by content, doubles with a relative tolerance (NaN equals NaN). */
    static boolean same(Object a, Object b, double tolerance) {
        if (a instanceof byte[] x && b instanceof byte[] y) return Arrays.equals(x, y);
        if (a instanceof Double x && b instanceof Double y) {
            if (x.isNaN() || y.isNaN()) return x.isNaN() && y.isNaN();
            return x.equals(y) || Math.abs(x - y) <= tolerance * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) if (!same(x.get(i), y.get(i), tolerance)) return false;
            return true;
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) return x.compareTo(y) == 0;
        return java.util.Objects.equals(a, b);
    }

    static String show(Object o) {
        if (o instanceof byte[] x) return "'" + new String(x, java.nio.charset.StandardCharsets.UTF_8) + "'";
        if (o instanceof List<?> l) {
            List<String> s = new ArrayList<>();
            for (Object e : l) s.add(show(e));
            return s.toString();
        }
        return String.valueOf(o);
    }

    static void assertSameColumn(Column expected, Column actual, double tolerance, String what) {
        assertEquals(expected.type(), actual.type(), what + ": type");
        assertEquals(expected.size(), actual.size(), what + ": size");
        for (int i = 0; i < expected.size(); i++) {
            Object e = expected.getObject(i), a = actual.getObject(i);
            assertTrue(same(e, a, tolerance), what + ": row " + i + " expected " + show(e) + " but was " + show(a));
        }
    }
}
