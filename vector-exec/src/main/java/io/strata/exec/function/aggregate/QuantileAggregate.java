package io.strata.exec.function.aggregate;

import io.strata.core.column.BigColumn;
import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import io.strata.core.type.DecimalType;
import io.strata.core.type.TypeId;
import java.util.Arrays;
import java.util.List;

/**
 * quantile(level)(x) (alias median) and quantiles(l1, ...)(x): ClickHouse's reservoir-sampling
 * quantile. Each group keeps a uniform sample of at most {@value #SAMPLE_SIZE} values; the level is
 * read from the sorted sample with linear interpolation between neighbours
 * ({@code index = level * (n - 1)}), so up to {@value #SAMPLE_SIZE} values the result is exact:
 * quantile(0.5) of 0..9 is 4.5. Beyond that the sample is ClickHouse's ReservoirSampler exactly:
 * each group owns a pcg32_fast generator seeded 123456, a later value replaces slot
 * {@code rng() % total} when that is below the sample size, and merges of two full samples shuffle
 * and mix slot by slot with the same generator, so a run over the same rows in the same order
 * gives ClickHouse's numbers. NaN values are skipped.
 *
 * <p>Result: Float32 for Float32, the argument's type for Date/Date32/DateTime/DateTime64 (the
 * interpolated value truncated), Float64 otherwise; quantiles returns an array of it. A group
 * without values gives nan (0 for date/time types).
 *
 * <p>State layout (version 1): VarUInt total number of values seen, VarUInt sample size, then each
 * sample as 8 IEEE bytes little-endian (values are converted to Float64 when added).
 */
final class QuantileAggregate extends NamedAggregate {
    static final int SAMPLE_SIZE = 8192;
    private final boolean multiple;

    QuantileAggregate(String name, List<String> aliases, boolean multiple) {
        super(name, aliases, false);
        this.multiple = multiple;
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        ArgumentChecks.argumentCount(name(), argumentTypes, 1, 1);
        QuantileLevels levels = QuantileLevels.parse(name(), parameters, multiple);
        DataType t = argumentTypes.get(0);
        DataType valueType;
        if (QuantileLevels.isDateOrTime(t)) valueType = t;
        else if (t.id() == TypeId.FLOAT32) valueType = t;
        else if (t.isNumeric()) valueType = DataTypes.FLOAT64;
        else throw ArgumentChecks.illegalType(name(), t);
        DataType resultType = levels.wrap(valueType);
        return new Bound(resultType, () -> new ReservoirAccumulator(t, valueType, resultType, levels));
    }

    /** Converts an argument column row to the double the sample stores. */
    static double toDouble(Column c, int row, DataType t, double scaleFactor, boolean unsigned) {
        return switch (c) {
            case DoubleColumn d -> d.values()[row];
            case LongColumn l -> {
                long v = l.values()[row];
                double x = unsigned ? SumAggregate.unsignedToDouble(v) : v;
                yield scaleFactor == 1 ? x : x / scaleFactor;
            }
            case BigColumn b -> b.get(row).doubleValue() / scaleFactor;
            default -> throw ArgumentChecks.illegalType("quantile", t);
        };
    }

    static final class ReservoirAccumulator implements Accumulator {
        private final DataType argType;
        private final DataType valueType;
        private final DataType resultType;
        private final QuantileLevels levels;
        private final double scaleFactor;
        private final boolean unsigned;
        private long[] rng = new long[0];
        private double[][] samples = new double[0][];
        private int[] sizes = new int[0];
        private long[] totals = new long[0];
        private boolean[] sorted = new boolean[0];
        private long bytesHeld;

        ReservoirAccumulator(DataType argType, DataType valueType, DataType resultType, QuantileLevels levels) {
            this.argType = argType;
            this.valueType = valueType;
            this.resultType = resultType;
            this.levels = levels;
            this.scaleFactor = argType instanceof DecimalType d ? Math.pow(10, d.scale()) : 1;
            this.unsigned = argType.id() == TypeId.UINT64;
        }

        @Override
        public void ensureCapacity(int groupCount) {
            samples = Capacity.grow(samples, groupCount);
            sizes = Capacity.grow(sizes, groupCount);
            totals = Capacity.grow(totals, groupCount);
            sorted = Capacity.grow(sorted, groupCount);
            int old = rng.length;
            rng = Capacity.grow(rng, groupCount);
            for (int g = old; g < rng.length; g++) rng[g] = Pcg32.SEED_STATE;
        }

        /** ClickHouse's genRandom(lim): one 32-bit draw modulo lim, or two combined for limits past 2^32 - 1. */
        private long random(int g, long lim) {
            long a = Pcg32.next(rng, g);
            if (lim <= 0xFFFF_FFFFL) return a % lim;
            long b = Pcg32.next(rng, g);
            return Long.remainderUnsigned(a * 0x1_0000_0000L + b, lim);
        }

