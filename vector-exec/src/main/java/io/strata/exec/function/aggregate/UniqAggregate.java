package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import java.util.List;

/**
 * uniq(x, ...) → UInt64: an adaptive-sampling estimate of the number of distinct values, in the
 * spirit of ClickHouse's UniquesHashSet.
 *
 * <p>Each group keeps a set of 64-bit hashes of its values: for one numeric argument a bijective
 * mix of the value (so distinct values never collide), otherwise MurmurHash3-128 (low word) of the
 * value bytes. While the set holds at most {@value #MAX_SIZE} hashes it is exact — the result
 * equals uniqExact. Beyond that the group raises its skip degree {@code d} and keeps only hashes
 * whose top {@code d} bits are zero (a uniform 1/2^d sample of the hash space), raising {@code d}
 * again whenever the sample outgrows the bound; the estimate is {@code size * 2^d}. The kept set
 * depends only on the set of distinct values, so merging partial states in any order gives the
 * same result as one pass over all rows.
 *
 * <p>State layout (version 1): one byte skip degree, VarUInt count, then each hash as 8 bytes
 * little-endian.
 */
final class UniqAggregate extends NamedAggregate {
    static final int MAX_SIZE = 1 << 16;

    /** Whether this is uniqCombined / uniqCombined64, which take an optional precision parameter. */
    private final boolean combined;

    UniqAggregate() {
        this("uniq", false);
    }

    /**
     * uniqCombined(x) and uniqCombined64(x) share this estimator: like ClickHouse's they are exact
     * for small sets (here up to {@value #MAX_SIZE} distinct values) and approximate beyond. Their
     * optional precision parameter (HLL register bits, 12..20) is validated but does not change
     * the estimator; the 64 variant differs from the plain one only in ClickHouse's 32-bit hash.
     */
    UniqAggregate(String name, boolean combined) {
        super(name, List.of(), false);
        this.combined = combined;
    }

    @Override
    public boolean returnsNullableForNullableArguments() {
        return false;
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        ArgumentChecks.argumentCount(name(), argumentTypes, 1, Integer.MAX_VALUE);
        if (combined) {
            if (parameters.size() > 1) {
                throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function %s requires one parameter or less", name());
            }
            if (parameters.size() == 1) {
                double p = ArgumentChecks.numberParameter(name(), parameters.get(0));
                if (!(p >= 12 && p <= 20) || p != Math.rint(p)) {
                    throw DbException.of(ErrorCode.ARGUMENT_OUT_OF_BOUND, "Parameter for aggregate function %s is out of range: [12, 20].", name());
                }
            }
        } else {
            ArgumentChecks.noParameters(name(), parameters);
        }
        return new Bound(DataTypes.UINT64, () -> new UniqAccumulator(argumentTypes));
    }

    static final class UniqAccumulator implements Accumulator {
        private final KeyHasher hasher;
        private LongHashSet[] sets = new LongHashSet[0];
        private byte[] skipDegree = new byte[0];

        UniqAccumulator(List<DataType> types) {
            this.hasher = new KeyHasher(types);
        }

        @Override
        public void ensureCapacity(int groupCount) {
            sets = Capacity.grow(sets, groupCount);
            skipDegree = Capacity.grow(skipDegree, groupCount);
        }

        private void insert(int g, long h) {
            int d = skipDegree[g];
            if (d != 0 && Long.numberOfLeadingZeros(h) < d) return;
            LongHashSet s = sets[g];
            if (s == null) sets[g] = s = new LongHashSet();
            if (s.add(h) && s.size() > MAX_SIZE) shrink(g);
        }

        private void shrink(int g) {
            LongHashSet s = sets[g];
            int d = skipDegree[g];
            while (s.size() > MAX_SIZE) s.retainTopZeroBits(++d);
            skipDegree[g] = (byte) d;
        }

        private long rowHash(Column[] arguments, int i) {
            if (hasher.numeric) return Hashing.mix64(KeyHasher.longKey(arguments[0], i));
            hasher.hash(arguments, i);
            return hasher.h1;
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            if (arguments[0] instanceof LongColumn lc && hasher.numeric) {
                long[] v = lc.values();
                for (int i = 0; i < rowCount; i++) insert(groupIds[i], Hashing.mix64(v[i]));
            } else {
                for (int i = 0; i < rowCount; i++) insert(groupIds[i], rowHash(arguments, i));
            }
        }

        @Override
        public void addAll(int groupId, Column[] arguments, int rowCount) {
            for (int i = 0; i < rowCount; i++) insert(groupId, rowHash(arguments, i));
        }

        private void mergeSet(int g, LongHashSet other, int otherDegree) {
            if (otherDegree > skipDegree[g]) {
                skipDegree[g] = (byte) otherDegree;
                if (sets[g] != null) sets[g].retainTopZeroBits(otherDegree);
            }
            LongHashSet s = sets[g];
            if (s == null) sets[g] = s = new LongHashSet(other.size());
            s.addAllWithTopZeroBits(other, skipDegree[g]);
            if (s.size() > MAX_SIZE) shrink(g);
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            UniqAccumulator o = (UniqAccumulator) other;
            for (int g = 0; g < otherGroupCount; g++) {
                if (o.sets[g] != null) mergeSet(mapping[g], o.sets[g], o.skipDegree[g]);
            }
        }

        @Override
        public Column result(int groupCount) {
            long[] out = new long[groupCount];
            for (int g = 0; g < groupCount; g++) out[g] = sets[g] == null ? 0 : (long) sets[g].size() << skipDegree[g];
            return new LongColumn(DataTypes.UINT64, out, groupCount);
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            StateIO.writeByte(out, skipDegree[groupId]);
            LongHashSet s = sets[groupId];
            (s == null ? new LongHashSet() : s).write(out);
        }

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            int d = StateIO.readByte(in);
            LongHashSet tmp = new LongHashSet();
            LongHashSet.read(in, tmp::add);
            mergeSet(groupId, tmp, d);
        }

        @Override
        public long byteSize() {
            long s = 9L * sets.length;
            for (LongHashSet x : sets) if (x != null) s += x.byteSize();
            return s;
        }
    }
}
