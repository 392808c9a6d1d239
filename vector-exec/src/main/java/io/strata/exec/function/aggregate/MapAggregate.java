package io.strata.exec.function.aggregate;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.BigColumn;
import io.strata.core.column.BigColumnBuilder;
import io.strata.core.column.Column;
import io.strata.core.column.ColumnBuilder;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.DoubleColumnBuilder;
import io.strata.core.column.LongColumn;
import io.strata.core.column.LongColumnBuilder;
import io.strata.core.column.NullableColumn;
import io.strata.core.column.StringColumn;
import io.strata.core.column.StringColumnBuilder;
import io.strata.core.column.TupleColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.IntegerType;
import io.strata.core.type.NullableType;
import io.strata.core.type.PhysicalKind;
import io.strata.core.type.TupleType;
import io.strata.core.type.TypeId;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * sumMap, minMap and maxMap over arrays of keys and values: {@code sumMap(keys, values...)} or
 * {@code sumMap((keys, values...))} → {@code Tuple(Array(K), Array(V1)...)}, the distinct keys in
 * ascending order and, per value argument, the values of each key summed (or their min / max).
 * The one-tuple form accepts the function's own result, which is what makes the functions usable
 * in {@code SimpleAggregateFunction} columns.
 *
 * <p>As in ClickHouse (AggregateFunctionMapBase): sumMap promotes the value type (integers to
 * Int64/UInt64, floats to Float64, decimals stay) and drops keys whose values are all zero or
 * NULL from the result; minMap and maxMap keep the value type and every key. NULL values are
 * skipped (a key with only NULLs shows the default). A row whose key and value arrays differ in
 * length is BAD_ARGUMENTS. Keys order as ClickHouse's Fields do: numbers by value (UInt64
 * unsigned), strings by unsigned bytes.
 *
 * <p>Per group the merged map is a sorted map of boxed values: these functions are for
 * pre-aggregated data (merges of SimpleAggregateFunction columns), not for hot GROUP BY loops.
 *
 * <p>State layout (version 1): VarUInt entry count, then per entry the key and each value; a
 * value is one byte (1 = NULL) followed, when not NULL, by the value. Longs and doubles are 8
 * bytes little-endian, strings a VarUInt length and the bytes, wide decimals a VarUInt length and
 * the big-endian two's-complement bytes.
 */
final class MapAggregate extends NamedAggregate {
    enum Mode { SUM, MIN, MAX }

    private final Mode mode;

    private MapAggregate(String name, List<String> aliases, Mode mode) {
        super(name, aliases, false);
        this.mode = mode;
    }

    /** sumMap, minMap, maxMap; ClickHouse also registers them as sumMappedArrays, minMappedArrays, maxMappedArrays. */
    static List<MapAggregate> all() {
        return List.of(new MapAggregate("sumMap", List.of("sumMappedArrays"), Mode.SUM),
                new MapAggregate("minMap", List.of("minMappedArrays"), Mode.MIN),
                new MapAggregate("maxMap", List.of("maxMappedArrays"), Mode.MAX));
    }

