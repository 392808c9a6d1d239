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
 * uniqExact(x, ...) → UInt64: the exact number of distinct argument tuples. One numeric argument
 * is kept as its 64-bit value in a {@link LongHashSet} per group; strings and several arguments
 * are kept as 128-bit hashes in a {@link Hash128Set} (as ClickHouse keeps SipHash-128 values).
 *
 * <p>State layout (version 1): VarUInt count, then each key: 8 bytes little-endian for one numeric
 * argument, 16 bytes (low word, high word) otherwise.
 */
final class UniqExactAggregate extends NamedAggregate {
    UniqExactAggregate() {
        super("uniqExact", List.of(), false);
    }

    @Override
    public boolean returnsNullableForNullableArguments() {
        return false;
    }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        ArgumentChecks.argumentCount(name(), argumentTypes, 1, Integer.MAX_VALUE);
        ArgumentChecks.noParameters(name(), parameters);
        return new Bound(DataTypes.UINT64, () -> new UniqExactAccumulator(argumentTypes));
    }

    static final class UniqExactAccumulator implements Accumulator {
        private final KeyHasher hasher;
        private LongHashSet[] longSets = new LongHashSet[0];
        private Hash128Set[] hashSets = new Hash128Set[0];

        UniqExactAccumulator(List<DataType> types) {
            this.hasher = new KeyHasher(types);
        }

        @Override
        public void ensureCapacity(int groupCount) {
            if (hasher.numeric) longSets = Capacity.grow(longSets, groupCount);
            else hashSets = Capacity.grow(hashSets, groupCount);
        }

        /**
         * The sets' bytes, kept up to date as they grow: {@link #byteSize} is asked after every
         * chunk, and summing thousands of groups' sets each time cost as much as a tenth of a
         * GROUP BY ... COUNT(DISTINCT) query.
         */
        private long setBytes;

        private LongHashSet longSet(int g) {
            LongHashSet s = longSets[g];
            if (s == null) {
                longSets[g] = s = new LongHashSet();
                setBytes += s.byteSize();
            }
            return s;
        }

        private Hash128Set hashSet(int g) {
            Hash128Set s = hashSets[g];
            if (s == null) {
                hashSets[g] = s = new Hash128Set();
                setBytes += s.byteSize();
            }
            return s;
        }

        /** Recounts the sets' bytes (after merges, which grow many sets at once). */
        private void recount() {
            setBytes = countedSetBytes();
        }

        /** The sets' bytes summed afresh (what {@link #setBytes} must always equal; tests check it). */
        long countedSetBytes() {
            long b = 0;
            for (LongHashSet x : longSets) if (x != null) b += x.byteSize();
            for (Hash128Set x : hashSets) if (x != null) b += x.byteSize();
            return b;
        }

        long trackedSetBytes() {
            return setBytes;
        }

        @Override
        public void add(int[] groupIds, Column[] arguments, int rowCount) {
            if (hasher.numeric) {
                Column c = arguments[0];
                long grown = 0;
                if (c instanceof LongColumn lc) {
                    long[] v = lc.values();
                    for (int i = 0; i < rowCount; i++) {
                        LongHashSet s = longSet(groupIds[i]);
                        long before = s.byteSize();
                        s.add(v[i]);
                        grown += s.byteSize() - before;
                    }
                } else {
                    for (int i = 0; i < rowCount; i++) {
                        LongHashSet s = longSet(groupIds[i]);
                        long before = s.byteSize();
                        s.add(KeyHasher.longKey(c, i));
                        grown += s.byteSize() - before;
                    }
                }
                setBytes += grown;
            } else {
                long grown = 0;
                for (int i = 0; i < rowCount; i++) {
                    hasher.hash(arguments, i);
                    Hash128Set s = hashSet(groupIds[i]);
                    long before = s.byteSize();
                    s.add(hasher.h1, hasher.h2);
                    grown += s.byteSize() - before;
                }
                setBytes += grown;
            }
        }

        @Override
        public void addAll(int groupId, Column[] arguments, int rowCount) {
            long before = setBytesOf(groupId);
            addAllRows(groupId, arguments, rowCount);
            setBytes += setBytesOf(groupId) - before;
        }

        private void addAllRows(int groupId, Column[] arguments, int rowCount) {
            if (hasher.numeric) {
                LongHashSet s = longSet(groupId);
                Column c = arguments[0];
                for (int i = 0; i < rowCount; i++) s.add(KeyHasher.longKey(c, i));
            } else {
                Hash128Set s = hashSet(groupId);
                for (int i = 0; i < rowCount; i++) {
                    hasher.hash(arguments, i);
                    s.add(hasher.h1, hasher.h2);
                }
            }
        }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            UniqExactAccumulator o = (UniqExactAccumulator) other;
            for (int g = 0; g < otherGroupCount; g++) {
                if (hasher.numeric) {
                    if (o.longSets[g] != null) longSet(mapping[g]).addAll(o.longSets[g]);
                } else if (o.hashSets[g] != null) {
                    hashSet(mapping[g]).addAll(o.hashSets[g]);
                }
            }
            recount();
        }

        private int size(int g) {
            if (hasher.numeric) return longSets[g] == null ? 0 : longSets[g].size();
            return hashSets[g] == null ? 0 : hashSets[g].size();
        }

        @Override
        public Column result(int groupCount) {
            long[] out = new long[groupCount];
            for (int g = 0; g < groupCount; g++) out[g] = size(g);
            return new LongColumn(DataTypes.UINT64, out, groupCount);
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            if (hasher.numeric) longSet(groupId).write(out);
            else hashSet(groupId).write(out);
        }

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            long before = setBytesOf(groupId);
            if (hasher.numeric) {
                LongHashSet s = longSet(groupId);
                LongHashSet.read(in, s::add);
            } else {
                hashSet(groupId).readAndAdd(in);
            }
            setBytes += setBytesOf(groupId) - before;
        }

        /** Group {@code g}'s set in bytes; a group without one gets it here (and counts it). */
        private long setBytesOf(int g) {
            return hasher.numeric ? longSet(g).byteSize() : hashSet(g).byteSize();
        }

        @Override
        public long byteSize() {
            return 8L * (longSets.length + hashSets.length) + setBytes;
        }
    }
}
