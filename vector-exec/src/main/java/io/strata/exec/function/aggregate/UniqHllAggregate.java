package io.strata.exec.function.aggregate;

import io.strata.core.column.Column;
import io.strata.core.column.LongColumn;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.DataType;
import io.strata.core.type.DataTypes;
import java.util.List;

/**
 * uniqHLL12(x, ...) → UInt64: a HyperLogLog with 2^12 registers, exact while a group has seen at
 * most {@value #SMALL} distinct values (as ClickHouse's small-set optimisation).
 *
 * <p>Values are hashed as {@link UniqAggregate} hashes them (a bijective mix for one numeric
 * argument, MurmurHash3-128 otherwise). The low 12 bits of a hash pick a register; the register
 * keeps the largest rank (trailing zeros + 1) of the remaining 52 bits. The estimate is the
 * standard bias-corrected harmonic mean, with linear counting for small cardinalities. Registers
 * depend only on the set of hashes, so merged partial states give exactly the one-pass result.
 *
 * <p>State layout (version 1): one byte 0 then a {@link LongHashSet} of up to {@value #SMALL}
 * hashes (VarUInt count, 8-byte keys), or one byte 1 then the 4096 register bytes.
 */
final class UniqHllAggregate extends NamedAggregate {
    static final int SMALL = 16;
    static final int BITS = 12;
    static final int REGISTERS = 1 << BITS;

    UniqHllAggregate() {
        super("uniqHLL12", List.of(), false);
    }

    @Override
    public boolean returnsNullableForNullableArguments() {
        return false;
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        ArgumentChecks.argumentCount(name(), argumentTypes, 1, Integer.MAX_VALUE);
        ArgumentChecks.noParameters(name(), parameters);
        return new Bound(DataTypes.UINT64, () -> new HllAccumulator(argumentTypes));
    }

    static final class HllAccumulator implements Accumulator {
        private final KeyHasher hasher;
        /** Per group: the exact small set, until it outgrows SMALL and becomes registers. */
        private LongHashSet[] small = new LongHashSet[0];
        private byte[][] registers = new byte[0][];
        private long bytesHeld;

        HllAccumulator(List<DataType> types) {
            this.hasher = new KeyHasher(types);
        }

        @Override
        public void ensureCapacity(int groupCount) {
            small = Capacity.grow(small, groupCount);
            registers = Capacity.grow(registers, groupCount);
        }

        private static void update(byte[] r, long h) {
            int idx = (int) (h & (REGISTERS - 1));
            long rest = h >>> BITS;
            int rank = rest == 0 ? 64 - BITS + 1 : Long.numberOfTrailingZeros(rest) + 1;
            if (rank > r[idx]) r[idx] = (byte) rank;
        }

        private void insert(int g, long h) {
            byte[] r = registers[g];
            if (r != null) {
                update(r, h);
                return;
            }
            LongHashSet s = small[g];
            if (s == null) small[g] = s = new LongHashSet();
            if (s.add(h) && s.size() > SMALL) toRegisters(g);
        }

        private byte[] toRegisters(int g) {
            byte[] r = registers[g];
            if (r != null) return r;
            byte[] created = new byte[REGISTERS];
            bytesHeld += REGISTERS;
            LongHashSet s = small[g];
            if (s != null) s.forEach(h -> update(created, h));
            small[g] = null;
            registers[g] = created;
            return created;
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

        private void mergeRegisters(int g, byte[] other) {
            byte[] r = toRegisters(g);
            for (int j = 0; j < REGISTERS; j++) if (other[j] > r[j]) r[j] = other[j];
        }

        private void mergeSmall(int g, LongHashSet other) {
            other.forEach(h -> insert(g, h));
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            HllAccumulator o = (HllAccumulator) other;
            for (int g = 0; g < otherGroupCount; g++) {
                if (o.registers[g] != null) mergeRegisters(mapping[g], o.registers[g]);
                else if (o.small[g] != null) mergeSmall(mapping[g], o.small[g]);
            }
        }

        static long estimate(byte[] r) {
            double sum = 0;
            int zeros = 0;
            for (int j = 0; j < REGISTERS; j++) {
                sum += Math.scalb(1.0, -r[j]);
                if (r[j] == 0) zeros++;
            }
            double m = REGISTERS;
            double alpha = 0.7213 / (1 + 1.079 / m);
            double e = alpha * m * m / sum;
            if (e <= 2.5 * m && zeros > 0) e = m * Math.log(m / zeros);
            return Math.round(e);
        }

        @Override
        public Column result(int groupCount) {
            long[] out = new long[groupCount];
            for (int g = 0; g < groupCount; g++) {
                if (registers[g] != null) out[g] = estimate(registers[g]);
                else if (small[g] != null) out[g] = small[g].size();
            }
            return new LongColumn(DataTypes.UINT64, out, groupCount);
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            byte[] r = registers[groupId];
            if (r != null) {
                StateIO.writeByte(out, 1);
                out.write(r, 0, REGISTERS);
            } else {
                StateIO.writeByte(out, 0);
                LongHashSet s = small[groupId];
                (s == null ? new LongHashSet() : s).write(out);
            }
        }

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            int mode = StateIO.readByte(in);
            if (mode == 1) {
                byte[] r = new byte[REGISTERS];
                StateIO.readFully(in, r, 0, REGISTERS);
                mergeRegisters(groupId, r);
            } else {
                LongHashSet.read(in, h -> insert(groupId, h));
            }
        }

        @Override
        public long byteSize() {
            long s = 16L * small.length + bytesHeld;
            for (LongHashSet x : small) if (x != null) s += x.byteSize();
            return s;
        }
    }
}