        /** Reservoir step: the first SAMPLE_SIZE values are kept, later ones replace a random slot with probability SAMPLE_SIZE / total. */
        private void insert(int g, double x) {
            if (Double.isNaN(x)) return;
            long total = ++totals[g];
            int n = sizes[g];
            sorted[g] = false;
            if (n < SAMPLE_SIZE) {
                double[] s = samples[g];
                if (s == null || n == s.length) {
                    int cap = s == null ? 4 : Math.min(SAMPLE_SIZE, s.length * 2);
                    s = s == null ? new double[cap] : Arrays.copyOf(s, cap);
                    bytesHeld += 8L * (cap - (samples[g] == null ? 0 : samples[g].length));
                    samples[g] = s;
                }
                s[n] = x;
                sizes[g] = n + 1;
            } else {
                long slot = random(g, total);
                if (slot < SAMPLE_SIZE) samples[g][(int) slot] = x;
            }
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            Column c = arguments[0];
            if (c instanceof DoubleColumn dc) {
                double[] v = dc.values();
                for (int i = 0; i < rowCount; i++) insert(groupIds[i], v[i]);
            } else {
                for (int i = 0; i < rowCount; i++) insert(groupIds[i], toDouble(c, i, argType, scaleFactor, unsigned));
            }
        }

        @Override
        public void addAll(int groupId, Column[] arguments, int rowCount) {
            Column c = arguments[0];
            for (int i = 0; i < rowCount; i++) insert(groupId, toDouble(c, i, argType, scaleFactor, unsigned));
        }

        /**
         * ClickHouse's ReservoirSampler::merge of a sample {@code (os[0..on), ototal)} into group g:
         * a sample that is not full is fed value by value; a full one into a group that is not
         * full takes its place and the group's old values are fed into it; two full samples: the
         * group's is shuffled, then slot i takes the other's slot i when a draw below the combined
         * total falls under the other's total.
         */
        private void mergeSample(int g, double[] os, int on, long ototal) {
            long total = totals[g];
            if (ototal <= SAMPLE_SIZE) {
                for (int i = 0; i < on; i++) insert(g, os[i]);
                return;
            }
            if (total <= SAMPLE_SIZE) {
                double[] mine = samples[g] == null ? new double[0] : Arrays.copyOf(samples[g], sizes[g]);
                bytesHeld += 8L * (SAMPLE_SIZE - (samples[g] == null ? 0 : samples[g].length));
                samples[g] = Arrays.copyOf(os, SAMPLE_SIZE);
                sizes[g] = on;
                totals[g] = ototal;
                for (double x : mine) insert(g, x);
                sorted[g] = false;
                return;
            }
            double[] s = samples[g];
            for (int i = 1; i < sizes[g]; i++) {
                int j = (int) random(g, i + 1);
                double t = s[i];
                s[i] = s[j];
                s[j] = t;
            }
            totals[g] = total + ototal;
            for (int i = 0; i < SAMPLE_SIZE; i++) {
                if (random(g, totals[g]) < ototal) s[i] = os[i];
            }
            sorted[g] = false;
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            ReservoirAccumulator o = (ReservoirAccumulator) other;
            for (int g = 0; g < otherGroupCount; g++) {
                if (o.totals[g] != 0) mergeSample(mapping[g], o.samples[g], o.sizes[g], o.totals[g]);
            }
        }

        private double quantile(double[] s, int n, double level) {
            if (n == 0) return Double.NaN;
            double index = Math.max(0, Math.min(n - 1.0, level * (n - 1)));
            int left = (int) index;
            int right = left + 1;
            if (right == n) return s[left];
            return s[left] * (right - index) + s[right] * (index - left);
        }

        @Override
        public Column result(int groupCount) {
            double[] lv = levels.levels();
            int total = groupCount * lv.length;
            boolean asLong = valueType.physicalKind() == io.strata.core.type.PhysicalKind.LONG;
            double[] d = asLong ? null : new double[total];
            long[] l = asLong ? new long[total] : null;
            for (int g = 0; g < groupCount; g++) {
                double[] s = samples[g];
                int n = sizes[g];
                if (n > 0 && !sorted[g]) {
                    Arrays.sort(s, 0, n);
                    sorted[g] = true;
                }
                for (int k = 0; k < lv.length; k++) {
                    double q = quantile(s, n, lv[k]);
                    if (asLong) l[g * lv.length + k] = n == 0 ? 0 : (long) q;
                    else d[g * lv.length + k] = valueType.id() == TypeId.FLOAT32 ? (float) q : q;
                }
            }
            Column values = asLong ? new LongColumn(valueType, l, total) : new DoubleColumn(valueType, d, total);
            return levels.shape(resultType, values, groupCount);
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            StateIO.writeVarUInt(out, totals[groupId]);
            int n = sizes[groupId];
            StateIO.writeVarUInt(out, n);
            double[] s = samples[groupId];
            for (int i = 0; i < n; i++) StateIO.writeDouble(out, s[i]);
        }

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            long total = StateIO.readVarUInt(in);
            int n = StateIO.readCount(in, SAMPLE_SIZE);
            double[] s = new double[n];
            for (int i = 0; i < n; i++) s[i] = StateIO.readDouble(in);
            mergeSample(groupId, s, n, total);
        }

        @Override public long byteSize() { return 24L * sizes.length + bytesHeld; }
    }
}
