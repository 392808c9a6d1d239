package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.function.AggregateFunction;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.PhysicalKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The quantile functions backed by a {@link QuantileSketch} per group: quantileTiming,
 * quantileTDigest, quantileDeterministic, their -Weighted forms, the plural quantilesX and the
 * medianX aliases. Result types follow ClickHouse: Float32 for timing and t-digest (a date or time
 * argument keeps its type under t-digest), Float64 for deterministic.
 */
final class QuantileSketchAggregate extends NamedAggregate {
    enum Kind { TIMING, TDIGEST, DETERMINISTIC }

    private final Kind kind;
    private final boolean multiple;
    private final boolean weighted;

    private QuantileSketchAggregate(String name, List<String> aliases, Kind kind, boolean multiple, boolean weighted) {
        super(name, aliases, false);
        this.kind = kind;
        this.multiple = multiple;
        this.weighted = weighted;
    }

    static List<AggregateFunction> all() {
        List<AggregateFunction> out = new ArrayList<>();
        out.add(new QuantileSketchAggregate("quantileTiming", List.of("medianTiming"), Kind.TIMING, false, false));
        out.add(new QuantileSketchAggregate("quantilesTiming", List.of(), Kind.TIMING, true, false));
        out.add(new QuantileSketchAggregate("quantileTimingWeighted", List.of("medianTimingWeighted"), Kind.TIMING, false, true));
        out.add(new QuantileSketchAggregate("quantilesTimingWeighted", List.of(), Kind.TIMING, true, true));
        out.add(new QuantileSketchAggregate("quantileTDigest", List.of("medianTDigest"), Kind.TDIGEST, false, false));
        out.add(new QuantileSketchAggregate("quantilesTDigest", List.of(), Kind.TDIGEST, true, false));
        out.add(new QuantileSketchAggregate("quantileTDigestWeighted", List.of("medianTDigestWeighted"), Kind.TDIGEST, false, true));
        out.add(new QuantileSketchAggregate("quantilesTDigestWeighted", List.of(), Kind.TDIGEST, true, true));
        out.add(new QuantileSketchAggregate("quantileDeterministic", List.of("medianDeterministic"), Kind.DETERMINISTIC, false, false));
        out.add(new QuantileSketchAggregate("quantilesDeterministic", List.of(), Kind.DETERMINISTIC, true, false));
        return out;
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        int args = weighted || kind == Kind.DETERMINISTIC ? 2 : 1;
        ArgumentChecks.argumentCount(name(), argumentTypes, args, args);
        QuantileLevels levels = QuantileLevels.parse(name(), parameters, multiple);
        DataType t = argumentTypes.get(0);
        if (!t.isNumeric() && !QuantileLevels.isDateOrTime(t)) throw ArgumentChecks.illegalType(name(), t);
        for (int i = 1; i < args; i++) {
            if (!ArgumentChecks.isNumber(argumentTypes.get(i))) throw ArgumentChecks.illegalType(name(), argumentTypes.get(i));
        }
        DataType valueType = switch (kind) {
            case TIMING -> DataTypes.FLOAT32;
            case TDIGEST -> QuantileLevels.isDateOrTime(t) ? t : DataTypes.FLOAT32;
            case DETERMINISTIC -> QuantileLevels.isDateOrTime(t) ? t : DataTypes.FLOAT64;
        };
        Supplier<QuantileSketch> factory = switch (kind) {
            case TIMING -> TimingSketch::new;
            case TDIGEST -> TDigestSketch::new;
            case DETERMINISTIC -> DeterministicSketch::new;
        };
        DataType resultType = levels.wrap(valueType);
        // ClickHouse 18.16 types quantiles of UInt16/UInt32 like Date/DateTime (truncated, in the argument type);
        // modern ClickHouse returns Float, which is followed here.
        boolean truncate = false;
        return new Bound(resultType, () -> new SketchQuantileAccumulator(argumentTypes, valueType, resultType, levels, factory, kind, truncate));
    }

    static final class SketchQuantileAccumulator implements Accumulator {
        private final List<NumericInput> inputs = new ArrayList<>();
        private final DataType valueType;
        private final DataType resultType;
        private final QuantileLevels levels;
        private final Supplier<QuantileSketch> factory;
        private final Kind kind;
        private final boolean truncate;
        private QuantileSketch[] sketches = new QuantileSketch[0];

        SketchQuantileAccumulator(List<DataType> types, DataType valueType, DataType resultType, QuantileLevels levels,
                Supplier<QuantileSketch> factory, Kind kind, boolean truncate) {
            this.truncate = truncate;
            for (DataType t : types) inputs.add(new NumericInput(t));
            this.valueType = valueType;
            this.resultType = resultType;
            this.levels = levels;
            this.factory = factory;
            this.kind = kind;
        }

        @Override
        public void ensureCapacity(int groupCount) {
            sketches = Capacity.grow(sketches, groupCount);
        }

        private QuantileSketch sketch(int g) {
            QuantileSketch s = sketches[g];
            if (s == null) sketches[g] = s = factory.get();
            return s;
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            double[] x = inputs.get(0).read(arguments[0], rowCount).clone();
            long[] second = arguments.length > 1 ? longs(arguments[1], rowCount) : null;
            long[] rawFirst = kind == Kind.TIMING && arguments[0] instanceof LongColumn lc ? lc.values() : null;
            for (int i = 0; i < rowCount; i++) {
                double v = rawFirst != null ? TimingSketch.unsignedClamp(rawFirst[i]) : x[i];
                long w = kind != Kind.DETERMINISTIC && second != null ? second[i] : 1;
                long det = kind == Kind.DETERMINISTIC ? second[i] : 0;
                sketch(groupIds[i]).add(v, w, det);
            }
        }

        private static long[] longs(Column c, int n) {
            if (c instanceof LongColumn l) return l.values();
            double[] d = ((DoubleColumn) c).values();
            long[] out = new long[n];
            for (int i = 0; i < n; i++) out[i] = (long) d[i];
            return out;
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            SketchQuantileAccumulator o = (SketchQuantileAccumulator) other;
            for (int g = 0; g < otherGroupCount; g++) {
                if (o.sketches[g] != null) sketch(mapping[g]).merge(o.sketches[g]);
            }
        }

        @Override
        public Column result(int groupCount) {
            double[] lv = levels.levels();
            int total = groupCount * lv.length;
            boolean asLong = valueType.physicalKind() == PhysicalKind.LONG;
            double[] d = asLong ? null : new double[total];
            long[] l = asLong ? new long[total] : null;
            for (int g = 0; g < groupCount; g++) {
                double[] q = sketches[g] == null ? null : sketches[g].get(lv);
                for (int k = 0; k < lv.length; k++) {
                    double v = q == null ? Double.NaN : q[k];
                    if (truncate && !Double.isNaN(v)) v = (long) v;
                    if (asLong) l[g * lv.length + k] = Double.isNaN(v) ? 0 : (long) v;
                    else d[g * lv.length + k] = valueType.id() == io.strata.core.type.TypeId.FLOAT32 ? (float) v : v;
                }
            }
            Column values = asLong ? new LongColumn(valueType, l, total) : new DoubleColumn(valueType, d, total);
            return levels.shape(resultType, values, groupCount);
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            sketch(groupId).write(out);
        }

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            sketch(groupId).readAndMerge(in);
        }

        @Override
        public long byteSize() {
            long s = 8L * sketches.length;
            for (QuantileSketch q : sketches) if (q != null) s += q.byteSize();
            return s;
        }
    }
}
