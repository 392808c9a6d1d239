package io.strata.exec.function.aggregate;

import io.strata.core.column.ArrayColumn;
import io.strata.core.column.Column;
import io.strata.core.error.DbException;
import io.strata.core.error.ErrorCode;
import io.strata.core.function.AggregateFunction;
import io.strata.core.function.FunctionContext;
import io.strata.core.io.ReadBuffer;
import io.strata.core.io.WriteBuffer;
import io.strata.core.type.ArrayType;
import io.strata.core.type.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * The -ForEach combinator: {@code fForEach(a1, ...)} aggregates arrays position by position and
 * returns an array: {@code sumForEach} over [1, 2] and [10, 20, 30] is [11, 22, 30]. The result
 * is as long as the longest array of the group; arrays of one row must have equal sizes.
 *
 * <p>Each (group, position) pair is one group of the nested accumulator: a group keeps the nested
 * ids of its positions, allocated as longer arrays arrive.
 *
 * <p>State layout (version 1): VarUInt number of positions, then the nested state of each.
 */
final class ForEachCombinator implements AggregateFunction {
    private final AggregateFunction nested;

    ForEachCombinator(AggregateFunction nested) {
        this.nested = nested;
    }

    @Override public String name() { return nested.name() + "ForEach"; }
    @Override public boolean returnsNullableForNullableArguments() { return false; }

    @Override
    public BoundAggregate bind(List<DataType> argumentTypes, List<Object> parameters, FunctionContext context) {
        if (argumentTypes.isEmpty()) {
            throw DbException.of(ErrorCode.NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function %s requires at least one argument", name());
        }
        List<DataType> elements = new ArrayList<>();
        for (DataType t : argumentTypes) {
            if (!(t instanceof ArrayType a)) {
                throw DbException.of(ErrorCode.ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type %s of argument for aggregate function %s", t.name(), name());
            }
            elements.add(a.element());
        }
        BoundAggregate bound = nested.bind(elements, parameters, context);
        ArrayType resultType = new ArrayType(bound.returnType());
        return new Bound(resultType, () -> new ForEachAccumulator(bound.createAccumulator(), resultType, name()));
    }

    static final class ForEachAccumulator implements Accumulator {
        private static final int[] NONE = new int[0];
        private final Accumulator nested;
        private final ArrayType resultType;
        private final String name;
        private int[][] positions = new int[0][];
        private int[] lengths = new int[0];
        private int nestedGroups;
        private int[] ids = new int[0];

        ForEachAccumulator(Accumulator nested, ArrayType resultType, String name) {
            this.nested = nested;
            this.resultType = resultType;
            this.name = name;
        }

        @Override
        public void ensureCapacity(int groupCount) {
            positions = Capacity.grow(positions, groupCount);
            lengths = Capacity.grow(lengths, groupCount);
        }

        /** Makes group g have nested groups for positions [0, n). */
        private int[] positionsOf(int g, int n) {
            int[] p = positions[g];
            if (p == null) p = NONE;
            int have = lengths[g];
            if (have >= n) return p;
            if (p.length < n) p = java.util.Arrays.copyOf(p, Math.max(n, p.length * 2));
            for (int j = have; j < n; j++) p[j] = nestedGroups++;
            positions[g] = p;
            lengths[g] = n;
            nested.ensureCapacity(nestedGroups);
            return p;
        }

        private void addRows(int[] groupIds, int groupId, Column[] arguments, int rowCount) {
            if (rowCount == 0) return;
            int[] off = ((ArrayColumn) arguments[0]).offsets();
            int base = off[0];
            int total = off[rowCount] - base;
            for (int j = 1; j < arguments.length; j++) {
                int[] o = ((ArrayColumn) arguments[j]).offsets();
                for (int i = 0; i < rowCount; i++) {
                    if (o[i + 1] - o[i] != off[i + 1] - off[i]) {
                        throw DbException.of(ErrorCode.SIZES_OF_ARRAYS_DONT_MATCH, "Arrays passed to %s aggregate function have different sizes", name);
                    }
                }
            }
            if (total == 0) return;
            if (ids.length < total) ids = new int[Math.max(total, ids.length * 2)];
            for (int i = 0; i < rowCount; i++) {
                int len = off[i + 1] - off[i];
                int[] p = positionsOf(groupIds == null ? groupId : groupIds[i], len);
                System.arraycopy(p, 0, ids, off[i] - base, len);
            }
            Column[] elements = new Column[arguments.length];
            for (int j = 0; j < arguments.length; j++) {
                ArrayColumn a = (ArrayColumn) arguments[j];
                int start = a.offsets()[0];
                Column e = a.elements();
                elements[j] = start != 0 || e.size() != total ? e.slice(start, total) : e;
            }
            nested.add(ids, elements, total);
        }

        @Override public void add(int[] groupIds, Column[] arguments, int rowCount) { addRows(groupIds, 0, arguments, rowCount); }
        @Override public void addAll(int groupId, Column[] arguments, int rowCount) { addRows(null, groupId, arguments, rowCount); }

        @Override
        public void merge(Accumulator other, int[] mapping, int otherGroupCount) {
            ForEachAccumulator o = (ForEachAccumulator) other;
            int[] map = new int[o.nestedGroups];
            for (int g = 0; g < otherGroupCount; g++) {
                int n = o.lengths[g];
                if (n == 0) continue;
                int[] mine = positionsOf(mapping[g], n);
                int[] theirs = o.positions[g];
                for (int j = 0; j < n; j++) map[theirs[j]] = mine[j];
            }
            nested.merge(o.nested, map, o.nestedGroups);
        }

        @Override
        public Column result(int groupCount) {
            Column values = nested.result(nestedGroups);
            int[] offsets = new int[groupCount + 1];
            for (int g = 0; g < groupCount; g++) offsets[g + 1] = offsets[g] + lengths[g];
            int[] take = new int[offsets[groupCount]];
            for (int g = 0; g < groupCount; g++) {
                if (lengths[g] > 0) System.arraycopy(positions[g], 0, take, offsets[g], lengths[g]);
            }
            return new ArrayColumn(resultType, offsets, values.take(take, take.length), groupCount);
        }

        @Override
        public void serialize(int groupId, WriteBuffer out) {
            int n = lengths[groupId];
            StateIO.writeVarUInt(out, n);
            for (int j = 0; j < n; j++) nested.serialize(positions[groupId][j], out);
        }

        @Override
        public void deserializeAndMerge(int groupId, ReadBuffer in) {
            int n = StateIO.readCount(in, 1 << 24);
            int[] p = positionsOf(groupId, n);
            for (int j = 0; j < n; j++) nested.deserializeAndMerge(p[j], in);
        }

        @Override
        public long byteSize() {
            return nested.byteSize() + 4L * (ids.length + nestedGroups) + 8L * positions.length;
        }
    }
}
