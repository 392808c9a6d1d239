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
import io.strata.core.type.IntegerType;
import io.strata.core.type.PhysicalKind;
import io.strata.core.type.WideIntegerType;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * sum(x): Int64 for signed integers, UInt64 for unsigned ones (and Bool), Float64 for floats,
 * Decimal(38, S) for Decimal32/64/128, Decimal(76, S) for Decimal256 and Int128..UInt256 for
 * themselves. Integer and decimal sums
 * wrap around on overflow (two's complement of the result width), as ClickHouse's do.
 *
 * <p>State layouts (version 1): integers: 8 bytes little-endian; floats: 8 IEEE bytes
 * little-endian; decimals: the unscaled sum as 16 (Decimal(38, S)) or 32 (Decimal(76, S)) bytes of
 * little-endian two's complement.
 */
final class SumAggregate extends NamedAggregate {
    SumAggregate() {
        super("sum", List.of(), true);
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        ArgumentChecks.argumentCount(name(), argumentTypes, 1, 1);
        ArgumentChecks.noParameters(name(), parameters);
        SumKind kind = SumKind.of(name(), argumentTypes.get(0));
        return new Bound(kind.resultType(), () -> kind.create());
    }

    /** How a numeric type is summed; shared with avg, whose numerator is the same sum. */
    record SumKind(DataType resultType, int mode) {
        static final int INTEGER = 0, FLOAT = 1, DECIMAL_FROM_LONG = 2, DECIMAL_FROM_BIG = 3;

        static SumKind of(String function, DataType t) {
            if (t instanceof IntegerType it) {
                return new SumKind(it.signed() ? DataTypes.INT64 : DataTypes.UINT64, INTEGER);
            }
            if (t.physicalKind() == PhysicalKind.DOUBLE) return new SumKind(DataTypes.FLOAT64, FLOAT);
            // Int128..UInt256 sum into their own type, as ClickHouse's do
            if (t instanceof WideIntegerType w) return new SumKind(w, DECIMAL_FROM_BIG);
            if (t instanceof DecimalType d) {
                DataType result = new DecimalType(d.bits() == 256 ? 76 : 38, d.scale());
                return new SumKind(result, d.physicalKind() == PhysicalKind.LONG ? DECIMAL_FROM_LONG : DECIMAL_FROM_BIG);
            }
            throw ArgumentChecks.illegalType(function, t);
        }

        SumState create() {
            return switch (mode) {
                case INTEGER -> new LongSum(resultType);
                case FLOAT -> new DoubleSum();
                case DECIMAL_FROM_LONG -> new Decimal128Sum((DecimalType) resultType);
                default -> new BigSum(resultType);
            };
        }
    }

    /** A per-group sum that can also be read as a double (for avg). */
    abstract static sealed class SumState implements Accumulator {
        abstract double asDouble(int g);
    }

    static final class LongSum extends SumState {
        private final DataType resultType;
        private final boolean unsigned;
        long[] sums = new long[0];

        LongSum(DataType resultType) {
            this.resultType = resultType;
            this.unsigned = resultType.equals(DataTypes.UINT64);
        }

        @Override public void ensureCapacity(int groupCount) { sums = Capacity.grow(sums, groupCount); }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            long[] v = ((LongColumn) arguments[0]).values();
            long[] s = sums;
            for (int i = 0; i < rowCount; i++) s[groupIds[i]] += v[i];
        }

        @Override
        public void addAll(int groupId, Column[] arguments, int rowCount) {
            long[] v = ((LongColumn) arguments[0]).values();
            long total = 0;
            for (int i = 0; i < rowCount; i++) total += v[i];
            sums[groupId] += total;
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            long[] o = ((LongSum) other).sums;
            for (int g = 0; g < otherGroupCount; g++) sums[mapping[g]] += o[g];
        }

        @Override public void mergeGroup(Accumulator other, int otherGroup, int group) { sums[group] += ((LongSum) other).sums[otherGroup]; }

        @Override public Column result(int groupCount) { return new LongColumn(resultType, Arrays.copyOf(sums, groupCount), groupCount); }
        @Override public void serialize(int groupId, WriteBuffer out) { StateIO.writeLong(out, sums[groupId]); }
        @Override public void deserializeAndMerge(int groupId, ReadBuffer in) { sums[groupId] += StateIO.readLong(in); }
        @Override public long byteSize() { return 8L * sums.length; }

        @Override
        double asDouble(int g) {
            long v = sums[g];
            return unsigned ? unsignedToDouble(v) : v;
        }
    }

    static double unsignedToDouble(long v) {
        return v >= 0 ? v : ((double) ((v >>> 1) | (v & 1))) * 2.0;
    }

    static final class DoubleSum extends SumState {
        double[] sums = new double[0];

        @Override public void ensureCapacity(int groupCount) { sums = Capacity.grow(sums, groupCount); }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            double[] v = ((DoubleColumn) arguments[0]).values();
            double[] s = sums;
            for (int i = 0; i < rowCount; i++) s[groupIds[i]] += v[i];
        }

        @Override
        public void addAll(int groupId, Column[] arguments, int rowCount) {
            double[] v = ((DoubleColumn) arguments[0]).values();
            double total = sums[groupId];
            for (int i = 0; i < rowCount; i++) total += v[i];
            sums[groupId] = total;
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            double[] o = ((DoubleSum) other).sums;
            for (int g = 0; g < otherGroupCount; g++) sums[mapping[g]] += o[g];
        }

        @Override public void mergeGroup(Accumulator other, int otherGroup, int group) { sums[group] += ((DoubleSum) other).sums[otherGroup]; }

        @Override public Column result(int groupCount) { return new DoubleColumn(DataTypes.FLOAT64, Arrays.copyOf(sums, groupCount), groupCount); }
        @Override public void serialize(int groupId, WriteBuffer out) { StateIO.writeDouble(out, sums[groupId]); }
        @Override public void deserializeAndMerge(int groupId, ReadBuffer in) { sums[groupId] += StateIO.readDouble(in); }
        @Override public long byteSize() { return 8L * sums.length; }
        @Override double asDouble(int g) { return sums[g]; }
    }

    /** Narrow decimals summed into a 128-bit two's-complement accumulator kept as two longs: no BigInteger in the loop. */
    static final class Decimal128Sum extends SumState {
        private final DecimalType resultType;
        private final double scaleFactor;
        long[] lo = new long[0];
        long[] hi = new long[0];

        Decimal128Sum(DecimalType resultType) {
            this.resultType = resultType;
            this.scaleFactor = Math.pow(10, resultType.scale());
        }

        @Override
        public void ensureCapacity(int groupCount) {
            lo = Capacity.grow(lo, groupCount);
            hi = Capacity.grow(hi, groupCount);
        }

        private void add128(int g, long addLo, long addHi) {
            long a = lo[g];
            long s = a + addLo;
            hi[g] += addHi + (Long.compareUnsigned(s, a) < 0 ? 1 : 0);
            lo[g] = s;
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            long[] v = ((LongColumn) arguments[0]).values();
            for (int i = 0; i < rowCount; i++) add128(groupIds[i], v[i], v[i] >> 63);
        }

        @Override
        public void addAll(int groupId, Column[] arguments, int rowCount) {
            long[] v = ((LongColumn) arguments[0]).values();
            for (int i = 0; i < rowCount; i++) add128(groupId, v[i], v[i] >> 63);
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            Decimal128Sum o = (Decimal128Sum) other;
            for (int g = 0; g < otherGroupCount; g++) add128(mapping[g], o.lo[g], o.hi[g]);
        }

        BigInteger value(int g) {
            return BigInteger.valueOf(hi[g]).shiftLeft(64).add(BigInteger.valueOf(lo[g] >>> 1).shiftLeft(1)).add(BigInteger.valueOf(lo[g] & 1));
        }

        @Override
        public Column result(int groupCount) {
            BigInteger[] out = new BigInteger[groupCount];
            for (int g = 0; g < groupCount; g++) out[g] = value(g);
            return new BigColumn(resultType, out, groupCount);
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            StateIO.writeLong(out, lo[groupId]);
            StateIO.writeLong(out, hi[groupId]);
        }

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            long l = StateIO.readLong(in);
            add128(groupId, l, StateIO.readLong(in));
        }

        @Override public long byteSize() { return 16L * lo.length; }
        @Override double asDouble(int g) { return value(g).doubleValue() / scaleFactor; }
    }

    /**
     * Wide decimals and Int128..UInt256: BigInteger sums (rare types, so simplicity wins), wrapped
     * to the result width when read.
     */
    static final class BigSum extends SumState {
        private final DataType resultType;
        private final WideIntegerType wide;
        private final int bytes;
        private final double scaleFactor;
        BigInteger[] sums = new BigInteger[0];

        BigSum(DataType resultType) {
            this.resultType = resultType;
            this.wide = resultType instanceof WideIntegerType w ? w : null;
            this.bytes = resultType.fixedWidth();
            this.scaleFactor = resultType instanceof DecimalType d ? Math.pow(10, d.scale()) : 1;
        }

        @Override
        public void ensureCapacity(int groupCount) {
            int old = sums.length;
            sums = Capacity.grow(sums, groupCount);
            if (sums.length != old) Arrays.fill(sums, old, sums.length, BigInteger.ZERO);
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            BigColumn c = (BigColumn) arguments[0];
            for (int i = 0; i < rowCount; i++) sums[groupIds[i]] = sums[groupIds[i]].add(c.get(i));
            // keep the running sums bounded: wrapping early gives the same final value
            if (wide != null) for (int i = 0; i < rowCount; i++) sums[groupIds[i]] = wide.wrap(sums[groupIds[i]]);
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            BigSum o = (BigSum) other;
            for (int g = 0; g < otherGroupCount; g++) sums[mapping[g]] = sums[mapping[g]].add(o.sums[g]);
        }

        BigInteger value(int g) {
            return wide != null ? wide.wrap(sums[g]) : wrap(sums[g], bytes * 8);
        }

        @Override
        public Column result(int groupCount) {
            BigInteger[] out = new BigInteger[groupCount];
            for (int g = 0; g < groupCount; g++) out[g] = value(g);
            return new BigColumn(resultType, out, groupCount);
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            byte[] be = value(groupId).toByteArray();
            byte pad = (byte) (be[0] < 0 ? 0xFF : 0);
            for (int i = 0; i < bytes; i++) out.write(i < be.length ? be[be.length - 1 - i] : pad);
        }

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            byte[] be = new byte[bytes];
            for (int i = 0; i < bytes; i++) be[bytes - 1 - i] = (byte) StateIO.readByte(in);
            sums[groupId] = sums[groupId].add(new BigInteger(be));
        }

        @Override public long byteSize() { return 40L * sums.length; }
        @Override double asDouble(int g) { return value(g).doubleValue() / scaleFactor; }
    }

    /** v reduced to a signed two's-complement integer of {@code bits} bits. */
    static BigInteger wrap(BigInteger v, int bits) {
        if (v.bitLength() < bits) return v;
        BigInteger m = v.and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        return m.testBit(bits - 1) ? m.subtract(BigInteger.ONE.shiftLeft(bits)) : m;
    }
}