    @Override
    public boolean returnsNullableForNullableArguments() {
        return false;
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        ArgumentChecks.noParameters(name(), parameters);
        boolean tupleArgument = argumentTypes.size() == 1;
        List<DataType> args = argumentTypes;
        if (tupleArgument) {
            if (!(argumentTypes.getFirst() instanceof TupleType t)) {
                throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "When function %s gets one argument it must be a tuple", name());
            }
            args = t.elements();
        }
        if (args.size() < 2) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                    "Aggregate function %s requires at least two arguments of Array type or one argument of tuple of two arrays", name());
        }
        List<DataType> elements = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (!(args.get(i) instanceof ArrayType a)) {
                throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Argument #%d for function %s must be an array, not %s",
                        i + 1, name(), args.get(i).name());
            }
            elements.add(a.element());
        }
        DataType keyType = elements.getFirst();
        if (!ArgumentChecks.comparable(keyType)) throw ArgumentChecks.illegalType(name(), keyType);
        List<DataType> resultTypes = new ArrayList<>();
        resultTypes.add(new ArrayType(keyType));
        List<DataType> valueResults = new ArrayList<>();
        for (DataType v : elements.subList(1, elements.size())) {
            DataType dense = v instanceof NullableType n ? n.inner() : v;
            DataType r = mode == Mode.SUM ? promoted(dense) : dense;
            if (r == null || mode != Mode.SUM && !ArgumentChecks.comparable(dense)) {
                throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT,
                        "Values for -Map are expected to be Numeric, Float or Decimal, passed type %s", v.name());
            }
            valueResults.add(r);
            resultTypes.add(new ArrayType(r));
        }
        TupleType returnType = new TupleType(resultTypes);
        Shape shape = new Shape(mode, tupleArgument, keyType, List.copyOf(valueResults), returnType);
        return new Bound(returnType, () -> new MapAccumulator(shape));
    }

    /** sumMap's value type: Int64/UInt64 for integers, Float64 for floats, decimals unchanged; null when not summable. */
    private static DataType promoted(DataType t) {
        if (t instanceof IntegerType it && t.id() != TypeId.BOOL) return it.signed() ? DataTypes.INT64 : DataTypes.UINT64;
        if (t.id() == TypeId.FLOAT32 || t.id() == TypeId.FLOAT64) return DataTypes.FLOAT64;
        if (t.id() == TypeId.DECIMAL) return t;
        return null;
    }

    /** What a bound map aggregate knows: the mode, the argument form and the key and result value types. */
    private record Shape(Mode mode, boolean tupleArgument, DataType keyType, List<DataType> valueTypes, TupleType returnType) {
        Comparator<Object> keyOrder() {
            return order(keyType);
        }

        static Comparator<Object> order(DataType t) {
            return switch (t.physicalKind()) {
                case LONG -> t.id() == TypeId.UINT64 ? (a, b) -> Long.compareUnsigned((Long) a, (Long) b)
                        : (a, b) -> Long.compare((Long) a, (Long) b);
                case DOUBLE -> (a, b) -> Double.compare((Double) a, (Double) b);
                case BIG -> (a, b) -> ((BigInteger) a).compareTo((BigInteger) b);
                default -> (a, b) -> Arrays.compareUnsigned((byte[]) a, (byte[]) b);
            };
        }
    }

    static final class MapAccumulator implements Accumulator {
        private final Shape shape;
        private final Comparator<Object> keyOrder;
        private final List<Comparator<Object>> valueOrders = new ArrayList<>();
        @SuppressWarnings("unchecked")
        private TreeMap<Object, Object[]>[] maps = new TreeMap[0];
        private long entries;

        MapAccumulator(Shape shape) {
            this.shape = shape;
            this.keyOrder = shape.keyOrder();
            for (DataType v : shape.valueTypes()) valueOrders.add(Shape.order(v));
        }

        @Override public void ensureCapacity(int groupCount) { maps = Capacity.grow(maps, groupCount); }

        private TreeMap<Object, Object[]> map(int g) {
            TreeMap<Object, Object[]> m = maps[g];
            if (m == null) maps[g] = m = new TreeMap<>(keyOrder);
            return m;
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            Column[] arrays;
            if (shape.tupleArgument()) {
                TupleColumn t = (TupleColumn) arguments[0];
                arrays = new Column[t.width()];
                for (int i = 0; i < arrays.length; i++) arrays[i] = t.element(i);
            } else {
                arrays = arguments;
            }
            ArrayColumn keys = (ArrayColumn) arrays[0].materialize();
            Column keyValues = keys.elements().materialize();
            int valueCount = arrays.length - 1;
            ArrayColumn[] values = new ArrayColumn[valueCount];
            Column[] valueElements = new Column[valueCount];
            for (int v = 0; v < valueCount; v++) {
                values[v] = (ArrayColumn) arrays[v + 1].materialize();
                valueElements[v] = values[v].elements().materialize();
            }
            for (int i = 0; i < rowCount; i++) {
                int len = keys.length(i);
                for (ArrayColumn v : values) {
                    if (v.length(i) != len) throw DbException.of(ErrorCode.BAD_ARGUMENTS, "Sizes of keys and values arrays do not match");
                }
                TreeMap<Object, Object[]> m = map(groupIds[i]);
                for (int j = 0; j < len; j++) {
                    Object key = value(keyValues, keys.start(i) + j);
                    Object[] entry = m.get(key);
                    if (entry == null) {
                        m.put(key, entry = new Object[valueCount]);
                        entries++;
                    }
                    for (int v = 0; v < valueCount; v++) {
                        combine(entry, v, value(valueElements[v], values[v].start(i) + j));
                    }
                }
            }
        }

        /** A value in the form the maps hold: Long, Double, BigInteger, byte[], or null for NULL. */
        private static Object value(Column c, int row) {
            return switch (c) {
                case LongColumn l -> l.get(row);
                case DoubleColumn d -> d.get(row);
                case BigColumn b -> b.get(row);
                case StringColumn s -> Arrays.copyOfRange(s.bytes(), s.start(row), s.start(row) + s.length(row));
                case NullableColumn n -> n.isNullAt(row) ? null : value(n.values(), row);
                default -> throw new DbException(ErrorCode.LOGICAL_ERROR, "Unexpected column " + c.type() + " in a -Map aggregate");
            };
        }

        /**
         * Combines value x into value column v of an entry. Values are held in the result type's
         * kind: the argument's kind equals it (sumMap's promotions stay within LONG and DOUBLE).
         */
        private void combine(Object[] entry, int v, Object x) {
            if (x == null) return;
            Object cur = entry[v];
            if (cur == null) {
                entry[v] = x;
                return;
            }
            entry[v] = switch (shape.mode()) {
                case SUM -> switch (cur) {
                    case Long a -> a + (Long) x;
                    case Double a -> a + (Double) x;
                    case BigInteger a -> a.add((BigInteger) x);
                    default -> throw new IllegalStateException();
                };
                case MIN -> valueOrders.get(v).compare(x, cur) < 0 ? x : cur;
                case MAX -> valueOrders.get(v).compare(x, cur) > 0 ? x : cur;
            };
        }

        private void mergeInto(int g, Object key, Object[] values) {
            TreeMap<Object, Object[]> m = map(g);
            Object[] entry = m.get(key);
            if (entry == null) {
                m.put(key, values.clone());
                entries++;
                return;
            }
            for (int v = 0; v < values.length; v++) combine(entry, v, values[v]);
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            MapAccumulator o = (MapAccumulator) other;
            for (int g = 0; g < otherGroupCount; g++) {
                TreeMap<Object, Object[]> src = o.maps[g];
                if (src == null) continue;
                for (Map.Entry<Object, Object[]> e : src.entrySet()) mergeInto(mapping[g], e.getKey(), e.getValue());
            }
        }

        private static boolean isZero(Object v) {
            return switch (v) {
                case null -> true;
                case Long l -> l == 0;
                case Double d -> d == 0.0;
                case BigInteger b -> b.signum() == 0;
                default -> false;
            };
        }

        @Override
        public Column result(int groupCount) {
            List<DataType> valueTypes = shape.valueTypes();
            ColumnBuilder keys = shape.keyType().createBuilder(groupCount);
            ColumnBuilder[] values = new ColumnBuilder[valueTypes.size()];
            for (int v = 0; v < values.length; v++) values[v] = valueTypes.get(v).createBuilder(groupCount);
            int[] offsets = new int[groupCount + 1];
            int total = 0;
            for (int g = 0; g < groupCount; g++) {
                TreeMap<Object, Object[]> m = g < maps.length ? maps[g] : null;
                if (m != null) {
                    for (Map.Entry<Object, Object[]> e : m.entrySet()) {
                        Object[] vs = e.getValue();
                        if (shape.mode() == Mode.SUM && Arrays.stream(vs).allMatch(MapAccumulator::isZero)) continue;
                        append(keys, e.getKey());
                        for (int v = 0; v < values.length; v++) append(values[v], vs[v]);
                        total++;
                    }
                }
                offsets[g + 1] = total;
            }
            Column[] elements = new Column[values.length + 1];
            List<DataType> arrayTypes = shape.returnType().elements();
            elements[0] = new ArrayColumn(arrayTypes.getFirst(), offsets, keys.build(), groupCount);
            for (int v = 0; v < values.length; v++) {
                elements[v + 1] = new ArrayColumn(arrayTypes.get(v + 1), offsets, values[v].build(), groupCount);
            }
            return new TupleColumn(shape.returnType(), elements, groupCount);
        }

        private static void append(ColumnBuilder b, Object v) {
            if (v == null) {
                b.appendDefault();
                return;
            }
            switch (b) {
                case LongColumnBuilder l -> l.append((Long) v);
                case DoubleColumnBuilder d -> d.append((Double) v);
                case BigColumnBuilder x -> x.append((BigInteger) v);
                case StringColumnBuilder s -> s.append((byte[]) v);
                default -> throw new DbException(ErrorCode.LOGICAL_ERROR, "Unexpected builder for " + b.type() + " in a -Map aggregate");
            }
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            TreeMap<Object, Object[]> m = groupId < maps.length ? maps[groupId] : null;
            StateIO.writeVarUInt(out, m == null ? 0 : m.size());
            if (m == null) return;
            for (Map.Entry<Object, Object[]> e : m.entrySet()) {
                write(out, e.getKey());
                for (Object v : e.getValue()) {
                    StateIO.writeByte(out, v == null ? 1 : 0);
                    if (v != null) write(out, v);
                }
            }
        }

        private static void write(WriteBuffer out, Object v) {
            switch (v) {
                case Long l -> StateIO.writeLong(out, l);
                case Double d -> StateIO.writeDouble(out, d);
                case BigInteger b -> writeBytes(out, b.toByteArray());
                case byte[] s -> writeBytes(out, s);
                default -> throw new IllegalStateException();
            }
        }

        private static void writeBytes(WriteBuffer out, byte[] b) {
            StateIO.writeVarUInt(out, b.length);
            out.write(b, 0, b.length);
        }

        private static Object read(ReadBuffer in, DataType type) {
            PhysicalKind kind = type.physicalKind();
            return switch (kind) {
                case LONG -> StateIO.readLong(in);
                case DOUBLE -> StateIO.readDouble(in);
                case BIG -> new BigInteger(readBytes(in));
                default -> readBytes(in);
            };
        }

        private static byte[] readBytes(ReadBuffer in) {
            int len = StateIO.readCount(in, Integer.MAX_VALUE - 16);
            byte[] a = new byte[len];
            StateIO.readFully(in, a, 0, len);
            return a;
        }

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            int n = StateIO.readCount(in, Integer.MAX_VALUE - 16);
            List<DataType> valueTypes = shape.valueTypes();
            for (int i = 0; i < n; i++) {
                Object key = read(in, shape.keyType());
                Object[] values = new Object[valueTypes.size()];
                for (int v = 0; v < values.length; v++) {
                    values[v] = StateIO.readByte(in) != 0 ? null : read(in, valueTypes.get(v));
                }
                mergeInto(groupId, key, values);
            }
        }

        @Override public long byteSize() { return 8L * maps.length + 96L * entries; }
    }
}
