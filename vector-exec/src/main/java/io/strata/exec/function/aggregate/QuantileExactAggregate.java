package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.DoubleColumn;
import io.strata.core.column.LongColumn;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.PhysicalKind;
import io.strata.core.type.TypeId;
import java.util.Arrays;
import java.util.List;

/**
 * quantileExact(level)(x) (alias medianExact) and quantilesExact(l1, ...)(x): keeps every value
 * and returns the element at position {@code floor(level * n)} of the sorted values (the last one
 * for level 1), without interpolation, in the argument's own type: quantileExact(0.5) of 0..9 is 5.
 * Numbers, dates and narrow decimals; a group without values gives 0 (nan for floats).
 *
 * <p>State layout (version 1): VarUInt count, then each value as 8 bytes little-endian (the long
 * value, or the IEEE bits for floats).
 */
final class QuantileExactAggregate extends NamedAggregate {
    private final boolean multiple;

    QuantileExactAggregate(String name, List<String> aliases, boolean multiple) {
        super(name, aliases, false);
        this.multiple = multiple;
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        ArgumentChecks.argumentCount(name(), argumentTypes, 1, 1);
        QuantileLevels levels = QuantileLevels.parse(name(), parameters, multiple);
        DataType t = argumentTypes.get(0);
        boolean ok = (t.isNumeric() || QuantileLevels.isDateOrTime(t))
                && (t.physicalKind() == PhysicalKind.LONG || t.physicalKind() == PhysicalKind.DOUBLE);
        if (!ok) throw ArgumentChecks.illegalType(name(), t);
        DataType resultType = levels.wrap(t);
        return new Bound(resultType, () -> new ExactAccumulator(t, resultType, levels));
    }

    /**
     * Values are kept as raw 64-bit words: longs as they are, doubles as their bits. UInt64 sorts
     * unsigned, so its words are stored with the sign bit flipped and flipped back on output.
     */
    static final class ExactAccumulator implements Accumulator {
        private final DataType type;
        private final DataType resultType;
        private final QuantileLevels levels;
        private final boolean isDouble;
        private final long flip;
        private long[][] values = new long[0][];
        private int[] sizes = new int[0];
        private long bytesHeld;

        ExactAccumulator(DataType type, DataType resultType, QuantileLevels levels) {
            this.type = type;
            this.resultType = resultType;
            this.levels = levels;
            this.isDouble = type.physicalKind() == PhysicalKind.DOUBLE;
            this.flip = type.id() == TypeId.UINT64 ? Long.MIN_VALUE : 0;
        }

        @Override
        public void ensureCapacity(int groupCount) {
            values = Capacity.grow(values, groupCount);
            sizes = Capacity.grow(sizes, groupCount);
        }

        private void append(int g, long word) {
            long[] v = values[g];
            int n = sizes[g];
            if (v == null || n == v.length) {
                int cap = v == null ? 4 : v.length * 2;
                bytesHeld += 8L * (cap - (v == null ? 0 : v.length));
                values[g] = v = v == null ? new long[cap] : Arrays.copyOf(v, cap);
            }
            v[n] = word;
            sizes[g] = n + 1;
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            if (arguments[0] instanceof LongColumn lc) {
                long[] v = lc.values();
                for (int i = 0; i < rowCount; i++) append(groupIds[i], v[i] ^ flip);
            } else {
                double[] v = ((DoubleColumn) arguments[0]).values();
                for (int i = 0; i < rowCount; i++) append(groupIds[i], Double.doubleToRawLongBits(v[i]));
            }
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            ExactAccumulator o = (ExactAccumulator) other;
            for (int g = 0; g < otherGroupCount; g++) {
                long[] v = o.values[g];
                for (int i = 0, n = o.sizes[g]; i < n; i++) append(mapping[g], v[i]);
            }
        }

        @Override
        public Column result(int groupCount) {
            double[] lv = levels.levels();
            int total = groupCount * lv.length;
            long[] l = isDouble ? null : new long[total];
            double[] d = isDouble ? new double[total] : null;
            for (int g = 0; g < groupCount; g++) {
                int n = sizes[g];
                long[] words = values[g];
                double[] dv = null;
                if (n > 0) {
                    if (isDouble) {
                        dv = new double[n];
                        for (int i = 0; i < n; i++) dv[i] = Double.longBitsToDouble(words[i]);
                        Arrays.sort(dv);
                    } else {
                        Arrays.sort(words, 0, n);
                    }
                }
                for (int k = 0; k < lv.length; k++) {
                    int pos = lv[k] < 1 ? (int) (lv[k] * n) : n - 1;
                    int out = g * lv.length + k;
                    if (isDouble) d[out] = n == 0 ? Double.NaN : dv[pos];
                    else l[out] = n == 0 ? 0 : words[pos] ^ flip;
                }
            }
            Column col = isDouble ? new DoubleColumn(type, d, total) : new LongColumn(type, l, total);
            return levels.shape(resultType, col, groupCount);
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            int n = sizes[groupId];
            StateIO.writeVarUInt(out, n);
            long[] v = values[groupId];
            for (int i = 0; i < n; i++) StateIO.writeLong(out, v[i] ^ flip);
        }

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            int n = StateIO.readCount(in, Integer.MAX_VALUE - 16);
            for (int i = 0; i < n; i++) append(groupId, StateIO.readLong(in) ^ flip);
        }

        @Override public long byteSize() { return 12L * sizes.length + bytesHeld; }
    }
}
